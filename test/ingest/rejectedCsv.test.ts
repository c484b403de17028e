import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { importBytes } from "../../src/ingest/importFile";
import { rejectedRowsToCsv } from "../../src/ingest/rejectedCsv";
import { utf8 } from "./helpers";

describe("rejectedRowsToCsv", () => {
  it("writes line, reason and the original cells under the file's header, formulas neutralised", () => {
    const text = 'source,target,note\na,a,"=cmd|\' /C calc\'!A0"\nb,,"two, parts"\nc,d,ok\n';
    const outcome = importBytes(utf8(text), "i.csv");
    if (!outcome.ok) throw new Error(outcome.message);
    const rows = Papa.parse<string[]>(rejectedRowsToCsv(outcome.report), {
      newline: "\r\n",
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([
      ["line", "reason", "source", "target", "note"],
      ["2", 'self-interaction: source and target are both "a"', "a", "a", "'=cmd|' /C calc'!A0"],
      ["3", "missing target", "b", "", "two, parts"],
    ]);
  });
});
