import type { AbstractGraph, Attributes } from "graphology-types";
import type { Csr } from "./csr";
import type { MeasureDescriptor } from "./descriptor";
import { emptyRecord } from "./record";
import { lowpoint, remainderPiece, type Lowpoint } from "./lowpoint";
import { undirectedCsr, type CsrInput } from "./undirected";

/**
 * Key-player set (Borgatti 2006, KPP-Neg): the k people whose joint departure fragments
 * the network most, measured by
 *
 *     F = 1 − Σ_c s_c (s_c − 1) / (n (n − 1))
 *
 * the share of ordered pairs of people who can no longer reach each other, over the
 * components c (sizes s_c) of the network that remains once the set has left: n counts the
 * people who remain, as in Borgatti's KeyPlayer and pyntacle, so leaving people are neither
 * counted as fragments nor as pairs. A network of fewer than two people has F = 0.
 *
 * Search: greedy, one person at a time, then an improvement pass that re-picks each member
 * given the others (a best-swap search, repeated until nothing improves). Both are cheap
 * because one lowpoint DFS (O(n + m)) scores every candidate at once: removing v replaces its
 * component's s(s−1) by Σ p(p−1) over the pieces v's departure leaves. So the whole search is
 * O(k · passes · (n + m)). Ties go to the person with more remaining contacts, then to graph
 * order, so results repeat. Greedy search is not guaranteed to find the best set.
 */
export interface KeyPlayersOptions extends Pick<CsrInput, "csr"> {
  /** Size of the set. Default 5; at most n − 2 so that a pair of people remains. */
  k?: number;
  /** Run the swap improvement pass after greedy. Default true. */
  improve?: boolean;
}

export interface KeyPlayerStep {
  node: string;
  /** Fragmentation once this person and those before them have left. */
  fragmentation: number;
  /** Increase in fragmentation due to this person (can be ≤ 0 when nobody splits anything). */
  gain: number;
}

export interface KeyPlayersResult {
  /** Size of the set found (k, or less on tiny networks). */
  k: number;
  /** The set, in the order a greedy removal within it would take them. */
  players: string[];
  steps: KeyPlayerStep[];
  fragmentationBefore: number;
  fragmentationAfter: number;
  /** Members the improvement pass replaced relative to plain greedy. */
  swaps: number;
  /** Per person: 1-based position in the set, null when not in it. */
  rank: Record<string, number | null>;
}

export const DEFAULT_KEY_PLAYERS = 5;

export function fragmentation(pairsConnected: number, people: number): number {
  return people < 2 ? 0 : 1 - pairsConnected / (people * (people - 1));
}

/** Σ s(s−1) over the components that a lowpoint pass found. */
function connectedPairs(lp: Lowpoint): number {
  let pairs = 0;
  for (let v = 0; v < lp.parent.length; v++) {
    if (lp.disc[v] !== -1 && lp.parent[v] === -1) pairs += lp.componentSize[v]! * (lp.componentSize[v]! - 1);
  }
  return pairs;
}

/** Σ s(s−1) after v also leaves, given the current pass. */
function pairsWithout(lp: Lowpoint, total: number, v: number): number {
  const c = lp.componentSize[v]!;
  const rest = remainderPiece(lp, v);
  return total - c * (c - 1) + lp.cutPairs[v]! + rest * (rest - 1);
}

class Search {
  readonly removed: Uint8Array;
  readonly degree: Int32Array;

  constructor(private readonly csr: Csr) {
    const n = csr.nodes.length;
    this.removed = new Uint8Array(n);
    this.degree = new Int32Array(n);
    for (let v = 0; v < n; v++) this.degree[v] = csr.offsets[v + 1]! - csr.offsets[v]!;
  }

  setRemoved(v: number, gone: boolean): void {
    if (this.removed[v] === (gone ? 1 : 0)) return;
    this.removed[v] = gone ? 1 : 0;
    for (let k = this.csr.offsets[v]!; k < this.csr.offsets[v + 1]!; k++) {
      const w = this.csr.targets[k]!;
      this.degree[w] = this.degree[w]! + (gone ? -1 : 1);
    }
  }

