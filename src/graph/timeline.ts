/**
 * The community over time: how much happened each month, who arrived and who fell silent, and
 * the time windows the app offers (last 3, 6, 12 months; playback steps).
 *
 * Everything is counted per person after identity matching (the same matching buildNetwork does),
 * so "Ana López" in the attendance and ana@… in the interactions are one active person. Months
 * are calendar months of the record dates ("2025-03"); undated records belong to no month.
 *
 * Definitions, for a coordinator:
 * - Active in a month: took part in at least one interaction or attended at least one event that
 *   month (webinars count even when they are too large to make ties).
 * - Entry date of a person: the earlier of their registry `joined` date and their first dated
 *   activity.
 * - Newcomer in month m: a registry member (status member or former; prospects have not joined
 *   and unregistered people are not members) whose entry date falls in m. The first month of the
 *   data cannot tell a newcomer from someone who was there before the records start, so there
 *   only people whose registry `joined` date falls in that month count.
 * - Lapsed in month m: a registry member (status member; formers have left formally) whose last
 *   dated activity was in month m − N, N = `lapseMonths` (default 6): by the end of m they have
 *   been silent for N whole months. Someone last active within N months of the end of the data
 *   has not lapsed (yet); members with no dated activity at all never lapse (they are "members
 *   without interaction", a different list).
 * Interaction channels left out by the user are left out of the dataset before it comes here
 * (applyChannelWeightsToDataset).
 */
import { resolveIdentities, type ResolveOptions, type ResolvedDataset } from "../model/identity";
import type { Dataset, NodeStatus } from "../model/types";
import type { TimeWindow } from "./timeWindow";

export const DEFAULT_LAPSE_MONTHS = 6;

/** First and last day with dated activity (ISO dates); absent when nothing is dated. */
export interface DateRange {
  first?: string;
  last?: string;
}

// ---- Calendar months as integers (year · 12 + month − 1), so arithmetic is plain addition.

/** The month of an ISO date or date-time, as an integer. */
export function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** "YYYY-MM" for a month index. */
export function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function monthStart(index: number): string {
  return `${monthKey(index)}-01`;
}

