import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { closeness, closenessDescriptor } from "../../src/analysis/closeness";
import { expectPerPerson } from "../reference/compare";
import { loadReferenceGraph, referenceValues, REFERENCE_NAMES } from "../reference/loadReferenceGraph";

describe("closeness against networkx (hops, Wasserman–Faust)", () => {
  for (const name of REFERENCE_NAMES) {
    it(`matches closeness_centrality on ${name}`, () => {
      expectPerPerson(closeness(loadReferenceGraph(name)), referenceValues(name).closeness_centrality);
    });
  }

  it("scales down people in small components and gives isolates 0", () => {
    // Component {a,b,c} as a path, component {d,e}, isolate f: n = 6.
    const graph = new Graph({ type: "undirected" });
    graph.mergeEdge("a", "b");
    graph.mergeEdge("b", "c");
    graph.mergeEdge("d", "e");
    graph.addNode("f");
    const values = closeness(graph);
    // b reaches 2 people at total distance 2: (2/2)·(2/5).
    expect(values["b"]).toBeCloseTo(0.4, 12);
    // a reaches 2 at total distance 3: (2/3)·(2/5).
    expect(values["a"]).toBeCloseTo(4 / 15, 12);
    // d reaches 1 at distance 1: (1/1)·(1/5).
    expect(values["d"]).toBeCloseTo(0.2, 12);
    expect(values["f"]).toBe(0);
  });

  it("has a plain-language explanation", () => {
    expect(closenessDescriptor.outputs[0]!.explanation).toMatch(/reach everyone/);
    expectPerPerson(
      closenessDescriptor.compute(loadReferenceGraph("davis"), {}),
      referenceValues("davis").closeness_centrality,
    );
  });
});
