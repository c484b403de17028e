import type { WeaverGraph } from "../../graph/buildNetwork";
import { placeKnown, withPositionsOf } from "../graph/knownPositions";
import { sectorPalette } from "../graph/palette";
import { buildRenderGraph, type RenderGraph } from "../graph/renderGraph";
import { currentSession, rememberSession, rememberedPositions } from "../workspace/sessionMemory";

export interface MapGraph {
  graph: RenderGraph;
  /** People with no remembered place: the layout runs only when there are some. */
  unplaced: number;
}

/**
 * The graph sigma draws for a network, with everyone the workspace already placed put back where
 * they were (see knownPositions). Built once per network (the caller memoises it), so reading the
 * remembered positions here takes them as they were when the network arrived.
 */
export function mapGraphOf(network: WeaverGraph): MapGraph {
  const graph = buildRenderGraph(network, sectorPalette(network));
  return { graph, unplaced: placeKnown(graph, rememberedPositions()) };
}

/** Keeps the settled positions in the workspace, beside those of people outside this window. */
export function rememberLayout(graph: RenderGraph): void {
  const { layout } = currentSession();
  rememberSession({ layout: { ...layout, positions: withPositionsOf(graph, rememberedPositions()) } });
}
