import type { Csr } from "./csr";

/**
 * One depth-first pass of Tarjan's lowpoint algorithm over a symmetric CSR, shared by
 * articulation points, bridges and the key-player search.
 *
 * It is iterative (an explicit stack of "next arc to look at" per node) because the
 * recursive textbook version overflows the call stack on long chains, which real
 * communities have (a 20,000-person chain is a few lines of CSV away).
 *
 * Besides disc/low it records, for every node v, the pieces its removal would leave in
 * its component: each DFS child c with low[c] >= disc[v] is cut off with its whole
 * subtree, and what is left (parent side) forms one more piece. That is all the key-player
 * search needs to score every candidate in one pass.
 */
export interface Lowpoint {
  /** Discovery time, -1 for removed nodes. */
  disc: Int32Array;
  low: Int32Array;
  /** DFS parent, -1 for roots and removed nodes. */
  parent: Int32Array;
  /** Size of the DFS subtree rooted at the node. */
  size: Int32Array;
  /** Size of the node's connected component (0 for removed nodes). */
  componentSize: Int32Array;
  /** Number of DFS children cut off from the rest if the node leaves. */
  cutChildren: Int32Array;
  /** People in those cut-off subtrees, their largest one, and Σ p(p-1) over them. */
  cutSum: Float64Array;
  cutMax: Float64Array;
  cutPairs: Float64Array;
}

/** `removed[i] === 1` hides node i and its ties, as if it had left the network. */
export function lowpoint(csr: Csr, removed?: Uint8Array): Lowpoint {
  const n = csr.nodes.length;
  const { offsets, targets } = csr;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  const componentSize = new Int32Array(n);
  const cutChildren = new Int32Array(n);
  const cutSum = new Float64Array(n);
  const cutMax = new Float64Array(n);
  const cutPairs = new Float64Array(n);
  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  const order = new Int32Array(n);
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1 || (removed && removed[root])) continue;
    const start = time;
    let sp = 0;
    disc[root] = low[root] = time;
    order[time++] = root;
    size[root] = 1;
    next[root] = offsets[root]!;
    stack[sp++] = root;
    while (sp > 0) {
      const v = stack[sp - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = targets[next[v]!++]!;
        if (removed && removed[w]) continue;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time;
          order[time++] = w;
          size[w] = 1;
          next[w] = offsets[w]!;
          stack[sp++] = w;
        } else if (w !== parent[v] && disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
        continue;
      }
      sp--;
      const p = parent[v]!;
      if (p < 0) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      const s = size[v]!;
      size[p] = size[p]! + s;
      if (low[v]! >= disc[p]!) {
        cutChildren[p] = cutChildren[p]! + 1;
        cutSum[p] = cutSum[p]! + s;
        if (s > cutMax[p]!) cutMax[p] = s;
        cutPairs[p] = cutPairs[p]! + s * (s - 1);
      }
    }
    for (let t = start; t < time; t++) componentSize[order[t]!] = time - start;
  }
  return { disc, low, parent, size, componentSize, cutChildren, cutSum, cutMax, cutPairs };
}

/**
 * Pieces node v's component falls into when v leaves: the cut-off subtrees plus, unless v
 * is the DFS root, the rest of the component on its parent's side.
 */
export function remainderPiece(lp: Lowpoint, v: number): number {
  return lp.componentSize[v]! - 1 - lp.cutSum[v]!;
}
