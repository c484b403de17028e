import { describe, expect, it } from "vitest";
import { sectorMixing } from "../../src/analysis/sectorMixing";
import { directedHandGraph, mixingGraph } from "./bottleneckHandGraphs";

describe("sectorMixing", () => {
  const graph = mixingGraph();

  it("lists every sector with people, alphabetically, Unknown last", () => {
    const result = sectorMixing(graph);
    expect(result.sectors).toEqual(["Health", "NGO", "UN agency", "Unknown"]);
    expect(result.people).toEqual([1, 2, 1, 1]);
  });

  it("counts ties and sums weights within and between sectors, symmetrically", () => {
    const result = sectorMixing(graph);
    expect(result.ties).toEqual([
      [0, 0, 0, 0],
      [0, 1, 2, 0],
      [0, 2, 0, 1],
      [0, 0, 1, 0],
    ]);
    expect(result.weights[1]![1]).toBe(2);
    expect(result.weights[1]![2]).toBe(3.5);
    expect(result.weights[2]![1]).toBe(3.5);
    expect(result.within).toEqual({ ties: 1, weight: 2 });
    expect(result.between).toEqual({ ties: 3, weight: 4.5 });
    expect(result.pairs).toEqual([
      { a: "NGO", b: "UN agency", ties: 2, weight: 3.5 },
      { a: "NGO", b: "NGO", ties: 1, weight: 2 },
      { a: "UN agency", b: "Unknown", ties: 1, weight: 1 },
    ]);
  });

  it("counts a reciprocated directed pair as one tie with both weights", () => {
    const directed = directedHandGraph([
      ["a", "b", 1],
      ["b", "a", 2],
    ]);
    directed.setNodeAttribute("a", "sector", "A");
    directed.setNodeAttribute("b", "sector", "B");
    expect(sectorMixing(directed).pairs).toEqual([{ a: "A", b: "B", ties: 1, weight: 3 }]);
  });
});
