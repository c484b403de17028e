import type { Csr } from "./csr";
import type { MeasureDescriptor } from "./descriptor";
import { undirectedCsr, toRecord, type AnyGraph, type CsrInput } from "./undirected";

/**
 * Number of triangles through each person. Each triangle is found once, from its
 * lowest-ranked corner with ranks ordered by degree, so a hub's long neighbour list is
 * never scanned against itself: O(m·√m) instead of O(Σ degree²).
 */
export function triangles(csr: Csr): Float64Array {
  const n = csr.nodes.length;
  const { offsets, targets } = csr;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => offsets[a + 1]! - offsets[a]! - (offsets[b + 1]! - offsets[b]!) || a - b,
  );
  const rank = new Int32Array(n);
  order.forEach((node, r) => (rank[node] = r));

  // Forward adjacency: only ties towards higher-ranked people.
  const forwardStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (rank[targets[k]!]! > rank[i]!) count++;
    forwardStart[i + 1] = forwardStart[i]! + count;
  }
  const forward = new Int32Array(forwardStart[n]!);
  for (let i = 0, f = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++)
      if (rank[targets[k]!]! > rank[i]!) forward[f++] = targets[k]!;
  }

  const counts = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let k = forwardStart[u]!; k < forwardStart[u + 1]!; k++) mark[forward[k]!] = u;
    for (let k = forwardStart[u]!; k < forwardStart[u + 1]!; k++) {
      const v = forward[k]!;
      for (let l = forwardStart[v]!; l < forwardStart[v + 1]!; l++) {
        const w = forward[l]!;
        if (mark[w] === u) {
          counts[u]!++;
          counts[v]!++;
          counts[w]!++;
        }
      }
    }
  }
  return counts;
}

/**
 * Local clustering coefficient as networkx's default `clustering(G)` (unweighted): the
 * share of pairs of a person's contacts who are themselves in contact. People with fewer
 * than two contacts get 0, as in networkx.
 */
export function clustering(graph: AnyGraph, options: CsrInput = {}): Record<string, number> {
  const csr = undirectedCsr(graph, options);
  const t = triangles(csr);
  const values = new Float64Array(csr.nodes.length);
  for (let i = 0; i < values.length; i++) {
    const d = csr.offsets[i + 1]! - csr.offsets[i]!;
    values[i] = d < 2 ? 0 : (2 * t[i]!) / (d * (d - 1));
  }
  return toRecord(csr, values);
}

export const clusteringDescriptor: MeasureDescriptor<Record<string, never>, Record<string, number>> = {
  id: "clustering",
  label: "Close-knit circle",
  family: "centrality",
  parameters: [],
  outputs: [
    {
      id: "clustering",
      label: "Clustering coefficient",
      scope: "person",
      explanation: "How far this person's contacts also know one another.",
      reading:
        "Near 1: a tight circle where news travels fast but little new comes in. Near 0: contacts in separate worlds, which this person alone links.",
      definition:
        "Local clustering coefficient: triangles through the person divided by pairs of their contacts (unweighted, 0 below two contacts).",
    },
  ],
  compute: (graph) => clustering(graph),
};
