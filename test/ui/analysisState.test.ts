import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettings } from "../../src/analysis/registry";
import {
  analysisReducer,
  initialAnalysisState,
  resultIsStale,
  type AnalysisEvent,
  type AnalysisState,
} from "../../src/ui/analysis/analysisState";
import type { AnalysisPayload } from "../../src/worker/analysisHandler";
import { smallAnalysis } from "./smallNetwork";

let result: AnalysisPayload;
const K3: AnalysisSettings = { ...DEFAULT_ANALYSIS_SETTINGS, keyPlayers: { k: 3 } };

beforeAll(async () => {
  result = (await smallAnalysis()).analysis;
});

const run = (events: AnalysisEvent[], from: AnalysisState = initialAnalysisState) =>
  events.reduce(analysisReducer, from);

describe("analysisReducer", () => {
  it("goes from running, with progress, to done with the result", () => {
    const state = run([
      { type: "start", runId: 1, networkId: 1, settings: DEFAULT_ANALYSIS_SETTINGS },
      { type: "progress", runId: 1, label: "Analysing: centrality", fraction: 0.8 },
    ]);
    expect(state.run).toEqual({ status: "running", runId: 1, label: "Analysing: centrality", fraction: 0.8 });
    const done = analysisReducer(state, { type: "finished", runId: 1, result });
    expect(done.run).toEqual({ status: "done", runId: 1 });
    expect(done.result).toBe(result);
  });

  it("ignores what a superseded or cancelled run still sends", () => {
    const state = run([
      { type: "start", runId: 1, networkId: 1, settings: DEFAULT_ANALYSIS_SETTINGS },
      { type: "start", runId: 2, networkId: 1, settings: K3 },
      { type: "finished", runId: 1, result },
      { type: "progress", runId: 1, label: "late", fraction: 1 },
    ]);
    expect(state.run).toMatchObject({ status: "running", runId: 2 });
    expect(state.result).toBeNull();
    const cancelled = run(
      [
        { type: "cancelled", runId: 2 },
        { type: "finished", runId: 2, result },
      ],
      state,
    );
    expect(cancelled.run).toEqual({ status: "cancelled", runId: 2 });
    expect(cancelled.result).toBeNull();
  });

  it("keeps the last result while re-analysing the same network, drops it for a new network", () => {
    const done = run([
      { type: "start", runId: 1, networkId: 1, settings: DEFAULT_ANALYSIS_SETTINGS },
      { type: "finished", runId: 1, result },
    ]);
    const again = analysisReducer(done, { type: "start", runId: 2, networkId: 1, settings: K3 });
    expect(again.result).toBe(result);
    expect(resultIsStale(again)).toBe(true);
    const other = analysisReducer(done, { type: "start", runId: 3, networkId: 2, settings: K3 });
    expect(other.result).toBeNull();
  });

  it("does not take a result computed for another network", () => {
    const state = run([
      { type: "start", runId: 1, networkId: 2, settings: DEFAULT_ANALYSIS_SETTINGS },
      { type: "finished", runId: 1, result },
    ]);
    expect(result.networkId).toBe(1);
    expect(state.run.status).toBe("running");
  });

  it("reports failures and clears everything but the settings when the network goes", () => {
    const failed = run([
      { type: "start", runId: 1, networkId: 1, settings: K3 },
      { type: "failed", runId: 1, message: "worker crashed" },
    ]);
    expect(failed.run).toEqual({ status: "failed", runId: 1, message: "worker crashed" });
    expect(analysisReducer(failed, { type: "clear" })).toEqual({ ...initialAnalysisState, settings: K3 });
  });
});
