import { useMemo } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import { useRecommendations } from "../recommend/RecommendationsContext";
import type { Highlight } from "./appearance";
import { highlightView, type HighlightView, type RecommendationLists } from "./highlights";

/**
 * The highlight mode's emphasis, with the recommendations the worker computes from the
 * analysis (RecommendationsProvider asks for them whenever a new analysis arrives), and why
 * a mode that needs them shows nothing yet.
 */
export function useMapHighlight(
  graph: WeaverGraph,
  highlight: Highlight,
  analysis: AnalysisPayload | null,
): { view: HighlightView; pending: string | null } {
  const { result, run } = useRecommendations();
  const needsRecommendations = highlight === "introductions" || highlight === "candidates";
  const lists = useMemo<RecommendationLists | null>(
    () =>
      needsRecommendations && result
        ? { introductions: result.introductions, candidates: result.recruitment.candidates }
        : null,
    [needsRecommendations, result],
  );
  const view = useMemo(
    () => highlightView(graph, highlight, analysis, lists),
    [graph, highlight, analysis, lists],
  );
  const pending =
    !needsRecommendations || lists !== null
      ? null
      : run.status === "failed"
        ? `The suggestions could not be worked out: ${run.message}`
        : "Working out the suggestions…";
  return { view, pending };
}
