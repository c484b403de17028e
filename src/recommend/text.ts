/**
 * Small wording helpers for the sentences recommendations give a coordinator: numbers in
 * words where that reads better, ordinals, percentages and lists of names.
 */

/** Case-, accent- and whitespace-insensitive key, so "Public Health " matches "public health". */
export function valueKey(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, … */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 contact", "3 contacts". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "A", "A and B", "A, B and C", "A, B and 3 others" (at most `max` names spelled out). */
export function nameList(names: readonly string[], max = 3): string {
  if (names.length === 0) return "";
  if (names.length <= max) {
    if (names.length === 1) return names[0]!;
    return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]!}`;
  }
  const rest = names.length - max;
  return `${names.slice(0, max).join(", ")} and ${count(rest, "other")}`;
}

/** Joins clauses into one sentence: first letter capitalised, "; " between, full stop at the end. */
export function sentence(clauses: readonly string[]): string {
  const text = clauses.filter((c) => c !== "").join("; ");
  if (text === "") return "";
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}`;
}

/** Stable string order (code units), independent of the runtime's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
