import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { coreness } from "../../src/analysis/coreness";
import { expectPerPerson } from "../reference/compare";
import { loadReferenceGraph, REFERENCE_NAMES, referenceValues } from "../reference/loadReferenceGraph";

describe.each(REFERENCE_NAMES)("coreness on %s", (name) => {
  it("matches networkx's core_number", () => {
    expectPerPerson(coreness(loadReferenceGraph(name)), referenceValues(name).core_number);
  });
});

describe("coreness, published and hand-made cases", () => {
  it("finds the karate club's innermost core at k = 4", () => {
    expect(Math.max(...Object.values(coreness(loadReferenceGraph("karate"))))).toBe(4);
  });

  it("peels a clique with a tail: the clique is a 3-core, the tail 1, an isolate 0", () => {
    const graph = new Graph();
    const clique = ["a", "b", "c", "d"];
    clique.forEach((u, i) => clique.slice(i + 1).forEach((v) => graph.mergeEdge(u, v)));
    graph.mergeEdge("d", "t1");
    graph.mergeEdge("t1", "t2");
    graph.addNode("alone");
    expect(coreness(graph)).toEqual({ a: 3, b: 3, c: 3, d: 3, t1: 1, t2: 1, alone: 0 });
  });

  it("counts distinct contacts, not repeated ties", () => {
    const graph = new Graph({ multi: true });
    graph.mergeNode("a");
    graph.mergeNode("b");
    graph.addEdge("a", "b");
    graph.addEdge("a", "b");
    graph.addEdge("a", "b");
    expect(coreness(graph)).toEqual({ a: 1, b: 1 });
  });
});
