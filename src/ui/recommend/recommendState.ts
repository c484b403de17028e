/**
 * Recommendations as the page tracks them: the goal weights and cap the user chose, the
 * request in flight, and the last answer. An answer stays on screen while a new one is
 * computed (the sliders move, a target is edited); every event names its run, numbered
 * by the caller, so a late answer to an older request never replaces a newer one.
 */
import { DEFAULT_WEIGHTS, GOALS, GOAL_EXPLANATIONS, type Goal, type GoalWeights } from "../../recommend";
import {
  MAX_PER_PERSON_LIMIT,
  type RecommendPayload,
  type RecommendSettings,
} from "../../worker/recommendProtocol";

export type RecommendRun =
  | { status: "idle" }
  | { status: "running"; runId: number }
  | { status: "done"; runId: number }
  | { status: "failed"; runId: number; message: string };

export interface RecommendState {
  settings: RecommendSettings;
  run: RecommendRun;
  result: RecommendPayload | null;
}

export type RecommendEvent =
  | { type: "settings"; change: Partial<RecommendSettings> }
  | { type: "reset" }
  | { type: "start"; runId: number }
  | { type: "finished"; runId: number; result: RecommendPayload }
  | { type: "failed"; runId: number; message: string };

/** The CLI's defaults, so the app and `weaver analyze` suggest the same introductions. */
export const DEFAULT_RECOMMEND_SETTINGS: RecommendSettings = { weights: DEFAULT_WEIGHTS, maxPerPerson: 3 };

export const initialRecommendState: RecommendState = {
  settings: DEFAULT_RECOMMEND_SETTINGS,
  run: { status: "idle" },
  result: null,
};

export function recommendReducer(state: RecommendState, event: RecommendEvent): RecommendState {
  switch (event.type) {
    case "settings":
      return { ...state, settings: { ...state.settings, ...event.change } };
    case "reset":
      return { ...state, settings: DEFAULT_RECOMMEND_SETTINGS };
    case "start":
      return { ...state, run: { status: "running", runId: event.runId } };
    case "finished":
      if (!isCurrent(state, event.runId)) return state;
      return { ...state, run: { status: "done", runId: event.runId }, result: event.result };
    case "failed":
      if (!isCurrent(state, event.runId)) return state;
      return { ...state, run: { status: "failed", runId: event.runId, message: event.message } };
  }
}

function isCurrent(state: RecommendState, runId: number): boolean {
  return state.run.status === "running" && state.run.runId === runId;
}

/** One slider of the goal weights: declared once here, rendered by GoalControls. */
export interface WeightControl {
  goal: Goal;
  label: string;
  explanation: string;
  min: number;
  max: number;
  step: number;
}

export const WEIGHT_CONTROLS: readonly WeightControl[] = GOALS.map((goal) => ({
  goal,
  ...GOAL_EXPLANATIONS[goal],
  min: 0,
  max: 4,
  step: 0.5,
}));

export const MAX_PER_PERSON_CONTROL = { min: 1, max: MAX_PER_PERSON_LIMIT, step: 1 } as const;

/** Settings a control produced, kept inside the ranges the worker accepts. */
export function clampSettings(settings: RecommendSettings): RecommendSettings {
  const weights = { ...settings.weights } as GoalWeights;
  for (const control of WEIGHT_CONTROLS) {
    const w = weights[control.goal];
    weights[control.goal] = Number.isFinite(w) ? Math.min(control.max, Math.max(control.min, w)) : 0;
  }
  const { min, max } = MAX_PER_PERSON_CONTROL;
  const cap = Number.isFinite(settings.maxPerPerson) ? Math.round(settings.maxPerPerson) : 3;
  return { weights, maxPerPerson: Math.min(max, Math.max(min, cap)) };
}

export function sameSettings(a: RecommendSettings, b: RecommendSettings): boolean {
  return a.maxPerPerson === b.maxPerPerson && GOALS.every((g) => a.weights[g] === b.weights[g]);
}
