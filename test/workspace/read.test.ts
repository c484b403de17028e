import { describe, expect, it } from "vitest";
import { DEFAULT_ANALYSIS_SETTINGS } from "../../src/analysis/registry";
import { FIELDS } from "../../src/ingest";
import {
  WORKSPACE_VERSION,
  newWorkspace,
  parseWorkspace,
  readWorkspace,
  serializeWorkspace,
  workspaceFile,
  type ReadResult,
  type Workspace,
} from "../../src/workspace";

const encoder = new TextEncoder();

/** A small but complete workspace: one CSV file, a decision, a target, positions, a window. */
function small(): Workspace {
  const ws = newWorkspace("files", new Date("2026-03-01T12:00:00Z"));
  ws.name = "Youth crime prevention";
  ws.files.push(
    workspaceFile(encoder.encode("source,target,date\nAna,Ben,2025-01-02\n"), {
      id: "f1",
      fileName: "interactions.csv",
      kind: "interactions",
      encoding: "utf-8",
      // Every field of the kind, as detectColumns gives it: the reader writes the same.
      mapping: {
        ...Object.fromEntries(FIELDS.interactions.map((f) => [f.field, null])),
        source: 0,
        target: 1,
        date: 2,
      },
    }),
  );
  ws.identityDecisions.merge.push({ ref: "Ana L", into: "Ana" });
  ws.targets = [
    { dimension: "sector", value: "UN agency", group: null, minCount: 1, minShare: null, line: 2 },
  ];
  ws.layout.positions = [
    ["Ana", 0.5, -1],
    ["Ben", 2, 3.25],
  ];
  ws.settings.time = { window: { from: "2025-01-01", to: "2025-06-30" }, preset: null, compare: null };
  ws.settings.network.channelWeights = { mention: 0.5 };
  ws.settings.network.excludedChannels = ["email"];
  return ws;
}

/** A parsed document, edited freely as a damaged or hand-made file would be. */
type JsonDoc = ReturnType<typeof JSON.parse>;

/** The small workspace as parsed JSON, changed by `edit`. */
function edited(edit: (doc: JsonDoc) => void): unknown {
  const doc = JSON.parse(serializeWorkspace(small()));
  edit(doc);
  return doc;
}

function message(result: ReadResult): string {
  if (result.ok) throw new Error("expected the workspace to be refused");
  return result.message;
}

describe("readWorkspace: what is not a workspace", () => {
  it.each([
    ["an array", []],
    ["a string", "weaver-workspace"],
    ["null", null],
    ["an object without a format", { version: 2, files: [] }],
    ["another tool's JSON", { format: "gephi-workspace", version: 2 }],
    ["a GEXF-ish object", { gexf: { graph: {} } }],
  ])("refuses %s as not a Weaver workspace", (_what, value) => {
    expect(message(readWorkspace(value))).toMatch(/^This file is not a Weaver workspace/);
  });

  it("refuses text that is not JSON, such as a CSV file", () => {
    expect(message(parseWorkspace("source,target\nAna,Ben\n"))).toMatch(
      /not a Weaver workspace.*import it as data/,
    );
    expect(message(parseWorkspace(""))).toMatch(/not a Weaver workspace/);
  });

  it("says a workspace file that was cut off is damaged, not foreign", () => {
    const text = serializeWorkspace(small());
    expect(message(parseWorkspace(text.slice(0, text.length / 2)))).toMatch(/damaged.*cut off/);
  });
});

describe("readWorkspace: versions", () => {
  it("refuses a newer version by name, saying which", () => {
    const text = message(readWorkspace(edited((d) => (d.version = WORKSPACE_VERSION + 1))));
    expect(text).toContain(`newer Weaver (workspace version ${WORKSPACE_VERSION + 1})`);
    expect(text).toContain(`opens versions 1 to ${WORKSPACE_VERSION}`);
  });

  it.each([[0], [1.5], ["2"], [null], [-1]])("calls version %j damaged", (version) => {
    expect(message(readWorkspace(edited((d) => (d.version = version))))).toMatch(
      /damaged.*version should be a whole/,
    );
  });

  it("reads the current version as it was written, with nothing migrated", () => {
    const result = readWorkspace(edited(() => {}));
    expect(result).toEqual({ ok: true, workspace: small(), migratedFrom: null });
  });
});

