import { describe, expect, it } from "vitest";
import { importBytes } from "../../src/ingest/importFile";
import { importTable } from "../../src/ingest/importTable";
import {
  clipCells,
  DEFAULT_LIMITS,
  fileSizeProblem,
  formatBytes,
  IngestLimitError,
  longField,
  resolveLimits,
} from "../../src/ingest/limits";
import { utf8 } from "./helpers";

function ok(outcome: ReturnType<typeof importBytes>) {
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.report.read).toBe(outcome.report.accepted + outcome.report.rejected.length);
  return outcome;
}

describe("stated limits", () => {
  it("are 256 MB per file, 1,000,000 rows, 100,000 characters per field, 512 MB unpacked per archive", () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxFileBytes: 256 * 1024 * 1024,
      maxRows: 1_000_000,
      maxFieldChars: 100_000,
      maxArchiveBytes: 512 * 1024 * 1024,
      maxArchiveEntries: 100_000,
    });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
    expect(resolveLimits({ maxRows: 5 })).toEqual({ ...DEFAULT_LIMITS, maxRows: 5 });
  });

  it("print sizes as people read them", () => {
    expect(
      [0, 1023, 1024, 1536, 5.5 * 1024, 200 * 1024 * 1024, 256 * 1024 * 1024, 3 * 1024 ** 3].map(formatBytes),
    ).toEqual(["0 bytes", "1023 bytes", "1 KB", "1.5 KB", "5.5 KB", "200 MB", "256 MB", "3 GB"]);
  });
});

describe("file size", () => {
  it("is checked against the limit, the limit itself included", () => {
    const limits = resolveLimits({ maxFileBytes: 100 });
    expect(fileSizeProblem("a.csv", 100, limits)).toBeNull();
    expect(fileSizeProblem("a.csv", 101, limits)).toMatch(/^a\.csv is 101 bytes, more than the 100 bytes/);
  });

  it("refuses a file above 256 MB before decoding it", () => {
    // Zero-filled, so nothing but the size could make it fail; decoding it would say "binary".
    const bytes = new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1);
    expect(importBytes(bytes, "huge.csv")).toEqual({
      ok: false,
      fileName: "huge.csv",
      message:
        "huge.csv is 256 MB, more than the 256 MB Weaver reads from one file; nothing was imported from it. " +
        "Split it (by period, for example) or remove columns Weaver does not use, and import the parts.",
    });
  });
});

describe("row count", () => {
  const rows = (n: number) =>
    `source,target\n${Array.from({ length: n }, (_, i) => `p${i},q${i}`).join("\n")}\n`;

  it("accepts a file at the limit and refuses one row more", () => {
    expect(ok(importBytes(utf8(rows(10)), "x.csv", { limits: { maxRows: 10 } })).report.read).toBe(10);
    expect(importBytes(utf8(rows(11)), "x.csv", { limits: { maxRows: 10 } })).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^x\.csv has more than 10 rows, the most Weaver reads from one file; nothing/,
      ),
    });
  });

  it("stops reading as soon as the limit is passed", () => {
    const fractions: number[] = [];
    importBytes(utf8(rows(5000)), "x.csv", { limits: { maxRows: 50 }, onProgress: (f) => fractions.push(f) });
    expect(Math.max(0, ...fractions)).toBeLessThan(0.05);
  });

  it("throws a typed error from importTable, for callers that use it directly", () => {
    const run = () =>
      importTable(rows(3), {
        fileName: "x.csv",
        encoding: "utf-8",
        kind: "interactions",
        mapping: { source: 0, target: 1 },
        limits: { maxRows: 2 },
      });
    expect(run).toThrow(IngestLimitError);
  });

  it("applies to meeting reports too", () => {
    const zoom = `Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n${Array.from(
      { length: 6 },
      (_, i) => `P ${i},p${i}@x.org,11/19/2021 09:54:15 AM,11/19/2021 10:54:15 AM,60,No`,
    ).join("\n")}\n`;
    expect(importBytes(utf8(zoom), "zoom.csv", { limits: { maxRows: 5 } })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^zoom\.csv has more than 5 rows/),
    });
    expect(ok(importBytes(utf8(zoom), "zoom.csv", { limits: { maxRows: 6 } })).attendance).toHaveLength(6);
  });
});

describe("field length", () => {
  it("accepts a field at the limit and rejects the row of a longer one, naming the column", () => {
    const limits = { maxFieldChars: 20 };
    const text = `source,target,note\nAna,Ben,${"x".repeat(20)}\nAna,Carla,${"y".repeat(21)}\nAna,Dan,ok\n`;
    const result = ok(importBytes(utf8(text), "x.csv", { limits }));
    expect(result.interactions.map((r) => r.target)).toEqual(["Ben", "Dan"]);
    expect(result.report.rejected).toEqual([
      {
        line: 3,
        code: "field",
        reason:
          'field too long: "note" has 21 characters, more than the 20 Weaver accepts (a quote left open, or a document pasted into a cell?)',
        cells: ["Ana", "Carla", `${"y".repeat(21)}`.slice(0, 1000) + "… [cut: 21 characters in all]"],
      },
    ]);
  });

  it("keeps the first 1,000 characters of an oversized cell in the rejected-rows report", () => {
    const limits = resolveLimits({ maxFieldChars: 10 });
    const [cut] = clipCells(["z".repeat(5000)], limits);
    expect(cut).toBe(`${"z".repeat(1000)}… [cut: 5,000 characters in all]`);
    expect(clipCells(["short"], limits)).toEqual(["short"]);
    expect(longField(["ok", "z".repeat(11), "z".repeat(12)], limits)).toEqual({ index: 1, length: 11 });
  });

  it("rejects an unterminated quote that swallows the rest of a large file, without keeping it all", () => {
    const text = `source,target\nAna,Ben\n"Carla,Dan\n${"Eva,Fer\n".repeat(20000)}`;
    const result = ok(importBytes(utf8(text), "x.csv"));
    expect(result.report.rejected).toHaveLength(1);
    expect(result.report.rejected[0]).toMatchObject({ line: 3, code: "quotes" });
    expect(result.report.rejected[0]!.cells.join("").length).toBeLessThan(1100);
  });

  it("applies to meeting reports too", () => {
    const text = `Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\nAna,a@x.org,11/19/2021 09:54:15 AM,,60,${"No".repeat(20)}\n`;
    const result = ok(importBytes(utf8(text), "zoom.csv", { limits: { maxFieldChars: 30 } }));
    expect(result.report.rejected.map((r) => [r.line, r.code])).toEqual([[2, "field"]]);
    expect(result.report.rejected[0]!.reason).toMatch(/^field too long: "Guest" has 40 characters/);
  });
});
