import { describe, expect, it } from "vitest";
import type { IngestAdapter } from "../../src/ingest/adapters";
import { importBytes, type ImportOutcome } from "../../src/ingest/importFile";
import { fixture, utf8 } from "./helpers";

function ok(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`expected an import, got: ${outcome.message}`);
  const { report } = outcome;
  expect(report.read).toBe(report.accepted + report.rejected.length);
  return outcome;
}

describe("importBytes on committed fixture files", () => {
  it("imports a registry saved by Excel (UTF-8 BOM, CRLF) with every registry rejection reason", () => {
    const result = ok(importBytes(fixture("people-bom-crlf.csv"), "people-bom-crlf.csv"));
    expect(result.report).toMatchObject({
      kind: "people",
      encoding: "utf-8-bom",
      delimiter: ",",
      read: 7,
      accepted: 4,
    });
    expect(result.report.header[0]).toBe("ID");
    expect(result.report.unknownColumns).toEqual(["Phone"]);
    expect(result.report.rejected.map(({ line, reason }) => [line, reason])).toEqual([
      [6, 'duplicate id "P2" (first on line 3)'],
      [7, 'unknown status "on leave" (expected member, prospect or former)'],
      [8, 'unparseable joined date "31/02/2023"'],
    ]);
    expect(result.people[0]).toEqual({
      id: "P1",
      name: "Ana María López",
      email: "ana@example.org",
      organization: "Comité Olímpico",
      sector: "National Olympic Committee",
      region: "Colombia",
      role: "coordinator",
      groups: ["Sport & youth", "Health"],
      status: "member",
      joined: "2022-03-01",
      registered: true,
      extra: { Phone: "+57 300 1234" },
    });
    expect(result.people.map((p) => [p.id, p.name, p.status, p.joined ?? null, p.groups])).toEqual([
      ["P1", "Ana María López", "member", "2022-03-01", ["Sport & youth", "Health"]],
      ["P2", "Silva, João", "member", "2022-03-15", ["Health"]],
      ["P3", "Marta Ruiz", "former", null, []],
      ["P4", "Luis Pérez", "prospect", "2023-01-10", ["Sport & youth", "Livelihoods"]],
    ]);
  });

  it("imports Spanish semicolon interactions with decimal commas, slash and dotted dates", () => {
    const result = ok(
      importBytes(fixture("interacciones-punto-y-coma.csv"), "interacciones-punto-y-coma.csv"),
    );
    expect(result.report).toMatchObject({
      kind: "interactions",
      delimiter: ";",
      read: 4,
      accepted: 4,
      dateOrder: "dmy",
    });
    expect(result.interactions.map((r) => [r.source, r.target, r.date, r.type, r.weight])).toEqual([
      ["P1", "P2", "2024-03-05", "reunión", 1.5],
      ["P1", "P3", "2024-03-06", "correo", 2],
      ["P2", "P3", "2024-03-13", "mensaje", 1],
      ["P4", "P1", "2024-03-06", "reunión", 0.5],
    ]);
  });

  it.each(["le", "be"])("imports tab-separated UTF-16 %s attendance with a BOM", (endian) => {
    const result = ok(importBytes(fixture(`asistencia-utf16${endian}.txt`), `asistencia-utf16${endian}.txt`));
    expect(result.report).toMatchObject({
      kind: "attendance",
      encoding: `utf-16${endian}`,
      delimiter: "\t",
      read: 3,
    });
    expect(result.report.header).toEqual(["Participante", "Evento", "Fecha"]);
    expect(result.attendance).toEqual([
      { line: 2, person: "ana@example.org", event: "Webinar: financiamiento", date: "2024-04-02" },
      { line: 3, person: "joao@example.org", event: "Webinar: financiamiento", date: "2024-04-02" },
      { line: 4, person: "ana@example.org", event: "Taller Lima", date: "2024-05-10" },
    ]);
    expect(result.detected).toBe(`Attendance table (tab-separated, UTF-16${endian.toUpperCase()})`);
  });

  it("reports every interaction rejection reason with its line", () => {
    const result = ok(importBytes(fixture("interactions-bad-rows.csv"), "interactions-bad-rows.csv"));
    expect(result.report.rejected.map(({ line, reason }) => [line, reason])).toEqual([
      [3, "missing source"],
      [4, "missing target"],
      [5, 'self-interaction: source and target are both "ana"'],
      [6, 'unparseable date "yesterday"'],
      [7, 'unparseable weight "lots"'],
      [8, 'weight must be positive, got "-2"'],
      [9, "empty row"],
      [10, "empty row"],
      [11, "misaligned: 6 cells but the header has 5 columns (an unquoted delimiter inside a value?)"],
      [15, 'weight must be positive, got "0"'],
    ]);
    expect(result.interactions.map((r) => [r.line, r.source])).toEqual([
      [2, "ana"],
      [12, "carla\nrojas"],
      [14, "ana"],
    ]);
    expect(result.report).toMatchObject({ read: 13, accepted: 3 });
  });
});

