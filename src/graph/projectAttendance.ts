/**
 * From who-attended-what (two-mode data) to who-met-whom (a one-mode network), weighted as in
 * Newman's scientific collaboration networks: each event with n attendees adds 1/(n − 1) to each
 * pair of them. A person spreads one unit of attention over everyone else in the room, so a
 * 4-person working meeting ties its members far more than a 200-person webinar does.
 */

/** One meeting of an event: the event's name and date (undated when the file gives none). */
export interface EventOccurrence {
  event: string;
  date?: string;
  /** Node keys, each once, in order of first appearance. */
  attendees: string[];
}

export interface ProjectedTie {
  a: string;
  b: string;
  /** Σ 1/(n − 1) over the occurrences both attended, n being each occurrence's attendee count. */
  weight: number;
  /** Occurrences both attended. */
  count: number;
  firstDate?: string;
  lastDate?: string;
}

/**
 * Unambiguous key of an unordered pair: `a` is the smaller key and its length is spelled out,
 * so no two pairs share a key whatever characters the keys contain.
 */
export function pairKey(x: string, y: string): string {
  const [a, b] = x < y ? [x, y] : [y, x];
  return `${a.length}:${a}${b}`;
}

/**
 * Groups attendance rows into occurrences: one per (event, date). The same person listed twice
 * at one occurrence (a Zoom rejoin, a duplicated row, two spellings of one name) counts once.
 * Occurrences come in order of first appearance.
 */
export function groupAttendance(
  records: { key: string; event: string; date?: string; line: number }[],
): EventOccurrence[] {
  const byEvent = new Map<string, Map<string, { occurrence: EventOccurrence; seen: Set<string> }>>();
  const occurrences: EventOccurrence[] = [];
  for (const record of records) {
    const { key, event } = record;
    const date = record.date || undefined;
    let dates = byEvent.get(event);
    if (!dates) {
      dates = new Map();
      byEvent.set(event, dates);
    }
    // Undated rows share one slot per event; "" is never a date, so it cannot collide with one.
    const slot = date ?? "";
    let entry = dates.get(slot);
    if (!entry) {
      const occurrence: EventOccurrence =
        date === undefined ? { event, attendees: [] } : { event, date, attendees: [] };
      entry = { occurrence, seen: new Set() };
      dates.set(slot, entry);
      occurrences.push(occurrence);
    }
    if (!entry.seen.has(key)) {
      entry.seen.add(key);
      entry.occurrence.attendees.push(key);
    }
  }
  return occurrences;
}

/**
 * The Newman-weighted one-mode projection, keyed by `pairKey(a, b)` with `a < b`. Occurrences with
 * a single attendee add nothing. Matches networkx's `collaboration_weighted_projected_graph`.
 */
export function projectAttendance(occurrences: EventOccurrence[]): Map<string, ProjectedTie> {
  const ties = new Map<string, ProjectedTie>();
  for (const { attendees, date } of occurrences) {
    const n = attendees.length;
    if (n < 2) continue;
    const share = 1 / (n - 1);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const x = attendees[i]!;
        const y = attendees[j]!;
        const key = pairKey(x, y);
        let tie = ties.get(key);
        if (!tie) {
          tie = x < y ? { a: x, b: y, weight: 0, count: 0 } : { a: y, b: x, weight: 0, count: 0 };
          ties.set(key, tie);
        }
        tie.weight += share;
        tie.count++;
        if (date !== undefined) {
          if (tie.firstDate === undefined || date < tie.firstDate) tie.firstDate = date;
          if (tie.lastDate === undefined || date > tie.lastDate) tie.lastDate = date;
        }
      }
    }
  }
  return ties;
}
