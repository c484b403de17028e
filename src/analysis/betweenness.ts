import type { MeasureDescriptor } from "./descriptor";
import { allSources } from "./pathKernel";
import { pathGraphOf, runPathPassSync } from "./pathKernelRun";
import type { RunControl } from "./parallel/pool";
import { betweennessErrorBound, choosePivots, describeErrorBound } from "./sampling";
import { toRecord, undirectedCsr, type AnyGraph, type CsrInput } from "./undirected";

/**
 * Betweenness centrality on hops (Brandes 2001), normalised as networkx's
 * betweenness_centrality(G, normalized=True) on an undirected graph: the share of
 * shortest paths between pairs of other people that run through a person, i.e. the sum
 * over unordered pairs {s,t} of σ_st(v)/σ_st, times 2/((n-1)(n-2)). People without ties
 * count in n and get 0. Tie weights and directions are ignored: a path is as long as
 * its number of hops.
 *
 * Sampled mode (Brandes & Pich 2007) uses k sources instead of n and scales by n/k; its
 * error bound is documented in ./sampling.
 */

export interface ExactMode {
  mode: "exact";
}
export interface SampledMode {
  mode: "sampled";
  /** Number of pivots (sources), k. */
  pivots: number;
  /** Seed of the pivot choice, so that a sampled run repeats. */
  seed: number;
}
export type BetweennessMode = ExactMode | SampledMode;

/**
 * Work (edge visits) above which exact betweenness gives way to sampling: about
 * 20,000 people with 5 ties each, which the benchmark machine computes exactly in
 * seconds with two workers.
 */
export const EXACT_WORK_LIMIT = 5e9;
/** Fewest pivots the policy uses: ±0.06 per person at 95% confidence (see sampling). */
export const MIN_PIVOTS = 500;
export const DEFAULT_SEED = 1;

/**
 * The app's default: exact while one BFS per person stays within EXACT_WORK_LIMIT,
 * otherwise as many pivots as fit in that budget (at least MIN_PIVOTS). n people,
 * m ties. The user can override the choice.
 */
export function chooseBetweennessMode(n: number, m: number): BetweennessMode {
  const perSource = n + 2 * m;
  if (n * perSource <= EXACT_WORK_LIMIT) return { mode: "exact" };
  const pivots = Math.min(n, Math.max(MIN_PIVOTS, Math.floor(EXACT_WORK_LIMIT / perSource)));
  return pivots >= n ? { mode: "exact" } : { mode: "sampled", pivots, seed: DEFAULT_SEED };
}

/** How a caller can ask: a concrete mode, or "auto" for the policy above. */
export type BetweennessModeOption = "auto" | BetweennessMode;

export function resolveBetweennessMode(option: BetweennessModeOption, n: number, m: number): BetweennessMode {
  if (option === "auto") return chooseBetweennessMode(n, m);
  if (option.mode === "sampled" && option.pivots >= n) return { mode: "exact" };
  return option;
}

/** Pivot mask and list of a mode (undefined pivots: every person is a source). */
export function betweennessSources(
  n: number,
  mode: BetweennessMode,
): { list: Int32Array; mask?: Uint8Array } {
  if (mode.mode === "exact") return { list: allSources(n) };
  const list = choosePivots(n, mode.pivots, mode.seed);
  const mask = new Uint8Array(n);
  for (const s of list) mask[s] = 1;
  return { list, mask };
}

/** Raw Brandes sums (each unordered pair counted from both ends) to networkx's normalised values. */
export function normaliseBetweenness(raw: Float64Array, n: number, mode: BetweennessMode): Float64Array {
  let scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  if (mode.mode === "sampled") scale *= n / Math.min(n, mode.pivots);
  return raw.map((x) => x * scale);
}

export interface BetweennessResult {
  values: Record<string, number>;
  mode: BetweennessMode;
  /** ±ε around each value at 95% confidence (0 when exact). */
  errorBound: number;
  /** The same, in words, for the UI. */
  accuracy: string;
}

