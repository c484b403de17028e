/**
 * Microsoft Teams attendance report (meeting → Attendance → Download), as Teams writes it:
 * UTF-16 with a BOM (little- or big-endian), tab-separated, in numbered sections:
 *
 *   1. Summary                      key <tab> value: Meeting title, Start time, …
 *   2. Participants                 one row per person: Name, First Join, Last Leave,
 *                                   In-Meeting Duration, Email, Participant ID (UPN), Role
 *   3. In-Meeting activities        one row per join, repeating section 2; not needed
 *
 * Older versions write "Meeting Summary" with "Full Name", "Join Time", "Meeting Start Time"
 * instead, the oldest one row per action ("Full Name, User Action, Timestamp"). Header case
 * changes between versions; dates follow the organiser's locale (11/26/25, 4:16:54 PM;
 * 14/11/22, 09:29:07; 26.11.2025, 16:16:54); durations read "1h 2m 10s". Names may hold commas
 * ("Doe, Jane", read as Jane Doe by identity matching) and markers Teams adds ("(External)",
 * "(Unverified)"), which are dropped.
 */
import type { IngestAdapter } from "../adapters";
import { RecordCollector } from "../collector";
import { detectDelimiter } from "../delimiter";
import type { ImportOutcome } from "../importFile";
import type { IngestLimits } from "../limits";
import { isBlankRow } from "../table";
import type { TextInput } from "./cache";
import {
  baseName,
  cell,
  checkDataRows,
  columnIndex,
  decideDateOrder,
  isoDateIn,
  plural,
  readRows,
  type Row,
} from "./common";
import {
  meetingAdapter,
  meetingOutcome,
  readParticipants,
  rejectStray,
  withoutTrailingBlanks,
} from "./meetings";

const FORMAT = "teams-attendance";
const LABEL = "Microsoft Teams attendance report";

const NAME = ["Name", "Full Name", "Nombre", "Nombre completo", "Nome", "Nom", "Participant", "Participante"];
const EMAIL = [
  "Email",
  "E-mail",
  "Email address",
  "Correo electrónico",
  "Correo",
  "Endereço de email",
  "Adresse e-mail",
];
const UPN = ["Participant ID (UPN)", "UPN", "Id. de participante (UPN)", "ID do participante (UPN)"];
const JOIN = [
  "First Join",
  "Join Time",
  "First join time",
  "Timestamp",
  "Primera unión",
  "Primeira entrada",
  "Première participation",
];
const DURATION = [
  "In-Meeting Duration",
  "Duration",
  "Attendance duration",
  "Duración en la reunión",
  "Duração na reunião",
  "Durée de la réunion",
];
const ACTION = ["User Action"];
const TITLE = [
  "Meeting title",
  "Meeting Title",
  "Title",
  "Título de la reunión",
  "Título da reunião",
  "Titre de la réunion",
];
const START = ["Start time", "Meeting Start Time", "Hora de inicio", "Hora de início", "Heure de début"];

/** "2. Participants", "3. In-Meeting activities", "1. Resumen": a numbered section title alone on its row. */
function sectionNumber(cells: readonly string[]): number | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  if (filled.length !== 1) return null;
  const m = /^(\d)\.\s*\p{L}/u.exec(filled[0]!);
  return m ? Number(m[1]) : null;
}

function isParticipantsHeader(cells: readonly string[]): boolean {
  if (columnIndex(cells, NAME) < 0) return false;
  return [EMAIL, UPN, JOIN, DURATION, ACTION].some((names) => columnIndex(cells, names) >= 0);
}

/** Drops the markers Teams appends to names: "Casey Guest (External) (Unverified)" -> "Casey Guest". */
export function cleanTeamsName(raw: string): string {
  let name = raw.replace(/\s+/g, " ").trim();
  const marker =
    /\s*\((?:external|unverified|guest|externo|externa|invitado|invitada|convidado|externe|invité)\)$/iu;
  while (marker.test(name)) name = name.replace(marker, "").trim();
  return name;
}

interface Layout {
  summary: Map<string, string>;
  header: string[] | null;
  headerLine: number;
  rows: Row[];
  /** Rows of sections Weaver does not need (In-Meeting activities), not read. */
  skipped: number;
  /** Rows outside any table that are not summary lines. */
  stray: Row[];
}

