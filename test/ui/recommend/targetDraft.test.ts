import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTargetsCsv } from "../../../src/recommend";
import {
  checkDraft,
  emptyRow,
  nextKey,
  percentText,
  rowsFromTargets,
  type DraftRow,
} from "../../../src/ui/recruitment/targetDraft";

const SAMPLE = readTargetsCsv(
  readFileSync(path.resolve(import.meta.dirname, "../../../sample-data/targets.csv"), "utf8"),
);

function row(key: number, patch: Partial<DraftRow>): DraftRow {
  return { ...emptyRow(key), ...patch };
}

describe("the target editor's rows", () => {
  it("give back exactly the targets they were made from (as typed in the app: no line)", () => {
    expect(SAMPLE.rejected).toEqual([]);
    const rows = rowsFromTargets(SAMPLE.targets);
    const { targets, problems } = checkDraft(rows);
    expect(problems.size).toBe(0);
    expect(targets).toEqual(SAMPLE.targets.map((t) => ({ ...t, line: null })));
  });

  it("read shares as percentages, without float noise either way", () => {
    expect(percentText(0.15)).toBe("15");
    expect(percentText(0.07)).toBe("7");
    expect(percentText(0.125)).toBe("12.5");
    expect(percentText(null)).toBe("");
    const { targets } = checkDraft([row(1, { value: "Academia", minCount: "", minShare: "12.5" })]);
    expect(targets[0]).toMatchObject({
      dimension: "sector",
      value: "Academia",
      minCount: null,
      minShare: 0.125,
    });
  });

  it("leave out a row that does not pass, saying why in the app's words, and apply the others", () => {
    const rows = [
      row(10, { value: "Academia", minCount: "15" }),
      row(11, { value: "", minCount: "2" }),
      row(12, { value: "UN agency", minCount: "many" }),
      row(13, { value: "UN agency", minCount: "", minShare: "150" }),
      row(14, { value: "Academia", minCount: "3" }),
      row(15, { dimension: "role", value: "facilitator", group: "Youth", minCount: "", minShare: "" }),
    ];
    const { targets, problems } = checkDraft(rows);
    expect(targets.map((t) => t.value)).toEqual(["Academia"]);
    expect(Object.fromEntries(problems)).toEqual({
      11: "give a value: which sector, region or role?",
      12: 'minimum count "many" is not a whole number ≥ 0',
      13: 'minimum share "150%" is not a share between 0 and 1 (or a percentage such as 30%)',
      14: "duplicate of row 1 (same dimension, value and group)",
      15: "give a minimum count or a minimum share",
    });
  });

  it("number new rows after the highest key", () => {
    expect(nextKey([])).toBe(1);
    expect(nextKey([row(4, {}), row(9, {})])).toBe(10);
  });
});
