import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { clustering, triangles } from "../../src/analysis/clustering";
import { toCsr } from "../../src/analysis/csr";
import { expectPerPerson } from "../reference/compare";
import { loadReferenceGraph, REFERENCE_NAMES, referenceValues } from "../reference/loadReferenceGraph";

describe.each(REFERENCE_NAMES)("clustering on %s", (name) => {
  it("matches networkx's default (unweighted) local clustering", () => {
    expectPerPerson(clustering(loadReferenceGraph(name)), referenceValues(name).clustering);
  });
});

describe("clustering, published and hand-made cases", () => {
  it("finds the 45 triangles of Zachary's karate club", () => {
    const total = triangles(toCsr(loadReferenceGraph("karate"))).reduce((sum, t) => sum + t, 0);
    expect(total / 3).toBe(45);
  });

  it("gives the Medici 1/15: only one pair of their six allies intermarried", () => {
    expect(clustering(loadReferenceGraph("florentine")).Medici).toBeCloseTo(1 / 15, 12);
  });

  it("ignores weights, repeated ties and self-ties", () => {
    const graph = new Graph({ multi: true, allowSelfLoops: true });
    graph.mergeEdge("a", "b", { weight: 5 });
    graph.addEdge("a", "b", { weight: 1 });
    graph.mergeEdge("b", "c");
    graph.mergeEdge("a", "c");
    graph.mergeEdge("a", "d");
    graph.addEdge("a", "a");
    expect(clustering(graph)).toEqual({ a: 1 / 3, b: 1, c: 1, d: 0 });
  });

  it("gives 0 to people with fewer than two contacts", () => {
    const graph = new Graph();
    graph.addNode("alone");
    graph.mergeEdge("x", "y");
    expect(clustering(graph)).toEqual({ alone: 0, x: 0, y: 0 });
  });
});
