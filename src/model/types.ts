/**
 * The shared vocabulary of Weaver: what a person, a tie and a dataset are once the
 * coordinator's files have been read and validated. Every layer (ingest, graph,
 * analysis, UI, CLI) speaks in these types, so they stay free of parsing details.
 */

export type MemberStatus = "member" | "prospect" | "former";

export const CORE_ROLES = ["coordinator", "facilitator", "expert", "knowledge manager"] as const;

export interface Person {
  /** Identifier as written in the registry (or the name/e-mail that stood for it elsewhere). */
  id: string;
  name: string;
  email?: string;
  organization?: string;
  sector?: string;
  region?: string;
  role?: string;
  groups: string[];
  status: MemberStatus;
  /** ISO date (YYYY-MM-DD). */
  joined?: string;
  /** False for people who only appear in interactions or attendance. */
  registered: boolean;
  /** Columns the registry had that Weaver has no field for, kept so nothing is lost. Read with `extraValue`. */
  extra?: Record<string, string>;
}

/**
 * A person's value in an extra registry column. Own properties only: a column named
 * "constructor" or "toString" must not read Object.prototype's function for someone who left it blank.
 */
export function extraValue(person: Pick<Person, "extra">, column: string): string | undefined {
  const extra = person.extra;
  return extra && Object.hasOwn(extra, column) ? extra[column] : undefined;
}

/**
 * How two people interacted, for including, excluding and weighting kinds of contact (see
 * `applyChannelWeights`): a meeting or call, an e-mail, a chat message, a reply in a chat thread,
 * a mention (@name), co-authoring a document, or anything else.
 */
export type InteractionChannel =
  "meeting" | "email" | "message" | "reply" | "mention" | "co-authoring" | "other";

export interface InteractionRecord {
  /** 1-based line in the source file where the row starts (header is line 1). */
  line: number;
  source: string;
  target: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  type?: string;
  weight: number;
  /** The kind of contact: set by format adapters, or read from a recognised `type` ("correo" is e-mail). */
  channel?: InteractionChannel;
  /** E-mail of the source when the file gives one beside the name (a Slack user), matched first. */
  sourceEmail?: string;
  /** E-mail of the target when the file gives one beside the name. */
  targetEmail?: string;
}

export interface AttendanceRecord {
  line: number;
  person: string;
  event: string;
  date?: string;
  /** E-mail of the attendee when the file gives one beside the name (Zoom, Teams), matched first. */
  email?: string;
  /** Minutes attended, summed over rejoins, when the report says. */
  minutes?: number;
  /** Other names the file itself gives this attendee (a Zoom rename: "Ana L (Ana López)"). */
  aliases?: string[];
}

export type FileKind = "people" | "interactions" | "attendance";

export interface RejectedRow {
  line: number;
  reason: string;
  /** The row's cells as read, so the user can fix and re-import them. */
  cells: string[];
}

/** Per-file accounting: read === accepted + rejected.length always holds. */
export interface ImportReport {
  fileName: string;
  kind: FileKind;
  encoding: string;
  delimiter: string;
  header: string[];
  read: number;
  accepted: number;
  rejected: RejectedRow[];
  /** Header columns that map to no field; kept as `extra` for people, ignored otherwise. */
  unknownColumns: string[];
  /**
   * Rows accepted into a record an earlier row already made (a Zoom rejoin is one attendance);
   * counted in `accepted`, so accepted = records + merged.
   */
  merged?: number;
  /** The export format a format adapter recognised; absent for a generic table. */
  source?: SourceDescriptor;
}

/** What a format adapter recognised in a file, for the "Detected: …" line the user sees. */
export interface SourceDescriptor {
  /** Adapter id, e.g. "zoom-participants". */
  format: string;
  /** e.g. "Zoom participants report". */
  label: string;
  /** e.g. "3 meetings, 41 people". */
  summary: string;
}

export interface Dataset {
  people: Person[];
  interactions: InteractionRecord[];
  attendance: AttendanceRecord[];
}

/**
 * A node's status: the registry's, or "unregistered" for someone who appears only in interactions
 * or attendance. Unregistered people are "friends of the network": recruitment candidates, never
 * members, counted toward no target. They get a status of their own (rather than borrowing
 * "member" or "prospect") so that `status === "member"` stays true only for registry members and
 * any exhaustive switch over statuses has to decide what to do with them.
 */
export type NodeStatus = MemberStatus | "unregistered";

/** Node attributes of the graphology graph. `registered` is false exactly when status is "unregistered". */
export interface PersonAttributes extends Omit<Person, "status"> {
  status: NodeStatus;
  label: string;
  /** Other spellings (names, e-mails, ids) that identity matching resolved to this person. */
  aliases?: string[];
}

/** Edge attributes of the graphology graph: one tie aggregates every interaction of a pair. */
export interface TieAttributes {
  weight: number;
  count: number;
  firstDate?: string;
  lastDate?: string;
  types: string[];
  /** Where the tie came from: direct interactions, shared events, or both. */
  sources: ("interaction" | "attendance")[];
}
