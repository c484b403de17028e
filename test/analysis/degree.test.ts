import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { degree, strength } from "../../src/analysis/degree";
import { expectPerPerson } from "../reference/compare";
import { loadReferenceGraph, REFERENCE_NAMES, referenceValues } from "../reference/loadReferenceGraph";

describe.each(REFERENCE_NAMES)("degree and strength on %s", (name) => {
  const graph = loadReferenceGraph(name);
  const reference = referenceValues(name);

  it("match networkx's degree, isolates included", () => {
    expectPerPerson(degree(graph), reference.degree);
  });

  it("match networkx's weighted degree", () => {
    expectPerPerson(strength(graph), reference.strength);
  });
});

describe("degree, published and hand-made cases", () => {
  it("gives the Medici 6 marriage ties among the 15 Florentine families", () => {
    const result = degree(loadReferenceGraph("florentine"));
    expect(Object.keys(result)).toHaveLength(15);
    expect(result.Medici).toBe(6);
  });

  it("counts a registered person with no ties as 0, not missing", () => {
    const result = degree(loadReferenceGraph("multisector"));
    expect(result["ISO-1"]).toBe(0);
  });

  it("counts repeated ties to one person once but adds their weights, and ignores self-ties", () => {
    const graph = new Graph({ type: "undirected", multi: true, allowSelfLoops: true });
    graph.mergeNode("a");
    graph.mergeNode("b");
    graph.addEdge("a", "b", { weight: 2 });
    graph.addEdge("a", "b", { weight: 3 });
    graph.addEdge("a", "a", { weight: 7 });
    expect(degree(graph)).toEqual({ a: 1, b: 1 });
    expect(strength(graph)).toEqual({ a: 5, b: 5 });
  });

  it("reads a directed graph as undirected, summing both directions of a pair", () => {
    const graph = new Graph({ type: "directed" });
    graph.mergeEdge("a", "b", { weight: 2 });
    graph.mergeEdge("b", "a", { weight: 3 });
    graph.mergeEdge("c", "a", { weight: 1 });
    expect(degree(graph)).toEqual({ a: 2, b: 1, c: 1 });
    expect(strength(graph)).toEqual({ a: 6, b: 5, c: 1 });
  });

  it("treats every tie as weighing 1 when told to ignore weights", () => {
    const graph = loadReferenceGraph("karate");
    expect(strength(graph, { weightAttribute: null })).toEqual(degree(graph));
  });

  it("keeps a person whose id is __proto__ as a plain key", () => {
    const graph = new Graph();
    graph.mergeEdge("__proto__", "x");
    expect(Object.keys(degree(graph)).sort()).toEqual(["__proto__", "x"]);
    expect(degree(graph)["__proto__"]).toBe(1);
  });
});
