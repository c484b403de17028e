import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, GOALS, GOAL_EXPLANATIONS } from "../../../src/recommend";
import {
  clampSettings,
  DEFAULT_RECOMMEND_SETTINGS,
  initialRecommendState,
  recommendReducer,
  sameSettings,
  WEIGHT_CONTROLS,
} from "../../../src/ui/recommend/recommendState";
import type { RecommendPayload } from "../../../src/worker/recommendProtocol";

function payload(networkId: number): RecommendPayload {
  return {
    networkId,
    settings: DEFAULT_RECOMMEND_SETTINGS,
    elapsedMs: 1,
    introductions: [],
    recruitment: { gaps: [], candidates: [] },
    targets: [],
  };
}

describe("recommendReducer", () => {
  it("keeps the answer on screen while a newer one is computed", () => {
    let state = recommendReducer(initialRecommendState, { type: "start", runId: 1 });
    state = recommendReducer(state, { type: "finished", runId: 1, result: payload(1) });
    expect(state.run).toEqual({ status: "done", runId: 1 });
    state = recommendReducer(state, { type: "start", runId: 2 });
    expect(state.result?.networkId).toBe(1);
    expect(state.run.status).toBe("running");
  });

  it("never lets a late answer to an older request replace a newer one", () => {
    let state = recommendReducer(initialRecommendState, { type: "start", runId: 1 });
    state = recommendReducer(state, { type: "start", runId: 2 });
    const late = recommendReducer(state, { type: "finished", runId: 1, result: payload(7) });
    expect(late).toBe(state);
    const failed = recommendReducer(state, { type: "failed", runId: 1, message: "old" });
    expect(failed).toBe(state);
    const current = recommendReducer(state, { type: "failed", runId: 2, message: "worker stopped" });
    expect(current.run).toEqual({ status: "failed", runId: 2, message: "worker stopped" });
  });

  it("changes settings and goes back to the CLI's defaults", () => {
    const changed = recommendReducer(initialRecommendState, {
      type: "settings",
      change: { maxPerPerson: 1 },
    });
    expect(changed.settings.maxPerPerson).toBe(1);
    expect(sameSettings(changed.settings, DEFAULT_RECOMMEND_SETTINGS)).toBe(false);
    const reset = recommendReducer(changed, { type: "reset" });
    expect(sameSettings(reset.settings, DEFAULT_RECOMMEND_SETTINGS)).toBe(true);
    expect(DEFAULT_RECOMMEND_SETTINGS).toEqual({ weights: DEFAULT_WEIGHTS, maxPerPerson: 3 });
  });
});

describe("the goal controls", () => {
  it("have one slider per goal, each explained in plain words, the default inside its range", () => {
    expect(WEIGHT_CONTROLS.map((c) => c.goal)).toEqual([...GOALS]);
    for (const control of WEIGHT_CONTROLS) {
      expect(control.explanation).toBe(GOAL_EXPLANATIONS[control.goal].explanation);
      expect(DEFAULT_WEIGHTS[control.goal]).toBeGreaterThanOrEqual(control.min);
      expect(DEFAULT_WEIGHTS[control.goal]).toBeLessThanOrEqual(control.max);
    }
  });

  it("keep what a control produced inside the ranges the worker accepts", () => {
    const clamped = clampSettings({
      weights: { ...DEFAULT_WEIGHTS, crossSector: 99, resilience: -1, inclusion: Number.NaN },
      maxPerPerson: 2.6,
    });
    expect(clamped.weights).toEqual({ ...DEFAULT_WEIGHTS, crossSector: 4, resilience: 0, inclusion: 0 });
    expect(clamped.maxPerPerson).toBe(3);
    expect(clampSettings({ ...DEFAULT_RECOMMEND_SETTINGS, maxPerPerson: 0 }).maxPerPerson).toBe(1);
    expect(clampSettings({ ...DEFAULT_RECOMMEND_SETTINGS, maxPerPerson: 500 }).maxPerPerson).toBe(10);
  });
});
