import type { WeaverGraph } from "../../graph/buildNetwork";
import { boundsOf, placeKnown, positionsWith, type Bounds } from "../graph/knownPositions";
import type { SectorPalette } from "../graph/palette";
import { buildRenderGraph, type RenderGraph } from "../graph/renderGraph";
import { currentSession, rememberSession, rememberedPositions } from "../workspace/sessionMemory";

export interface MapGraph {
  /** The network shown. */
  network: WeaverGraph;
  /** The drawing; for a time window, that of an earlier network of the same records (drawnWindow.ts). */
  graph: RenderGraph;
  /** The network the drawing was made for. */
  drawnFrom: WeaverGraph;
  /** Most people have no remembered place: ForceAtlas2 should arrange them. */
  needsLayout: boolean;
  /**
   * The area the map frames, fixed to everyone ever placed, so a rebuilt map keeps the same scale
   * and people stay where they were on screen; null to let sigma fit the graph (a layout will run).
   */
  frame: Bounds | null;
}

/**
 * The graph sigma draws for a network, with everyone already placed put back where they were
 * (see knownPositions): the workspace's remembered positions and, for a network rebuilt from the
 * one on screen (a time window, a playback step), the live positions of `previous`, which may be
 * newer than the remembered ones when a layout was still running.
 */
export function mapGraphOf(
  network: WeaverGraph,
  palette: SectorPalette,
  previous: RenderGraph | null,
): MapGraph {
  const graph = buildRenderGraph(network, palette);
  const remembered = rememberedPositions();
  const known = previous ? positionsWith(previous, remembered) : remembered;
  const unknown = placeKnown(graph, known);
  const needsLayout = unknown > graph.order / 2;
  return {
    network,
    graph,
    drawnFrom: network,
    needsLayout,
    frame: needsLayout ? null : boundsOf(positionsWith(graph, known).values()),
  };
}

/**
 * The map of `network`, the same records as `previous`'s in another time window: the same
 * drawing, frame and camera (WindowController brings the window onto the drawing).
 */
export function windowMapOf(previous: MapGraph, network: WeaverGraph): MapGraph {
  return { ...previous, network };
}

/** Keeps the settled positions in the workspace, beside those of people outside this window. */
export function rememberLayout(graph: RenderGraph): void {
  const { layout } = currentSession();
  const positions = [...positionsWith(graph, rememberedPositions())].map(
    ([id, { x, y }]): [string, number, number] => [id, x, y],
  );
  rememberSession({ layout: { ...layout, positions } });
}
