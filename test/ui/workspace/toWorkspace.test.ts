import { describe, expect, test } from "vitest";
import { parseWorkspace, serializeWorkspace, workspaceFile } from "../../../src/workspace";
import { freshCommunity } from "../../../src/ui/state/appState";
import { DEFAULT_ANALYSIS_SETTINGS } from "../../../src/analysis/registry";
import { defaultSettings } from "../../../src/workspace";
import type { Session } from "../../../src/ui/workspace/sessionMemory";
import { communityOf, toWorkspace } from "../../../src/ui/workspace/toWorkspace";
import { defaultPeriods, previousDay, savedPeriods } from "../../../src/ui/compare/comparePeriods";

const bytes = new TextEncoder().encode("\uFEFFid,name\r\np1,Ana López\r\n");

describe("the app's state as a workspace", () => {
  test("files, decisions, channels, targets, the time window and what is on screen survive a save and an open", () => {
    const community = {
      ...freshCommunity(),
      identityDecisions: {
        version: 1 as const,
        merge: [{ ref: "ana lopez", into: "p1" }],
        split: [],
        confirm: [],
      },
      channels: { email: 2, excluded: ["mention" as const], excludeSharedEvents: true },
      time: {
        window: { from: "2026-08-01", to: "2026-10-31" },
        preset: "last3" as const,
        compare: null,
      },
    };
    const file = workspaceFile(bytes, {
      id: "file-1",
      fileName: "people.csv",
      kind: "people",
      encoding: "utf-8",
      mapping: { id: 0, name: 1 },
    });
    const defaults = defaultSettings();
    const session: Session = {
      view: {
        ...defaults.view,
        screen: "network",
        colourBy: "region",
        sizeBy: "betweenness",
        highlight: "bottlenecks",
        level: "sectors",
        selectedPerson: "p1",
        ego: { person: "p1", steps: 2 },
      },
      // "" hides the people without a sector.
      filters: { ...defaults.filters, sectors: ["", "Academia"], groups: ["Youth"], minTieWeight: 2.5 },
      layout: { positions: [["p1", -12.5, 3.25]], camera: { x: 0.4, y: 0.6, ratio: 0.25, angle: 0 } },
      analysis: {
        ...DEFAULT_ANALYSIS_SETTINGS,
        betweenness: { ...DEFAULT_ANALYSIS_SETTINGS.betweenness, mode: "sampled", pivots: 800 },
      },
    };
    const workspace = toWorkspace({ community, pseudonymSecret: "s3cret" }, "files", [file], session);
    const read = parseWorkspace(serializeWorkspace(workspace));
    if (!read.ok) throw new Error(read.message);
    expect(read.workspace.files[0]?.content).toEqual(file.content);
    expect(read.workspace.pseudonymSecret).toBe("s3cret");
    expect(read.workspace.settings.view).toEqual(session.view);
    expect(read.workspace.settings.filters).toEqual(session.filters);
    expect(read.workspace.layout).toEqual(session.layout);
    expect(read.workspace.settings.analysis).toEqual(session.analysis);
    const back = communityOf(read.workspace);
    expect(back.identityDecisions).toEqual(community.identityDecisions);
    expect(back.time).toEqual(community.time);
    expect(back.channels).toEqual({ email: 2, excluded: ["mention"], excludeSharedEvents: true });
  });
});

describe("default periods to compare", () => {
  test("the six months before the last six, against the last six", () => {
    expect(defaultPeriods({ first: "2025-01-10", last: "2026-10-31" })).toEqual({
      a: { from: "2025-11-01", to: "2026-04-30" },
      b: { from: "2026-05-01", to: "2026-10-31" },
    });
    expect(defaultPeriods({})).toBeNull();
    expect(previousDay("2024-03-01")).toBe("2024-02-29");
  });

  test("a saved pair is used only when whole", () => {
    const a = { from: "2025-01-01", to: "2025-06-30" };
    expect(savedPeriods({ a, b: { from: "2025-07-01", to: null } })).toBeNull();
    expect(savedPeriods({ a, b: a })).toEqual({ a, b: a });
  });
});
