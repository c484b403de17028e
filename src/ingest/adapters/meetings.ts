/**
 * From the participant rows of meeting reports (Zoom, Teams) to one attendance per person per
 * meeting. Reports list a person once per join, so someone who dropped out and came back appears
 * several times; those rows are one attendance (minutes summed), counted as merged rows so that
 * read = accepted + rejected still holds row by row. Rows are the same person when they share an
 * e-mail, or, without one, a name: a guest row without e-mail joins the one e-mailed person of
 * that meeting with the same name, if there is exactly one.
 */
import type { AttendanceRecord } from "../../model/types";
import { looksLikeEmail, normalizeEmail, normalizeName } from "../../model/normalize";
import type { IngestAdapter } from "../adapters";
import type { RecordCollector, RejectCode } from "../collector";
import type { DateOrder } from "../dates";
import type { ImportOutcome } from "../importFile";
import { clipCells, longField, longFieldReason, type IngestLimits } from "../limits";
import { isBlankRow } from "../table";
import { cachedImport, textReader, type TextInput } from "./cache";
import { adapterOutcome, cell, isoDateIn, plural, readMinutes, type Row } from "./common";

export interface ParticipantRow {
  line: number;
  cells: string[];
  /** The person's name (for Zoom, the original name when they renamed themselves). */
  name: string;
  /** "" when the report gives none (guests, phone callers). */
  email: string;
  /** Other names the report shows for this row (a Zoom in-meeting rename). */
  aliases: string[];
  minutes: number | null;
}

export interface MeetingTable {
  event: string;
  date?: string;
  rows: ParticipantRow[];
}

/** Who a row is, for grouping rows: "e:" + e-mail, or "n:" + normalised name. */
function personKey(row: ParticipantRow): string {
  return row.email ? `e:${normalizeEmail(row.email)}` : `n:${normalizeName(row.name) || row.name.trim()}`;
}

/** The rows of one meeting grouped by person, in order of each person's first row. */
export function groupParticipants(rows: readonly ParticipantRow[]): ParticipantRow[][] {
  const groups = new Map<string, ParticipantRow[]>();
  const emailedByName = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.email) continue;
    const key = personKey(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
    const name = normalizeName(row.name);
    if (name) emailedByName.set(name, (emailedByName.get(name) ?? new Set()).add(key));
  }
  for (const row of rows) {
    if (row.email) continue;
    const emailed = emailedByName.get(normalizeName(row.name));
    const key = emailed?.size === 1 ? [...emailed][0]! : personKey(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const ordered = [...groups.values()].map((g) => g.sort((a, b) => a.line - b.line));
  return ordered.sort((a, b) => a[0]!.line - b[0]!.line);
}

/**
 * Feeds each meeting's participants to the collector: the first row of each person becomes the
 * attendance (with the e-mail, summed minutes and any other names), the person's other rows are
 * merged into it. Returns the distinct people over all meetings, by e-mail or else name.
 */
export function collectMeetings(collector: RecordCollector, meetings: readonly MeetingTable[]): number {
  const people = new Set<string>();
  for (const meeting of meetings) {
    for (const group of groupParticipants(meeting.rows)) {
      const [first, ...rest] = group as [ParticipantRow, ...ParticipantRow[]];
      const emailed = group.find((r) => r.email);
      const named = group.find((r) => r.name) ?? first;
      const values = {
        person: named.name || emailed?.email || "",
        email: emailed?.email ?? "",
        event: meeting.event,
        date: meeting.date ?? "",
      };
      const record = collector.add(first.line, first.cells, values) as AttendanceRecord | null;
      if (!record) {
        for (const row of rest) {
          collector.reject(
            row.line,
            row.cells,
            "missing",
            `same person as line ${first.line}, which was rejected`,
          );
        }
        continue;
      }
      for (let i = 0; i < rest.length; i++) collector.merge();
      const minutes = group.map((r) => r.minutes).filter((m): m is number => m !== null);
      if (minutes.length > 0) record.minutes = Math.round(minutes.reduce((a, b) => a + b, 0) * 100) / 100;
      const aliases = new Set<string>();
      for (const row of group) {
        for (const alias of [row.name, ...row.aliases])
          if (alias && alias !== record.person) aliases.add(alias);
      }
      if (aliases.size > 0) record.aliases = [...aliases];
      people.add(emailed ? `e:${normalizeEmail(emailed.email)}` : personKey(named));
    }
  }
  return people.size;
}

/** Where a participants table keeps what Weaver reads, and how it writes names. */
export interface ParticipantColumns {
  header: string[];
  name: number;
  /** Columns that may hold the e-mail, first filled address wins (Teams: Email, then UPN). */
  emails: number[];
  join: number;
  duration: number;
  /** The person's name and any other name the cell shows (a Zoom rename). */
  nameOf: (raw: string) => { name: string; aliases: string[] };
  /** Said after "misaligned: …" to suggest the likely cause. */
  misalignedHint: string;
}

/** Blank rows between two data rows are empty rows; those before the next section or the end are layout. */
export function withoutTrailingBlanks(rows: readonly Row[]): Row[] {
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1]!.cells)) end--;
  return rows.slice(0, end);
}

