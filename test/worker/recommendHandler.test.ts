/**
 * The worker's side of recommendations and exports, on the sample community read the way the
 * app reads it (preview, then import, then the analysis the page receives) and compared with
 * the CLI's path (loadDataset, buildNetwork, analyzeNetwork, recommend) on the same files.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Graph from "graphology";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeNetwork } from "../../src/analysis/analyzeNetwork";
import { DEFAULT_ANALYSIS_SETTINGS } from "../../src/analysis/registry";
import { loadDataset } from "../../src/cli/loadDataset";
import { buildNetwork, type WeaverGraph } from "../../src/graph/buildNetwork";
import type { NetworkAnalysis } from "../../src/analysis/analyzeNetwork";
import { DEFAULT_WEIGHTS, recommend, type Target } from "../../src/recommend";
import { INTRODUCTION_COLUMNS } from "../../src/report";
import { REPORT_SECTIONS } from "../report/fixtures";
import { runAnalysis } from "../../src/worker/analysisHandler";
import { importFiles, previewFile } from "../../src/worker/importPipeline";
import {
  exportFile,
  readTargetsFile,
  recommendFor,
  toNetworkAnalysis,
  visualsFrom,
} from "../../src/worker/recommendHandler";
import type { ExportRequest, RecommendPayload, VisualRow } from "../../src/worker/recommendProtocol";

const SAMPLE = path.resolve(import.meta.dirname, "../../sample-data");
const FILES = ["people.csv", "interactions.csv", "attendance.csv"];
const SETTINGS = { weights: DEFAULT_WEIGHTS, maxPerPerson: 3 };

let graph: WeaverGraph;
let analysis: NetworkAnalysis;
let targets: Target[];
let result: RecommendPayload;

/** The sample as the import worker reads it: preview each file, then import with the detected mapping. */
function workerGraph(): WeaverGraph {
  const files = FILES.map((name, i) => {
    const { outcome, decoded } = previewFile(
      `f${i}`,
      name,
      new Uint8Array(readFileSync(path.join(SAMPLE, name))),
    );
    if (!outcome.ok || !decoded || !outcome.preview.kind) throw new Error(`${name} did not preview`);
    return {
      spec: { fileId: outcome.fileId, kind: outcome.preview.kind, mapping: outcome.preview.mapping },
      decoded,
    };
  });
  return Graph.from(importFiles(files, {}, () => {}).graph) as WeaverGraph;
}

beforeAll(async () => {
  graph = workerGraph();
  analysis = toNetworkAnalysis(await runAnalysis(graph, 3, DEFAULT_ANALYSIS_SETTINGS), graph);
  targets = readTargetsFile(
    new Uint8Array(readFileSync(path.join(SAMPLE, "targets.csv"))),
    "targets.csv",
  ).targets;
  result = recommendFor(graph, analysis, { networkId: 3, targets, settings: SETTINGS });
});

describe("recommendations in the worker", () => {
  it("are the CLI's for the same files and targets", async () => {
    const loaded = loadDataset(
      FILES.map((name) => ({ path: path.join(SAMPLE, name), kind: name.replace(".csv", "") as never })),
    );
    const cliGraph = buildNetwork(loaded.dataset).graph;
    const cli = recommend(cliGraph, await analyzeNetwork(cliGraph), targets);
    expect(result.introductions).toEqual(cli.introductions);
    expect(result.recruitment).toEqual(cli.recruitment);
    expect(result.targets).toEqual(targets);
    expect(result.networkId).toBe(3);
    expect(result.settings).toEqual(SETTINGS);
    // Plain data: it crosses postMessage unchanged.
    expect(structuredClone(result)).toEqual(result);
  });

  it("start from the page's analysis with the ties put back from the graph", () => {
    expect(analysis.ties).toHaveLength(graph.size);
    expect(analysis.bridges.every((b) => Object.keys(b).sort().join() === "separated,source,target")).toBe(
      true,
    );
    expect(analysis.bridges.every((b) => b.separated >= 1)).toBe(true);
    expect(analysis.people).toHaveLength(graph.order);
  });

  it("keep anyone out of more suggestions than the cap, and refuse a cap the control cannot give", () => {
    const capped = recommendFor(graph, analysis, {
      networkId: 3,
      targets,
      settings: { ...SETTINGS, maxPerPerson: 1 },
    });
    const people = capped.introductions.flatMap((s) => [s.a, s.b]);
    expect(new Set(people).size).toBe(people.length);
    for (const bad of [0, 11, Number.NaN]) {
      expect(() =>
        recommendFor(graph, analysis, {
          networkId: 3,
          targets,
          settings: { ...SETTINGS, maxPerPerson: bad },
        }),
      ).toThrow(/between 1 and 10/);
    }
  });
});