  /** Best next departure among `allowed` (all present people when omitted), and Σ s(s−1) after it. */
  best(allowed?: (v: number) => boolean): { node: number; pairs: number; scoreOf: (v: number) => number } {
    const lp = lowpoint(this.csr, this.removed);
    const total = connectedPairs(lp);
    let node = -1;
    let pairs = Infinity;
    for (let v = 0; v < this.removed.length; v++) {
      if (this.removed[v] || (allowed && !allowed(v))) continue;
      const after = pairsWithout(lp, total, v);
      if (after < pairs || (after === pairs && node >= 0 && this.degree[v]! > this.degree[node]!)) {
        node = v;
        pairs = after;
      }
    }
    return { node, pairs, scoreOf: (v) => pairsWithout(lp, total, v) };
  }
}

export function keyPlayers<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: KeyPlayersOptions = {},
): KeyPlayersResult {
  const csr = undirectedCsr(graph, { csr: options.csr, weightAttribute: null });
  const n = csr.nodes.length;
  const k = Math.max(0, Math.min(Math.floor(options.k ?? DEFAULT_KEY_PLAYERS), n - 2));
  const search = new Search(csr);

  const chosen: number[] = [];
  for (let step = 0; step < k; step++) {
    const { node } = search.best();
    chosen.push(node);
    search.setRemoved(node, true);
  }

  let swaps = 0;
  if (options.improve ?? true) {
    const initial = new Set(chosen);
    for (let pass = 0, changed = true; changed && pass < 10; pass++) {
      changed = false;
      for (let i = 0; i < chosen.length; i++) {
        const current = chosen[i]!;
        search.setRemoved(current, false);
        const { node, pairs, scoreOf } = search.best();
        const replace = pairs < scoreOf(current);
        chosen[i] = replace ? node : current;
        search.setRemoved(chosen[i]!, true);
        changed ||= replace;
      }
    }
    swaps = chosen.filter((v) => !initial.has(v)).length;
  }

  // Order the set as greedy removal within it would, to report each member's gain.
  for (const v of chosen) search.setRemoved(v, false);
  const inSet = new Uint8Array(n);
  for (const v of chosen) inSet[v] = 1;
  const fragmentationBefore = fragmentation(connectedPairs(lowpoint(csr)), n);
  const steps: KeyPlayerStep[] = [];
  let previous = fragmentationBefore;
  for (let step = 0; step < chosen.length; step++) {
    const { node, pairs } = search.best((v) => inSet[v] === 1);
    search.setRemoved(node, true);
    const f = fragmentation(pairs, n - step - 1);
    steps.push({ node: csr.nodes[node]!, fragmentation: f, gain: f - previous });
    previous = f;
  }

  const rank = emptyRecord<number | null>();
  for (const node of csr.nodes) rank[node] = null;
  steps.forEach((s, i) => (rank[s.node] = i + 1));
  return {
    k: steps.length,
    players: steps.map((s) => s.node),
    steps,
    fragmentationBefore,
    fragmentationAfter: previous,
    swaps,
    rank,
  };
}

export const keyPlayersDescriptor: MeasureDescriptor<{ k: number }, KeyPlayersResult> = {
  id: "keyPlayers",
  label: "Key players",
  family: "bottlenecks",
  parameters: [
    {
      id: "k",
      label: "Number of people",
      type: "number",
      default: DEFAULT_KEY_PLAYERS,
      min: 1,
      max: 50,
      step: 1,
      help: "How many people to look for together.",
    },
  ],
  outputs: [
    {
      id: "keyPlayers",
      label: "Key players",
      scope: "network",
      explanation:
        "The few people whose joint absence (leaving, burning out, changing jobs at the same time) " +
        "would break the community into the most disconnected pieces. They are the ones to back up " +
        "with second links and shared responsibilities.",
      definition:
        "Greedy search with a swap pass for the k-set maximising Borgatti's fragmentation " +
        "F = 1 − Σ s_c(s_c − 1) / (n(n − 1)) of the network left after their removal.",
    },
    {
      id: "fragmentation",
      label: "Fragmentation",
      scope: "network",
      explanation:
        "The share of pairs of people who cannot reach each other through the network, even " +
        "through intermediaries: 0 when everyone can reach everyone, 1 when nobody can reach anybody.",
      definition: "F = 1 − Σ s_c(s_c − 1) / (n(n − 1)) over connected components of sizes s_c.",
    },
  ],
  compute: (graph, params) => keyPlayers(graph, { k: params.k }),
};
