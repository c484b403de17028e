/**
 * The worker's analysis handler run directly in Node on the sample community, built by the
 * worker's own import pipeline from the files the app loads: plain data out, progress in
 * order, settings applied and cleaned, cancellation honoured, and each bridge's split
 * checked against graphology-components on the graph without that tie.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Graph from "graphology";
import { connectedComponents } from "graphology-components";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettings } from "../../src/analysis/registry";
import type { WeaverGraph } from "../../src/graph/buildNetwork";
import {
  analyzeOptionsFrom,
  runAnalysis,
  STAGE_LABELS,
  type AnalysisPayload,
} from "../../src/worker/analysisHandler";
import { importFiles, previewFile } from "../../src/worker/importPipeline";
import type { Progress } from "../../src/worker/protocol";

const SAMPLE = path.resolve(import.meta.dirname, "../../sample-data");

function sampleGraph(): WeaverGraph {
  const files = ["people.csv", "interactions.csv", "attendance.csv"].map((name, i) => {
    const { outcome, decoded } = previewFile(
      `f${i}`,
      name,
      new Uint8Array(readFileSync(path.join(SAMPLE, name))),
    );
    if (!outcome.ok || !decoded) throw new Error(`${name} did not preview`);
    const { kind, mapping } = outcome.preview;
    if (!kind) throw new Error(`${name}: kind not detected`);
    return { spec: { fileId: outcome.fileId, kind, mapping }, decoded };
  });
  return Graph.from(importFiles(files, {}, () => {}).graph) as WeaverGraph;
}

let graph: WeaverGraph;
let payload: AnalysisPayload;
const progress: Progress[] = [];

beforeAll(async () => {
  graph = sampleGraph();
  payload = await runAnalysis(graph, 7, DEFAULT_ANALYSIS_SETTINGS, { onProgress: (p) => progress.push(p) });
});

describe("runAnalysis on the sample community", () => {
  it("describes every person of the graph, as plain data without the ties the page already has", () => {
    expect(payload.people.map((p) => p.id).sort()).toEqual(graph.nodes().sort());
    expect(payload.networkId).toBe(7);
    expect("ties" in payload).toBe(false);
    expect(structuredClone(payload)).toEqual(payload);
    expect(JSON.parse(JSON.stringify(payload.people))).toEqual(payload.people);
  });

  it("reports progress stage by stage, in words, up to 1", () => {
    expect(progress.length).toBeGreaterThan(3);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(progress.every((p) => p.stage === "analysing")).toBe(true);
    const labels = new Set(Object.values(STAGE_LABELS));
    expect(progress.every((p) => labels.has(p.label))).toBe(true);
    expect(new Set(progress.map((p) => p.label)).size).toBeGreaterThanOrEqual(5);
  });

  it("says for each bridge how many people would be cut off, as removing the tie shows", () => {
    expect(payload.bridges.length).toBeGreaterThan(0);
    for (const bridge of payload.bridges) {
      const without = graph.copy();
      without.dropEdge(graph.edge(bridge.source, bridge.target)!);
      const sizes = connectedComponents(without).map((c) => c.length);
      const sideOf = (node: string) => connectedComponents(without).find((c) => c.includes(node))!.length;
      expect(sizes.length).toBe(connectedComponents(graph).length + 1);
      expect(bridge.separated).toBe(Math.min(sideOf(bridge.source), sideOf(bridge.target)));
    }
  });

  it("uses the chosen settings, cleaned of impossible values", async () => {
    const settings = {
      betweenness: { mode: "sampled", pivots: 100.4, seed: 3 },
      keyPlayers: { k: 2.6 },
    } as unknown as AnalysisSettings;
    const sampled = await runAnalysis(graph, 8, settings);
    expect(sampled.settings).toEqual({
      betweenness: { mode: "sampled", pivots: 100, seed: 3 },
      keyPlayers: { k: 3 },
    });
    expect(sampled.betweenness.mode).toEqual({ mode: "sampled", pivots: 100, seed: 3 });
    expect(sampled.betweenness.errorBound).toBeGreaterThan(0);
    expect(sampled.betweenness.accuracy).toMatch(/100 of 344/);
    expect(sampled.keyPlayers.players).toHaveLength(3);
  });

  it("maps settings to analyzeNetwork options, falling back to Automatic for an unknown mode", () => {
    expect(analyzeOptionsFrom(DEFAULT_ANALYSIS_SETTINGS)).toEqual({ betweenness: "auto", keyPlayers: 5 });
    const exact = { ...DEFAULT_ANALYSIS_SETTINGS, betweenness: { mode: "exact", pivots: 500, seed: 1 } };
    expect(analyzeOptionsFrom(exact as AnalysisSettings).betweenness).toEqual({ mode: "exact" });
    const odd = { ...DEFAULT_ANALYSIS_SETTINGS, betweenness: { mode: "fast", pivots: -4, seed: 1 } };
    expect(analyzeOptionsFrom(odd as unknown as AnalysisSettings).betweenness).toBe("auto");
  });

  it("stops when cancelled, before or during the run", async () => {
    const before = new AbortController();
    before.abort();
    await expect(runAnalysis(graph, 9, DEFAULT_ANALYSIS_SETTINGS, { signal: before.signal })).rejects.toThrow(
      /cancel|abort/i,
    );
    const during = new AbortController();
    let reported = 0;
    const run = runAnalysis(graph, 9, DEFAULT_ANALYSIS_SETTINGS, {
      signal: during.signal,
      onProgress: () => {
        // Cancel once the all-pairs pass is under way.
        if (++reported === 2) during.abort();
      },
    });
    await expect(run).rejects.toThrow(/cancel|abort/i);
  });
});
