import { useEffect, useEffectEvent } from "react";
import { hasFocus } from "../recommend/mapFocus";
import { useMapFocus } from "../recommend/RecommendationsContext";
import type { Appearance } from "./appearance";
import type { FocusRequest } from "./FocusController";

/**
 * Back to the map of people when another view sends the user to someone on it (a person
 * clicked in a table, a suggestion shown on the map): the sector map has no people to show.
 */
export function usePeopleOnFocus(
  request: FocusRequest | null,
  appearance: Appearance,
  onAppearance: (appearance: Appearance) => void,
): void {
  const { focus } = useMapFocus();
  const showPeople = useEffectEvent(() => {
    if (appearance.level === "sectors") onAppearance({ ...appearance, level: "people" });
  });
  useEffect(() => {
    if (request !== null) showPeople();
  }, [request]);
  useEffect(() => {
    if (hasFocus(focus)) showPeople();
  }, [focus]);
}
