/**
 * Date reading. Exports mix ISO dates, Excel's locale dates (05/03/2024 is 5 March in
 * Latin America and 3 May in the US), German-style 05.03.2024 and spelled-out months.
 * Everything becomes ISO YYYY-MM-DD. Slash and dash dates are read in one order for the
 * whole file: a part above 12 settles it; when nothing settles it, day/month/year
 * (the convention across Latin America) is assumed and the report says so.
 * Two-digit years 00-69 are 2000-2069, 70-99 are 1970-1999 (the POSIX rule).
 * A time after the date is allowed and dropped: the date is taken as written, not
 * shifted to UTC, because the day people met is what matters.
 */
import { normalizeKey } from "./text";

export type DateOrder = "dmy" | "mdy";

/** A date as read from a cell: settled, or day/month order still to be decided for the file. */
export type DateReading =
  | { kind: "iso"; iso: string }
  | { kind: "slash"; first: number; second: number; year: number }
  | { kind: "invalid" };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const TIME = String.raw`(?:(?:[T\s]|,\s*)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2}|[a-z]{2,5})?)?`;
/** The common case, checked first because large files are mostly this. */
const PLAIN_ISO = /^\d{4}-\d{2}-\d{2}$/;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, "i");
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${TIME}$`, "i");
const SLASHED = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})${TIME}$`, "i");
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})$/;
const DAY_MONTH_NAME = new RegExp(
  String.raw`^(\d{1,2})(?:\s+de)?[\s-]+(\p{L}+)\.?(?:\s+de)?[\s,-]+(\d{4}|\d{2})${TIME}$`,
  "iu",
);
const MONTH_NAME_DAY = new RegExp(
  String.raw`^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`,
  "iu",
);

/** Month names and abbreviations in English, Spanish, Portuguese and French (accents removed). */
const MONTHS: Record<string, number> = {};
[
  "jan january ene enero janeiro janv janvier",
  "feb february febrero fev fevereiro fevr fevrier",
  "mar march marzo marco mars",
  "apr april abr abril avr avril",
  "may mayo mai maio",
  "jun june junio junho juin",
  "jul july julio julho juil juillet",
  "aug august ago agosto aout",
  "sep sept september septiembre set setiembre setembro septembre",
  "oct october octubre out outubro octobre",
  "nov november noviembre novembro novembre",
  "dec december dic diciembre dez dezembro decembre",
].forEach((names, i) => names.split(" ").forEach((n) => (MONTHS[n] = i + 1)));

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** ISO string for a calendar date, or null when no such day exists (or the year is implausible). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return null;
  }
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function settled(iso: string | null): DateReading {
  return iso ? { kind: "iso", iso } : { kind: "invalid" };
}

/** Reads one cell. Slash/dash day-month dates come back unresolved; see `resolveSlashDate`. */
export function readDate(raw: string): DateReading {
  const text = raw.trim();
  if (PLAIN_ISO.test(text)) {
    return settled(isoDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))));
  }
  let m = ISO.exec(text) ?? COMPACT.exec(text);
  if (m) return settled(isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = DOTTED.exec(text);
  if (m) return settled(isoDate(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1])));
  m = SLASHED.exec(text);
  if (m) return { kind: "slash", first: Number(m[1]), second: Number(m[2]), year: fullYear(m[3] ?? "") };
  m = DAY_MONTH_NAME.exec(text);
  if (m) return settled(isoDate(fullYear(m[3] ?? ""), MONTHS[normalizeKey(m[2] ?? "")] ?? 0, Number(m[1])));
  m = MONTH_NAME_DAY.exec(text);
  if (m) return settled(isoDate(Number(m[3]), MONTHS[normalizeKey(m[1] ?? "")] ?? 0, Number(m[2])));
  return { kind: "invalid" };
}

export function resolveSlashDate(
  d: { first: number; second: number; year: number },
  order: DateOrder,
): string | null {
  return order === "dmy" ? isoDate(d.year, d.second, d.first) : isoDate(d.year, d.first, d.second);
}

/**
 * Counts, over a file's slash dates, those that only make sense day-first and those
 * that only make sense month-first, and decides the file's order with a note for the
 * import report.
 */
export class DateOrderVote {
  private dayFirst = 0;
  private monthFirst = 0;
  private total = 0;

  add(d: { first: number; second: number; year: number }): void {
    this.total++;
    const dmy = resolveSlashDate(d, "dmy") !== null;
    const mdy = resolveSlashDate(d, "mdy") !== null;
    if (dmy && !mdy) this.dayFirst++;
    if (mdy && !dmy) this.monthFirst++;
  }

  decide(forced?: DateOrder): { order: DateOrder; note: string | null } {
    if (this.total === 0) return { order: forced ?? "dmy", note: null };
    if (forced)
      return { order: forced, note: `Dates like 05/03/2024 were read as ${orderName(forced)}, as chosen.` };
    if (this.dayFirst === 0 && this.monthFirst === 0) {
      return {
        order: "dmy",
        note: "Dates like 05/03/2024 were read as day/month/year (5 March): no date in the file settles the order.",
      };
    }
    const order: DateOrder = this.monthFirst > this.dayFirst ? "mdy" : "dmy";
    const [agree, disagree] =
      order === "dmy" ? [this.dayFirst, this.monthFirst] : [this.monthFirst, this.dayFirst];
    const why = `${agree} date${agree === 1 ? "" : "s"} only make${agree === 1 ? "s" : ""} sense that way`;
    const conflict = disagree > 0 ? `; ${disagree} only make sense the other way and were rejected` : "";
    return { order, note: `Dates like 05/03/2024 were read as ${orderName(order)} (${why}${conflict}).` };
  }
}

export function orderName(order: DateOrder): string {
  return order === "dmy" ? "day/month/year" : "month/day/year";
}
