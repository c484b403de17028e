/**
 * The network screen's state as the workspace saves it, and back. Saved choices are plain ids; the
 * map falls back to its default for one this network does not offer (a column these files lack, an
 * option renamed), without forgetting it, and a person no longer in the network is not selected.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { FilterSettings, ViewSettings } from "../../workspace";
import { DEFAULT_APPEARANCE, HIGHLIGHT_OPTIONS, type Appearance } from "./appearance";
import { FILTER_KEYS, NO_FILTER, type FilterKey, type MapFilter } from "./filters";

/** Which saved list holds the hidden values of each filter attribute. */
const SAVED_LIST: Record<FilterKey, "sectors" | "roles" | "statuses" | "groups"> = {
  sector: "sectors",
  role: "roles",
  status: "statuses",
  group: "groups",
};

export interface ScreenState {
  tab: string;
  appearance: Appearance;
  filter: MapFilter;
  selected: string | null;
}

export function toSavedView(state: ScreenState): { view: ViewSettings; filters: FilterSettings } {
  const { appearance, filter } = state;
  const hidden = (key: FilterKey) => [...filter.excluded[key]].sort();
  const filters: FilterSettings = {
    sectors: [],
    roles: [],
    statuses: [],
    groups: [],
    minTieWeight: filter.minWeight,
    hideIsolates: filter.hideIsolates,
  };
  for (const { key } of FILTER_KEYS) filters[SAVED_LIST[key]] = hidden(key);
  return {
    view: {
      screen: state.tab,
      colourBy: appearance.colourBy,
      sizeBy: appearance.sizeBy,
      highlight: appearance.highlight,
      level: appearance.level,
      selectedPerson: state.selected,
      ego: filter.ego && { person: filter.ego.node, steps: filter.ego.steps },
    },
    filters,
  };
}

/** The saved state for `graph`: unknown choices become the defaults, absent people are dropped. */
export function fromSavedView(
  view: ViewSettings,
  filters: FilterSettings,
  graph: WeaverGraph,
): Omit<ScreenState, "tab"> {
  const present = (node: string | null) => (node !== null && graph.hasNode(node) ? node : null);
  // Ids are taken as saved: the map's shownAppearance decides which ones this network offers.
  const appearance: Appearance = {
    colourBy: view.colourBy,
    sizeBy: view.sizeBy,
    highlight:
      HIGHLIGHT_OPTIONS.find((o) => o.value === view.highlight)?.value ?? DEFAULT_APPEARANCE.highlight,
    level: view.level === "sectors" ? "sectors" : "people",
  };
  const excluded = { ...NO_FILTER.excluded };
  for (const { key } of FILTER_KEYS) excluded[key] = new Set(filters[SAVED_LIST[key]]);
  const egoCentre = present(view.ego?.person ?? null);
  return {
    appearance,
    filter: {
      excluded,
      minWeight: filters.minTieWeight,
      hideIsolates: filters.hideIsolates,
      ego: egoCentre !== null && view.ego ? { node: egoCentre, steps: view.ego.steps } : null,
    },
    selected: present(view.selectedPerson),
  };
}
