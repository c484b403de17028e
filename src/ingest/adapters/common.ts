/**
 * What the meeting-report adapters (Zoom, Teams) share: reading rows with their physical line
 * numbers, deciding a report's date order, durations, and turning what was collected into the
 * same ImportOutcome the generic table importer returns.
 */
import Papa from "papaparse";
import type { FileKind, SourceDescriptor } from "../../model/types";
import type { Collected } from "../collector";
import { orderName, readDate, resolveSlashDate, type DateOrder } from "../dates";
import { normalizeHeader } from "../text";
import type { ImportOutcome } from "../importFile";
import type { IngestReport } from "../importTable";
import { tooManyRows, type IngestLimits } from "../limits";
import type { TablePreview } from "../preview";
import { isBlankRow, LineCounter, prepareText } from "../table";

export interface Row {
  /** 1-based physical line where the row starts. */
  line: number;
  cells: string[];
  /** papaparse's complaint about quotes, if any. */
  quoteError: string | null;
}

/** Lines a report may hold besides its data rows (titles, summaries, headers) before reading stops. */
const LAYOUT_ROWS = 64;

/**
 * Every row of a delimited text with its starting line (quoted fields may span lines). Stops
 * with an IngestLimitError once the non-blank rows exceed `limits.maxRows` plus room for a
 * report's layout lines; `checkDataRows` then applies the exact limit to the data rows.
 */
export function readRows(text: string, delimiter: string, fileName: string, limits: IngestLimits): Row[] {
  const source = prepareText(text);
  const lines = new LineCounter(source);
  const rows: Row[] = [];
  let start = 0;
  let counted = 0;
  let over = false;
  Papa.parse<string[]>(source, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step: (results, parser) => {
      const end = results.meta.cursor;
      const cells = results.data;
      const phantom = start >= source.length && cells.length <= 1 && !cells[0];
      if (!phantom) {
        const line = lines.lineAt(start);
        const errors = results.errors;
        const quoteError =
          errors.length === 0
            ? null
            : errors.some((e) => e.code === "MissingQuotes")
              ? `unterminated quote: a quoted field opened on line ${line} is never closed, so the rest of the file was read as this one row`
              : `malformed quotes (${errors[0]?.message ?? "quote in the wrong place"})`;
        rows.push({ line, cells, quoteError });
        if (!isBlankRow(cells) && ++counted > limits.maxRows + LAYOUT_ROWS) {
          over = true;
          parser.abort();
        }
      }
      start = end;
    },
  });
  if (over) throw tooManyRows(fileName, limits);
  return rows;
}

/** Refuses a report with more data rows than the row limit, as a table with too many rows is. */
export function checkDataRows(count: number, fileName: string, limits: IngestLimits): void {
  if (count > limits.maxRows) throw tooManyRows(fileName, limits);
}

/** Index of the first header cell whose normalised form is one of `names` (also normalised), or -1. */
export function columnIndex(header: readonly string[], names: readonly string[]): number {
  const wanted = new Set(names.map(normalizeHeader));
  return header.findIndex((h) => wanted.has(normalizeHeader(h)));
}

/** The cell at `index`, trimmed; "" when the column is absent. */
export function cell(cells: readonly string[], index: number): string {
  return index < 0 ? "" : (cells[index] ?? "").trim();
}

const TWELVE_HOUR = /\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?\s?m\.?/i;

/**
 * The day/month order of a report's dates: a date only one order can read settles it; otherwise
 * 12-hour times (AM/PM) mean a US-style report, month first, and 24-hour times day first. A date
 * read both ways by different values (a conflict) is left to the rows to reject.
 */