describe("readWorkspace: damaged documents say where", () => {
  const cases: [string, (d: JsonDoc) => void, string][] = [
    ["no files list", (d) => delete d.files, "files should be a list, not nothing"],
    [
      "a file cut short",
      (d) => (d.files[0].content.text = d.files[0].content.text.slice(0, 10)),
      'files[0] ("interactions.csv").content holds 10 bytes where the file had 38',
    ],
    [
      "a file with both text and base64",
      (d) => (d.files[0].content.base64 = "QUJD"),
      "content should hold the file either as text or as base64",
    ],
    [
      "broken base64",
      (d) => (d.files[0].content = { base64: "not base64!" }),
      "holds something that is not a file's content",
    ],
    [
      "a lone surrogate in file text",
      (d) => (d.files[0].content.text = "\ud800" + d.files[0].content.text.slice(3)),
      "holds something that is not a file's content",
    ],
    [
      "a column that is not a number",
      (d) => (d.files[0].mapping.source = "A"),
      'files[0] ("interactions.csv").mapping.source should be a whole number from 0 to 100000, not "A"',
    ],
    ["an unknown kind", (d) => (d.files[0].kind = "spreadsheet"), '.kind should be one of "people"'],
    [
      "a mapping without a kind",
      (d) => (d.files[0].kind = null),
      ".mapping is given for a file without a kind",
    ],
    ["two files with one id", (d) => d.files.push({ ...d.files[0] }), 'files[1].id repeats the id "f1"'],
    [
      "no identity decisions",
      (d) => (d.identityDecisions = { merge: "x" }),
      "identityDecisions is not a list",
    ],
    [
      "a share above 1",
      (d) => (d.targets[0].minShare = 1.5),
      "targets[0].minShare should be a number from 0 to 1",
    ],
    [
      "a window ending before it starts",
      (d) => (d.settings.time.window = { from: "2025-07-01", to: "2025-01-01" }),
      "settings.time.window starts (2025-07-01) after it ends (2025-01-01)",
    ],
    [
      "an impossible date",
      (d) => (d.settings.time.window.from = "2025-02-30"),
      "settings.time.window.from should be a date written YYYY-MM-DD",
    ],
    [
      "a position without y",
      (d) => (d.layout.positions[1] = ["Ben", 2]),
      "layout.positions[1] should be [id, x, y]",
    ],
    [
      "an unknown channel left out",
      (d) => d.settings.network.excludedChannels.push("fax"),
      'settings.network.excludedChannels[1] should be one of "meeting"',
    ],
    [
      "a negative channel weight",
      (d) => (d.settings.network.channelWeights.mention = -1),
      "should be a number of at least 0",
    ],
    ["settings missing", (d) => delete d.settings, "settings should be an object, not nothing"],
    ["a bad save date", (d) => (d.savedAt = "yesterday"), "savedAt should be a date and time"],
  ];

  it.each(cases)("%s", (_what, edit, where) => {
    const text = message(readWorkspace(edited(edit)));
    expect(text).toMatch(/^This workspace file is damaged and was not opened: /);
    expect(text).toContain(where);
    expect(text).toMatch(/Your current work is unchanged\.$/);
  });
});

describe("readWorkspace: the file is data, never code", () => {
  it("ignores __proto__, constructor and unknown keys without polluting any prototype", () => {
    const text = serializeWorkspace(small())
      .replace(
        '"format":',
        '"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"ctor"}},"format":',
      )
      .replace('"mention":0.5', '"mention":0.5,"__proto__":{"polluted":"weights"}')
      .replace('"source":0', '"__proto__":{"polluted":"mapping"},"source":0')
      .replace('"analysis":{', '"analysis":{"__proto__":{"mode":"exact"},');
    expect(text).toContain('"__proto__":{"polluted":"mapping"}');
    const result = parseWorkspace(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.workspace)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.workspace.settings.network.channelWeights)).toBe(Object.prototype);
    expect(Object.keys(result.workspace.files[0]!.mapping!)).not.toContain("__proto__");
    expect(result.workspace).toEqual(small());
  });

  it("reads a document's own fields only, never ones inherited from a prototype", () => {
    const doc = edited((d) => delete d.pseudonymSecret) as object;
    const inheriting = Object.assign(Object.create({ pseudonymSecret: "inherited" }), doc);
    expect(message(readWorkspace(inheriting))).toContain("pseudonymSecret should be text, not nothing");
  });

  it("drops fields it does not know, and keeps what looks like markup as plain text", () => {
    const markup = "<img src=x onerror=alert(1)>";
    const result = readWorkspace(
      edited((d) => {
        d.evil = "function () { alert(1) }";
        d.settings.view.selectedPerson = markup;
        d.files[0].onload = "alert(1)";
      }),
    );
    expect(result.ok && result.workspace.settings.view.selectedPerson).toBe(markup);
    expect(result.ok && Object.keys(result.workspace)).not.toContain("evil");
    expect(result.ok && Object.keys(result.workspace.files[0]!)).not.toContain("onload");
  });

  it("brings settings into range the way the settings form does", () => {
    const result = readWorkspace(
      edited((d) => {
        d.settings.analysis.keyPlayers.k = 1e9;
        d.settings.analysis.betweenness.pivots = 12.6;
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.workspace.settings.analysis.keyPlayers.k).toBeLessThan(1e9);
    expect(result.workspace.settings.analysis.betweenness.pivots).toBe(13);
    expect(result.workspace.settings.analysis.betweenness.seed).toBe(
      DEFAULT_ANALYSIS_SETTINGS.betweenness.seed,
    );
  });
});
