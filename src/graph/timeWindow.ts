/**
 * Time windows: the part of the record that falls between two dates, so a coordinator can look
 * at the last six months, or compare this year with last year.
 */
import type { Dataset } from "../model/types";

/** ISO dates (YYYY-MM-DD), both inclusive; a missing bound leaves that side open. */
export interface TimeWindow {
  from?: string;
  to?: string;
}

/** The calendar day of an ISO date or date-time, so a bound day includes all of that day. */
function day(date: string): string {
  return date.slice(0, 10);
}

export function isBounded(window: TimeWindow): boolean {
  return Boolean(window.from) || Boolean(window.to);
}

/**
 * Whether a record dated `date` falls in the window. An undated record belongs to "all time" only:
 * as soon as one bound is set nobody can say whether it falls inside, so it is left out (and
 * counted, so the user is told).
 */
export function isInWindow(date: string | undefined, window: TimeWindow): boolean {
  if (!isBounded(window)) return true;
  if (!date) return false;
  const d = day(date);
  if (window.from && d < day(window.from)) return false;
  if (window.to && d > day(window.to)) return false;
  return true;
}

/** The records inside the window, and how many undated ones were left out for having no date. */
export function filterRecordsByWindow<T extends { date?: string }>(
  records: T[],
  window: TimeWindow,
): { records: T[]; undatedExcluded: number } {
  if (!isBounded(window)) return { records, undatedExcluded: 0 };
  const kept = records.filter((r) => isInWindow(r.date, window));
  return { records: kept, undatedExcluded: records.filter((r) => !r.date).length };
}

/**
 * Keeps the interactions and attendance inside the window; the registry is kept whole (people
 * exist whether or not they were active). `undatedExcluded` counts undated records left out.
 */
export function filterDatasetByWindow(
  dataset: Dataset,
  window: TimeWindow,
): { dataset: Dataset; undatedExcluded: number } {
  const interactions = filterRecordsByWindow(dataset.interactions, window);
  const attendance = filterRecordsByWindow(dataset.attendance, window);
  return {
    dataset: { people: dataset.people, interactions: interactions.records, attendance: attendance.records },
    undatedExcluded: interactions.undatedExcluded + attendance.undatedExcluded,
  };
}

/** First and last day with any dated interaction or attendance (registry join dates are not activity). */
export function datasetDateRange(dataset: Dataset): { first?: string; last?: string } {
  let first: string | undefined;
  let last: string | undefined;
  for (const records of [dataset.interactions, dataset.attendance]) {
    for (const { date } of records) {
      if (!date) continue;
      const d = day(date);
      if (first === undefined || d < first) first = d;
      if (last === undefined || d > last) last = d;
    }
  }
  return { ...(first === undefined ? {} : { first }), ...(last === undefined ? {} : { last }) };
}
