import { presetWindow, shiftMonths, type DateRange } from "../../graph/timeline";
import type { SavedWindow } from "../../workspace";

export interface PeriodPair {
  a: { from: string; to: string };
  b: { from: string; to: string };
}

/** The day before an ISO date. */
export function previousDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The default comparison: the six months before the last six, against the last six. */
export function defaultPeriods(range: DateRange): PeriodPair | null {
  const b = presetWindow("last6", range);
  if (!b.from || !b.to) return null;
  return { a: { from: shiftMonths(b.from, -6), to: previousDay(b.from) }, b: { from: b.from, to: b.to } };
}

/** The saved pair when it has both ends on both sides, else null. */
export function savedPeriods(saved: { a: SavedWindow; b: SavedWindow } | null): PeriodPair | null {
  if (!saved?.a.from || !saved.a.to || !saved.b.from || !saved.b.to) return null;
  return { a: { from: saved.a.from, to: saved.a.to }, b: { from: saved.b.from, to: saved.b.to } };
}
