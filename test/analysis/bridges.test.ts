import { countConnectedComponents } from "graphology-components";
import { describe, expect, it } from "vitest";
import { bridges } from "../../src/analysis/bridges";
import { directedHandGraph, handGraph, path, randomGraph } from "./bottleneckHandGraphs";

const pairs = (found: { source: string; target: string }[]) =>
  found.map((b) => [b.source, b.target].sort().join("-")).sort();

describe("bridges", () => {
  it("makes every tie of a path a bridge, with the smaller side's size", () => {
    const { bridges: found } = bridges(path(5));
    expect(pairs(found)).toEqual(["p0-p1", "p1-p2", "p2-p3", "p3-p4"]);
    const separated = Object.fromEntries(
      found.map((b) => [[b.source, b.target].sort().join("-"), b.separated]),
    );
    expect(separated).toEqual({ "p0-p1": 1, "p1-p2": 2, "p2-p3": 2, "p3-p4": 1 });
    expect(found[0]!.separated).toBe(2);
  });

  it("finds only the tail of a cycle with a tail, oriented as the graph stores it", () => {
    const graph = handGraph([
      ["a", "b"],
      ["b", "c"],
      ["c", "a"],
      ["d", "c"],
      ["d", "e"],
    ]);
    const { bridges: found } = bridges(graph);
    expect(found.map((b) => [b.source, b.target, b.separated])).toEqual([
      ["d", "c", 2],
      ["d", "e", 1],
    ]);
    for (const b of found) expect(graph.extremities(b.edge)).toEqual([b.source, b.target]);
  });

  it("finds none in a network without a single point of failure, and ignores isolates", () => {
    const graph = handGraph(
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
        ["d", "a"],
      ],
      { alone: "UN agency" },
    );
    expect(bridges(graph).bridges).toEqual([]);
  });

  it("reads a directed graph as undirected: a reciprocated pair is still one tie", () => {
    const graph = directedHandGraph([
      ["a", "b"],
      ["b", "a"],
      ["b", "c"],
    ]);
    expect(pairs(bridges(graph).bridges)).toEqual(["a-b", "b-c"]);
  });

  it("handles a 20,000-person chain without overflowing the stack", () => {
    expect(bridges(path(20_000)).bridges).toHaveLength(19_999);
  });

  it("agrees with removing each tie and recounting components", () => {
    for (const seed of [11, 12, 13, 14, 15]) {
      const graph = randomGraph(40, 0.06, seed);
      const before = countConnectedComponents(graph);
      const expected = graph
        .filterEdges((edge) => {
          const copy = graph.copy();
          copy.dropEdge(edge);
          return countConnectedComponents(copy) > before;
        })
        .map((edge) => graph.extremities(edge).sort().join("-"))
        .sort();
      expect(pairs(bridges(graph).bridges), `seed ${seed}`).toEqual(expected);
    }
  });
});
