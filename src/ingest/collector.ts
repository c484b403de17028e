/**
 * Row validation and accounting, independent of how rows were read. The generic CSV
 * importer feeds it, and so can format-specific adapters (Zoom, Teams, Slack), so every
 * source gets the same rules and the same guarantee: each row read is either accepted
 * or rejected with its line and reason, read === accepted + rejected.
 */
import type {
  AttendanceRecord,
  FileKind,
  InteractionChannel,
  InteractionRecord,
  Person,
  RejectedRow,
} from "../model/types";
import { normalizeEmail } from "../model/normalize";
import { CHANNELS } from "./adapters/channels";
import { DateOrderVote, orderName, readDate, resolveSlashDate, type DateOrder } from "./dates";
import { normalizeKey } from "./text";
import { readGroups, readStatus, readWeight } from "./values";

export type RejectCode =
  | "empty"
  | "misaligned"
  | "quotes"
  | "missing"
  | "date"
  | "weight"
  | "self"
  | "duplicate"
  | "status"
  | "field"
  | "unresolved"
  | "damaged"
  | "reserved";

export interface IngestRejectedRow extends RejectedRow {
  /** Stable category of the first problem, for grouping in the UI ("12 rows with no target"). */
  code: RejectCode;
}

/** One row's values by field name ("source", "date", …) as written. */
export type RowValues = Partial<Record<string, string>>;

export interface CollectorOptions {
  kind: FileKind;
  delimiter: string;
  /** Force the order of slash dates instead of deciding it from the file. */
  dateOrder?: DateOrder;
  /** People only: false when the registry has no id column, so e-mail or name stands as id. */
  idColumn?: boolean;
}

export interface Collected {
  people: Person[];
  interactions: InteractionRecord[];
  attendance: AttendanceRecord[];
  read: number;
  accepted: number;
  rejected: IngestRejectedRow[];
  /** Plain-language remarks on how the file was read (e.g. the date order chosen). */
  notes: string[];
  /** Order used for slash dates, null when the file had none. */
  dateOrder: DateOrder | null;
  /** Rows folded into a record an earlier row made (see `merge`); counted in `accepted`. */
  merged: number;
}

interface Problem {
  code: RejectCode;
  reason: string;
}

/** What checking one row found: its problems, and a slash date to settle once the file is read. */
interface RowCheck {
  problems: Problem[];
  slash: { date: Slash; raw: string } | null;
}

type Slash = { first: number; second: number; year: number };

/** A record whose slash date waits for the file-wide day/month decision. */
interface PendingDate {
  line: number;
  cells: string[];
  raw: string;
  date: Slash;
  record: { date?: string; joined?: string };
  field: "date" | "joined";
}

function get(values: RowValues, field: string): string {
  return (values[field] ?? "").trim();
}

/**
 * Identifiers the graph library cannot hold: graphology keeps each person's neighbours in a
 * plain object, so a person called "constructor" or "toString" would collide with the
 * object's own built-in properties and break the network. Such a row is rejected with a
 * reason rather than crashing the import later.
 */
const RESERVED_IDENTIFIERS = new Set(Object.getOwnPropertyNames(Object.prototype));

function checkReserved(field: string, value: string, problems: Problem[]): void {
  if (RESERVED_IDENTIFIERS.has(value)) {
    problems.push({
      code: "reserved",
      reason: `${field} "${value}" is a reserved word; rename it (e.g. "${value}_1")`,
    });
  }
}

/** The two values a row cannot do without, with one "missing a and b" problem when absent. */
function required(values: RowValues, a: string, b: string, problems: Problem[]): [string, string] {
  const pair: [string, string] = [get(values, a), get(values, b)];
  const missing = [!pair[0] && a, !pair[1] && b].filter(Boolean);
  if (missing.length > 0) problems.push({ code: "missing", reason: `missing ${missing.join(" and ")}` });
  checkReserved(a, pair[0], problems);
  checkReserved(b, pair[1], problems);
  return pair;
}

/** "Ana" + "López" -> "Ana López"; a name column that already holds the surname is kept as is. */
function composeName(name: string, first: string, last: string): string {
  if (!name) return [first, last].filter((p) => p !== "").join(" ");
  if (!last || normalizeKey(name).includes(normalizeKey(last))) return name;
  return `${name} ${last}`;
}

