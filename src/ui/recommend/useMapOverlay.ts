import { useMemo } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { mapOverlay, type MapOverlay } from "./mapFocus";
import { useMapFocus, useRecommendations } from "./RecommendationsContext";

/** What the map shows of the recommendations right now (see mapFocus.ts). */
export function useMapOverlay(graph: WeaverGraph): MapOverlay {
  const { focus } = useMapFocus();
  const { result } = useRecommendations();
  return useMemo(
    () =>
      mapOverlay(
        graph,
        focus,
        result && { introductions: result.introductions, candidates: result.recruitment.candidates },
      ),
    [graph, focus, result],
  );
}
