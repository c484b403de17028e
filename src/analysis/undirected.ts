import type { AbstractGraph, Attributes } from "graphology-types";
import { toCsr, type Csr } from "./csr";

/** Any graphology graph; the analysis reads only the attributes it is told to. */
export type AnyGraph = AbstractGraph<Attributes, Attributes>;

export interface CsrInput {
  /**
   * A CSR already built from this graph with toCsr, so that several measures share one
   * build. It must carry the weights the measure needs (toCsr's default "weight").
   */
  csr?: Csr;
  /** Edge attribute holding the tie weight; null treats every tie as weighing 1. Default "weight". */
  weightAttribute?: string | null;
}

/**
 * The graph as a symmetric CSR. Weaver's person-level measures are defined on the
 * undirected network of contacts, so a directed graph is read as undirected, with the
 * weights of a→b and b→a summed into one tie (together they are the pair's interactions).
 */
export function undirectedCsr(graph: AnyGraph, options: CsrInput = {}): Csr {
  const csr = options.csr ?? toCsr(graph, { weightAttribute: options.weightAttribute });
  return csr.directed ? symmetrise(csr) : csr;
}

function symmetrise(csr: Csr): Csr {
  const n = csr.nodes.length;
  const lists: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let i = 0; i < n; i++) {
    for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) {
      const j = csr.targets[k]!;
      const w = csr.weights[k]!;
      lists[i]!.set(j, (lists[i]!.get(j) ?? 0) + w);
      lists[j]!.set(i, (lists[j]!.get(i) ?? 0) + w);
    }
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + lists[i]!.size;
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  lists.forEach((list, i) => {
    let k = offsets[i]!;
    for (const [j, w] of list) {
      targets[k] = j;
      weights[k++] = w;
    }
  });
  return { nodes: csr.nodes, index: csr.index, offsets, targets, weights, directed: false };
}

/** Per-person values keyed by node, in graph order. */
export function toRecord<T extends number | null>(csr: Csr, values: ArrayLike<T>): Record<string, T> {
  // No prototype: a person whose id is "__proto__" or "constructor" must stay a plain key.
  const result = Object.create(null) as Record<string, T>;
  csr.nodes.forEach((node, i) => {
    result[node] = values[i]!;
  });
  return result;
}
