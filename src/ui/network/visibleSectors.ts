/**
 * "Show: sectors": the people the filters leave on the map, seen from above as one circle per
 * sector and one line per pair of sectors in contact. The same sector mixing the analysis
 * computes, on the visible part of the network, so unticking a status or raising the minimum
 * tie weight redraws the sector map as it redraws the people map. Pure and cheap (one pass
 * over the ties), so it needs no analysis and runs on the page.
 */
import { sectorMixing, type SectorMixingResult } from "../../analysis/sectorMixing";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { sectorColour } from "../bridges/bridgesCharts";
import type { LegendEntry, SectorPalette } from "../graph/palette";
import type { Visibility } from "./filters";

/** The people and ties the filters leave; the graph itself when they hide nothing. */
export function visibleGraph(graph: WeaverGraph, visibility: Visibility): WeaverGraph {
  if (visibility.hiddenNodes.size === 0 && visibility.hiddenEdges.size === 0) return graph;
  const shown: WeaverGraph = graph.emptyCopy();
  for (const node of visibility.hiddenNodes) if (shown.hasNode(node)) shown.dropNode(node);
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!visibility.hiddenEdges.has(edge)) shown.addEdgeWithKey(edge, source, target, attributes);
  });
  return shown;
}

/** Ties within and between the sectors of the people shown. */
export function visibleSectorMixing(graph: WeaverGraph, visibility: Visibility): SectorMixingResult {
  return sectorMixing(visibleGraph(graph, visibility));
}

/**
 * The sector map's legend: every sector drawn, in its colour on the people map, with its
 * people shown, most people first.
 */
export function sectorLegend(mixing: SectorMixingResult, palette: SectorPalette): SectorPalette {
  const entries: LegendEntry[] = mixing.sectors
    .map((sector, i) => ({ label: sector, color: sectorColour(palette, sector), count: mixing.people[i]! }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { entries, colorOf: (sector) => sectorColour(palette, sector ?? "") };
}
