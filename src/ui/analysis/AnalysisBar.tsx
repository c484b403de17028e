import { useId, useMemo, useState } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { ProgressBar } from "../common/ProgressBar";
import { useAnalysisControls } from "./AnalysisContext";
import { resultIsStale } from "./analysisState";
import { describeMode, undirectedTieCount } from "./betweennessChoice";
import { SettingsForm } from "./SettingsForm";

/**
 * The analysis at a glance, beside the view tabs: progress with Cancel while it runs
 * (shown only past 300 ms), what was computed once done, and the settings.
 */
export function AnalysisBar({ graph }: { graph: WeaverGraph }) {
  const { state, run, cancel } = useAnalysisControls();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const size = useMemo(() => ({ people: graph.order, ties: undirectedTieCount(graph) }), [graph]);
  const { run: current, result } = state;

  let status = null;
  if (current.status === "running") {
    status = (
      <div data-testid="analysis-progress">
        <ProgressBar taskId={current.runId} label={current.label} fraction={current.fraction}>
          <button type="button" className="button small" onClick={cancel}>
            Cancel analysis
          </button>
        </ProgressBar>
      </div>
    );
  } else if (current.status === "cancelled" || current.status === "failed") {
    status = (
      <>
        <span role={current.status === "failed" ? "alert" : "status"}>
          {current.status === "failed" ? `The analysis failed: ${current.message}` : "Analysis cancelled."}
          {result && " Showing the previous results."}
        </span>
        <button type="button" className="button small" onClick={() => run(state.settings)}>
          Analyse again
        </button>
      </>
    );
  } else if (result) {
    const betweenness = describeMode(result.betweenness.mode, result.people.length);
    status = (
      <span className="muted" title={result.betweenness.accuracy} data-testid="analysis-summary">
        Analysed · betweenness {betweenness.summary}
        {resultIsStale(state) && " (earlier settings)"}
      </span>
    );
  }

  return (
    <div className="analysis-bar" data-testid="analysis-status" data-status={current.status}>
      {status}
      <button
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        Analysis settings
      </button>
      {open && (
        <div
          id={panelId}
          className="settings-panel"
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
          }}
        >
          <SettingsForm
            settings={state.settings}
            size={size}
            onApply={(settings) => {
              setOpen(false);
              run(settings);
            }}
            onClose={() => setOpen(false)}
          />
        </div>
      )}
    </div>
  );
}
