import { describe, expect, test } from "vitest";
import { applyFilter, NO_FILTER, type MapFilter, type Visibility } from "../../../src/ui/network/filters";
import { visibilityChanges } from "../../../src/ui/graph/visibilityChanges";
import { smallGraph } from "../smallNetwork";

const graph = smallGraph();

function visibility(change: Partial<MapFilter>): Visibility {
  return applyFilter(graph, { ...NO_FILTER, ...change });
}

/** Every person and tie whose hidden state differs, by asking each one. */
function expectExactly(before: Visibility | null, after: Visibility | null): void {
  const changes = visibilityChanges(before, after);
  const hiddenIn = (v: Visibility | null, set: "hiddenNodes" | "hiddenEdges", key: string) =>
    v?.[set].has(key) ?? false;
  const nodes = graph.filterNodes(
    (n) => hiddenIn(before, "hiddenNodes", n) !== hiddenIn(after, "hiddenNodes", n),
  );
  const edges = graph.filterEdges(
    (e) => hiddenIn(before, "hiddenEdges", e) !== hiddenIn(after, "hiddenEdges", e),
  );
  expect([...changes.nodes].sort()).toEqual(nodes.sort());
  expect([...changes.edges].sort()).toEqual(edges.sort());
}

describe("visibilityChanges", () => {
  const sector = visibility({ excluded: { ...NO_FILTER.excluded, sector: new Set(["Health"]) } });
  const weight = visibility({ minWeight: 2 });
  const ego = visibility({ ego: { node: "a", steps: 1 } });
  const isolates = visibility({ minWeight: 2, hideIsolates: true });

  test("lists whoever a new filter shows or hides, and no one else", () => {
    for (const [before, after] of [
      [null, sector],
      [sector, null],
      [sector, weight],
      [weight, ego],
      [ego, isolates],
      [isolates, sector],
    ] as const) {
      expectExactly(before, after);
    }
    expect(visibilityChanges(null, sector).nodes.length).toBeGreaterThan(0);
  });

  test("nothing changes between equal filters", () => {
    expect(visibilityChanges(sector, sector)).toEqual({ nodes: [], edges: [] });
    expect(visibilityChanges(null, visibility({}))).toEqual({ nodes: [], edges: [] });
  });
});