/** Rejects rows found outside any table (a stray note line, a preamble). */
export function rejectStray(
  collector: RecordCollector,
  rows: readonly Row[],
  reason: string,
  limits: IngestLimits,
) {
  for (const row of rows) collector.reject(row.line, clipCells(row.cells, limits), "misaligned", reason);
}

/**
 * Checks each participant row (quotes, field length, blank, width, a name or e-mail, a readable
 * join time), rejecting those that fail with their line; returns the others and the earliest join day.
 */
export function readParticipants(
  collector: RecordCollector,
  rows: readonly Row[],
  columns: ParticipantColumns,
  order: DateOrder,
  limits: IngestLimits,
): { participants: ParticipantRow[]; firstJoin?: string } {
  const participants: ParticipantRow[] = [];
  let firstJoin: string | undefined;
  const width = columns.header.length;
  for (const row of withoutTrailingBlanks(rows)) {
    const { line, cells } = row;
    const reject = (code: RejectCode, reason: string) =>
      collector.reject(line, clipCells(cells, limits), code, reason);
    const long = longField(cells, limits);
    if (row.quoteError) reject("quotes", row.quoteError);
    else if (long) reject("field", longFieldReason(columns.header, long.index, long.length, limits));
    else if (isBlankRow(cells)) reject("empty", "empty row");
    else if (cells.length > width) {
      reject(
        "misaligned",
        `misaligned: ${cells.length} cells but the header has ${width} columns${columns.misalignedHint}`,
      );
    } else {
      const { name, aliases } = columns.nameOf(cell(cells, columns.name));
      const email = columns.emails.map((i) => cell(cells, i)).find(looksLikeEmail) ?? "";
      const join = cell(cells, columns.join);
      const joinDate = join ? isoDateIn(join, order) : null;
      if (!name && !email) reject("missing", "missing name and e-mail");
      else if (join && !joinDate) reject("date", `unparseable join time "${join}"`);
      else {
        if (joinDate && (!firstJoin || joinDate < firstJoin)) firstJoin = joinDate;
        participants.push({
          line,
          cells,
          name,
          email,
          aliases,
          minutes: readMinutes(cell(cells, columns.duration)),
        });
      }
    }
  }
  return firstJoin ? { participants, firstJoin } : { participants };
}

export interface MeetingReport {
  fileName: string;
  encoding: string;
  delimiter: string;
  header: string[];
  headerLine: number;
  collector: RecordCollector;
  meetings: MeetingTable[];
  dates: { order: DateOrder; note: string | null; hasSlashDates: boolean };
  source: { format: string; label: string };
  /** Remarks of the format's own, after the date note. */
  notes: string[];
}

/** Collects the meetings and shapes the outcome, with the "Detected" summary and the notes every report shares. */
export function meetingOutcome(report: MeetingReport): ImportOutcome {
  const people = collectMeetings(report.collector, report.meetings);
  const collected = report.collector.finish();
  const { merged } = collected;
  const renamed = collected.attendance.filter((r) => r.aliases?.length).length;
  const notes = [
    ...(report.dates.note ? [report.dates.note] : []),
    ...report.notes,
    ...(merged > 0
      ? [
          `${plural(merged, "row")} of people who left and rejoined ${merged === 1 ? "was" : "were"} merged into their first attendance, minutes added up.`,
        ]
      : []),
    ...(renamed > 0
      ? [
          `${plural(renamed, "person", "people")} renamed themselves in a meeting: matched by the original name, the new name kept as an alias.`,
        ]
      : []),
  ];
  const summary = `${plural(report.meetings.length, "meeting")}, ${plural(people, "person", "people")}`;
  return adapterOutcome({
    fileName: report.fileName,
    encoding: report.encoding,
    delimiter: report.delimiter,
    kind: "attendance",
    header: report.header,
    headerLine: report.headerLine,
    collected,
    dateOrder: report.dates.hasSlashDates ? report.dates.order : null,
    source: { ...report.source, summary },
    notes,
    sample: {
      header: ["person", "email", "event", "date", "minutes"],
      rows: collected.attendance.map((r) => [
        r.person,
        r.email ?? "",
        r.event,
        r.date ?? "",
        String(r.minutes ?? ""),
      ]),
    },
  });
}

/** An adapter for a meeting report: cheap look at the first lines, then one cached read for detection and import. */
export function meetingAdapter(
  format: string,
  label: string,
  looksLike: (text: string) => boolean,
  read: (input: TextInput, limits: IngestLimits) => ImportOutcome,
): IngestAdapter {
  const reader = textReader(read);
  return {
    id: format,
    label,
    kinds: ["attendance"],
    detect(input) {
      if (!input.decoded.ok || !looksLike(input.decoded.text)) return null;
      const outcome = cachedImport(format, input, reader);
      return { summary: outcome.ok && outcome.report.source ? outcome.report.source.summary : "" };
    },
    import: (input, options) => cachedImport(format, input, reader, options),
  };
}
