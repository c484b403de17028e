import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutralizeCell, toCsv } from "../../src/report/csv";

describe("neutralizeCell", () => {
  it.each(["=SUM(A1:A9)", "+1", "-2+3", "@cmd", "\tx", "\rx"])("prefixes %j with an apostrophe", (cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });

  it.each(["Ana", "a=b", "", " =not at start", "'quoted"])("leaves %j alone", (cell) => {
    expect(neutralizeCell(cell)).toBe(cell);
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and newlines as RFC 4180 says, with CRLF line ends", () => {
    const csv = toCsv([
      ["name", "note"],
      ["López, Ana", 'said "hi"'],
      ["two\nlines", "plain"],
    ]);
    expect(csv).toBe('name,note\r\n"López, Ana","said ""hi"""\r\n"two\nlines",plain\r\n');
  });

  it("writes numbers, booleans and missing values without neutralising negative numbers", () => {
    expect(toCsv([[-0.5, 3, true, false, null, undefined]])).toBe("-0.5,3,true,false,,\r\n");
  });

  it("neutralises formulas before quoting, and papaparse reads back exactly the neutralised text", () => {
    const rows = [['=HYPERLINK("http://x","y")', "-1,5", "\r\nok"]];
    const parsed = Papa.parse<string[]>(toCsv(rows), { newline: "\r\n", skipEmptyLines: true }).data;
    expect(parsed).toEqual([['\'=HYPERLINK("http://x","y")', "'-1,5", "'\r\nok"]]);
  });
});
