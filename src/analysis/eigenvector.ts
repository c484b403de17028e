import type { Csr } from "./csr";
import type { MeasureDescriptor } from "./descriptor";
import { undirectedCsr, toRecord, type AnyGraph, type CsrInput } from "./undirected";

export interface EigenvectorOptions extends CsrInput {
  /**
   * Stop when the summed change over all people falls below n × tol (networkx's rule).
   * networkx defaults to 1e-6, which leaves errors near 1e-6 in each value; the default
   * here iterates on to the fixed point itself, which costs a few more cheap passes.
   */
  tol?: number;
  maxIter?: number;
}

export interface PowerIteration {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

/**
 * networkx's power iteration, step for step: start from 1/n everywhere, multiply by
 * (A + I) — the identity shift keeps it from oscillating on bipartite networks such as
 * projected attendance — and rescale to unit Euclidean norm. On a disconnected network
 * this is also networkx's answer: the component with the largest eigenvalue takes the
 * weight and the others decay towards 0 at a rate set by the ratio of eigenvalues.
 */
export function eigenvectorIteration(csr: Csr, tol = 1e-10, maxIter = 10_000): PowerIteration {
  const n = csr.nodes.length;
  const { offsets, targets, weights } = csr;
  let x = new Float64Array(n).fill(1 / n);
  let last = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIter; iteration++) {
    [last, x] = [x, last];
    x.set(last);
    for (let i = 0; i < n; i++) {
      const xi = last[i]!;
      if (xi === 0) continue;
      for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) x[targets[k]!]! += xi * weights[k]!;
    }
    let squares = 0;
    for (let i = 0; i < n; i++) squares += x[i]! * x[i]!;
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let i = 0; i < n; i++) {
      x[i] = x[i]! / norm;
      change += Math.abs(x[i]! - last[i]!);
    }
    if (change < n * tol) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIter, converged: false };
}

/**
 * Weighted eigenvector centrality as networkx's `eigenvector_centrality(G, weight="weight")`
 * defines and normalises it (unit Euclidean norm over everyone, isolates included).
 * A person scores high when their contacts themselves score high. If the iteration has
 * not settled after maxIter passes, the last estimate is returned rather than failing.
 */
export function eigenvectorCentrality(
  graph: AnyGraph,
  options: EigenvectorOptions = {},
): Record<string, number> {
  const csr = undirectedCsr(graph, options);
  if (csr.nodes.length === 0) return toRecord(csr, []);
  return toRecord(csr, eigenvectorIteration(csr, options.tol, options.maxIter).values);
}

export const eigenvectorDescriptor: MeasureDescriptor<Record<string, never>, Record<string, number>> = {
  id: "eigenvector",
  label: "Connected to the well-connected",
  family: "centrality",
  parameters: [],
  outputs: [
    {
      id: "eigenvector",
      label: "Eigenvector centrality",
      scope: "person",
      explanation:
        "How well connected this person's contacts are: high when they work closely with people who are themselves central.",
      reading:
        "High values mark people in the influential core; people outside the main group score close to 0.",
      definition:
        "Leading eigenvector of the weighted adjacency matrix (power iteration on A + I, as networkx), scaled to unit Euclidean norm.",
    },
  ],
  compute: (graph) => eigenvectorCentrality(graph),
};