export class RecordCollector {
  private readonly people: Person[] = [];
  private readonly interactions: InteractionRecord[] = [];
  private readonly attendance: AttendanceRecord[] = [];
  private readonly rejected: IngestRejectedRow[] = [];
  private readonly pending: PendingDate[] = [];
  private readonly vote = new DateOrderVote();
  /** First accepted line of each person id / attendance; duplicate() must be a row's last check. */
  private readonly firstLine = new Map<string, number>();
  private read = 0;
  private merged = 0;

  constructor(private readonly options: CollectorOptions) {}

  /** Rejects a row outright (empty, misaligned, broken quotes): shape problems found by the reader. */
  reject(line: number, cells: string[], code: RejectCode, reason: string): void {
    this.read++;
    this.rejected.push({ line, reason, cells, code });
  }

  /**
   * Counts a row that adds nothing new because an accepted record already stands for it (a Zoom
   * participant's rejoin): read and accepted, no record of its own.
   */
  merge(): void {
    this.read++;
    this.merged++;
  }

  /**
   * Validates one row; `extra` holds unknown columns, kept on people. Returns the accepted record,
   * so an adapter can add what only it knows (minutes, aliases), or null when the row is rejected.
   * A record whose slash date waits for the file's order may still be rejected by `finish`.
   */
  add(
    line: number,
    cells: string[],
    values: RowValues,
    extra?: Record<string, string>,
  ): Person | InteractionRecord | AttendanceRecord | null {
    this.read++;
    const row: RowCheck = { problems: [], slash: null };
    const kind = this.options.kind;
    const record =
      kind === "people"
        ? this.person(line, values, row, extra)
        : kind === "interactions"
          ? this.interaction(line, values, row)
          : this.attendanceRow(line, values, row);
    const { problems, slash } = row;
    const [first] = problems;
    if (first || !record) {
      const reason = problems.map((p) => p.reason).join("; ");
      this.rejected.push({ line, reason, cells, code: first?.code ?? "missing" });
      return null;
    }
    this.accept(record);
    if (slash) {
      this.vote.add(slash.date);
      this.pending.push({ line, cells, ...slash, record, field: kind === "people" ? "joined" : "date" });
    }
    return record;
  }

  /** A date cell: ISO when settled now, undefined when empty or pending (slash date) or invalid. */
  private date(values: RowValues, field: string, label: string, row: RowCheck): string | undefined {
    const raw = get(values, field);
    if (raw === "") return undefined;
    const reading = readDate(raw);
    if (reading.kind === "iso") return reading.iso;
    // A slash date no order can read (31/02, 13/13) is rejected now; the others wait for the file's order.
    const readable =
      reading.kind === "slash" &&
      (resolveSlashDate(reading, "dmy") !== null || resolveSlashDate(reading, "mdy") !== null);
    if (readable) row.slash = { date: reading, raw };
    else row.problems.push({ code: "date", reason: `unparseable ${label} "${raw}"` });
    return undefined;
  }

  private accept(record: object): void {
    if (this.options.kind === "people") this.people.push(record as Person);
    else if (this.options.kind === "interactions") this.interactions.push(record as InteractionRecord);
    else this.attendance.push(record as AttendanceRecord);
  }

  private duplicate(key: string, line: number, problems: Problem[], reason: (first: number) => string): void {
    const first = this.firstLine.get(key);
    if (first !== undefined) problems.push({ code: "duplicate", reason: reason(first) });
    else if (problems.length === 0) this.firstLine.set(key, line);
  }

