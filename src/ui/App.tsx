import { useEffect, useMemo, useRef } from "react";
import { AnalysisProvider } from "./analysis/AnalysisContext";
import { Header } from "./common/Header";
import { ProgressBar } from "./common/ProgressBar";
import { MappingScreen } from "./mapping/MappingScreen";
import { networkCounts } from "./network/networkCounts";
import { NetworkScreen } from "./network/NetworkScreen";
import { RecommendationsProvider } from "./recommend/RecommendationsContext";
import { StartScreen } from "./start/StartScreen";
import { useAppDispatch, useAppState } from "./state/AppContext";
import { useImportFlow } from "./state/useImportFlow";
import { TimeBar } from "./time/TimeBar";
import { useWorkspacePersistence } from "./workspace/useWorkspacePersistence";
import { WorkspaceMenu, WorkspaceNotice } from "./workspace/WorkspaceMenu";

/** `?sample` or `?sample=1` opens the sample community straight away (the README's start command uses it). */
export function wantsSample(search: string): boolean {
  const value = new URLSearchParams(search).get("sample");
  return value !== null && value !== "0" && value !== "false";
}

export function App() {
  const state = useAppState();
  const dispatch = useAppDispatch();
  const { loadSample } = useImportFlow();
  const counts = useMemo(() => (state.network ? networkCounts(state.network) : null), [state.network]);
  const sampleRequested = useRef(false);
  const workspace = useWorkspacePersistence(wantsSample(window.location.search));

  useEffect(() => {
    if (sampleRequested.current || !wantsSample(window.location.search)) return;
    sampleRequested.current = true;
    void loadSample();
  }, [loadSample]);

  const actions = (
    <>
      {state.screen === "network" && (
        <button type="button" className="button" onClick={() => dispatch({ type: "show", screen: "start" })}>
          Open other files
        </button>
      )}
      <WorkspaceMenu workspace={workspace} />
    </>
  );

  return (
    <div className={state.screen === "network" ? "app app-fixed" : "app"}>
      <Header counts={counts} actions={actions} />
      {state.busy && (
        <div className="busy-bar">
          <ProgressBar taskId={state.busy.taskId} label={state.busy.label} fraction={state.busy.fraction} />
        </div>
      )}
      {state.error && (
        <div className="notice error app-error" role="alert">
          <span>{state.error}</span>
          <button type="button" className="button small" onClick={() => dispatch({ type: "dismissError" })}>
            Dismiss
          </button>
        </div>
      )}
      <WorkspaceNotice workspace={workspace} />
      {state.network && state.screen === "network" && <TimeBar />}
      {state.screen === "start" && <StartScreen />}
      {state.screen === "mapping" && <MappingScreen />}
      <AnalysisProvider networkId={state.network?.networkId ?? null}>
        <RecommendationsProvider>
          {state.network && counts && (
            <NetworkScreen network={state.network} counts={counts} hidden={state.screen !== "network"} />
          )}
        </RecommendationsProvider>
      </AnalysisProvider>
    </div>
  );
}
