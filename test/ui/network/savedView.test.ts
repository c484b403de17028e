/** The network screen's state through the workspace's saved form and back, and the session's life. */
import { describe, expect, test } from "vitest";
import { newWorkspace } from "../../../src/workspace";
import { DEFAULT_APPEARANCE } from "../../../src/ui/network/appearance";
import { NO_FILTER, NO_VALUE, type MapFilter } from "../../../src/ui/network/filters";
import { fromSavedView, toSavedView, type ScreenState } from "../../../src/ui/network/savedView";
import {
  currentSession,
  restoredSession,
  restoreSession,
  startFreshSession,
  takeRestoredAnalysis,
  takeRestoredCamera,
} from "../../../src/ui/workspace/sessionMemory";
import { smallGraph } from "../smallNetwork";

function screen(change: Partial<ScreenState>): ScreenState {
  return { tab: "network", appearance: DEFAULT_APPEARANCE, filter: NO_FILTER, selected: null, ...change };
}

const FILTERED: MapFilter = {
  excluded: {
    sector: new Set(["Health", NO_VALUE]),
    group: new Set(["Youth"]),
    role: new Set(),
    status: new Set(["former"]),
  },
  minWeight: 2,
  hideIsolates: true,
  ego: { node: "b", steps: 2 },
};

describe("the network screen as saved", () => {
  test("filters, ego network, selection and appearance come back as they were", () => {
    const state = screen({
      appearance: { colourBy: "role", sizeBy: "betweenness", highlight: "brokers", level: "sectors" },
      filter: FILTERED,
      selected: "b",
    });
    const { view, filters } = toSavedView(state);
    // Saved as plain JSON: lists of hidden values, "" for the people without a sector.
    expect(filters.sectors).toEqual([NO_VALUE, "Health"]);
    expect(JSON.parse(JSON.stringify({ view, filters }))).toEqual({ view, filters });
    const back = fromSavedView(view, filters, smallGraph());
    expect(back.appearance).toEqual(state.appearance);
    expect(back.filter).toEqual(FILTERED);
    expect(back.selected).toBe("b");
  });

  test("people no longer in the network are neither selected nor the centre of an ego network", () => {
    const { view, filters } = toSavedView(
      screen({ selected: "gone", filter: { ...NO_FILTER, ego: { node: "gone", steps: 1 } } }),
    );
    const back = fromSavedView(view, filters, smallGraph());
    expect(back.selected).toBeNull();
    expect(back.filter.ego).toBeNull();
  });

  test("an unknown highlight or level becomes the default; colour and size ids are kept for the map to judge", () => {
    const { view, filters } = toSavedView(screen({}));
    const back = fromSavedView(
      {
        ...view,
        colourBy: "extra:Language",
        sizeBy: "dropped-measure",
        highlight: "sparkles",
        level: "planets",
      },
      filters,
      smallGraph(),
    );
    expect(back.appearance).toEqual({
      colourBy: "extra:Language",
      sizeBy: "dropped-measure",
      highlight: DEFAULT_APPEARANCE.highlight,
      level: "people",
    });
  });
});

describe("the session", () => {
  test("a restored workspace is shown for its own network only; camera and analysis settings are handed out once", () => {
    const workspace = newWorkspace("files");
    workspace.layout = { positions: [["a", 1, 2]], camera: { x: 0.3, y: 0.7, ratio: 0.5, angle: 0 } };
    workspace.settings.view.colourBy = "role";
    restoreSession(workspace, 41);
    expect(restoredSession(41)?.view.colourBy).toBe("role");
    expect(restoredSession(42)).toBeNull();
    expect(currentSession().layout.positions).toEqual([["a", 1, 2]]);
    expect(takeRestoredCamera()).toEqual(workspace.layout.camera);
    expect(takeRestoredCamera()).toBeNull();
    expect(takeRestoredAnalysis()).toEqual(workspace.settings.analysis);
    expect(takeRestoredAnalysis()).toBeNull();

    // A new import forgets what the workspace had on screen, keeping the chosen analysis settings.
    startFreshSession();
    expect(restoredSession(41)).toBeNull();
    expect(currentSession().layout.positions).toEqual([]);
    expect(currentSession().view.colourBy).toBe("sector");
    expect(currentSession().analysis).toEqual(workspace.settings.analysis);
  });
});
