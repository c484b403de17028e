import type { Csr } from "./csr";
import type { MeasureDescriptor } from "./descriptor";
import { undirectedCsr, toRecord, type AnyGraph, type CsrInput } from "./undirected";

/**
 * Core numbers by Batagelj and Zaversnik's O(m) algorithm: people are kept in buckets by
 * current degree and peeled off from the lowest bucket, each removal moving its remaining
 * higher-degree neighbours down one bucket in constant time.
 */
export function coreNumbers(csr: Csr): Int32Array {
  const n = csr.nodes.length;
  const { offsets, targets } = csr;
  const deg = new Int32Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    deg[i] = offsets[i + 1]! - offsets[i]!;
    if (deg[i]! > maxDegree) maxDegree = deg[i]!;
  }
  // bin[d] = first position of degree d in the sorted order `vert`; pos = inverse of vert.
  const bin = new Int32Array(maxDegree + 2);
  for (let i = 0; i < n; i++) bin[deg[i]! + 1]!++;
  for (let d = 1; d <= maxDegree + 1; d++) bin[d]! += bin[d - 1]!;
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  const next = bin.slice();
  for (let i = 0; i < n; i++) {
    pos[i] = next[deg[i]!]!++;
    vert[pos[i]!] = i;
  }
  for (let p = 0; p < n; p++) {
    const v = vert[p]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = targets[k]!;
      if (deg[u]! > deg[v]!) {
        const du = deg[u]!;
        const pu = pos[u]!;
        const pw = bin[du]!;
        const w = vert[pw]!;
        if (u !== w) {
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
          pos[u] = pw;
        }
        bin[du]!++;
        deg[u] = du - 1;
      }
    }
  }
  return deg;
}

/**
 * Coreness (k-core number) as networkx's `core_number(G)`: the largest k such that the
 * person belongs to a group in which everyone has at least k contacts inside the group.
 */
export function coreness(graph: AnyGraph, options: CsrInput = {}): Record<string, number> {
  const csr = undirectedCsr(graph, options);
  return toRecord(csr, coreNumbers(csr));
}

export const corenessDescriptor: MeasureDescriptor<Record<string, never>, Record<string, number>> = {
  id: "coreness",
  label: "Depth in the core",
  family: "centrality",
  parameters: [],
  outputs: [
    {
      id: "coreness",
      label: "Coreness",
      scope: "person",
      explanation:
        "How deep inside the community's dense core this person sits: k means they belong to a group where everyone has at least k contacts within the group.",
      reading: "The highest values form the backbone; 1 or 0 marks the edge of the network.",
      definition: "k-core number (Batagelj–Zaversnik), on distinct contacts.",
    },
  ],
  compute: (graph) => coreness(graph),
};
