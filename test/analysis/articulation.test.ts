import { connectedComponents } from "graphology-components";
import { describe, expect, it } from "vitest";
import { articulationPoints } from "../../src/analysis/articulation";
import { directedHandGraph, handGraph, path, randomGraph, star, without } from "./bottleneckHandGraphs";

describe("articulationPoints", () => {
  it("finds every inner person of a path, cutting off the shorter end", () => {
    const { points, cutOff, isArticulationPoint } = articulationPoints(path(5));
    expect(points.map((p) => p.node).sort()).toEqual(["p1", "p2", "p3"]);
    expect(cutOff).toEqual({ p0: 0, p1: 1, p2: 2, p3: 1, p4: 0 });
    expect(isArticulationPoint.p0).toBe(false);
    expect(points[0]).toEqual({ node: "p2", cutOff: 2, pieces: 2, componentSize: 5, largestPiece: 2 });
  });

  it("counts every leaf but one as cut off when the hub of a star leaves", () => {
    const { points } = articulationPoints(handGraph(star("hub", ["a", "b", "c", "d"])));
    expect(points).toEqual([{ node: "hub", cutOff: 3, pieces: 4, componentSize: 5, largestPiece: 1 }]);
  });

  it("finds the knot of a bow tie and nothing in a cycle", () => {
    const bowTie = handGraph([
      ["a", "b"],
      ["b", "k"],
      ["k", "a"],
      ["k", "c"],
      ["c", "d"],
      ["d", "k"],
      ["d", "e"],
    ]);
    expect(articulationPoints(bowTie).points).toEqual([
      { node: "k", cutOff: 2, pieces: 2, componentSize: 6, largestPiece: 3 },
      { node: "d", cutOff: 1, pieces: 2, componentSize: 6, largestPiece: 4 },
    ]);
    const cycle = handGraph([
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["d", "a"],
    ]);
    expect(articulationPoints(cycle).points).toEqual([]);
  });

  it("only counts people of the point's own component, and ignores isolates and dyads", () => {
    const graph = handGraph(
      [
        ["a", "b"],
        ["b", "c"],
        ["x", "y"],
      ],
      { loner: "NGO" },
    );
    const { points, cutOff } = articulationPoints(graph);
    expect(points).toEqual([{ node: "b", cutOff: 1, pieces: 2, componentSize: 3, largestPiece: 1 }]);
    expect(cutOff.loner).toBe(0);
    expect(cutOff.x).toBe(0);
  });

  it("reads a directed graph as undirected", () => {
    const graph = directedHandGraph([
      ["a", "b"],
      ["c", "b"],
    ]);
    expect(articulationPoints(graph).points.map((p) => p.node)).toEqual(["b"]);
  });

  it("handles a 20,000-person chain without overflowing the stack", () => {
    const { points, cutOff } = articulationPoints(path(20_000));
    expect(points).toHaveLength(19_998);
    expect(cutOff.p10000).toBe(9_999);
    expect(points[0]!.cutOff).toBe(9_999);
  });

  it("agrees with removing each person and recounting components", () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const graph = randomGraph(40, 0.06, seed);
      const { cutOff } = articulationPoints(graph);
      const componentOf = new Map<string, string[]>();
      for (const component of connectedComponents(graph))
        for (const node of component) componentOf.set(node, component);
      graph.forEachNode((node) => {
        const component = componentOf.get(node)!;
        const rest = without(graph, [node]);
        const pieces = connectedComponents(rest)
          .filter((piece) => component.includes(piece[0]!))
          .map((piece) => piece.length);
        const expected = pieces.length < 2 ? 0 : component.length - 1 - Math.max(...pieces);
        expect(cutOff[node], `seed ${seed}, ${node}`).toBe(expected);
      });
    }
  });
});