describe("importBytes on files that are not tables", () => {
  it.each([
    ["logo.png", /^logo\.png does not look like a table: it is a PNG image/],
    ["registry.xlsx", /^registry\.xlsx does not look like a table: it is a zip archive/],
    ["empty.csv", /^empty\.csv is empty/],
  ])("gives %s one clear message", (name, message) => {
    expect(importBytes(fixture(name), name)).toEqual({
      ok: false,
      fileName: name,
      message: expect.stringMatching(message),
    });
  });

  it("says which columns it found when none name a known field", () => {
    const outcome = importBytes(utf8('{\n  "nodes": [1, 2]\n}\n'), "graph.json");
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^graph\.json does not look like a table Weaver can read: its columns \(\{\)/,
      ),
    });
  });

  it("refuses a mapping that lacks a required column", () => {
    const outcome = importBytes(utf8("from,to\na,b\n"), "x.csv", {
      kind: "interactions",
      mapping: { source: 0 },
    });
    expect(outcome).toEqual({
      ok: false,
      fileName: "x.csv",
      message: "x.csv cannot be imported as interactions: no column for To.",
    });
  });

  it("never throws, whatever the bytes", () => {
    const inputs = ['"', "\u0000", 'a\rb\r\n"', ",,,\n,,,", "\ufeff", "x".repeat(70000), ";\t|,\n"];
    for (const text of inputs) {
      const outcome = importBytes(utf8(text), "odd.csv");
      if (outcome.ok)
        expect(outcome.report.read).toBe(outcome.report.accepted + outcome.report.rejected.length);
      else expect(outcome.message).toMatch(/^odd\.csv /);
    }
  });
});

describe("importBytes options", () => {
  it("uses the mapping the user confirmed instead of the detected one", () => {
    const bytes = utf8("a,b,c\nx,y,z\n");
    const result = ok(
      importBytes(bytes, "x.csv", { kind: "interactions", mapping: { source: 2, target: 0 } }),
    );
    expect(result.interactions).toEqual([{ line: 2, source: "z", target: "x", weight: 1 }]);
    expect(result.report.unknownColumns).toEqual(["b"]);
  });

  it("lets a format adapter claim a file before the generic table importer", () => {
    const adapter: IngestAdapter = {
      id: "fake",
      label: "Fake report",
      detect: ({ decoded }) =>
        decoded.ok && decoded.text.startsWith("FAKE") ? { summary: "1 meeting" } : null,
      import: ({ fileName }) => ({ ok: false, fileName, message: "handled by the fake adapter" }),
    };
    expect(importBytes(utf8("FAKE\n"), "f.csv", { adapters: [adapter] })).toMatchObject({
      message: "handled by the fake adapter",
    });
    expect(ok(importBytes(utf8("from,to\na,b\n"), "f.csv", { adapters: [adapter] })).report.accepted).toBe(1);
  });

  it("passes progress through", () => {
    const fractions: number[] = [];
    ok(importBytes(utf8("from,to\na,b\n"), "f.csv", { onProgress: (f) => fractions.push(f) }));
    expect(fractions.at(-1)).toBe(1);
  });
});
