import { readFileSync, writeFileSync } from "node:fs";
import Graph from "graphology";
import { createRandom } from "../../src/analysis/sampling";

/**
 * Holme–Kim power-law cluster graph, step for step as networkx's
 * powerlaw_cluster_graph(n, m, p): each new person ties to m existing people chosen by
 * preferential attachment, and after each tie, with probability p, closes a triangle
 * with a neighbour of that person instead. The result has a heavy-tailed degree
 * distribution and the clustering of real social networks; with m = 5 it has about
 * 5 ties per person (5·(n-m) in all). Seeded, so benchmarks repeat.
 */
export interface GeneratedGraph {
  n: number;
  /** Flat [u0, v0, u1, v1, ...], each tie once, u !== v. */
  edges: Int32Array;
}

export function powerlawClusterGraph(n: number, m: number, p: number, seed: number): GeneratedGraph {
  if (m < 1 || n < m) throw new Error(`powerlawClusterGraph needs 1 <= m <= n (n=${n}, m=${m})`);
  const random = createRandom(seed);
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set());
  const edges: number[] = [];
  const addEdge = (u: number, v: number) => {
    if (neighbours[u]!.has(v)) return;
    neighbours[u]!.add(v);
    neighbours[v]!.add(u);
    edges.push(u, v);
  };
  // Nodes repeated once per tie end (and m times on arrival), as networkx's repeated_nodes.
  const repeated: number[] = [];
  for (let i = 0; i < m; i++) repeated.push(i);

  const randomSubset = (k: number): number[] => {
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(repeated[Math.floor(random() * repeated.length)]!);
    return [...chosen];
  };

  for (let source = m; source < n; source++) {
    const possible = randomSubset(m);
    let target = possible.pop()!;
    addEdge(source, target);
    repeated.push(target);
    let count = 1;
    while (count < m) {
      if (random() < p) {
        const around = [...neighbours[target]!].filter((x) => x !== source && !neighbours[source]!.has(x));
        if (around.length > 0) {
          const nbr = around[Math.floor(random() * around.length)]!;
          addEdge(source, nbr);
          repeated.push(nbr);
          count++;
          continue;
        }
      }
      target = possible.pop()!;
      addEdge(source, target);
      repeated.push(target);
      count++;
    }
    for (let i = 0; i < m; i++) repeated.push(source);
  }
  return { n, edges: Int32Array.from(edges) };
}

/** The generated graph as an undirected graphology graph with nodes "0".."n-1". */
export function toGraphology(generated: GeneratedGraph): Graph {
  const graph = new Graph({ type: "undirected" });
  for (let i = 0; i < generated.n; i++) graph.addNode(String(i));
  const { edges } = generated;
  for (let i = 0; i < edges.length; i += 2)
    graph.addEdge(String(edges[i]), String(edges[i + 1]), { weight: 1 });
  return graph;
}

/** One "u v" line per tie, the format bench/igraph_betweenness.py reads. */
export function writeEdgeList(file: string, generated: GeneratedGraph): void {
  const { edges } = generated;
  const lines: string[] = [];
  for (let i = 0; i < edges.length; i += 2) lines.push(`${edges[i]} ${edges[i + 1]}`);
  writeFileSync(file, lines.join("\n") + "\n");
}

export function readEdgeList(file: string, n: number): GeneratedGraph {
  const numbers = readFileSync(file, "utf8").split(/\s+/).filter(Boolean).map(Number);
  return { n, edges: Int32Array.from(numbers) };
}
