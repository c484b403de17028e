/** Number and text formatting shared by the views; one locale so figures read the same everywhere. */
const integer = new Intl.NumberFormat("en-GB");
const decimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export function formatCount(n: number): string {
  return integer.format(n);
}

export function formatWeight(n: number): string {
  return decimal.format(n);
}

/** "1 person", "12 people": counts in sentences read naturally. */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** Shortens a label for a chart, with an ellipsis; the full text goes in a tooltip. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