function layout(rows: readonly Row[]): Layout {
  const out: Layout = { summary: new Map(), header: null, headerLine: 1, rows: [], skipped: 0, stray: [] };
  let section = 0;
  let inTable = false;
  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim());
    const number = sectionNumber(cells);
    if (number !== null) {
      section = number;
      inTable = false;
      continue;
    }
    if (section >= 3) {
      if (!isBlankRow(cells) && !isParticipantsHeader(cells)) out.skipped++;
      continue;
    }
    if (inTable) {
      out.rows.push(row);
      continue;
    }
    if (isBlankRow(cells)) continue;
    if (!out.header && isParticipantsHeader(cells)) {
      out.header = cells;
      out.headerLine = row.line;
      inTable = true;
      continue;
    }
    const [key = "", value = "", ...rest] = cells;
    const filled = cells.filter((c) => c !== "").length;
    if (!out.header && section <= 1 && key && filled >= 2) {
      // Some versions split "Start time" into a date cell and a time cell.
      out.summary.set(key, rest[0] && /^\d{1,2}:\d{2}/.test(rest[0]) ? `${value}, ${rest[0]}` : value);
    } else if (!out.header && key && filled === 1) {
      // A title line, such as "Meeting Summary" in older versions.
    } else out.stray.push(row);
  }
  return out;
}

function summaryValue(summary: Map<string, string>, names: readonly string[]): string {
  const keys = [...summary.keys()];
  const index = columnIndex(keys, names);
  return index < 0 ? "" : summary.get(keys[index]!)!;
}

function readReport({ text, fileName, encoding }: TextInput, limits: IngestLimits): ImportOutcome {
  const delimiter = text.slice(0, 8192).includes("\t") ? "\t" : detectDelimiter(text);
  const found = layout(readRows(text, delimiter, fileName, limits));
  const header = found.header ?? [];
  const rows = withoutTrailingBlanks(found.rows);
  checkDataRows(rows.length + found.stray.length, fileName, limits);
  const join = columnIndex(header, JOIN);
  const start = summaryValue(found.summary, START);
  const dates = decideDateOrder([start, ...rows.map((r) => cell(r.cells, join))].filter(Boolean));
  const collector = new RecordCollector({ kind: "attendance", delimiter, dateOrder: dates.order });
  rejectStray(collector, found.stray, "not part of the participants table or the summary", limits);
  const { participants, firstJoin } = readParticipants(
    collector,
    rows,
    {
      header,
      name: columnIndex(header, NAME),
      emails: [columnIndex(header, EMAIL), columnIndex(header, UPN)],
      join,
      duration: columnIndex(header, DURATION),
      nameOf: (raw) => ({ name: cleanTeamsName(raw), aliases: [] }),
      misalignedHint: "",
    },
    dates.order,
    limits,
  );
  const title = summaryValue(found.summary, TITLE);
  const date = (start && isoDateIn(start, dates.order)) || firstJoin;
  const event = title || baseName(fileName);
  const notes = [
    ...(found.skipped > 0
      ? [
          `The In-Meeting activities section (${plural(found.skipped, "row")}) repeats the participants' joins and was not needed.`,
        ]
      : []),
    ...(title ? [] : [`The report has no meeting title; the meeting is named after the file, "${event}".`]),
  ];
  return meetingOutcome({
    fileName,
    encoding,
    delimiter,
    header,
    headerLine: found.headerLine,
    collector,
    meetings: [{ event, ...(date ? { date } : {}), rows: participants }],
    dates,
    source: { format: FORMAT, label: LABEL },
    notes,
  });
}

/** Teams' marks in the first lines: numbered sections, "Meeting Summary", or a tab-separated attendance header. */
function looksLikeTeams(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\ufeff/, "");
  const lines = head.split(/\r\n|\r|\n/).map((l) => l.split("\t").map((c) => c.replace(/^"|"$/g, "").trim()));
  const sections = new Set(lines.map(sectionNumber).filter((n) => n !== null));
  if (sections.has(1) && sections.has(2)) return true;
  const tabbed = lines.filter((cells) => cells.length > 1);
  if (lines.some((cells) => /^meeting summary$/i.test(cells.join(" ").trim())) && tabbed.length > 0)
    return true;
  return tabbed.some(
    (cells) =>
      isParticipantsHeader(cells) &&
      columnIndex(cells, [...JOIN, ...ACTION]) >= 0 &&
      columnIndex(cells, [...UPN, "Role", ...ACTION, "First Join", "In-Meeting Duration"]) >= 0,
  );
}

export const teamsAdapter: IngestAdapter = meetingAdapter(FORMAT, LABEL, looksLikeTeams, readReport);
