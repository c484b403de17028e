import { describe, expect, it } from "vitest";
import { constraint, effectiveSize, structuralHoles } from "../../src/analysis/constraint";
import { directedHandGraph, handGraph, star } from "./bottleneckHandGraphs";

describe("constraint and effective size", () => {
  it("gives the hub of an unweighted star 1/k constraint and k effective contacts", () => {
    const graph = handGraph(star("hub", ["a", "b", "c"]));
    const { constraint: c, effectiveSize: e } = structuralHoles(graph);
    expect(c.hub).toBeCloseTo(1 / 3, 12);
    expect(c.a).toBeCloseTo(1, 12);
    expect(e.hub).toBeCloseTo(3, 12);
    expect(e.a).toBeCloseTo(1, 12);
  });

  it("counts the indirect investment in a triangle", () => {
    const graph = handGraph([
      ["a", "b"],
      ["b", "c"],
      ["c", "a"],
    ]);
    // (1/2 + 1/2 · 1/2)² for each of two contacts; Borgatti's n − 2t/n = 2 − 1.
    expect(constraint(graph).a).toBeCloseTo(2 * 0.75 ** 2, 12);
    expect(effectiveSize(graph).a).toBeCloseTo(1, 12);
  });

  it("weighs contacts by tie weight", () => {
    const graph = handGraph([
      ["hub", "a", 1],
      ["hub", "b", 2],
      ["hub", "c", 3],
      ["b", "c", 4],
    ]);
    // p = 1/6, 2/6, 3/6; indirect b←c: p_hub,c · p_c,b = 3/6 · 4/7, c←b: 2/6 · 4/6.
    const expected = (1 / 6) ** 2 + (2 / 6 + (3 / 6) * (4 / 7)) ** 2 + (3 / 6 + (2 / 6) * (4 / 6)) ** 2;
    expect(constraint(graph).hub).toBeCloseTo(expected, 12);
    // redundancy of b: p_hub,c · a_bc / max_b = 3/6 · 4/4; of c: p_hub,b · a_cb / max_c = 2/6 · 4/4.
    expect(effectiveSize(graph).hub).toBeCloseTo(3 - 3 / 6 - 2 / 6, 12);
    expect(constraint(graph, { weightAttribute: null }).hub).not.toBeCloseTo(expected, 3);
  });

  it("is undefined for people without ties", () => {
    const graph = handGraph([["a", "b"]], { alone: "NGO" });
    expect(constraint(graph).alone).toBeNull();
    expect(effectiveSize(graph).alone).toBeNull();
  });

  it("adds both directions of a directed tie, as networkx's mutual weight", () => {
    const graph = directedHandGraph([
      ["a", "b", 1],
      ["b", "a", 2],
      ["a", "c", 1],
    ]);
    expect(constraint(graph).a).toBeCloseTo((3 / 4) ** 2 + (1 / 4) ** 2, 12);
  });
});
