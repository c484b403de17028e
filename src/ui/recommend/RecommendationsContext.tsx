/**
 * Recommendations for the network on screen, computed in the import worker from its last
 * analysis: again whenever the analysis, the target frame or the goal weights change
 * (slider moves are gathered for a moment first, so dragging one asks once). Also holds
 * what the map shows of them, and a way for exports to read the map as drawn.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { RecommendPayload, RecommendSettings } from "../../worker/recommendProtocol";
import { useAnalysisResult } from "../analysis/AnalysisContext";
import type { RenderGraph } from "../graph/renderGraph";
import { useAppState } from "../state/AppContext";
import { importClient } from "../state/useImportFlow";
import { NO_FOCUS, type MapFocus } from "./mapFocus";
import { clampSettings, initialRecommendState, recommendReducer, type RecommendRun } from "./recommendState";

/** Long enough to gather a slider drag into one request, short enough to feel immediate. */
const SETTLE_MS = 200;

export interface Recommending {
  settings: RecommendSettings;
  run: RecommendRun;
  /** The last answer for the analysis on screen, null before the first one. */
  result: RecommendPayload | null;
  /** True while a newer answer is being computed (the one shown is for earlier settings). */
  updating: boolean;
  changeSettings(change: Partial<RecommendSettings>): void;
  resetSettings(): void;
}

export interface MapFocusControls {
  focus: MapFocus;
  setFocus(focus: MapFocus): void;
}

/** The drawn graph (positions, sizes, colours), registered by the map while it is mounted. */
export interface MapAccess {
  register(read: (() => RenderGraph) | null): void;
  read(): RenderGraph | null;
}

const RecommendingContext = createContext<Recommending | null>(null);
const FocusContext = createContext<MapFocusControls | null>(null);
const MapAccessContext = createContext<MapAccess | null>(null);

export function RecommendationsProvider({ children }: { children: ReactNode }) {
  const analysis = useAnalysisResult();
  const { targets } = useAppState().community;
  const [state, dispatch] = useReducer(recommendReducer, initialRecommendState);
  const [focus, setFocus] = useState<MapFocus>(NO_FOCUS);
  const runs = useRef(0);
  const reader = useRef<(() => RenderGraph) | null>(null);

  useEffect(() => {
    if (!analysis) return;
    const timer = setTimeout(() => {
      const runId = ++runs.current;
      dispatch({ type: "start", runId });
      importClient()
        .recommend({ networkId: analysis.networkId, targets, settings: state.settings })
        .then(
          (result) => dispatch({ type: "finished", runId, result }),
          (error: unknown) =>
            dispatch({
              type: "failed",
              runId,
              message: error instanceof Error ? error.message : String(error),
            }),
        );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [analysis, targets, state.settings]);

  const changeSettings = useCallback(
    (change: Partial<RecommendSettings>) =>
      dispatch({ type: "settings", change: clampSettings({ ...state.settings, ...change }) }),
    [state.settings],
  );
  const resetSettings = useCallback(() => dispatch({ type: "reset" }), []);

  // An answer about another network (before a re-import was analysed) is never shown.
  const result = analysis && state.result?.networkId === analysis.networkId ? state.result : null;
  const recommending = useMemo<Recommending>(
    () => ({
      settings: state.settings,
      run: state.run,
      result,
      updating: state.run.status === "running" && result !== null,
      changeSettings,
      resetSettings,
    }),
    [state.settings, state.run, result, changeSettings, resetSettings],
  );
  const focusControls = useMemo(() => ({ focus, setFocus }), [focus]);
  const access = useMemo<MapAccess>(
    () => ({
      register: (read) => {
        reader.current = read;
      },
      read: () => reader.current?.() ?? null,
    }),
    [],
  );

  return (
    <RecommendingContext.Provider value={recommending}>
      <FocusContext.Provider value={focusControls}>
        <MapAccessContext.Provider value={access}>{children}</MapAccessContext.Provider>
      </FocusContext.Provider>
    </RecommendingContext.Provider>
  );
}

function required<T>(value: T | null, name: string): T {
  if (value === null) throw new Error(`${name} must be used inside <RecommendationsProvider>`);
  return value;
}

export function useRecommendations(): Recommending {
  return required(useContext(RecommendingContext), "useRecommendations");
}

export function useMapFocus(): MapFocusControls {
  return required(useContext(FocusContext), "useMapFocus");
}

export function useMapAccess(): MapAccess {
  return required(useContext(MapAccessContext), "useMapAccess");
}
