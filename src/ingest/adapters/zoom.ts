/**
 * Zoom participants report (Reports → Usage → Participants → Export), as Zoom writes it: UTF-8
 * with a BOM, CRLF, comma-separated, in one of three shapes:
 *
 *   - with meeting data: a header block, a blank (or all-commas) line, then the participants
 *       Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
 *       852 1234 5678,Weekly sync,11/19/2021 09:54:15 AM,11/19/2021 11:02:33 AM,host@x.org,69,5
 *       ,,,,,,
 *       Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent
 *   - the participants table alone (the meeting is then named after the file);
 *   - "Show unique users": one row per person, `Total Duration (Minutes)` instead of join/leave times.
 *
 * Several reports pasted one after the other in a file are several meetings. Column names vary
 * in case between Zoom versions ("Join time", "Email"), which is why they are compared normalised.
 */
import { splitRename } from "../../model/normalize";
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
  readRows,
  type Row,
} from "./common";
import {
  meetingAdapter,
  meetingOutcome,
  readParticipants,
  rejectStray,
  type MeetingTable,
  type ParticipantColumns,
} from "./meetings";

const FORMAT = "zoom-participants";
const LABEL = "Zoom participants report";

const MEETING_ID = ["Meeting ID", "Webinar ID"];
const TOPIC = ["Topic"];
const START = ["Start Time"];
const NAME_ORIGINAL = ["Name (Original Name)"];
const NAME = [...NAME_ORIGINAL, "Name", "Participant", "User Name", "Display Name"];
const EMAIL = ["User Email", "Email", "Participant Email"];
const JOIN = ["Join Time"];
const LEAVE = ["Leave Time"];
const DURATION = ["Duration (Minutes)", "Total Duration (Minutes)", "Duration"];
const GUEST = ["Guest"];

function isMeetingHeader(cells: readonly string[]): boolean {
  return columnIndex(cells, MEETING_ID) === 0 && columnIndex(cells, TOPIC) > 0;
}

/** A participants header Zoom wrote: its name column, or its join/leave/duration/guest columns. */
function isParticipantsHeader(cells: readonly string[]): boolean {
  if (columnIndex(cells, NAME_ORIGINAL) >= 0) return true;
  const zoomColumns = [JOIN, LEAVE, DURATION, GUEST].filter((names) => columnIndex(cells, names) >= 0).length;
  return columnIndex(cells, NAME) >= 0 && zoomColumns === 4;
}

interface Table {
  header: string[];
  line: number;
  name: number;
  splitsRenames: boolean;
  email: number;
  join: number;
  leave: number;
  duration: number;
}

function table(header: string[], line: number): Table {
  return {
    header,
    line,
    name: columnIndex(header, NAME),
    splitsRenames: columnIndex(header, NAME_ORIGINAL) >= 0,
    email: columnIndex(header, EMAIL),
    join: columnIndex(header, JOIN),
    leave: columnIndex(header, LEAVE),
    duration: columnIndex(header, DURATION),
  };
}

interface Meeting {
  id: string;
  topic: string;
  start: string;
  table: Table | null;
  rows: Row[];
}

/** Splits the report into meetings: header blocks, their info rows, participant tables. */
function scan(rows: readonly Row[]): { meetings: Meeting[]; stray: Row[] } {
  const meetings: Meeting[] = [];
  const stray: Row[] = [];
  let current: Meeting | null = null;
  let expectInfo: string[] | null = null;
  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim());
    if (isBlankRow(cells)) {
      current?.rows.push(row);
      continue;
    }
    if (isMeetingHeader(cells)) {
      expectInfo = cells;
      current = null;
      continue;
    }
    if (expectInfo) {
      const h = expectInfo;
      current = {
        id: cell(cells, columnIndex(h, MEETING_ID)),
        topic: cell(cells, columnIndex(h, TOPIC)),
        start: cell(cells, columnIndex(h, START)),
        table: null,
        rows: [],
      };
      meetings.push(current);
      expectInfo = null;
      continue;
    }
    if (isParticipantsHeader(cells)) {
      if (!current || current.table) {
        current = { id: "", topic: "", start: "", table: null, rows: [] };
        meetings.push(current);
      }
      current.table = table(cells, row.line);
      current.rows = [];
      continue;
    }
    if (current?.table) current.rows.push(row);
    else stray.push(row);
  }
  return { meetings, stray };
}

function eventName(meeting: Meeting, fileName: string, index: number, count: number): string {
  // Zoom writes the id "852 1234 5678" in some exports and "85212345678" in others.
  const id = /^[\d\s-]+$/.test(meeting.id) ? meeting.id.replace(/[\s-]+/g, "") : meeting.id;
  if (meeting.topic && id) return `${meeting.topic} (${id})`;
  if (meeting.topic) return meeting.topic;
  if (id) return `Zoom meeting ${id}`;
  return count > 1 ? `${baseName(fileName)} (${index + 1})` : baseName(fileName);
}

function columns(t: Table): ParticipantColumns {
  return {
    header: t.header,
    name: t.name,
    emails: [t.email],
    join: t.join,
    duration: t.duration,
    nameOf: (raw) => {
      const { name, shownAs } = t.splitsRenames ? splitRename(raw) : { name: raw, shownAs: undefined };
      return { name, aliases: shownAs ? [shownAs] : [] };
    },
    misalignedHint: " (an unquoted comma inside a name?)",
  };
}

function readReport({ text, fileName, encoding }: TextInput, limits: IngestLimits): ImportOutcome {
  const delimiter = detectDelimiter(text);
  const { meetings, stray } = scan(readRows(text, delimiter, fileName, limits));
  checkDataRows(stray.length + meetings.reduce((n, m) => n + m.rows.length, 0), fileName, limits);
  const dates = meetings.flatMap((m) => [m.start, ...m.rows.map((r) => cell(r.cells, m.table?.join ?? -1))]);
  const order = decideDateOrder(dates.filter((d) => d !== ""));
  const collector = new RecordCollector({ kind: "attendance", delimiter, dateOrder: order.order });
  rejectStray(
    collector,
    stray,
    "not part of a participants table: it comes before the table's header",
    limits,
  );
  const tables: MeetingTable[] = [];
  meetings.forEach((meeting, index) => {
    if (!meeting.table) return;
    const { participants, firstJoin } = readParticipants(
      collector,
      meeting.rows,
      columns(meeting.table),
      order.order,
      limits,
    );
    const date = (meeting.start && isoDateIn(meeting.start, order.order)) || firstJoin;
    const event = eventName(meeting, fileName, index, meetings.length);
    tables.push({ event, ...(date ? { date } : {}), rows: participants });
  });
  const first = meetings.find((m) => m.table)?.table;
  return meetingOutcome({
    fileName,
    encoding,
    delimiter,
    header: first?.header ?? [],
    headerLine: first?.line ?? 1,
    collector,
    meetings: tables,
    dates: order,
    source: { format: FORMAT, label: LABEL },
    notes: [],
  });
}

/** Looks at the first rows only: a meeting header block, or a Zoom participants header. */
function looksLikeZoom(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, "");
  const lines = head
    .split(/\r\n|\r|\n/)
    .filter((l) => l.replace(/[,;\t\s]/g, "") !== "")
    .slice(0, 2);
  const delimiter = detectDelimiter(head);
  return lines.some((l) => {
    const cells = l.split(delimiter).map((c) => c.replace(/^"|"$/g, "").trim());
    return isMeetingHeader(cells) || isParticipantsHeader(cells);
  });
}

export const zoomAdapter: IngestAdapter = meetingAdapter(FORMAT, LABEL, looksLikeZoom, readReport);
