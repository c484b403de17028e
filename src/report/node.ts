/**
 * `weaver report --out DIR`: every export of the report at once, written with Node's fs.
 * Node-only (the app builds the same files in the browser from the pure functions).
 *
 * Files: report.html, introductions.csv, recruitment.csv, network.gexf, and the analysis
 * tables (summary.csv, people.csv, ties.csv, bridges.csv, key_players.csv,
 * sector_dependencies.csv, sector_mixing.csv). With `pseudonymize`, every file uses the same
 * codes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { NetworkAnalysis } from "../analysis/analyzeNetwork";
import type { WeaverGraph } from "../graph/buildNetwork";
import { analysisTables } from "./analysisTables";
import { toCsv } from "./csv";
import { toGexf } from "./gexf";
import { layoutNetwork } from "./layout";
import type { NodeVisuals } from "./picture";
import type { PseudonymOptions } from "./pseudonymize";
import { pseudonymizeAnalysis, pseudonymizerForGraph, type RecommendationLists } from "./pseudonymizeData";
import { introductionsCsv, recruitmentCsv } from "./recommendationsCsv";
import { dataPeriod, renderReportHtml } from "./reportHtml";
import type { RecommendationLimits } from "./reportRecommendations";

export interface ReportFilesInput {
  graph: WeaverGraph;
  analysis: NetworkAnalysis;
  /** Without them, introductions.csv and recruitment.csv hold their header only. */
  recommendations?: RecommendationLists | null;
  /** ISO date of the report. Default: today (UTC). */
  date?: string;
  /** Name of the community, for the report's title. */
  community?: string;
  /** Replace people (and optionally organisations) by stable codes in every file. */
  pseudonymize?: PseudonymOptions;
  /** Positions, sizes, colours; computed with `layoutNetwork` when not given. */
  visuals?: NodeVisuals;
  limits?: RecommendationLimits;
}

/** Writes the files into `dir` (created if needed) and returns their paths, report.html first. */
export function writeReportFiles(dir: string, input: ReportFilesInput): string[] {
  const { graph, analysis } = input;
  const p = input.pseudonymize ? pseudonymizerForGraph(graph, input.pseudonymize) : undefined;
  const layout = input.visuals ? null : layoutNetwork(graph);
  const visuals = input.visuals ?? layout?.visuals ?? undefined;
  const people = graph.mapNodes((id, attributes) => ({ ...attributes, id }));
  const recommendations = input.recommendations ?? null;
  const options = { pseudonymize: p };

  const files: [string, string][] = [
    [
      "report.html",
      renderReportHtml({
        analysis,
        recommendations,
        date: input.date ?? new Date().toISOString().slice(0, 10),
        community: input.community,
        period: dataPeriod(graph),
        visuals,
        sectorColors: layout?.sectorColors,
        limits: input.limits,
        pseudonymize: p,
      }),
    ],
    ["introductions.csv", introductionsCsv(recommendations?.introductions ?? [], people, options)],
    [
      "recruitment.csv",
      recruitmentCsv(
        recommendations?.recruitment.gaps ?? [],
        recommendations?.recruitment.candidates ?? [],
        people,
        options,
      ),
    ],
    ["network.gexf", toGexf(graph, analysis, { ...options, visuals, date: input.date })],
  ];
  const tables = analysisTables(p ? pseudonymizeAnalysis(analysis, p) : analysis);
  for (const [name, table] of Object.entries(tables)) files.push([`${name}.csv`, toCsv(table)]);

  mkdirSync(dir, { recursive: true });
  return files.map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content, "utf8");
    return path;
  });
}
