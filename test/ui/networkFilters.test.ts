import { describe, expect, test } from "vitest";
import {
  applyFilter,
  egoNetwork,
  filterValues,
  NO_FILTER,
  NO_VALUE,
  type MapFilter,
} from "../../src/ui/network/filters";
import { smallGraph } from "./smallNetwork";

function filter(change: Partial<MapFilter>): MapFilter {
  return { ...NO_FILTER, ...change };
}

function excluding(key: "sector" | "role" | "status", ...values: string[]): MapFilter["excluded"] {
  return { ...NO_FILTER.excluded, [key]: new Set(values) };
}

describe("map filters", () => {
  test("no filter hides nobody", () => {
    const graph = smallGraph();
    const v = applyFilter(graph, NO_FILTER);
    expect(v.hiddenNodes.size).toBe(0);
    expect(v.hiddenEdges.size).toBe(0);
    expect(v.shown).toBe(graph.order);
    expect(v.total).toBe(7);
  });

  test("lists each sector once, people without one last", () => {
    expect(filterValues(smallGraph(), "sector")).toEqual(["Health", "Sport", NO_VALUE]);
  });

  test("excluding a sector hides its people and every tie touching them", () => {
    const graph = smallGraph();
    const v = applyFilter(graph, filter({ excluded: excluding("sector", "Health") }));
    expect([...v.hiddenNodes].sort()).toEqual(["b", "c", "d"]);
    expect(v.shown).toBe(4);
    // a-b, e-b, b-c, b-d, c-d touch Health; a-e and a-f stay.
    expect(v.hiddenEdges.size).toBe(5);
  });

  test("people without a sector are filtered as their own value", () => {
    const v = applyFilter(smallGraph(), filter({ excluded: excluding("sector", NO_VALUE) }));
    expect([...v.hiddenNodes]).toEqual(["g"]);
  });

  test("status filter", () => {
    const v = applyFilter(smallGraph(), filter({ excluded: excluding("status", "former", "prospect") }));
    expect([...v.hiddenNodes].sort()).toEqual(["f", "g"]);
  });

  test("minimum tie weight hides lighter ties only", () => {
    const graph = smallGraph();
    const v = applyFilter(graph, filter({ minWeight: 2 }));
    expect(graph.size - v.hiddenEdges.size).toBe(2); // a-e (2) and b-c (3)
    expect(v.hiddenNodes.size).toBe(0);
  });

  test("hiding isolates counts only the ties still shown", () => {
    const plain = applyFilter(smallGraph(), filter({ hideIsolates: true }));
    expect([...plain.hiddenNodes]).toEqual(["g"]);
    const heavy = applyFilter(smallGraph(), filter({ hideIsolates: true, minWeight: 2 }));
    expect([...heavy.hiddenNodes].sort()).toEqual(["d", "f", "g"]);
  });
});

describe("ego network", () => {
  test("one step is the person and their contacts", () => {
    const graph = smallGraph();
    expect([...egoNetwork(graph, "a", 1)].sort()).toEqual(["a", "b", "e", "f"]);
    expect(egoNetwork(graph, "a", 1).size).toBe(graph.degree("a") + 1);
  });

  test("two steps adds contacts of contacts, not further", () => {
    expect([...egoNetwork(smallGraph(), "f", 2)].sort()).toEqual(["a", "b", "e", "f"]);
    expect([...egoNetwork(smallGraph(), "f", 3)].sort()).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  test("an isolate's network is themselves; an unknown person's is empty", () => {
    expect([...egoNetwork(smallGraph(), "g", 2)]).toEqual(["g"]);
    expect(egoNetwork(smallGraph(), "nobody", 1).size).toBe(0);
  });

  test("the ego filter combines with the others", () => {
    const v = applyFilter(
      smallGraph(),
      filter({ ego: { node: "a", steps: 1 }, excluded: excluding("sector", "Health") }),
    );
    expect(v.shown).toBe(3); // a, e, f
  });
});
