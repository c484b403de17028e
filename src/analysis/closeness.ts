import type { MeasureDescriptor } from "./descriptor";
import { allSources } from "./pathKernel";
import { pathGraphOf, runPathPassSync } from "./pathKernelRun";
import type { RunControl } from "./parallel/pool";
import { toRecord, undirectedCsr, type AnyGraph, type CsrInput } from "./undirected";

/**
 * Closeness centrality on hops with the Wasserman–Faust correction, as networkx's
 * closeness_centrality(G, wf_improved=True): for a person who reaches r others at a total
 * distance D, (r/D)·(r/(n-1)). The second factor scales down people in small components,
 * whose few short paths would otherwise make them look central. People without ties
 * (and n = 1) get 0. Weights and directions are ignored.
 */
export function closenessFromSums(distanceSum: Float64Array, reached: Float64Array, n: number): Float64Array {
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const total = distanceSum[i]!;
    const r = reached[i]!;
    if (total > 0 && n > 1) values[i] = (r / total) * (r / (n - 1));
  }
  return values;
}

export type ClosenessOptions = CsrInput & RunControl;

/** Closeness in the calling thread; computePathMeasures shares its BFS with betweenness. */
export function closeness(graph: AnyGraph, options: ClosenessOptions = {}): Record<string, number> {
  const csr = undirectedCsr(graph, options);
  const pathGraph = pathGraphOf(csr);
  const sums = runPathPassSync(
    pathGraph,
    { betweenness: false, closeness: true },
    allSources(pathGraph.n),
    options,
  );
  return toRecord(csr, closenessFromSums(sums.distanceSum, sums.reached, pathGraph.n));
}

export const closenessDescriptor: MeasureDescriptor<Record<string, never>, Record<string, number>> = {
  id: "closeness",
  label: "Closeness",
  family: "centrality",
  parameters: [],
  outputs: [
    {
      id: "closeness",
      label: "Closeness",
      scope: "person",
      explanation:
        "How few steps this person needs to reach everyone else in the network; high values mark " +
        "people who can spread news or knowledge quickly.",
      reading:
        "Between 0 and 1. People cut off in a small group score low even if their group is tight, " +
        "because they cannot reach most of the community; 0 means no ties at all.",
      definition:
        "Wasserman–Faust closeness on hops: (r/D)·(r/(n-1)) for a person reaching r others at total " +
        "distance D, as networkx's closeness_centrality with wf_improved=True.",
    },
  ],
  compute: (graph) => closeness(graph),
};
