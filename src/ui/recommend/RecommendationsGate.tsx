import type { ReactNode } from "react";
import type { RecommendPayload } from "../../worker/recommendProtocol";
import { AnalysisGate } from "../analysis/AnalysisGate";
import { useRecommendations } from "./RecommendationsContext";

/** Renders a view once recommendations exist, and says what is happening until then. */
export function RecommendationsGate({ children }: { children: (result: RecommendPayload) => ReactNode }) {
  return <AnalysisGate>{() => <Recommended>{children}</Recommended>}</AnalysisGate>;
}

function Recommended({ children }: { children: (result: RecommendPayload) => ReactNode }) {
  const { result, run, changeSettings } = useRecommendations();
  if (result) return <>{children(result)}</>;
  const failed = run.status === "failed";
  return (
    <div className="analysis-pending" data-testid="recommendations-pending">
      <p role={failed ? "alert" : "status"}>
        {failed ? `The recommendations failed: ${run.message}` : "Working out the recommendations…"}
      </p>
      {failed && (
        <button type="button" className="button primary" onClick={() => changeSettings({})}>
          Try again
        </button>
      )}
    </div>
  );
}
