/**
 * The analysis as the page tracks it: the settings the user chose, the run in progress
 * (if any) and the last complete result for the network on screen. A re-run with new
 * settings keeps the previous result on screen until the new one arrives; a new network
 * drops it. Every event names the run it belongs to (numbered by the caller, increasing),
 * so a late answer from a cancelled or superseded run never overwrites a newer one.
 */
import { DEFAULT_ANALYSIS_SETTINGS, SETTINGS_GROUPS, type AnalysisSettings } from "../../analysis/registry";
import type { AnalysisPayload } from "../../worker/analysisHandler";

export type AnalysisRun =
  | { status: "idle" }
  | { status: "running"; runId: number; label: string; fraction: number | null }
  | { status: "done"; runId: number }
  | { status: "cancelled"; runId: number }
  | { status: "failed"; runId: number; message: string };

export interface AnalysisState {
  networkId: number | null;
  settings: AnalysisSettings;
  run: AnalysisRun;
  result: AnalysisPayload | null;
}

export type AnalysisEvent =
  | { type: "start"; runId: number; networkId: number; settings: AnalysisSettings }
  | { type: "progress"; runId: number; label: string; fraction: number }
  | { type: "finished"; runId: number; result: AnalysisPayload }
  | { type: "cancelled"; runId: number }
  | { type: "failed"; runId: number; message: string }
  | { type: "clear" };

export const initialAnalysisState: AnalysisState = {
  networkId: null,
  settings: DEFAULT_ANALYSIS_SETTINGS,
  run: { status: "idle" },
  result: null,
};

export function analysisReducer(state: AnalysisState, event: AnalysisEvent): AnalysisState {
  switch (event.type) {
    case "start": {
      const sameNetwork = state.networkId === event.networkId;
      return {
        networkId: event.networkId,
        settings: event.settings,
        run: { status: "running", runId: event.runId, label: "Starting the analysis", fraction: null },
        result: sameNetwork ? state.result : null,
      };
    }
    case "progress":
      if (!isCurrent(state, event.runId, "running")) return state;
      return { ...state, run: { ...state.run, label: event.label, fraction: event.fraction } as AnalysisRun };
    case "finished":
      if (!isCurrent(state, event.runId, "running") || event.result.networkId !== state.networkId)
        return state;
      return { ...state, run: { status: "done", runId: event.runId }, result: event.result };
    case "cancelled":
      if (!isCurrent(state, event.runId, "running")) return state;
      return { ...state, run: { status: "cancelled", runId: event.runId } };
    case "failed":
      if (!isCurrent(state, event.runId, "running")) return state;
      return { ...state, run: { status: "failed", runId: event.runId, message: event.message } };
    case "clear":
      return { ...initialAnalysisState, settings: state.settings };
  }
}

function isCurrent(state: AnalysisState, runId: number, status: AnalysisRun["status"]): boolean {
  return state.run.status === status && "runId" in state.run && state.run.runId === runId;
}

export function sameSettings(a: AnalysisSettings, b: AnalysisSettings): boolean {
  return SETTINGS_GROUPS.every(({ key, descriptor }) => {
    const x = a[key] as Record<string, unknown>;
    const y = b[key] as Record<string, unknown>;
    return descriptor.parameters.every((p) => x[p.id] === y[p.id]);
  });
}

/** Whether the result on screen was computed with other settings than the ones chosen. */
export function resultIsStale(state: AnalysisState): boolean {
  return state.result !== null && !sameSettings(state.result.settings, state.settings);
}
