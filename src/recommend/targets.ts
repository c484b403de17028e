/**
 * The recruitment target frame: what the backbone team says a healthy community needs, as
 * minimum counts or shares of active members per sector, region and role, for the whole
 * community or within one group. Given as `targets.csv` (dimension, value, group, min_count,
 * min_share) or, when none is given, derived from the registry by `defaultTargets`.
 *
 * Validation follows the ingest layer's rule: every row is accepted or rejected with its line
 * and a reason, read === accepted + rejected.length.
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import Papa from "papaparse";
import { detectDelimiter } from "../ingest/delimiter";
import { isBlankRow, LineCounter, prepareText } from "../ingest/table";
import { normalizeHeader } from "../ingest/text";
import { CORE_ROLES, type RejectedRow } from "../model/types";
import { readGroups } from "./context";
import { compareIds, valueKey } from "./text";

export type TargetDimension = "sector" | "region" | "role";

export interface Target {
  dimension: TargetDimension;
  value: string;
  /** The group the target applies within; null for the whole community. */
  group: string | null;
  /** At least this many active members (null: no count target). */
  minCount: number | null;
  /** At least this share (0..1) of the active members in scope (null: no share target). */
  minShare: number | null;
  /** Line in targets.csv, null for default targets. */
  line: number | null;
}

export interface TargetRow {
  /** 1-based line where the row starts in the file. */
  line: number;
  cells: string[];
}

export interface TargetTable {
  header: string[];
  rows: TargetRow[];
}

export interface ParsedTargets {
  targets: Target[];
  read: number;
  accepted: number;
  rejected: RejectedRow[];
  /** Set when the file cannot be used at all (no dimension or value column). */
  problem: string | null;
}

const COLUMNS: Record<"dimension" | "value" | "group" | "minCount" | "minShare", string[]> = {
  dimension: ["dimension", "type", "kind", "category", "attribute", "field"],
  value: ["value", "name", "label", "item"],
  group: ["group", "groups", "community", "workinggroup", "scope"],
  minCount: ["mincount", "minimumcount", "minimum", "min", "count", "minnumber", "targetcount", "target"],
  minShare: [
    "minshare",
    "minimumshare",
    "share",
    "minpercent",
    "minpercentage",
    "percent",
    "percentage",
    "proportion",
    "minproportion",
  ],
};

const DIMENSIONS: Record<string, TargetDimension> = {
  sector: "sector",
  sectors: "sector",
  region: "region",
  regions: "region",
  country: "region",
  countries: "region",
  role: "role",
  roles: "role",
};

type Column = keyof typeof COLUMNS;

function mapColumns(header: string[]): Partial<Record<Column, number>> {
  const mapping: Partial<Record<Column, number>> = {};
  const normalised = header.map(normalizeHeader);
  for (const column of Object.keys(COLUMNS) as Column[]) {
    for (const synonym of COLUMNS[column]) {
      const at = normalised.findIndex((h, i) => h === synonym && !Object.values(mapping).includes(i));
      if (at >= 0) {
        mapping[column] = at;
        break;
      }
    }
  }
  return mapping;
}

type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

function readCount(raw: string): Read<number | null> {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null };
  if (!/^\d+(\.0*)?$/.test(text))
    return { ok: false, reason: `min_count "${raw}" is not a whole number ≥ 0` };
  return { ok: true, value: Number.parseInt(text, 10) };
}

function readShare(raw: string): Read<number | null> {
  let text = raw.trim();
  if (text === "") return { ok: true, value: null };
  const isPercent = text.endsWith("%");
  if (isPercent) text = text.slice(0, -1).trim();
  if (!text.includes(".") && /^\d+,\d+$/.test(text)) text = text.replace(",", ".");
  const number = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
  const share = isPercent ? number / 100 : number;
  if (!Number.isFinite(share) || share < 0 || share > 1) {
    return {
      ok: false,
      reason: `min_share "${raw}" is not a share between 0 and 1 (or a percentage such as 30%)`,
    };
  }
  return { ok: true, value: share };
}