export function describeBetweennessResult(
  values: Record<string, number>,
  mode: BetweennessMode,
  n: number,
): BetweennessResult {
  if (mode.mode === "exact") {
    return { values, mode, errorBound: 0, accuracy: "Exact: every person was used as a starting point." };
  }
  return {
    values,
    mode,
    errorBound: betweennessErrorBound(n, mode.pivots),
    accuracy: describeErrorBound(n, mode.pivots),
  };
}

export interface BetweennessOptions extends CsrInput, RunControl {
  /** Default "auto" (chooseBetweennessMode). */
  mode?: BetweennessModeOption;
}

/** Betweenness in the calling thread; for large networks prefer computePathMeasures with a worker pool. */
export function betweenness(graph: AnyGraph, options: BetweennessOptions = {}): BetweennessResult {
  const csr = undirectedCsr(graph, options);
  const pathGraph = pathGraphOf(csr);
  const n = pathGraph.n;
  const mode = resolveBetweennessMode(options.mode ?? "auto", n, pathGraph.targets.length / 2);
  const sources = betweennessSources(n, mode);
  const sums = runPathPassSync(
    pathGraph,
    { betweenness: true, closeness: false, ...(sources.mask ? { pivots: sources.mask } : {}) },
    sources.list,
    options,
  );
  return describeBetweennessResult(toRecord(csr, normaliseBetweenness(sums.betweenness, n, mode)), mode, n);
}

export const BETWEENNESS_EXPLANATION =
  "How often this person lies on the shortest path between two others; high values mark the people " +
  "whose absence would slow the flow of knowledge.";

export interface BetweennessParams extends Record<string, number | string> {
  mode: "auto" | "exact" | "sampled";
  pivots: number;
  seed: number;
}

export const betweennessDescriptor: MeasureDescriptor<BetweennessParams, BetweennessResult> = {
  id: "betweenness",
  label: "Betweenness",
  family: "centrality",
  parameters: [
    {
      id: "mode",
      label: "Computation",
      type: "choice",
      default: "auto",
      choices: [
        { value: "auto", label: "Automatic (exact unless the network is very large)" },
        { value: "exact", label: "Exact" },
        { value: "sampled", label: "Estimated from a sample of people" },
      ],
      help:
        "Exact betweenness follows every shortest path; on very large networks an estimate from a " +
        "sample of starting points is much faster and comes with a stated margin of error.",
    },
    {
      id: "pivots",
      label: "Sample size",
      type: "number",
      default: MIN_PIVOTS,
      min: 10,
      step: 100,
      help:
        "People used as starting points when estimating. More means a smaller margin: with 500, each " +
        "value is within ±0.06 of the exact one with 95% confidence; with 2,000, within ±0.03.",
    },
    {
      id: "seed",
      label: "Sample seed",
      type: "number",
      default: DEFAULT_SEED,
      min: 0,
      step: 1,
      help: "The same seed picks the same sample, so an estimate can be repeated exactly.",
    },
  ],
  outputs: [
    {
      id: "betweenness",
      label: "Betweenness",
      scope: "person",
      explanation: BETWEENNESS_EXPLANATION,
      reading:
        "0 means nobody needs this person to reach anyone else; 1 would mean every path between two " +
        "other people runs through them (the centre of a star).",
      definition:
        "Brandes betweenness on hops, normalised by 2/((n-1)(n-2)) as networkx's betweenness_centrality " +
        "for undirected graphs; sampled mode uses k random sources scaled by n/k (Brandes–Pich).",
    },
  ],
  compute: (graph, params) => {
    const mode: BetweennessModeOption =
      params.mode === "exact"
        ? { mode: "exact" }
        : params.mode === "sampled"
          ? { mode: "sampled", pivots: params.pivots, seed: params.seed }
          : "auto";
    return betweenness(graph, { mode });
  },
};
