/**
 * What the worker does when the app asks for an analysis: run analyzeNetwork on the
 * network it built, with the user's settings, reporting progress in words and stopping
 * when cancelled. Kept apart from the messaging so it runs (and is tested) in Node too.
 * The answer is plain data for postMessage; the page already has the ties, so they are
 * left out.
 */
import { analyzeNetwork, type AnalyzeOptions, type NetworkAnalysis } from "../analysis/analyzeNetwork";
import type { PathWorkerPool } from "../analysis/parallel/pool";
import { normaliseSettings, type AnalysisSettings } from "../analysis/registry";
import type { WeaverGraph } from "../graph/buildNetwork";
import type { Progress } from "./protocol";

export interface AnalysisPayload extends Omit<NetworkAnalysis, "ties"> {
  /** Which imported network this describes. */
  networkId: number;
  /** The settings it was computed with, after normalisation. */
  settings: AnalysisSettings;
  elapsedMs: number;
}

/** analyzeNetwork's stage names, as the progress bar says them. */
export const STAGE_LABELS: Record<string, string> = {
  "shortest paths": "Analysing: shortest paths",
  centrality: "Analysing: centrality",
  bottlenecks: "Analysing: bottlenecks",
  sectors: "Analysing: sectors",
  communities: "Analysing: communities",
  done: "Analysing: finishing",
};

export function stageLabel(stage: string): string {
  return STAGE_LABELS[stage] ?? stage;
}

export function analyzeOptionsFrom(settings: AnalysisSettings): AnalyzeOptions {
  const { betweenness, keyPlayers } = normaliseSettings(settings);
  return {
    betweenness:
      betweenness.mode === "exact"
        ? { mode: "exact" }
        : betweenness.mode === "sampled"
          ? { mode: "sampled", pivots: betweenness.pivots, seed: betweenness.seed }
          : "auto",
    keyPlayers: keyPlayers.k,
  };
}

export interface AnalysisControl {
  pool?: PathWorkerPool;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export async function runAnalysis(
  graph: WeaverGraph,
  networkId: number,
  settings: AnalysisSettings,
  control: AnalysisControl = {},
): Promise<AnalysisPayload> {
  const started = performance.now();
  const report = control.onProgress ?? (() => {});
  const analysis = await analyzeNetwork(graph, {
    ...analyzeOptionsFrom(settings),
    pool: control.pool,
    signal: control.signal,
    onProgress: (stage, fraction) => report({ stage: "analysing", fraction, label: stageLabel(stage) }),
  });
  control.signal?.throwIfAborted();
  const { ties: _ties, ...rest } = analysis;
  return {
    ...rest,
    networkId,
    settings: normaliseSettings(settings),
    elapsedMs: performance.now() - started,
  };
}