/** Validates target rows already split into cells (by papaparse or any CSV reader). */
export function parseTargets(input: TargetTable | string[][]): ParsedTargets {
  const table: TargetTable = Array.isArray(input)
    ? { header: input[0] ?? [], rows: input.slice(1).map((cells, i) => ({ line: i + 2, cells })) }
    : input;
  const mapping = mapColumns(table.header);
  const rejected: RejectedRow[] = [];
  const targets: Target[] = [];
  const read = table.rows.length;
  if (mapping.dimension === undefined || mapping.value === undefined) {
    const problem =
      "This targets file has no dimension or value column: it needs dimension, value, group, min_count, min_share.";
    for (const row of table.rows) rejected.push({ line: row.line, reason: problem, cells: row.cells });
    return { targets, read, accepted: 0, rejected, problem };
  }
  const seen = new Map<string, number>();
  const cell = (row: TargetRow, column: Column) => {
    const at = mapping[column];
    return at === undefined ? "" : (row.cells[at] ?? "");
  };
  for (const row of table.rows) {
    const reject = (reason: string) => rejected.push({ line: row.line, reason, cells: row.cells });
    if (isBlankRow(row.cells)) {
      reject("empty row");
      continue;
    }
    if (row.cells.slice(table.header.length).some((c) => c.trim() !== "")) {
      reject(`more cells (${row.cells.length}) than the header has columns (${table.header.length})`);
      continue;
    }
    const dimension = DIMENSIONS[valueKey(cell(row, "dimension"))];
    if (!dimension) {
      reject(`unknown dimension "${cell(row, "dimension")}": use sector, region or role`);
      continue;
    }
    const value = cell(row, "value").trim();
    if (value === "") {
      reject("no value (which sector, region or role?)");
      continue;
    }
    const minCount = readCount(cell(row, "minCount"));
    const minShare = readShare(cell(row, "minShare"));
    if (!minCount.ok || !minShare.ok) {
      reject([minCount, minShare].flatMap((r) => (r.ok ? [] : [r.reason])).join("; "));
      continue;
    }
    if (minCount.value === null && minShare.value === null) {
      reject("no target: give min_count or min_share");
      continue;
    }
    const group = cell(row, "group").trim() || null;
    const key = [dimension, valueKey(value), group === null ? "" : valueKey(group)].join("\u0000");
    const first = seen.get(key);
    if (first !== undefined) {
      reject(`duplicate of line ${first} (same dimension, value and group)`);
      continue;
    }
    seen.set(key, row.line);
    targets.push({
      dimension,
      value,
      group,
      minCount: minCount.value,
      minShare: minShare.value,
      line: row.line,
    });
  }
  return { targets, read, accepted: targets.length, rejected, problem: null };
}

/** Reads targets.csv text (any delimiter, BOM, CRLF) with papaparse, keeping each row's line. */
export function readTargetsCsv(text: string): ParsedTargets {
  const source = prepareText(text);
  const lines = new LineCounter(source);
  const rows: TargetRow[] = [];
  const malformed: RejectedRow[] = [];
  let header: string[] | null = null;
  let start = 0;
  Papa.parse<string[]>(source, {
    delimiter: detectDelimiter(source),
    newline: "\n",
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    step: (results) => {
      const cells = results.data;
      // The empty string after the file's final line break is not a row.
      const phantom = start >= source.length && cells.length <= 1 && !cells[0];
      const line = lines.lineAt(start);
      start = results.meta.cursor;
      if (phantom) return;
      if (!header) {
        if (!isBlankRow(cells)) header = cells.map((c) => c.trim());
        return;
      }
      if (results.errors.length > 0) {
        malformed.push({ line, reason: `malformed quotes (${results.errors[0]!.message})`, cells });
      } else rows.push({ line, cells });
    },
  });
  if (!header)
    return { targets: [], read: 0, accepted: 0, rejected: [], problem: "The targets file is empty." };
  const parsed = parseTargets({ header, rows });
  return {
    ...parsed,
    read: parsed.read + malformed.length,
    rejected: [...parsed.rejected, ...malformed].sort((a, b) => a.line - b.line),
  };
}

/**
 * Targets when the team has given none: every sector and region that appears among registered
 * members or prospects should have at least one active member, and every group of members the
 * four roles of a working community of practice (coordinator, facilitator, expert, knowledge
 * manager). Values are spelled as they first appear in alphabetical order.
 */
export function defaultTargets<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
): Target[] {
  const sectors = new Map<string, string>();
  const regions = new Map<string, string>();
  const groups = new Map<string, string>();
  const note = (into: Map<string, string>, value: unknown) => {
    const text = typeof value === "string" ? value.trim() : "";
    if (text === "") return;
    const key = valueKey(text);
    const known = into.get(key);
    if (known === undefined || compareIds(text, known) < 0) into.set(key, text);
  };
  graph.forEachNode((_node, a) => {
    const status = a.status ?? "member";
    if (a.registered === false || (status !== "member" && status !== "prospect")) return;
    note(sectors, a.sector);
    note(regions, a.region);
    if (status === "member") for (const g of readGroups(a.groups)) note(groups, g);
  });
  const sorted = (m: Map<string, string>) => [...m.values()].sort(compareIds);
  const at = (dimension: TargetDimension, value: string, group: string | null): Target => ({
    dimension,
    value,
    group,
    minCount: 1,
    minShare: null,
    line: null,
  });
  return [
    ...sorted(sectors).map((s) => at("sector", s, null)),
    ...sorted(regions).map((r) => at("region", r, null)),
    ...sorted(groups).flatMap((g) => CORE_ROLES.map((role) => at("role", role, g))),
  ];
}
