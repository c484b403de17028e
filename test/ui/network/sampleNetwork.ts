/**
 * The sample community as the app sees it, built and analysed by the real engine in Node: the
 * CLI's loader and network builder, the worker's analysis and recommendations (with the
 * sample's targets.csv, as `?sample=1` loads them).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_ANALYSIS_SETTINGS } from "../../../src/analysis/registry";
import { loadDataset } from "../../../src/cli/loadDataset";
import { buildNetwork, type WeaverGraph } from "../../../src/graph/buildNetwork";
import type { FileKind } from "../../../src/model/types";
import { DEFAULT_RECOMMEND_SETTINGS } from "../../../src/ui/recommend/recommendState";
import { runAnalysis, type AnalysisPayload } from "../../../src/worker/analysisHandler";
import { readTargetsFile, recommendFor, toNetworkAnalysis } from "../../../src/worker/recommendHandler";
import type { RecommendPayload } from "../../../src/worker/recommendProtocol";

export const SAMPLE_DIR = path.resolve(import.meta.dirname, "../../../sample-data");

export interface AnalysedSample {
  graph: WeaverGraph;
  analysis: AnalysisPayload;
  recommendations: RecommendPayload;
}

export async function analysedSample(): Promise<AnalysedSample> {
  const kinds: FileKind[] = ["people", "interactions", "attendance"];
  const { dataset } = loadDataset(
    kinds.map((kind) => ({ kind, path: path.join(SAMPLE_DIR, `${kind}.csv`) })),
  );
  const { graph } = buildNetwork(dataset);
  const analysis = await runAnalysis(graph, 1, DEFAULT_ANALYSIS_SETTINGS);
  const targetsFile = readTargetsFile(
    new Uint8Array(readFileSync(path.join(SAMPLE_DIR, "targets.csv"))),
    "targets.csv",
  );
  const recommendations = recommendFor(graph, toNetworkAnalysis(analysis, graph), {
    networkId: 1,
    targets: targetsFile.targets,
    settings: DEFAULT_RECOMMEND_SETTINGS,
  });
  return { graph, analysis, recommendations };
}