  private person(
    line: number,
    values: RowValues,
    row: RowCheck,
    extra?: Record<string, string>,
  ): Person | null {
    const { problems } = row;
    const name = composeName(get(values, "name"), get(values, "firstName"), get(values, "lastName"));
    const email = get(values, "email");
    const id = this.options.idColumn === false ? email || name : get(values, "id");
    if (!id) {
      const detail =
        this.options.idColumn === false ? " (no id column, and no e-mail or name to stand for it)" : "";
      problems.push({ code: "missing", reason: `missing id${detail}` });
    }
    checkReserved("id", id, problems);
    const status = readStatus(get(values, "status"));
    if (!status.ok) problems.push({ code: "status", reason: status.reason });
    const joined = this.date(values, "joined", "joined date", row);
    if (id)
      this.duplicate(`person\u0000${id}`, line, problems, (f) => `duplicate id "${id}" (first on line ${f})`);
    if (!id || !status.ok) return null;
    const person: Person = {
      id,
      name: name || id,
      groups: readGroups(get(values, "groups")),
      status: status.value,
      registered: true,
    };
    for (const field of ["email", "organization", "sector", "region", "role"] as const) {
      const value = get(values, field);
      if (value) person[field] = value;
    }
    if (joined) person.joined = joined;
    if (extra && Object.keys(extra).length > 0) person.extra = extra;
    return person;
  }

  private interaction(line: number, values: RowValues, row: RowCheck): InteractionRecord {
    const { problems } = row;
    const [source, target] = required(values, "source", "target", problems);
    const sourceEmail = get(values, "sourceEmail");
    const targetEmail = get(values, "targetEmail");
    // Two people may share a name; when both e-mails are given they decide.
    const same =
      sourceEmail && targetEmail
        ? normalizeEmail(sourceEmail) === normalizeEmail(targetEmail)
        : source === target;
    if (source && same) {
      problems.push({ code: "self", reason: `self-interaction: source and target are both "${source}"` });
    }
    const record: InteractionRecord = { line, source, target, weight: 1 };
    if (sourceEmail) record.sourceEmail = sourceEmail;
    if (targetEmail) record.targetEmail = targetEmail;
    const channel = get(values, "channel");
    if ((CHANNELS as readonly string[]).includes(channel)) record.channel = channel as InteractionChannel;
    const iso = this.date(values, "date", "date", row);
    if (iso) record.date = iso;
    const type = get(values, "type");
    if (type) record.type = type;
    const weight = readWeight(get(values, "weight"), this.options.delimiter);
    if (weight.ok) record.weight = weight.value;
    else problems.push({ code: "weight", reason: weight.reason });
    return record;
  }

  private attendanceRow(line: number, values: RowValues, row: RowCheck): AttendanceRecord {
    const { problems } = row;
    const [person, event] = required(values, "person", "event", problems);
    const record: AttendanceRecord = { line, person, event };
    const email = get(values, "email");
    if (email) record.email = email;
    const iso = this.date(values, "date", "date", row);
    if (iso) record.date = iso;
    if (person && event) {
      // Two attendees may share a name; when the file gives e-mails they tell them apart.
      const who = email ? `@${normalizeEmail(email)}` : normalizeKey(person);
      const key = `attended\u0000${who}\u0000${normalizeKey(event)}\u0000${get(values, "date")}`;
      this.duplicate(
        key,
        line,
        problems,
        (f) => `duplicate: "${person}" already recorded at "${event}" on line ${f}`,
      );
    }
    return record;
  }

  /** Settles slash dates for the whole file, then returns the records and the accounting. */
  finish(): Collected {
    const { order, note } = this.vote.decide(this.options.dateOrder);
    const dropped = new Set<object>();
    for (const p of this.pending) {
      const iso = resolveSlashDate(p.date, order);
      if (iso) {
        p.record[p.field] = iso;
        continue;
      }
      dropped.add(p.record);
      const reason = `unparseable date "${p.raw}" (this file's dates are read as ${orderName(order)})`;
      this.rejected.push({ line: p.line, reason, cells: p.cells, code: "date" });
    }
    const keep = <T extends object>(records: T[]) =>
      dropped.size ? records.filter((r) => !dropped.has(r)) : records;
    const people = keep(this.people);
    const interactions = keep(this.interactions);
    const attendance = keep(this.attendance);
    const rejected = [...this.rejected].sort((a, b) => a.line - b.line);
    const accepted = people.length + interactions.length + attendance.length + this.merged;
    const dateOrder = this.pending.length > 0 ? order : null;
    return {
      people,
      interactions,
      attendance,
      read: this.read,
      accepted,
      rejected,
      notes: note ? [note] : [],
      dateOrder,
      merged: this.merged,
    };
  }
}
