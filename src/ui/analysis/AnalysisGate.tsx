import type { ReactNode } from "react";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import { useAnalysisControls, useAnalysisResult } from "./AnalysisContext";

/**
 * Renders a view once there is an analysis to show, and says what is happening
 * (running, cancelled, failed) until then.
 */
export function AnalysisGate({ children }: { children: (analysis: AnalysisPayload) => ReactNode }) {
  const analysis = useAnalysisResult();
  if (analysis) return <>{children(analysis)}</>;
  return <AnalysisPending />;
}

function AnalysisPending() {
  const { state, run } = useAnalysisControls();
  const { run: current } = state;
  const message =
    current.status === "cancelled"
      ? "The analysis was cancelled."
      : current.status === "failed"
        ? `The analysis failed: ${current.message}`
        : "The analysis is running; its results will appear here.";
  return (
    <div className="analysis-pending" data-testid="analysis-pending">
      <p>{message}</p>
      {(current.status === "cancelled" || current.status === "failed") && (
        <button type="button" className="button primary" onClick={() => run(state.settings)}>
          Analyse the network
        </button>
      )}
    </div>
  );
}
