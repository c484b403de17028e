import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { toCsr } from "../../src/analysis/csr";
import { pagerank, pagerankIteration } from "../../src/analysis/pagerank";
import { expectPerPerson } from "../reference/compare";
import { loadReferenceGraph, REFERENCE_NAMES, referenceValues } from "../reference/loadReferenceGraph";

describe.each(REFERENCE_NAMES)("PageRank on %s", (name) => {
  const graph = loadReferenceGraph(name);
  const reference = referenceValues(name);

  it("matches networkx's weighted PageRank (α = 0.85) at 1e-6", () => {
    expectPerPerson(pagerank(graph), reference.pagerank);
  });

  it("reproduces networkx's default run step for step (tol 1e-6)", () => {
    const expected = reference.pagerank_nx_default;
    expect(expected).not.toBeNull();
    expectPerPerson(pagerank(graph, { tol: 1e-6, maxIter: 100 }), expected!, 1e-12);
  });

  it("sums to 1 over everyone", () => {
    const total = Object.values(pagerank(graph)).reduce((sum, x) => sum + x, 0);
    expect(total).toBeCloseTo(1, 9);
  });
});

describe("PageRank, other cases", () => {
  it("spreads the score of people without ties evenly, so all-isolates is uniform", () => {
    const graph = new Graph();
    ["a", "b", "c", "d"].forEach((node) => graph.addNode(node));
    expect(pagerank(graph)).toEqual({ a: 0.25, b: 0.25, c: 0.25, d: 0.25 });
  });

  it("solves a small case by hand: a star of three leaves", () => {
    // Hub h: x_h = 0.15/4 + 0.85·3·x_l, leaves: x_l = 0.15/4 + 0.85·x_h/3, and x_h + 3x_l = 1.
    const graph = new Graph();
    ["a", "b", "c"].forEach((leaf) => graph.mergeEdge("h", leaf, { weight: 1 }));
    const hub = (0.15 / 4 + 0.85 * 3 * (0.15 / 4)) / (1 - 0.85 * 0.85);
    const values = pagerank(graph);
    expect(values.h).toBeCloseTo(hub, 8);
    expect(values.a).toBeCloseTo((1 - hub) / 3, 8);
  });

  it("follows heavier ties more", () => {
    const graph = new Graph();
    graph.mergeEdge("x", "heavy", { weight: 9 });
    graph.mergeEdge("x", "light", { weight: 1 });
    const values = pagerank(graph);
    expect(values.heavy!).toBeGreaterThan(values.light!);
  });

  it("reports non-convergence instead of failing", () => {
    const run = pagerankIteration(toCsr(loadReferenceGraph("davis")), 0.85, 1e-15, 3);
    expect(run.converged).toBe(false);
    expect(run.values.every(Number.isFinite)).toBe(true);
  });

  it("returns nothing for an empty graph", () => {
    expect(pagerank(new Graph())).toEqual({});
  });
});
