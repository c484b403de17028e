import Graph, { DirectedGraph, UndirectedGraph } from "graphology";

/** Small hand-made networks for the bottleneck and brokerage tests. */
export type Tie = [string, string, number?];

/** An undirected graph from ties, with optional sectors and extra people without ties. */
export function handGraph(ties: Tie[], sectors: Record<string, string | undefined> = {}): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [node, sector] of Object.entries(sectors))
    graph.addNode(node, sector === undefined ? {} : { sector });
  for (const [a, b, weight] of ties) {
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdge(a, b, { weight: weight ?? 1 });
  }
  return graph;
}

export function directedHandGraph(ties: Tie[]): DirectedGraph {
  const graph = new DirectedGraph();
  for (const [a, b, weight] of ties) graph.mergeEdge(a, b, { weight: weight ?? 1 });
  return graph;
}

export function path(n: number, prefix = "p"): UndirectedGraph {
  const ties: Tie[] = [];
  for (let i = 1; i < n; i++) ties.push([`${prefix}${i - 1}`, `${prefix}${i}`]);
  return handGraph(ties);
}

export function star(centre: string, leaves: string[]): Tie[] {
  return leaves.map((leaf) => [centre, leaf]);
}

/** A seeded random graph (Erdős–Rényi-like) for property checks against brute force. */
export function randomGraph(n: number, p: number, seed: number, sectors = 3): UndirectedGraph {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { sector: `s${Math.floor(random() * sectors)}` });
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++)
      if (random() < p) graph.addEdge(`n${i}`, `n${j}`, { weight: 1 + ((i + j) % 3) });
  }
  return graph;
}

/** Copy of the graph without the given people (for brute-force comparisons). */
export function without(graph: Graph, nodes: Iterable<string>): Graph {
  const copy = graph.copy();
  for (const node of nodes) copy.dropNode(node);
  return copy;
}

/** NGO (2 people), UN agency (1), one person without a sector and a Health person without ties. */
export function mixingGraph(): UndirectedGraph {
  return handGraph(
    [
      ["n1", "n2", 2],
      ["n1", "u1", 3],
      ["n2", "u1", 0.5],
      ["u1", "x", 1],
    ],
    { n1: "NGO", n2: "NGO", u1: "UN agency", x: undefined, h: "Health" },
  );
}
