import type { Csr } from "./csr";
import {
  createPathKernel,
  createPathSums,
  localityOrder,
  permuteGraph,
  type PathGraph,
  type PathOptions,
  type PathSums,
} from "./pathKernel";
import { abortError, type PathWorkerPool, type RunControl } from "./parallel/pool";

/**
 * Running one all-pairs pass: in this thread (small graphs, tests) or on a worker pool,
 * on a copy of the graph renumbered for cache locality. Callers speak in the CSR's
 * vertex numbers throughout; the renumbering never leaks out.
 */

/** The kernel's view of a CSR; build it with undirectedCsr, since paths ignore tie direction. */
export function pathGraphOf(csr: Csr): PathGraph {
  if (csr.directed) throw new Error("Path measures need an undirected CSR (see undirectedCsr)");
  return { n: csr.nodes.length, offsets: csr.offsets, targets: csr.targets };
}

/** Work of a pass in edge visits, to decide whether workers are worth starting. */
export function passWork(graph: PathGraph, sources: number): number {
  return sources * (graph.n + graph.targets.length);
}

interface Renumbered {
  graph: PathGraph;
  options: PathOptions;
  sources: Int32Array;
  order: Int32Array;
}

function renumber(graph: PathGraph, options: PathOptions, sources: Int32Array): Renumbered {
  const order = localityOrder(graph);
  const position = new Int32Array(graph.n);
  for (let i = 0; i < graph.n; i++) position[order[i]!] = i;
  const byNew = <T extends Int32Array | Uint8Array>(values: T): T => {
    const out = values.slice() as T;
    for (let i = 0; i < graph.n; i++) out[i] = values[order[i]!]!;
    return out;
  };
  const renumbered: PathOptions = { ...options };
  if (options.pivots) renumbered.pivots = byNew(options.pivots);
  if (options.groupOf) renumbered.groupOf = byNew(options.groupOf);
  if (options.groupSources) renumbered.groupSources = byNew(options.groupSources);
  return {
    graph: permuteGraph(graph, order),
    options: renumbered,
    // Sources in locality order too: consecutive chunks then share cached neighbourhoods.
    sources: Int32Array.from(sources, (s) => position[s]!).sort(),
    order,
  };
}

/** Sums indexed by the renumbered vertices, back in the caller's numbering. */
function restore(sums: PathSums, order: Int32Array): PathSums {
  const n = order.length;
  // Per-vertex arrays, or blocks of n of them (group dependencies).
  const back = (values: Float64Array): Float64Array => {
    const out = new Float64Array(values.length);
    for (let block = 0; block < values.length; block += n) {
      for (let i = 0; i < n; i++) out[block + order[i]!] = values[block + i]!;
    }
    return out;
  };
  return {
    betweenness: back(sums.betweenness),
    distanceSum: back(sums.distanceSum),
    reached: back(sums.reached),
    groupDependency: back(sums.groupDependency),
    groupPairs: sums.groupPairs,
    sources: sums.sources,
  };
}

/**
 * One pass in the calling thread. Progress is reported and the signal checked between
 * chunks of sources, so a callback (or anything else running synchronously) can cancel.
 */
export function runPathPassSync(
  graph: PathGraph,
  options: PathOptions,
  sources: Int32Array,
  control: RunControl = {},
): PathSums {
  const { signal, onProgress } = control;
  if (signal?.aborted) throw abortError(signal);
  if (sources.length === 0) return createPathSums(graph.n, options);
  const r = renumber(graph, options, sources);
  const kernel = createPathKernel(r.graph, r.options);
  const chunk = Math.max(1, Math.ceil(r.sources.length / 100));
  for (let start = 0; start < r.sources.length; start += chunk) {
    const end = Math.min(r.sources.length, start + chunk);
    kernel.run(r.sources, start, end);
    onProgress?.(end / r.sources.length);
    if (signal?.aborted) throw abortError(signal);
  }
  return restore(kernel.sums, r.order);
}

export interface PassOptions extends RunControl {
  /** Workers to split the sources among; without one the pass runs in this thread. */
  pool?: PathWorkerPool;
  /**
   * Passes with less work than this (edge visits) run in this thread even with a pool,
   * because handing them out would cost more than it saves. Default 2·10⁷ (about 50 ms of
   * work) when the pool's workers are running, the pool's startCost when they are not.
   */
  parallelThreshold?: number;
}

export const WARM_POOL_THRESHOLD = 2e7;

export async function runPathPass(
  graph: PathGraph,
  options: PathOptions,
  sources: Int32Array,
  passOptions: PassOptions = {},
): Promise<PathSums> {
  const { pool, parallelThreshold: _threshold, ...control } = passOptions;
  const threshold =
    passOptions.parallelThreshold ?? (pool && !pool.warm ? pool.startCost : WARM_POOL_THRESHOLD);
  if (!pool || passWork(graph, sources.length) < threshold) {
    return runPathPassSync(graph, options, sources, control);
  }
  if (control.signal?.aborted) throw abortError(control.signal);
  const r = renumber(graph, options, sources);
  const sums = await pool.run(r.graph, r.options, r.sources, control);
  return restore(sums, r.order);
}
