/**
 * Numbers and dates as a coordinator reads them in the printed report: thousands separated,
 * shares as percentages, dates spelled out. Deterministic (no locale of the machine).
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** 3218 → "3,218". */
export function formatCount(n: number): string {
  const [whole, decimals] = String(Math.abs(n)).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "−" : ""}${grouped}${decimals ? `.${decimals}` : ""}`;
}

/** 0.4907 → "49%"; small shares keep one decimal ("5.5%"), tiny non-zero ones read "<0.1%". */
export function formatShare(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return "–";
  const pct = share * 100;
  if (pct > 0 && pct < 0.1) return "<0.1%";
  return `${Math.abs(pct) < 10 && Math.round(pct) !== pct ? pct.toFixed(1) : Math.round(pct)}%`;
}

/** A decimal with a typographic minus: −0.02. */
export function formatDecimal(x: number | null, digits = 2): string {
  if (x === null || !Number.isFinite(x)) return "–";
  const text = Math.abs(x).toFixed(digits);
  return Number(text) === 0 ? text : `${x < 0 ? "−" : ""}${text}`;
}

/** "2024-11-01" → "1 November 2024"; anything else is returned as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const match = iso.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** "1 person", "3 people". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
