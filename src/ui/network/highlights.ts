/**
 * What a highlight mode puts on the map: the people and ties kept in colour, the suggested
 * introductions drawn dashed, and for brokers the colours by role. One pure function over the
 * analysis (bottlenecks, key players, brokers) and the recommendations the worker computed from
 * it (introductions, candidates), so the map reads every mode the same way and each can be
 * checked on a real analysis without a browser.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { Introduction, RecruitmentCandidate } from "../../recommend";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import type { Emphasis } from "../graph/HighlightController";
import { mapOverlay, NO_FOCUS, type SuggestedTie } from "../recommend/mapFocus";
import { emphasisFor, type Highlight } from "./appearance";
import { brokerHighlight, type BrokerHighlight } from "./brokers";

export interface RecommendationLists {
  introductions: readonly Introduction[];
  candidates: readonly RecruitmentCandidate[];
}

export interface HighlightView {
  emphasis: Emphasis | null;
  /** Ties that do not exist yet, drawn dashed. */
  ties: SuggestedTie[];
  /** Present in the brokers mode: who they are and the colours by role. */
  brokers: BrokerHighlight | null;
}

export const NO_HIGHLIGHT: HighlightView = { emphasis: null, ties: [], brokers: null };

/**
 * The map's emphasis for a highlight mode. Modes that need what is not there yet (the analysis,
 * the recommendations) show nothing until it is.
 */
export function highlightView(
  graph: WeaverGraph,
  highlight: Highlight,
  analysis: AnalysisPayload | null,
  recommendations: RecommendationLists | null,
): HighlightView {
  switch (highlight) {
    case "none":
      return NO_HIGHLIGHT;
    case "bottlenecks":
    case "keyPlayers":
      return { ...NO_HIGHLIGHT, emphasis: emphasisFor(graph, analysis, highlight) };
    case "brokers": {
      if (!analysis) return NO_HIGHLIGHT;
      const brokers = brokerHighlight(graph, analysis.people);
      return { emphasis: brokers.emphasis, ties: [], brokers };
    }
    case "introductions":
    case "candidates": {
      const focus = {
        ...NO_FOCUS,
        introductions: highlight === "introductions",
        candidates: highlight === "candidates",
      };
      const overlay = mapOverlay(graph, focus, recommendations);
      return { emphasis: overlay.emphasis, ties: overlay.ties, brokers: null };
    }
  }
}
