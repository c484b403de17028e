/**
 * Runs the analysis of the network on screen in the import worker (which built it and
 * still holds it): once after each import, and again whenever the user applies new
 * settings. Two contexts, so that the views reading the result do not re-render on
 * every progress message.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useMemo,
  useReducer,
  useRef,
  type ReactNode,
} from "react";
import { normaliseSettings, type AnalysisSettings } from "../../analysis/registry";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import { importClient } from "../state/useImportFlow";
import { rememberSession, takeRestoredAnalysis } from "../workspace/sessionMemory";
import { analysisReducer, initialAnalysisState, type AnalysisState } from "./analysisState";

export interface AnalysisControls {
  state: AnalysisState;
  /** Re-analyse with these settings (they become the chosen ones). */
  run(settings: AnalysisSettings): void;
  cancel(): void;
}

const ControlsContext = createContext<AnalysisControls | null>(null);
const ResultContext = createContext<AnalysisPayload | null>(null);

export function AnalysisProvider({ networkId, children }: { networkId: number | null; children: ReactNode }) {
  const [state, dispatch] = useReducer(analysisReducer, initialAnalysisState);
  const controller = useRef<AbortController | null>(null);
  const runsStarted = useRef(0);

  const start = useCallback((network: number, chosen: AnalysisSettings) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const settings = normaliseSettings(chosen);
    const runId = ++runsStarted.current;
    dispatch({ type: "start", runId, networkId: network, settings });
    importClient()
      .analyze(network, settings, {
        signal: abort.signal,
        onProgress: (p) => dispatch({ type: "progress", runId, label: p.label, fraction: p.fraction }),
      })
      .then(
        (result) => dispatch({ type: "finished", runId, result }),
        (error: unknown) => {
          if (error instanceof DOMException && error.name === "AbortError") {
            dispatch({ type: "cancelled", runId });
          } else {
            dispatch({
              type: "failed",
              runId,
              message: error instanceof Error ? error.message : String(error),
            });
          }
        },
      );
  }, []);

  const startForNetwork = useEffectEvent((network: number | null) => {
    if (network === null) {
      controller.current?.abort();
      dispatch({ type: "clear" });
    } else {
      // A workspace brought back runs with the settings it was saved with.
      start(network, takeRestoredAnalysis() ?? state.settings);
    }
  });

  // The chosen settings are part of the workspace (ui/workspace/sessionMemory).
  useEffect(() => rememberSession({ analysis: state.settings }), [state.settings]);

  useEffect(() => {
    startForNetwork(networkId);
  }, [networkId]);

  useEffect(() => () => controller.current?.abort(), []);

  const controls = useMemo<AnalysisControls>(
    () => ({
      state,
      run: (settings) => {
        if (state.networkId !== null) start(state.networkId, settings);
      },
      cancel: () => controller.current?.abort(),
    }),
    [state, start],
  );

  return (
    <ControlsContext.Provider value={controls}>
      <ResultContext.Provider value={state.result}>{children}</ResultContext.Provider>
    </ControlsContext.Provider>
  );
}

/** The run, the chosen settings and the buttons' actions; changes with every progress message. */
export function useAnalysisControls(): AnalysisControls {
  const controls = useContext(ControlsContext);
  if (!controls) throw new Error("useAnalysisControls must be used inside <AnalysisProvider>");
  return controls;
}

/** The last complete analysis of the network on screen, or null while there is none. */
export function useAnalysisResult(): AnalysisPayload | null {
  return useContext(ResultContext);
}
