/**
 * The sample community's results as the worker posts them: the network its import pipeline
 * builds (graphology's own export of the graph) and the analysis of that network.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Graph from "graphology";
import { DEFAULT_ANALYSIS_SETTINGS } from "../../src/analysis/registry";
import type { WeaverGraph } from "../../src/graph/buildNetwork";
import { runAnalysis, type AnalysisPayload } from "../../src/worker/analysisHandler";
import { importFiles, previewFile } from "../../src/worker/importPipeline";
import type { ImportedNetwork } from "../../src/worker/protocol";

const SAMPLE = path.resolve(import.meta.dirname, "../../sample-data");

export function sampleNetwork(): ImportedNetwork {
  const files = ["people.csv", "interactions.csv", "attendance.csv"].map((name, i) => {
    const bytes = new Uint8Array(readFileSync(path.join(SAMPLE, name)));
    const { outcome, decoded } = previewFile(`f${i}`, name, bytes);
    if (!outcome.ok || !decoded || !outcome.preview.kind) throw new Error(`${name} did not preview`);
    return {
      spec: { fileId: outcome.fileId, kind: outcome.preview.kind, mapping: outcome.preview.mapping },
      decoded,
    };
  });
  return { ...importFiles(files, {}, () => {}), networkId: 1 };
}

export async function sampleAnalysis(network: ImportedNetwork): Promise<AnalysisPayload> {
  const graph = Graph.from(network.graph) as WeaverGraph;
  return runAnalysis(graph, network.networkId, DEFAULT_ANALYSIS_SETTINGS);
}
