import type { Csr } from "./csr";
import type { MeasureDescriptor } from "./descriptor";
import type { PowerIteration } from "./eigenvector";
import { undirectedCsr, toRecord, type AnyGraph, type CsrInput } from "./undirected";

export interface PagerankOptions extends CsrInput {
  /** Probability of following a tie rather than jumping to anyone at random. Default 0.85. */
  alpha?: number;
  /**
   * Stop when the summed change falls below n × tol (networkx's rule). networkx defaults
   * to 1e-6; the default here iterates on to the fixed point itself.
   */
  tol?: number;
  maxIter?: number;
}

/**
 * networkx's `pagerank` iteration: each person passes on their score along their ties in
 * proportion to tie weight; people with no (or only zero-weight) ties are "dangling" and
 * spread theirs evenly over everyone, as does the random jump (1 − α).
 */
export function pagerankIteration(csr: Csr, alpha = 0.85, tol = 1e-10, maxIter = 10_000): PowerIteration {
  const n = csr.nodes.length;
  const { offsets, targets, weights } = csr;
  const share = new Float64Array(weights.length);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) total += weights[k]!;
    if (total === 0) dangling.push(i);
    else for (let k = offsets[i]!; k < offsets[i + 1]!; k++) share[k] = weights[k]! / total;
  }
  let x = new Float64Array(n).fill(1 / n);
  let last = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIter; iteration++) {
    [last, x] = [x, last];
    let danglingMass = 0;
    for (const i of dangling) danglingMass += last[i]!;
    x.fill((alpha * danglingMass + 1 - alpha) / n);
    for (let i = 0; i < n; i++) {
      const passed = alpha * last[i]!;
      for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) x[targets[k]!]! += passed * share[k]!;
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(x[i]! - last[i]!);
    if (change < n * tol) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIter, converged: false };
}

/**
 * Weighted PageRank as networkx's `pagerank(G, alpha=0.85, weight="weight")` defines it,
 * on the undirected network (each tie usable both ways). Values sum to 1 over everyone.
 * If the iteration has not settled after maxIter passes, the last estimate is returned.
 */
export function pagerank(graph: AnyGraph, options: PagerankOptions = {}): Record<string, number> {
  const csr = undirectedCsr(graph, options);
  if (csr.nodes.length === 0) return toRecord(csr, []);
  return toRecord(csr, pagerankIteration(csr, options.alpha, options.tol, options.maxIter).values);
}

export const pagerankDescriptor: MeasureDescriptor<{ alpha: number }, Record<string, number>> = {
  id: "pagerank",
  label: "PageRank",
  family: "centrality",
  parameters: [
    {
      id: "alpha",
      label: "Damping",
      type: "number",
      default: 0.85,
      min: 0.01,
      max: 0.99,
      step: 0.01,
      help: "Chance that attention follows a tie rather than jumping to anyone; 0.85 is the standard value.",
    },
  ],
  outputs: [
    {
      id: "pagerank",
      label: "PageRank",
      scope: "person",
      explanation:
        "How likely attention, passed from person to person along the strongest ties, is to reach this person.",
      reading: "Values add up to 1 over the whole network; compare people, not absolute numbers.",
      definition: "Weighted PageRank with damping α (networkx's definition, dangling mass spread uniformly).",
    },
  ],
  compute: (graph, params) => pagerank(graph, { alpha: params.alpha }),
};
