/**
 * The sample community end to end, as the CLI reads it: the committed CSVs through the real
 * ingest (importBytes), buildNetwork, analyzeNetwork, the recommendation engine with the
 * sample's targets.csv, then every export.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeNetwork, type NetworkAnalysis } from "../../src/analysis/analyzeNetwork";
import { loadDataset } from "../../src/cli/loadDataset";
import { buildNetwork, type WeaverGraph } from "../../src/graph/buildNetwork";
import { readTargetsCsv, recommend, type Recommendations } from "../../src/recommend";
import { toGexf } from "../../src/report/gexf";
import { layoutNetwork } from "../../src/report/layout";
import {
  pseudonymizeAnalysis,
  pseudonymizeRecommendations,
  pseudonymizerForGraph,
} from "../../src/report/pseudonymizeData";
import { introductionsCsv, recruitmentCsv } from "../../src/report/recommendationsCsv";
import { dataPeriod, renderReportHtml } from "../../src/report/reportHtml";
import { REPORT_SECTIONS } from "./fixtures";
import { allElements, childElements, parseXml, textOf, squash } from "./xml";

let graph: WeaverGraph;
let analysis: NetworkAnalysis;
let recommendations: Recommendations;

beforeAll(async () => {
  const loaded = loadDataset([
    { path: "sample-data/people.csv", kind: "people" },
    { path: "sample-data/interactions.csv", kind: "interactions" },
    { path: "sample-data/attendance.csv", kind: "attendance" },
  ]);
  expect(loaded.failures).toEqual([]);
  graph = buildNetwork(loaded.dataset).graph;
  analysis = await analyzeNetwork(graph);
  const targets = readTargetsCsv(readFileSync("sample-data/targets.csv", "utf8"));
  recommendations = recommend(graph, analysis, targets.targets);
}, 60_000);

/** Every string in a value, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      out.push(key);
      strings(v, out);
    }
  }
  return out;
}

describe("the sample community's exports", () => {
  it("renders a report with every section and the reasons of every printed suggestion", () => {
    const layout = layoutNetwork(graph);
    const html = renderReportHtml({
      analysis,
      recommendations,
      date: "2026-11-01",
      period: dataPeriod(graph),
      visuals: layout.visuals!,
      sectorColors: layout.sectorColors,
    });
    const root = parseXml(html);
    const sections = allElements(root).filter((e) => e.name === "section");
    expect(sections.map((s) => s.attributes.id)).toEqual([...REPORT_SECTIONS]);
    const svg = allElements(sections[2]!).find((e) => e.name === "svg")!;
    expect(childElements(svg, "circle")).toHaveLength(graph.order);
    const intros = squash(textOf(sections[5]!));
    const { introductions } = recommendations;
    expect(introductions.length).toBeGreaterThan(20);
    for (const intro of introductions.slice(0, 20)) {
      for (const reason of intro.reasons) expect(intros).toContain(squash(reason));
    }
    expect(intros).toContain(`${introductions.length - 20} more suggestions in introductions.csv`);
    const recruitment = squash(textOf(sections[6]!));
    for (const gap of recommendations.recruitment.gaps.filter((g) => g.kind === "absent")) {
      expect(recruitment).toContain(squash(gap.reason));
    }
  });

  it("exports every suggestion, gap and candidate to CSV", () => {
    const people = graph.mapNodes((id, a) => ({ ...a, id }));
    const parse = (text: string) =>
      Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const intro = parse(introductionsCsv(recommendations.introductions, people));
    expect(intro.errors).toEqual([]);
    expect(intro.data).toHaveLength(recommendations.introductions.length);
    const { gaps, candidates } = recommendations.recruitment;
    const recruitment = parse(recruitmentCsv(gaps, candidates, people));
    expect(recruitment.errors).toEqual([]);
    expect(recruitment.data).toHaveLength(gaps.length + candidates.length);
  });

  it("pseudonymised: no id, name or e-mail of anyone survives anywhere in the analysis or the recommendations", () => {
    const p = pseudonymizerForGraph(graph, { secret: "sample workspace" });
    const everything = strings([
      pseudonymizeAnalysis(analysis, p),
      pseudonymizeRecommendations(recommendations, p),
    ]);
    const ids = new Set(graph.nodes());
    const leakedIds = everything.filter((s) => ids.has(s));
    expect(leakedIds).toEqual([]);
    const names = graph
      .mapNodes((_, a) => [a.name, a.email ?? ""])
      .flat()
      .filter((n) => n.length >= 5);
    const text = everything.join("\n");
    expect(names.filter((name) => text.includes(name))).toEqual([]);
    const gexf = toGexf(graph, analysis, { pseudonymize: p });
    expect(names.filter((name) => gexf.includes(name))).toEqual([]);
  });
});