describe("targets.csv in the worker", () => {
  it("is read whatever its encoding, every row accepted or rejected with its line", () => {
    const text = "dimension;value;group;min_count;min_share\nsector;Academia;;3;\nplanet;Mars;;1;\n";
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const parsed = readTargetsFile(utf16, "objetivos.csv");
    expect(parsed.fileName).toBe("objetivos.csv");
    expect(parsed.targets.map((t) => [t.dimension, t.value, t.minCount, t.line])).toEqual([
      ["sector", "Academia", 3, 2],
    ]);
    expect(parsed.rejected.map((r) => r.line)).toEqual([3]);
    expect(parsed.read).toBe(parsed.accepted + parsed.rejected.length);
  });

  it("that is not text gets one problem and no targets", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parsed = readTargetsFile(png, "targets.png");
    expect(parsed.targets).toEqual([]);
    expect(parsed.problem).toMatch(/PNG image/);
  });
});

describe("exports from the worker", () => {
  const request = (patch: Partial<ExportRequest>): ExportRequest => ({
    networkId: 3,
    kind: "introductions",
    recommendations: result,
    secret: null,
    visuals: null,
    date: "2026-11-22",
    ...patch,
  });
  const rows = (text: string) =>
    Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

  it("write introductions.csv and recruitment.csv from the recommendations on screen", () => {
    const intro = exportFile(graph, analysis, request({}));
    expect(intro).toMatchObject({ fileName: "introductions.csv", type: "text/csv;charset=utf-8" });
    const parsed = rows(intro.text);
    expect(parsed.meta.fields).toEqual([...INTRODUCTION_COLUMNS]);
    expect(parsed.data.map((r) => [r.a_id, r.b_id])).toEqual(result.introductions.map((s) => [s.a, s.b]));
    const recruitment = rows(exportFile(graph, analysis, request({ kind: "recruitment" })).text).data;
    expect(recruitment.filter((r) => r.row_type === "gap")).toHaveLength(result.recruitment.gaps.length);
    // Before any recommendation, the files hold their header only.
    expect(rows(exportFile(graph, analysis, request({ recommendations: null })).text).data).toEqual([]);
  });

  it("pseudonymise every file with the workspace secret: no name, the same code everywhere", () => {
    const secret = "a".repeat(64);
    const names = graph.mapNodes((_id, a) => a.name).filter((n) => n.length > 3);
    const files = (["introductions", "recruitment", "people", "gexf", "report"] as const).map((kind) =>
      exportFile(graph, analysis, request({ kind, secret })),
    );
    expect(files.map((f) => f.fileName)).toEqual([
      "introductions-pseudonymised.csv",
      "recruitment-pseudonymised.csv",
      "people-pseudonymised.csv",
      "network-pseudonymised.gexf",
      "report-pseudonymised.html",
    ]);
    for (const file of files)
      expect(
        names.filter((n) => file.text.includes(n)),
        file.fileName,
      ).toEqual([]);
    const code = rows(files[0]!.text).data[0]!.a_id!;
    expect(code).toMatch(/^Person-[0-9A-Z]{6}$/);
    expect(rows(files[2]!.text).data.map((r) => r.id)).toContain(code);
    expect(exportFile(graph, analysis, request({ secret })).text).toBe(files[0]!.text);
  });

  it("write the map's positions and colours into GEXF, and the report's sections with its picture", () => {
    const visuals: VisualRow[] = graph.mapNodes((id, _a) => [id, 1, 2, 5, "#0072B2"] as VisualRow);
    expect(visualsFrom(visuals)?.get(graph.nodes()[0]!)).toEqual({ x: 1, y: 2, size: 5, color: "#0072B2" });
    const gexf = exportFile(graph, analysis, request({ kind: "gexf", visuals })).text;
    expect(gexf.match(/<viz:position x="1" y="2"/g)).toHaveLength(graph.order);
    expect(gexf.match(/<viz:color r="0" g="114" b="178"/g)).toHaveLength(graph.order);
    const report = exportFile(graph, analysis, request({ kind: "report", visuals }));
    expect(report).toMatchObject({ fileName: "report.html", type: "text/html;charset=utf-8" });
    for (const id of REPORT_SECTIONS) {
      expect(report.text).toContain(`<section id="${id}"`);
    }
  });
});
