import Graph from "graphology";
import { describe, expect, test } from "vitest";
import { boundsOf, placeKnown, positionsWith } from "../../src/ui/graph/knownPositions";
import type { RenderEdge, RenderGraph, RenderNode } from "../../src/ui/graph/renderGraph";

function drawn(ids: string[], ties: [string, string][]): RenderGraph {
  const graph: RenderGraph = new Graph<RenderNode, RenderEdge>({ type: "undirected" });
  for (const id of ids)
    graph.addNode(id, { x: 100, y: 100, size: 3, color: "#000", label: id, type: "circle" });
  for (const [a, b] of ties) graph.addEdge(a, b, { weight: 1, size: 1, color: "#ccc", type: "line" });
  return graph;
}

describe("remembered map positions", () => {
  test("everyone known goes back exactly where they were; nothing is left to place", () => {
    const graph = drawn(["a", "b"], [["a", "b"]]);
    const known = new Map([
      ["a", { x: -3.5, y: 7 }],
      ["b", { x: 12, y: -0.25 }],
      ["gone", { x: 1, y: 1 }],
    ]);
    expect(placeKnown(graph, known)).toBe(0);
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: -3.5, y: 7 });
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 12, y: -0.25 });
  });

  test("a newcomer starts beside the people they are tied to; one with no placed contact inside the map", () => {
    const graph = drawn(
      ["a", "b", "new", "alone"],
      [
        ["new", "a"],
        ["new", "b"],
      ],
    );
    const known = new Map([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 100, y: 200 }],
    ]);
    expect(placeKnown(graph, known)).toBe(2);
    const { x, y } = graph.getNodeAttributes("new");
    // 1% of the map's larger side (200) from the contacts' centre (50, 100).
    expect(Math.hypot(x - 50, y - 100)).toBeCloseTo(2, 9);
    const alone = graph.getNodeAttributes("alone");
    expect(alone.x).toBeGreaterThanOrEqual(0);
    expect(alone.x).toBeLessThanOrEqual(100);
    expect(alone.y).toBeGreaterThanOrEqual(0);
    expect(alone.y).toBeLessThanOrEqual(200);
    // Away from where the graph first put everyone.
    expect(alone).not.toMatchObject({ x: 100, y: 100 });
  });

  test("nothing known: every person is left to the layout", () => {
    expect(placeKnown(drawn(["a", "b"], []), new Map())).toBe(2);
  });

  test("positions on the map replace older ones and join those of people outside the window", () => {
    const graph = drawn(["a"], []);
    graph.mergeNodeAttributes("a", { x: 1, y: 2 });
    const merged = positionsWith(
      graph,
      new Map([
        ["a", { x: 9, y: 9 }],
        ["b", { x: 3, y: 4 }],
      ]),
    );
    expect(merged).toEqual(
      new Map([
        ["a", { x: 1, y: 2 }],
        ["b", { x: 3, y: 4 }],
      ]),
    );
    expect(boundsOf(merged.values())).toEqual({ x: 1, y: 2, width: 2, height: 2 });
  });
});
