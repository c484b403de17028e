/** The sector-level map: sector mixing of the people the filters leave, and its legend. */
import { describe, expect, test } from "vitest";
import { sectorMixing } from "../../../src/analysis/sectorMixing";
import { UNKNOWN_SECTOR } from "../../../src/analysis/sectors";
import type { WeaverGraph } from "../../../src/graph/buildNetwork";
import { sectorPalette, UNKNOWN_COLOR } from "../../../src/ui/graph/palette";
import { applyFilter, NO_FILTER } from "../../../src/ui/network/filters";
import { sectorLegend, visibleGraph, visibleSectorMixing } from "../../../src/ui/network/visibleSectors";
import { smallGraph } from "../smallNetwork";

/** People per sector and ties between sectors, counted here over the shown people and ties. */
function countShown(graph: WeaverGraph, hiddenNodes: ReadonlySet<string>, hiddenEdges: ReadonlySet<string>) {
  const sectorOf = (n: string) => graph.getNodeAttribute(n, "sector") ?? UNKNOWN_SECTOR;
  const people = new Map<string, number>();
  graph.forEachNode((n) => {
    if (!hiddenNodes.has(n)) people.set(sectorOf(n), (people.get(sectorOf(n)) ?? 0) + 1);
  });
  const between = new Map<string, number>();
  graph.forEachEdge((e, _, s, t) => {
    if (hiddenEdges.has(e)) return;
    const key = [sectorOf(s), sectorOf(t)].sort().join("|");
    between.set(key, (between.get(key) ?? 0) + 1);
  });
  return { people, between };
}

describe("sector map of the people shown", () => {
  test("without a filter it is the whole network's sector mixing", () => {
    const graph = smallGraph();
    const visibility = applyFilter(graph, NO_FILTER);
    expect(visibleGraph(graph, visibility)).toBe(graph);
    expect(visibleSectorMixing(graph, visibility)).toEqual(sectorMixing(graph));
  });

  test("leaves out hidden people and ties", () => {
    const graph = smallGraph();
    const filter = {
      ...NO_FILTER,
      minWeight: 2,
      excluded: { ...NO_FILTER.excluded, status: new Set(["former"]) },
    };
    const visibility = applyFilter(graph, filter);
    expect(visibility.hiddenNodes.size).toBeGreaterThan(0);
    expect(visibility.hiddenEdges.size).toBeGreaterThan(graph.degree("f"));
    const mixing = visibleSectorMixing(graph, visibility);
    const { people, between } = countShown(graph, visibility.hiddenNodes, visibility.hiddenEdges);
    expect(new Map(mixing.sectors.map((s, i) => [s, mixing.people[i]!]))).toEqual(people);
    expect(new Map(mixing.pairs.map((p) => [[p.a, p.b].sort().join("|"), p.ties]))).toEqual(between);
    // The graph itself is untouched.
    expect(graph.order).toBe(7);
  });

  test("a sector whose people are all hidden has no circle", () => {
    const graph = smallGraph();
    const visibility = applyFilter(graph, {
      ...NO_FILTER,
      excluded: { ...NO_FILTER.excluded, sector: new Set(["Health"]) },
    });
    const mixing = visibleSectorMixing(graph, visibility);
    expect(mixing.sectors).toEqual(["Sport", UNKNOWN_SECTOR]);
  });

  test("the legend lists each sector shown in its colour on the people map, most people first", () => {
    const graph = smallGraph();
    const palette = sectorPalette(graph);
    const legend = sectorLegend(sectorMixing(graph), palette);
    expect(legend.entries.map((e) => [e.label, e.count])).toEqual([
      ["Health", 3],
      ["Sport", 3],
      [UNKNOWN_SECTOR, 1],
    ]);
    expect(legend.entries[0]!.color).toBe(palette.colorOf("Health"));
    expect(legend.entries[1]!.color).toBe(palette.colorOf("Sport"));
    expect(legend.entries[2]!.color).toBe(UNKNOWN_COLOR);
  });
});
