/**
 * How a measure's value reads on screen, by the format the registry gives its column, so
 * a value looks the same in the People table, the person panel and every view.
 */
import type { CellValue, ValueFormat } from "../../analysis/registry";
import { formatCount, formatPercent, formatWeight } from "./format";

/** Shown for an undefined value (constraint of someone with no contacts, say). */
export const NO_VALUE = "—";

const MINUS = "\u2212";

export function formatValue(value: CellValue, format: ValueFormat): string {
  if (value === null || value === undefined || value === "") return NO_VALUE;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (!Number.isFinite(value)) return NO_VALUE;
  switch (format) {
    case "integer":
      return formatCount(value);
    case "decimal":
      return formatWeight(value);
    case "score":
      return formatScore(value);
    case "signed":
      return formatSigned(value);
    case "share":
      return formatPercent(value);
    case "rank":
      return `#${formatCount(value)}`;
    case "yesNo":
      return value ? "Yes" : "No";
    case "text":
      return String(value);
  }
}

/** Below this a score reads as "<0.0001": more digits would only be noise to a coordinator. */
const SMALLEST_SCORE = 1e-4;

/**
 * Three decimals, or two significant digits for small values, so 0.0037 reads neither as
 * 0.004 nor as 0; tiny non-zero values read "<0.0001".
 */
export function formatScore(value: number): string {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude < SMALLEST_SCORE) return value < 0 ? `>${MINUS}0.0001` : "<0.0001";
  const digits = magnitude < 0.01 ? 1 - Math.floor(Math.log10(magnitude)) : 3;
  const text = magnitude.toFixed(digits);
  return value < 0 ? `${MINUS}${text}` : text;
}

/** E-I style values: the sign always shown, a true minus sign. */
export function formatSigned(value: number): string {
  const text = Math.abs(value).toFixed(2);
  if (text === "0.00") return text;
  return value < 0 ? `${MINUS}${text}` : `+${text}`;
}

/** "1st", "2nd", "23rd": ranks in sentences. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${formatCount(n)}${suffix}`;
}
