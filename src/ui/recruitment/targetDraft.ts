/**
 * The target frame as the user edits it in the app: rows of text, checked by the same rules
 * as targets.csv (parseTargets), so a row means the same typed in the app or read from a file.
 * Rows that do not pass say why and are left out; the others are the targets in force.
 */
import { parseTargets, type Target, type TargetDimension } from "../../recommend/targets";

export interface DraftRow {
  /** Stable across edits, for React and for the row's messages. */
  key: number;
  dimension: TargetDimension;
  value: string;
  /** Empty for the whole community. */
  group: string;
  /** Whole number as typed, empty for none. */
  minCount: string;
  /** Percentage as typed (30 for 30%), empty for none. */
  minShare: string;
}

export interface CheckedDraft {
  targets: Target[];
  /** Why each rejected row was left out, by row key. */
  problems: Map<number, string>;
}

export const DIMENSION_LABELS: Record<TargetDimension, string> = {
  sector: "Sector",
  region: "Region",
  role: "Role",
};

const HEADER = ["dimension", "value", "group", "min_count", "min_share"];

/** A share as a percentage to type: 0.15 → "15", no float noise (0.07 → "7", not "7.000000000000001"). */
export function percentText(share: number | null): string {
  if (share === null) return "";
  return String(Math.round(share * 100 * 1e6) / 1e6);
}

export function rowsFromTargets(targets: readonly Target[], firstKey = 1): DraftRow[] {
  return targets.map((t, i) => ({
    key: firstKey + i,
    dimension: t.dimension,
    value: t.value,
    group: t.group ?? "",
    minCount: t.minCount === null ? "" : String(t.minCount),
    minShare: percentText(t.minShare),
  }));
}

export function emptyRow(key: number): DraftRow {
  return { key, dimension: "sector", value: "", group: "", minCount: "1", minShare: "" };
}

export function checkDraft(rows: readonly DraftRow[]): CheckedDraft {
  const cells = (r: DraftRow) => [
    r.dimension,
    r.value,
    r.group,
    r.minCount,
    r.minShare.trim() === "" ? "" : `${r.minShare.trim()}%`,
  ];
  const parsed = parseTargets({
    header: HEADER,
    rows: rows.map((r, i) => ({ line: i + 1, cells: cells(r) })),
  });
  const problems = new Map<number, string>();
  for (const rejected of parsed.rejected) {
    const row = rows[rejected.line - 1];
    if (row) problems.set(row.key, inAppWords(rejected.reason));
  }
  // Targets typed in the app come from no file: they have no line.
  return { targets: parsed.targets.map((t) => ({ ...t, line: null })), problems };
}

/** The file's wording, said of rows on screen: "duplicate of row 3", "choose a value". */
function inAppWords(reason: string): string {
  return reason
    .replace(/\bline (\d+)/g, "row $1")
    .replace("no value (which sector, region or role?)", "give a value: which sector, region or role?")
    .replace("no target: give min_count or min_share", "give a minimum count or a minimum share")
    .replace(/min_share "([^"]*)%"/, 'minimum share "$1%"')
    .replace("min_count", "minimum count");
}

export function nextKey(rows: readonly DraftRow[]): number {
  return rows.reduce((max, r) => Math.max(max, r.key), 0) + 1;
}
