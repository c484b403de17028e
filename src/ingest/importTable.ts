/**
 * Imports one delimited table with a confirmed kind and column mapping. papaparse
 * streams through the text with `step`, so a Web Worker can report progress, and its
 * cursor gives each row the physical line where it starts, even after quoted fields
 * that span several lines.
 */
import Papa from "papaparse";
import type { AttendanceRecord, FileKind, ImportReport, InteractionRecord, Person } from "../model/types";
import { RecordCollector, type IngestRejectedRow, type RowValues } from "./collector";
import type { DateOrder } from "./dates";
import { detectDelimiter } from "./delimiter";
import type { ColumnMapping } from "./fields";
import {
  clipCells,
  longField,
  longFieldReason,
  resolveLimits,
  tooManyRows,
  type IngestLimits,
} from "./limits";
import { isBlankRow, LineCounter, prepareText } from "./table";

export interface ImportOptions {
  fileName: string;
  encoding: string;
  kind: FileKind;
  mapping: ColumnMapping;
  delimiter?: string;
  onProgress?: (fraction: number) => void;
  /** Read slash dates in this order instead of deciding from the file. */
  dateOrder?: DateOrder;
  /**
   * Row and field limits (default DEFAULT_LIMITS). A file with more rows than `maxRows` throws an
   * IngestLimitError as soon as it passes the limit; importBytes turns it into a refusal.
   */
  limits?: Partial<IngestLimits>;
}

export interface IngestReport extends ImportReport {
  rejected: IngestRejectedRow[];
  /** Remarks on how the file was read, e.g. which day/month order its dates were given. */
  notes: string[];
  /** Line of the header (1 unless the file starts with blank lines). */
  headerLine: number;
  dateOrder: DateOrder | null;
}

export interface ImportResult {
  report: IngestReport;
  people: Person[];
  interactions: InteractionRecord[];
  attendance: AttendanceRecord[];
}

/** How the header's columns are used: mapped fields, and the rest kept as `extra` (people) or listed. */
interface ColumnPlan {
  width: number;
  fields: [field: string, index: number][];
  unknown: { index: number; label: string; named: boolean }[];
}

function planColumns(header: string[], mapping: ColumnMapping): ColumnPlan {
  const width = header.length;
  const fields = Object.entries(mapping).filter(
    (e): e is [string, number] =>
      typeof e[1] === "number" && Number.isInteger(e[1]) && e[1] >= 0 && e[1] < width,
  );
  const mapped = new Set(fields.map(([, index]) => index));
  const seen = new Set<string>();
  const unknown: ColumnPlan["unknown"] = [];
  header.forEach((name, index) => {
    if (mapped.has(index)) return;
    const label =
      name === "" ? `column ${index + 1}` : seen.has(name) ? `${name} (column ${index + 1})` : name;
    seen.add(name);
    unknown.push({ index, label, named: name !== "" });
  });
  return { width, fields, unknown };
}

function quoteProblem(errors: Papa.ParseError[], line: number): string | null {
  if (errors.some((e) => e.code === "MissingQuotes")) {
    return `unterminated quote: a quoted field opened on line ${line} is never closed, so the rest of the file was read as this one row`;
  }
  return errors.length > 0 ? `malformed quotes (${errors[0]?.message ?? "quote in the wrong place"})` : null;
}

export function importTable(text: string, options: ImportOptions): ImportResult {
  const { kind, mapping, onProgress } = options;
  const limits = resolveLimits(options.limits);
  const source = prepareText(text);
  const delimiter = options.delimiter ?? detectDelimiter(source);
  const lines = new LineCounter(source);
  const idColumn = kind !== "people" || typeof mapping.id === "number";
  const collector = new RecordCollector({ kind, delimiter, dateOrder: options.dateOrder, idColumn });
  let header: string[] | null = null;
  let headerLine = 1;
  let plan: ColumnPlan = { width: 0, fields: [], unknown: [] };
  const unnamedWithData = new Set<string>();
  let start = 0;
  let reported = 0;
  let rows = 0;

  const onRow = (cells: string[], errors: Papa.ParseError[], line: number) => {
    if (!header) {
      if (isBlankRow(cells) && errors.length === 0) return;
      header = cells.map((c) => c.trim());
      headerLine = line;
      plan = planColumns(header, mapping);
      return;
    }
    rows++;
    const quotes = quoteProblem(errors, line);
    if (quotes) return collector.reject(line, clipCells(cells, limits), "quotes", quotes);
    const long = longField(cells, limits);
    if (long) {
      const reason = longFieldReason(header, long.index, long.length, limits);
      return collector.reject(line, clipCells(cells, limits), "field", reason);
    }
    if (isBlankRow(cells)) return collector.reject(line, cells, "empty", "empty row");
    if (cells.length > plan.width) {
      const reason = `misaligned: ${cells.length} cells but the header has ${plan.width} columns (an unquoted delimiter inside a value?)`;
      return collector.reject(line, cells, "misaligned", reason);
    }
    const values: RowValues = {};
    for (const [field, index] of plan.fields) values[field] = cells[index];
    let extra: Record<string, string> | undefined;
    for (const column of plan.unknown) {
      const value = cells[column.index]?.trim();
      if (!value) continue;
      if (!column.named) unnamedWithData.add(column.label);
      if (kind === "people") (extra ??= {})[column.label] = value;
    }
    collector.add(line, cells, values, extra);
  };

  Papa.parse<string[]>(source, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    step: (results, parser) => {
      const end = results.meta.cursor;
      const cells = results.data;
      // The empty string after the file's final line break is not a row.
      const phantom = start >= source.length && cells.length <= 1 && !cells[0];
      if (!phantom) onRow(cells, results.errors, lines.lineAt(start));
      if (rows > limits.maxRows) return parser.abort();
      start = end;
      if (onProgress && source.length > 0 && end / source.length - reported >= 0.01) {
        reported = end / source.length;
        onProgress(reported);
      }
    },
  });
  if (rows > limits.maxRows) throw tooManyRows(options.fileName, limits);
  onProgress?.(1);

  const collected = collector.finish();
  const finalHeader: string[] = header ?? [];
  const unknownColumns = plan.unknown
    .filter((c) => c.named || unnamedWithData.has(c.label))
    .map((c) => c.label);
  const report: IngestReport = {
    fileName: options.fileName,
    kind,
    encoding: options.encoding,
    delimiter,
    header: finalHeader,
    read: collected.read,
    accepted: collected.accepted,
    rejected: collected.rejected,
    unknownColumns,
    notes: collected.notes,
    headerLine,
    dateOrder: collected.dateOrder,
  };
  if (collected.merged > 0) report.merged = collected.merged;
  return {
    report,
    people: collected.people,
    interactions: collected.interactions,
    attendance: collected.attendance,
  };
}
