import {
  betweennessSources,
  describeBetweennessResult,
  normaliseBetweenness,
  resolveBetweennessMode,
  type BetweennessModeOption,
  type BetweennessResult,
} from "./betweenness";
import { closenessFromSums } from "./closeness";
import { allSources, type PathOptions } from "./pathKernel";
import { pathGraphOf, runPathPass, type PassOptions } from "./pathKernelRun";
import {
  planSectorDependencies,
  sectorDependenciesFromSums,
  sectorPathOptions,
  type SectorDependency,
  type SectorPlanOptions,
} from "./sectorDependencies";
import { toRecord, undirectedCsr, type AnyGraph, type CsrInput } from "./undirected";

/**
 * Betweenness, closeness and sector dependencies from a single all-pairs pass, on a
 * worker pool when one is given and the network is large enough. This is what the app
 * (Web Workers) and the CLI (worker_threads) call; the per-measure functions are the
 * single-thread equivalents.
 */
export interface PathMeasuresRequest extends CsrInput {
  /** Default "auto"; false skips betweenness. */
  betweenness?: BetweennessModeOption | false;
  /** Default true. */
  closeness?: boolean;
  /** Default false; true or options to compute sector dependencies. */
  sectorDependencies?: boolean | (SectorPlanOptions & { top?: number });
}

export interface PathMeasures {
  betweenness?: BetweennessResult;
  closeness?: Record<string, number>;
  sectorDependencies?: SectorDependency[];
}

export async function computePathMeasures(
  graph: AnyGraph,
  request: PathMeasuresRequest = {},
  passOptions: PassOptions = {},
): Promise<PathMeasures> {
  const csr = undirectedCsr(graph, request);
  const pathGraph = pathGraphOf(csr);
  const n = pathGraph.n;
  const wantCloseness = request.closeness ?? true;
  const betweennessOption = request.betweenness ?? "auto";
  const mode =
    betweennessOption === false
      ? undefined
      : resolveBetweennessMode(betweennessOption, n, pathGraph.targets.length / 2);
  const sectorRequest = request.sectorDependencies ?? false;
  const sectorOptions = typeof sectorRequest === "object" ? sectorRequest : {};
  const plan = sectorRequest ? planSectorDependencies(graph, csr, sectorOptions) : undefined;

  const options: PathOptions = {
    betweenness: mode !== undefined,
    closeness: wantCloseness,
    ...(plan ? sectorPathOptions(plan) : {}),
  };
  const pivots = mode ? betweennessSources(n, mode) : undefined;
  if (pivots?.mask) options.pivots = pivots.mask;
  // BFS from everyone unless only sampled betweenness (and perhaps sectors) is wanted.
  let sources: Int32Array;
  if (wantCloseness || mode?.mode === "exact") sources = allSources(n);
  else sources = Int32Array.from(new Set([...(pivots?.list ?? []), ...(plan?.sources ?? [])])).sort();

  const sums = await runPathPass(pathGraph, options, sources, passOptions);
  const result: PathMeasures = {};
  if (mode) {
    const values = toRecord(csr, normaliseBetweenness(sums.betweenness, n, mode));
    result.betweenness = describeBetweennessResult(values, mode, n);
  }
  if (wantCloseness) result.closeness = toRecord(csr, closenessFromSums(sums.distanceSum, sums.reached, n));
  if (plan) result.sectorDependencies = sectorDependenciesFromSums(csr, plan, sums, sectorOptions.top);
  return result;
}
