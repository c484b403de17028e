import { describe, expect, it } from "vitest";
import { DEFAULT_ANALYSIS_SETTINGS } from "../../src/analysis/registry";
import { importBytes } from "../../src/ingest";
import {
  migrations,
  readWorkspace,
  reimportWorkspaceFile,
  serializeWorkspace,
  type Workspace,
  type WorkspaceV1,
} from "../../src/workspace";
import { defaultSettings } from "../../src/workspace/settings";
import { imported } from "./sampleWorkspace";

const PEOPLE_TEXT = "id,name,sector\nP1,Ana María López,UN agency\nP2,Ben Okafor,Academia\n";
/** Version 1 kept UTF-16 files as decoded text: this one came from a Teams-style UTF-16 LE export. */
const ATTENDANCE_TEXT =
  "person\tevent\tdate\r\nAna María López\tWebinar\t2025-03-04\r\nBen Okafor\tWebinar\t2025-03-04\r\n";

/** A version 1 document as Weaver 0.1 wrote it (the shape documented in src/workspace/schema.ts). */
function v1(): WorkspaceV1 {
  return {
    format: "weaver-workspace",
    version: 1,
    savedAt: "2025-12-01T08:00:00.000Z",
    files: [
      {
        id: "people",
        fileName: "people.csv",
        kind: "people",
        encoding: "utf-8",
        mapping: { id: 0, name: 1, sector: 2 },
        text: PEOPLE_TEXT,
      },
      {
        id: "att",
        fileName: "asistencia.txt",
        kind: "attendance",
        encoding: "utf-16le",
        mapping: { person: 0, event: 1, date: 2 },
        text: ATTENDANCE_TEXT,
      },
    ],
    identityDecisions: {
      version: 1,
      merge: [],
      split: [{ ref: "Ana Maria Lopes", from: "P1" }],
      confirm: [],
    },
    targets: [{ dimension: "role", value: "facilitator", group: "Health", minCount: 1, minShare: null }],
    settings: {
      betweenness: "sampled",
      pivots: 600,
      keyPlayers: 3,
      maxEventSize: null,
      colourBy: "community",
      sizeBy: "betweenness",
      window: { from: "2025-01-01" },
    },
    positions: { P1: [1, 2], P2: [-3.5, 4] },
  };
}

function read(doc: unknown): Workspace {
  const result = readWorkspace(doc);
  if (!result.ok) throw new Error(result.message);
  expect(result.migratedFrom).toBe(1);
  return result.workspace;
}

describe("version 1 to 2", () => {
  it("is the registered migration", () => {
    expect(Object.keys(migrations)).toEqual(["1"]);
  });

  it("opens a version 1 file as a version 2 workspace, every setting in its new place", () => {
    const ws = read(JSON.parse(JSON.stringify(v1())));
    expect(ws.version).toBe(2);
    expect(ws.savedAt).toBe("2025-12-01T08:00:00.000Z");
    expect(ws.settings.analysis).toEqual({
      betweenness: { mode: "sampled", pivots: 600, seed: DEFAULT_ANALYSIS_SETTINGS.betweenness.seed },
      keyPlayers: { k: 3 },
    });
    expect(ws.settings.network).toEqual({ ...defaultSettings().network, maxEventSize: null });
    expect(ws.settings.view).toMatchObject({
      colourBy: "community",
      sizeBy: "betweenness",
      selectedPerson: null,
    });
    expect(ws.settings.time).toEqual({
      window: { from: "2025-01-01", to: null },
      preset: null,
      compare: null,
    });
    expect(ws.layout).toEqual({
      positions: [
        ["P1", 1, 2],
        ["P2", -3.5, 4],
      ],
      camera: null,
    });
    expect(ws.targets).toEqual([
      { dimension: "role", value: "facilitator", group: "Health", minCount: 1, minShare: null, line: null },
    ]);
    expect(ws.identityDecisions.split).toEqual([{ ref: "Ana Maria Lopes", from: "P1" }]);
    expect(ws.pseudonymSecret).toBeNull();
  });

  it("turns decoded text into UTF-8 bytes that import into the same records", () => {
    const ws = read(v1());
    const [people, attendance] = ws.files;
    expect(people!.content).toEqual({ text: PEOPLE_TEXT });
    expect(people!.byteLength).toBe(Buffer.byteLength(PEOPLE_TEXT));
    expect(attendance!.encoding).toBe("utf-16le");
    expect(attendance!.byteLength).toBe(Buffer.byteLength(ATTENDANCE_TEXT));
    const original = imported(
      importBytes(new Uint8Array(Buffer.from(`\uFEFF${ATTENDANCE_TEXT}`, "utf16le")), "asistencia.txt", {
        kind: "attendance",
        mapping: { person: 0, event: 1, date: 2 },
      }),
    );
    const again = imported(reimportWorkspaceFile(attendance!));
    expect(again.attendance).toEqual(original.attendance);
    expect(again.attendance).toHaveLength(2);
    expect(imported(reimportWorkspaceFile(people!)).people.map((p) => p.name)).toEqual([
      "Ana María López",
      "Ben Okafor",
    ]);
  });

  it("keeps a person id that is an awkward property name, as data", () => {
    const doc = JSON.parse(JSON.stringify(v1()).replace('"P1":[1,2]', '"__proto__":[1,2]'));
    const ws = read(doc);
    expect(ws.layout.positions[0]).toEqual(["__proto__", 1, 2]);
    // Copied onto a plain object, "__proto__" would have set a prototype and the position would be lost.
    expect(ws.layout.positions).toHaveLength(2);
  });

  it("writes the migrated workspace as version 2, which opens without migrating", () => {
    const text = serializeWorkspace(read(v1()));
    const again = readWorkspace(JSON.parse(text));
    expect(again.ok && again.migratedFrom).toBeNull();
    expect(again.ok && again.workspace).toEqual(read(v1()));
  });

  it("reports a damaged version 1 file by its own fields", () => {
    const doc = JSON.parse(JSON.stringify(v1()));
    doc.settings.keyPlayers = "five";
    const result = readWorkspace(doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(
      "settings.keyPlayers should be a whole number of at least 1",
    );
    const noText = JSON.parse(JSON.stringify(v1()));
    delete noText.files[1].text;
    expect(!readWorkspace(noText).ok && (readWorkspace(noText) as { message: string }).message).toContain(
      "files[1].text should be text, not nothing",
    );
  });
});
