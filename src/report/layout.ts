/**
 * The network picture when there is no app to take it from (the CLI): the app's own starting
 * picture (buildRenderGraph: sector patches, size by contacts, the sector palette) settled
 * by ForceAtlas2 with the app's settings, run synchronously for a fixed number of
 * iterations. Deterministic: the start is seeded by each person's key and ForceAtlas2 has
 * no randomness, so the same network always gives the same picture.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { WeaverGraph } from "../graph/buildNetwork";
import { sectorLabel } from "../analysis/sectors";
import { sectorPalette } from "../ui/graph/palette";
import { buildRenderGraph } from "../ui/graph/renderGraph";
import type { NodeVisual } from "./picture";
import { DEFAULT_MAX_PEOPLE_DRAWN } from "./reportHtml";

const BARNES_HUT_ABOVE = 500;

export interface LayoutOptions {
  /** Beyond this many people, no layout is computed (the report draws sectors). Default 2,000. */
  maxPeople?: number;
  /** ForceAtlas2 iterations. Default: 600 for small networks, down to 200 for large ones. */
  iterations?: number;
}

export interface NetworkLayout {
  /** Null when the network is larger than `maxPeople`. */
  visuals: Map<string, NodeVisual> | null;
  /** Sector colours, keyed as the analysis names sectors. */
  sectorColors: Map<string, string>;
}

export function layoutNetwork(graph: WeaverGraph, options: LayoutOptions = {}): NetworkLayout {
  const palette = sectorPalette(graph);
  const sectorColors = new Map<string, string>();
  graph.forEachNode((_node, a) => sectorColors.set(sectorLabel(a.sector), palette.colorOf(a.sector)));
  if (graph.order > (options.maxPeople ?? DEFAULT_MAX_PEOPLE_DRAWN)) return { visuals: null, sectorColors };

  const render = buildRenderGraph(graph, palette);
  const iterations = options.iterations ?? (render.order <= 500 ? 600 : render.order <= 1000 ? 400 : 200);
  if (render.order > 1 && iterations > 0) {
    forceAtlas2.assign(render, {
      iterations,
      // As the app's layout worker (layoutRunner.ts): LinLog separates sectors on dense networks.
      // Barnes-Hut from 500 people: exact repulsion is quadratic, and the CLI waits for it.
      settings: {
        ...forceAtlas2.inferSettings(render),
        linLogMode: true,
        barnesHutOptimize: render.order > BARNES_HUT_ABOVE,
      },
      getEdgeWeight: "weight",
    });
  }
  const visuals = new Map<string, NodeVisual>();
  render.forEachNode((node, a) => visuals.set(node, { x: a.x, y: a.y, size: a.size, color: a.color }));
  return { visuals, sectorColors };
}
