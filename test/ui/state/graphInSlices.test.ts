import Graph from "graphology";
import { describe, expect, test } from "vitest";
import { graphInSlices } from "../../../src/ui/state/graphInSlices";

function network(type: "directed" | "undirected"): Graph {
  const graph = new Graph({ type });
  graph.setAttribute("name", "sample");
  for (const [key, sector] of [
    ["a", "Academia"],
    ["b", "Public health"],
    ["c", "Social NGO"],
    ["d", "Academia"],
    ["e", "UN agency"],
  ] as const) {
    graph.addNode(key, { sector, label: key.toUpperCase() });
  }
  graph.addEdgeWithKey("ab", "a", "b", { weight: 3, types: ["meeting"] });
  graph.addEdgeWithKey("bc", "b", "c", { weight: 1, types: ["email"] });
  graph.addEdgeWithKey("cd", "c", "d", { weight: 2, types: [] });
  if (type === "directed") graph.addEdgeWithKey("ba", "b", "a", { weight: 5, types: ["message"] });
  return graph;
}

describe("graphInSlices", () => {
  for (const type of ["undirected", "directed"] as const) {
    test(`rebuilds a ${type} graph as Graph.from does, whatever the slice size`, async () => {
      const serialized = network(type).export();
      const expected = Graph.from(serialized).export();
      for (const slice of [1, 2, 3, 100]) {
        const rebuilt = await graphInSlices(serialized, slice);
        expect(rebuilt.type).toBe(type);
        expect(rebuilt.export()).toEqual(expected);
      }
    });
  }
});