export function decideDateOrder(values: readonly string[]): {
  order: DateOrder;
  note: string | null;
  hasSlashDates: boolean;
} {
  let dayFirst = 0;
  let monthFirst = 0;
  let slashes = 0;
  let twelveHour = false;
  for (const raw of values) {
    const reading = readDate(raw);
    if (reading.kind !== "slash") continue;
    slashes++;
    if (TWELVE_HOUR.test(raw)) twelveHour = true;
    const dmy = resolveSlashDate(reading, "dmy") !== null;
    const mdy = resolveSlashDate(reading, "mdy") !== null;
    if (dmy && !mdy) dayFirst++;
    if (mdy && !dmy) monthFirst++;
  }
  if (slashes === 0) return { order: "mdy", note: null, hasSlashDates: false };
  if (dayFirst !== monthFirst) {
    const order: DateOrder = monthFirst > dayFirst ? "mdy" : "dmy";
    return { order, note: null, hasSlashDates: true };
  }
  const order: DateOrder = twelveHour ? "mdy" : "dmy";
  const why = twelveHour ? "its times use AM/PM, as US-style reports do" : "its times use a 24-hour clock";
  return {
    order,
    hasSlashDates: true,
    note: `Dates like 05/03/2024 were read as ${orderName(order)}: no date in the report settles the order, and ${why}.`,
  };
}

/** ISO date of a date or date-time cell in the report's order, or null when it is not one. */
export function isoDateIn(raw: string, order: DateOrder): string | null {
  const reading = readDate(raw);
  if (reading.kind === "iso") return reading.iso;
  if (reading.kind === "slash") return resolveSlashDate(reading, order);
  return null;
}

const DURATION = /^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$/i;

/**
 * Minutes in a duration cell: plain minutes ("69", "69.5"), Teams' "1h 2m 10s" / "43m 12s" / "8s",
 * or H:MM:SS. Null when the cell is empty or not a duration.
 */
export function readMinutes(raw: string): number | null {
  const text = raw.trim();
  if (text === "") return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const clock = /^(\d+):(\d{2}):(\d{2})$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3]) / 60;
  const m = DURATION.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** The file name without folders and extension: "reports/participants_852.csv" -> "participants_852". */
export function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || fileName;
}

export interface AdapterResult {
  fileName: string;
  encoding: string;
  delimiter: string;
  kind: FileKind;
  /** The columns as the report names them, for the rejected-rows download. */
  header: string[];
  headerLine: number;
  collected: Collected;
  /** Day/month order the adapter read the report's dates in, when it had slash dates. */
  dateOrder?: DateOrder | null;
  source: SourceDescriptor;
  notes: string[];
  /** Rows shown in place of a table preview: the records as read. */
  sample: { header: string[]; rows: string[][] };
}

/** A preview for a file an adapter read: there is no mapping to confirm, so it shows the records. */
function adapterPreview(result: AdapterResult): TablePreview {
  const empty = { people: {}, interactions: {}, attendance: {} };
  return {
    fileName: result.fileName,
    encoding: result.encoding,
    delimiter: result.delimiter,
    header: result.sample.header,
    sampleRows: result.sample.rows.slice(0, 10),
    kind: result.kind,
    mapping: {},
    candidates: empty,
  };
}

/** The outcome importBytes returns, shaped exactly as the generic importer's. */
export function adapterOutcome(result: AdapterResult): ImportOutcome {
  const { collected } = result;
  const report: IngestReport = {
    fileName: result.fileName,
    kind: result.kind,
    encoding: result.encoding,
    delimiter: result.delimiter,
    header: result.header,
    read: collected.read,
    accepted: collected.accepted,
    rejected: collected.rejected,
    unknownColumns: [],
    notes: [...result.notes, ...collected.notes],
    headerLine: result.headerLine,
    dateOrder: result.dateOrder ?? collected.dateOrder,
    source: result.source,
  };
  if (collected.merged > 0) report.merged = collected.merged;
  return {
    ok: true,
    report,
    people: collected.people,
    interactions: collected.interactions,
    attendance: collected.attendance,
    preview: adapterPreview(result),
    detected: `${result.source.label}, ${result.source.summary}`,
  };
}
