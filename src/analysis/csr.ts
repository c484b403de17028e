import type { AbstractGraph, Attributes } from "graphology-types";

/**
 * Compressed sparse row adjacency: the graph as flat typed arrays so that the hot
 * loops of path-based measures (betweenness, closeness, BFS) touch contiguous memory
 * instead of graphology's per-node objects, and so it can be posted to workers cheaply.
 *
 * For an undirected graph every tie appears twice (u→v and v→u). For a directed graph
 * the arrays hold out-neighbours. Self-loops are skipped; parallel edges are merged
 * (weights summed) because every Weaver measure is defined on simple graphs.
 */
export interface Csr {
  /** Node keys; node i of the arrays is nodes[i], in graph.nodes() order. */
  nodes: string[];
  index: Map<string, number>;
  /** neighbours of i are targets[offsets[i] .. offsets[i+1]) */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  directed: boolean;
}

export interface CsrOptions {
  /** Edge attribute holding the weight; null means every tie weighs 1. Default "weight". */
  weightAttribute?: string | null;
}

export function toCsr<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: CsrOptions = {},
): Csr {
  const weightAttribute = options.weightAttribute === undefined ? "weight" : options.weightAttribute;
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const directed = graph.type === "directed";

  const lists: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const add = (from: number, to: number, w: number) => {
    const list = lists[from]!;
    list.set(to, (list.get(to) ?? 0) + w);
  };
  graph.forEachEdge((_edge, attributes, source, target, _sa, _ta, undirected) => {
    if (source === target) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    const raw = weightAttribute === null ? 1 : Number(attributes[weightAttribute] ?? 1);
    const w = Number.isFinite(raw) ? raw : 1;
    add(s, t, w);
    if (!directed || undirected) add(t, s, w);
  });

  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + lists[i]!.size;
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (let i = 0; i < n; i++) {
    let k = offsets[i]!;
    for (const [to, w] of lists[i]!) {
      targets[k] = to;
      weights[k] = w;
      k++;
    }
  }
  return { nodes, index, offsets, targets, weights, directed };
}

export function csrDegree(csr: Csr, i: number): number {
  return csr.offsets[i + 1]! - csr.offsets[i]!;
}
