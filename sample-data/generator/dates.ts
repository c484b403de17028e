/**
 * Calendar arithmetic on whole UTC days, so that generated dates never depend on the
 * machine's time zone.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD). */
export function toDay(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY);
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** First day of the month `offset` months after the month containing `day`. */
export function addMonths(day: number, offset: number): number {
  const date = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1) / MS_PER_DAY);
}

export function isWeekday(day: number): boolean {
  const weekday = new Date(day * MS_PER_DAY).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The period the sample covers and the reference points of issue 5's time questions. */
export const PERIOD = {
  start: "2024-11-01",
  /** First day of "year 1" ends; lapsed members were active before this. */
  yearOneEnd: "2025-10-31",
  /** First day of the last six months (newcomers joined on or after it, lapsed members are silent since before it). */
  recentStart: "2026-05-01",
  end: "2026-10-31",
} as const;

export const MONTHS = 24;