export function monthEnd(index: number): string {
  const days = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${monthKey(index)}-${String(days).padStart(2, "0")}`;
}

/** The same day `months` months later (earlier when negative), the day clamped to the month's length. */
export function shiftMonths(date: string, months: number): string {
  const index = monthIndex(date) + months;
  const last = Number(monthEnd(index).slice(8, 10));
  return `${monthKey(index)}-${String(Math.min(Number(date.slice(8, 10)), last)).padStart(2, "0")}`;
}

export function nextDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// ---- Who was active when.

export interface PersonActivity {
  /** Node key, as in the graph buildNetwork makes. */
  key: string;
  status: NodeStatus;
  joined?: string;
  firstActive?: string;
  lastActive?: string;
  /** The earlier of `joined` and `firstActive`. */
  entry?: string;
  /** True when `entry` is the first activity rather than the joined date. */
  entryFromActivity: boolean;
}

/** Each dated activity of the resolved dataset as (person key, day); self-ties still show the person took part. */
export function forEachActivity(resolved: ResolvedDataset, visit: (key: string, day: string) => void): void {
  for (const list of [resolved.interactions, resolved.selfTies]) {
    for (const r of list) {
      if (!r.date) continue;
      const day = r.date.slice(0, 10);
      visit(r.sourceKey, day);
      if (r.targetKey !== r.sourceKey) visit(r.targetKey, day);
    }
  }
  for (const r of resolved.attendance) if (r.date) visit(r.key, r.date.slice(0, 10));
}

/** Every registry person and every unregistered person of the dataset, with their activity dates. */
export function personActivity(resolved: ResolvedDataset): Map<string, PersonActivity> {
  const people = new Map<string, PersonActivity>();
  for (const p of resolved.people) {
    const joined = p.joined ? p.joined.slice(0, 10) : undefined;
    people.set(p.id, {
      key: p.id,
      status: p.status,
      ...(joined ? { joined } : {}),
      entryFromActivity: false,
    });
  }
  for (const u of resolved.identity.unregistered) {
    people.set(u.key, { key: u.key, status: "unregistered", entryFromActivity: false });
  }
  forEachActivity(resolved, (key, day) => {
    const person = people.get(key);
    if (!person) return;
    if (person.firstActive === undefined || day < person.firstActive) person.firstActive = day;
    if (person.lastActive === undefined || day > person.lastActive) person.lastActive = day;
  });
  for (const person of people.values()) {
    const { joined, firstActive } = person;
    if (firstActive !== undefined && (joined === undefined || firstActive < joined)) {
      person.entry = firstActive;
      person.entryFromActivity = true;
    } else if (joined !== undefined) person.entry = joined;
  }
  return people;
}

/** People who can be newcomers: they joined the registry (members, and formers who have since left). */
export function canBeNewcomer(status: NodeStatus): boolean {
  return status === "member" || status === "former";
}

/** People who can lapse: registry members still on the books. */
export function canLapse(status: NodeStatus): boolean {
  return status === "member";
}

function activityRange(resolved: ResolvedDataset): DateRange {
  let first: string | undefined;
  let last: string | undefined;
  forEachActivity(resolved, (_key, day) => {
    if (first === undefined || day < first) first = day;
    if (last === undefined || day > last) last = day;
  });
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

// ---- Monthly series.

export interface MonthActivity {
  /** "YYYY-MM". */
  month: string;
  /** Interactions between two different people dated in the month. */
  interactions: number;
  /** Attendance records (a person at an event) dated in the month. */
  attendance: number;
  /** Distinct events (name and date) held in the month. */
  events: number;
  /** People active in the month, whatever their status. */
  active: number;
  /** Of whom registry members (status member). */
  activeMembers: number;
  /** Node keys of the month's newcomers, sorted. */
  newcomers: string[];
  /** Node keys of the members who lapsed in the month, sorted. */
  lapsed: string[];
}

export interface ActivityTimeline {
  /** Every month from the first to the last dated activity, empty months included. */
  months: MonthActivity[];
  range: DateRange;
  lapseMonths: number;
  /** Interactions and attendance records without a date, in no month. */
  undated: number;
  /** Each person's activity dates, by node key. */
  people: Map<string, PersonActivity>;
}

export interface TimelineOptions extends ResolveOptions {
  /** Months of silence after which a member counts as lapsed (default DEFAULT_LAPSE_MONTHS). */
  lapseMonths?: number;
  /** The dataset's identity matching when the caller already has it, so it is not done twice. */
  resolved?: ResolvedDataset;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Monthly activity, newcomers and lapsed members of a dataset (definitions at the top of this file). */
export function activityTimeline(dataset: Dataset, options: TimelineOptions = {}): ActivityTimeline {
  const lapseMonths = options.lapseMonths ?? DEFAULT_LAPSE_MONTHS;
  if (!Number.isInteger(lapseMonths) || lapseMonths < 1) {
    throw new RangeError(`lapseMonths must be a whole number of at least 1, got ${lapseMonths}`);
  }
  const resolved = options.resolved ?? resolveIdentities(dataset, options);
  const people = personActivity(resolved);
  const range = activityRange(resolved);
  const undated =
    [...resolved.interactions, ...resolved.selfTies].filter((r) => !r.date).length +
    resolved.attendance.filter((r) => !r.date).length;
  if (!range.first || !range.last) return { months: [], range, lapseMonths, undated, people };

  const start = monthIndex(range.first);
  const count = monthIndex(range.last) - start + 1;
  const months = Array.from({ length: count }, (_, i) => ({
    month: monthKey(start + i),
    interactions: 0,
    attendance: 0,
    events: new Set<string>(),
    active: new Set<string>(),
    newcomers: [] as string[],
    lapsed: [] as string[],
  }));
  const at = (date: string) => months[monthIndex(date) - start]!;
  for (const r of resolved.interactions) if (r.date) at(r.date).interactions++;
  for (const r of resolved.attendance) {
    if (!r.date) continue;
    const month = at(r.date);
    month.attendance++;
    month.events.add(`${r.event}\u0000${r.date.slice(0, 10)}`);
  }
  forEachActivity(resolved, (key, day) => at(day).active.add(key));

  for (const person of people.values()) {
    if (canBeNewcomer(person.status) && person.entry !== undefined) {
      const i = monthIndex(person.entry) - start;
      const censored = i === 0 && person.entryFromActivity;
      if (i >= 0 && i < count && !censored) months[i]!.newcomers.push(person.key);
    }
    if (canLapse(person.status) && person.lastActive !== undefined) {
      const i = monthIndex(person.lastActive) + lapseMonths - start;
      if (i < count) months[i]!.lapsed.push(person.key);
    }
  }
  return {
    months: months.map((m) => ({
      month: m.month,
      interactions: m.interactions,
      attendance: m.attendance,
      events: m.events.size,
      active: m.active.size,
      activeMembers: [...m.active].filter((key) => people.get(key)?.status === "member").length,
      newcomers: m.newcomers.sort(byCodeUnit),
      lapsed: m.lapsed.sort(byCodeUnit),
    })),
    range,
    lapseMonths,
    undated,
    people,
  };
}

// ---- Windows.

export type WindowPresetName = "last3" | "last6" | "last12" | "all";
export const WINDOW_PRESETS: readonly WindowPresetName[] = ["last3", "last6", "last12", "all"];
const PRESET_MONTHS: Record<Exclude<WindowPresetName, "all">, number> = { last3: 3, last6: 6, last12: 12 };

/**
 * The window a preset stands for, counted back from the dataset's last dated day (not from
 * today: an export from last year still shows its own last months). "last3" on data ending
 * 2026-10-31 is 2026-08-01 to 2026-10-31: the last day and the three months before it. "all" is
 * the unbounded window, which also keeps undated records; so is every preset when nothing is dated.
 */
export function presetWindow(preset: WindowPresetName, range: DateRange): TimeWindow {
  if (preset === "all" || !range.last) return {};
  const last = range.last.slice(0, 10);
  return { from: nextDay(shiftMonths(last, -PRESET_MONTHS[preset])), to: last };
}

export interface PlaybackFrame extends TimeWindow {
  from: string;
  to: string;
  /** "YYYY-MM" of the window's first and last months. */
  firstMonth: string;
  lastMonth: string;
}

/**
 * Windows for watching the network change: whole calendar months, the k-th frame ending
 * `stepMonths`·(k+1) months into the data and reaching back `widthMonths` months (Infinity: back
 * to the start, so the network is seen growing). Early frames are shorter than `widthMonths`
 * when the data has not yet run that long; the last frame always ends with the last dated month.
 */
export function playbackWindows(
  range: DateRange,
  stepMonths: number,
  widthMonths = Infinity,
): PlaybackFrame[] {
  if (!Number.isInteger(stepMonths) || stepMonths < 1) {
    throw new RangeError(`stepMonths must be a whole number of at least 1, got ${stepMonths}`);
  }
  if (widthMonths !== Infinity && (!Number.isInteger(widthMonths) || widthMonths < 1)) {
    throw new RangeError(`widthMonths must be a whole number of at least 1 or Infinity, got ${widthMonths}`);
  }
  if (!range.first || !range.last) return [];
  const first = monthIndex(range.first);
  const last = monthIndex(range.last);
  const frames: PlaybackFrame[] = [];
  for (let k = 0; ; k++) {
    const end = Math.min(last, first + (k + 1) * stepMonths - 1);
    const start = Math.max(first, end - widthMonths + 1);
    frames.push({
      from: monthStart(start),
      to: monthEnd(end),
      firstMonth: monthKey(start),
      lastMonth: monthKey(end),
    });
    if (end === last) return frames;
  }
}
