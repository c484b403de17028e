/** The group filter on the small hand-made community: people in several groups stay while one is ticked. */
import { describe, expect, test } from "vitest";
import {
  applyFilter,
  filterValues,
  isExcluded,
  NO_FILTER,
  NO_VALUE,
  valuesOf,
  type MapFilter,
} from "../../../src/ui/network/filters";
import { smallGraph } from "../smallNetwork";

function hidingGroups(...groups: string[]): MapFilter {
  return { ...NO_FILTER, excluded: { ...NO_FILTER.excluded, group: new Set(groups) } };
}

/** Who belongs only to the given groups, read straight off the graph's attributes. */
function onlyIn(groups: string[]): string[] {
  const graph = smallGraph();
  return graph
    .filterNodes((_, a) => {
      const own = a.groups.length > 0 ? a.groups : [NO_VALUE];
      return own.every((g) => groups.includes(g));
    })
    .sort();
}

describe("group filter", () => {
  test("lists every group once, people without a group last", () => {
    expect(filterValues(smallGraph(), "group")).toEqual(["Health", "Youth", NO_VALUE]);
  });

  test("a person's groups are all their values; nobody's group list is empty", () => {
    const graph = smallGraph();
    expect(valuesOf(graph, "b", "group")).toEqual(["Youth", "Health"]);
    expect(valuesOf(graph, "c", "group")).toEqual([NO_VALUE]);
    expect(valuesOf(graph, "a", "sector")).toEqual(["Sport"]);
  });

  test("hiding a group hides those who are only in it, not those also in another group", () => {
    const v = applyFilter(smallGraph(), hidingGroups("Youth"));
    expect([...v.hiddenNodes].sort()).toEqual(onlyIn(["Youth"]));
    expect([...v.hiddenNodes].sort()).toEqual(["a", "e"]);
    expect(v.hiddenNodes.has("b")).toBe(false);
  });

  test("hiding every group of a person hides them", () => {
    const v = applyFilter(smallGraph(), hidingGroups("Youth", "Health"));
    expect([...v.hiddenNodes].sort()).toEqual(onlyIn(["Youth", "Health"]));
    expect(v.hiddenNodes.has("b")).toBe(true);
    expect(v.shown).toBe(3); // c, f, g have no group
  });

  test("people without a group are their own entry", () => {
    const v = applyFilter(smallGraph(), hidingGroups(NO_VALUE));
    expect([...v.hiddenNodes].sort()).toEqual(["c", "f", "g"]);
  });

  test("the group filter combines with the others, and hides the ties of those it hides", () => {
    const graph = smallGraph();
    const v = applyFilter(graph, {
      ...hidingGroups("Youth"),
      excluded: { ...NO_FILTER.excluded, group: new Set(["Youth"]), sector: new Set(["Health"]) },
    });
    expect([...v.hiddenNodes].sort()).toEqual(["a", "b", "c", "d", "e"]);
    graph.forEachEdge((edge, _, s, t) => {
      if (v.hiddenNodes.has(s) || v.hiddenNodes.has(t)) expect(v.hiddenEdges.has(edge)).toBe(true);
    });
  });

  test("a filter saved before groups could be filtered hides nobody for them", () => {
    const { group: _group, ...older } = NO_FILTER.excluded;
    const v = applyFilter(smallGraph(), { ...NO_FILTER, excluded: older as MapFilter["excluded"] });
    expect(v.hiddenNodes.size).toBe(0);
  });

  test("isExcluded: nothing unticked hides nobody, even people without a value", () => {
    expect(isExcluded([NO_VALUE], new Set())).toBe(false);
    expect(isExcluded(["A", "B"], new Set(["A"]))).toBe(false);
    expect(isExcluded(["A", "B"], new Set(["A", "B", "C"]))).toBe(true);
  });
});
