/**
 * The "Detected: …" lines for a batch of files: meeting reports of one format add up ("Zoom
 * participants report, 3 meetings, 41 people" over three files), other files keep their own line.
 */
import { normalizeEmail, normalizeName } from "../../model/normalize";
import type { ImportOutcome } from "../importFile";
import { plural } from "./common";

const MEETING_FORMATS = new Set(["zoom-participants", "teams-attendance"]);

export function describeImports(outcomes: readonly ImportOutcome[]): string[] {
  const lines: string[] = [];
  const meetings = new Map<string, { label: string; events: Set<string>; people: Set<string> }>();
  for (const outcome of outcomes) {
    if (!outcome.ok) continue;
    const source = outcome.report.source;
    if (!source || !MEETING_FORMATS.has(source.format)) {
      if (outcome.detected) lines.push(`Detected: ${outcome.detected}`);
      continue;
    }
    let entry = meetings.get(source.format);
    if (!entry) {
      entry = { label: source.label, events: new Set(), people: new Set() };
      meetings.set(source.format, entry);
      lines.push(source.format);
    }
    for (const r of outcome.attendance) {
      entry.events.add(`${r.event}\u0000${r.date ?? ""}`);
      entry.people.add(r.email ? `e:${normalizeEmail(r.email)}` : `n:${normalizeName(r.person)}`);
    }
  }
  return lines.map((line) => {
    const entry = meetings.get(line);
    if (!entry) return line;
    return `Detected: ${entry.label}, ${plural(entry.events.size, "meeting")}, ${plural(entry.people.size, "person", "people")}`;
  });
}
