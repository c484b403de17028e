/**
 * What the import worker does for the Introductions and Recruitment views and the exports:
 * recommend from the network it built and the analysis it ran, read targets.csv, and write
 * the export files. Kept apart from the messaging so it runs (and is tested) in Node too; the
 * answers are plain data for postMessage.
 */
import type { NetworkAnalysis } from "../analysis/analyzeNetwork";
import type { WeaverGraph } from "../graph/buildNetwork";
import { decodeBytes } from "../ingest/decode";
import { recommend, readTargetsCsv } from "../recommend";
import { resolveWeights } from "../recommend/goals";
import {
  analysisTables,
  introductionsCsv,
  pseudonymizeAnalysis,
  pseudonymizerForGraph,
  recruitmentCsv,
  renderReportHtml,
  toCsv,
  toGexf,
  dataPeriod,
  type NodeVisual,
  type Pseudonymizer,
} from "../report";
import type { AnalysisPayload } from "./analysisHandler";
import {
  MAX_PER_PERSON_LIMIT,
  type ExportFile,
  type ExportKind,
  type ExportRequest,
  type RecommendPayload,
  type RecommendRequest,
  type TargetsFile,
  type VisualRow,
} from "./recommendProtocol";

/**
 * The analysis as the recommendation engine and the exports take it. The page's copy leaves
 * out the ties, which the graph has.
 */
export function toNetworkAnalysis(payload: AnalysisPayload, graph: WeaverGraph): NetworkAnalysis {
  const { networkId: _id, settings: _settings, elapsedMs: _elapsed, ...rest } = payload;
  const ties: NetworkAnalysis["ties"] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    ties.push({ source, target, weight: attributes.weight });
  });
  return { ...rest, ties };
}

/** Recommendations with the user's goal weights and cap; targets null means the registry's defaults. */
export function recommendFor(
  graph: WeaverGraph,
  analysis: NetworkAnalysis,
  request: RecommendRequest,
): RecommendPayload {
  const started = performance.now();
  const { weights, maxPerPerson } = request.settings;
  const cap = Math.round(maxPerPerson);
  if (!Number.isFinite(cap) || cap < 1 || cap > MAX_PER_PERSON_LIMIT) {
    throw new RangeError(`Suggestions per person must be between 1 and ${MAX_PER_PERSON_LIMIT}`);
  }
  const result = recommend(graph, analysis, request.targets, {
    introductions: { weights, maxPerPerson: cap },
  });
  return {
    ...result,
    networkId: request.networkId,
    settings: { weights: resolveWeights(weights), maxPerPerson: cap },
    elapsedMs: performance.now() - started,
  };
}

/** targets.csv from its bytes (any encoding the importer reads); a file that is not text gets one problem. */
export function readTargetsFile(bytes: Uint8Array, fileName: string): TargetsFile {
  const decoded = decodeBytes(bytes, fileName);
  if (!decoded.ok) {
    return { fileName, targets: [], read: 0, accepted: 0, rejected: [], problem: decoded.message };
  }
  return { fileName, ...readTargetsCsv(decoded.text) };
}

const FILES: Record<ExportKind, { name: string; extension: string; type: string }> = {
  introductions: { name: "introductions", extension: "csv", type: "text/csv;charset=utf-8" },
  recruitment: { name: "recruitment", extension: "csv", type: "text/csv;charset=utf-8" },
  people: { name: "people", extension: "csv", type: "text/csv;charset=utf-8" },
  gexf: { name: "network", extension: "gexf", type: "application/gexf+xml;charset=utf-8" },
  report: { name: "report", extension: "html", type: "text/html;charset=utf-8" },
};

export function visualsFrom(rows: readonly VisualRow[] | null): Map<string, NodeVisual> | undefined {
  if (!rows) return undefined;
  return new Map(rows.map(([id, x, y, size, color]) => [id, { x, y, size, color }]));
}

/** One export file; with a secret, every person (names, e-mails, ids, in free text too) is a stable code. */
export function exportFile(
  graph: WeaverGraph,
  analysis: NetworkAnalysis,
  request: ExportRequest,
): ExportFile {
  const p: Pseudonymizer | undefined =
    request.secret === null ? undefined : pseudonymizerForGraph(graph, { secret: request.secret });
  const file = FILES[request.kind];
  const fileName = `${file.name}${p ? "-pseudonymised" : ""}.${file.extension}`;
  const options = { pseudonymize: p };
  const people = () => graph.mapNodes((id, attributes) => ({ ...attributes, id }));
  const recommendations = request.recommendations;
  const visuals = visualsFrom(request.visuals);
  let text: string;
  switch (request.kind) {
    case "introductions":
      text = introductionsCsv(recommendations?.introductions ?? [], people(), options);
      break;
    case "recruitment":
      text = recruitmentCsv(
        recommendations?.recruitment.gaps ?? [],
        recommendations?.recruitment.candidates ?? [],
        people(),
        options,
      );
      break;
    case "people":
      text = toCsv(analysisTables(p ? pseudonymizeAnalysis(analysis, p) : analysis).people!);
      break;
    case "gexf":
      text = toGexf(graph, analysis, { ...options, visuals, date: request.date });
      break;
    case "report":
      text = renderReportHtml({
        analysis,
        recommendations,
        date: request.date,
        period: dataPeriod(graph),
        visuals,
        pseudonymize: p,
      });
      break;
  }
  return { fileName, type: file.type, text };
}
