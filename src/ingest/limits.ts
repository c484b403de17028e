/**
 * How much Weaver reads from one file, stated once and enforced everywhere (generic tables and
 * format adapters), each with a message the coordinator can act on.
 *
 * Why these numbers. Import holds a file three times at its peak: the bytes, the decoded text and
 * the text with line breaks normalised, then one small object per row. Measured in Node 20 on a
 * 200 MB interactions file of 6 million rows: 18 s and 1.85 GB of heap, which a browser tab cannot
 * count on. Rows, not bytes, drive memory, so the row limit does most of the work: 1,000,000 rows
 * stays near 300 MB of heap, five times the 200,000-row benchmark, fifty times the largest
 * network the analysis targets (20,000 people, 100,000 ties). Reading stops as soon as a file
 * passes it, so a 200 MB file of short rows is refused in about 3 s without building the rest.
 * The byte limit (256 MiB) keeps the decoded text far below the longest string JavaScript engines
 * allow (2^29 characters in V8) and refuses oversized files before anything is decoded.
 * A field longer than 100,000 characters is not a name, a date or an e-mail: it is a broken
 * quote or a pasted document, and its row is rejected with its line.
 */

export interface IngestLimits {
  /** Largest file read, in bytes; a larger file is refused before it is decoded. */
  maxFileBytes: number;
  /** Most data rows (or, in a Slack export, messages) read from one file; more and the file is refused. */
  maxRows: number;
  /** Longest cell accepted, in characters; a row with a longer cell is rejected. */
  maxFieldChars: number;
  /** Most bytes unpacked from an archive (a Slack export), as its directory declares them. */
  maxArchiveBytes: number;
  /** Most files read from an archive. */
  maxArchiveEntries: number;
}

export const DEFAULT_LIMITS: Readonly<IngestLimits> = Object.freeze({
  maxFileBytes: 256 * 1024 * 1024,
  maxRows: 1_000_000,
  maxFieldChars: 100_000,
  maxArchiveBytes: 512 * 1024 * 1024,
  maxArchiveEntries: 100_000,
});

export function resolveLimits(limits?: Partial<IngestLimits>): IngestLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

/** A limit a whole file exceeds: the file is refused with this message and nothing of it is kept. */
export class IngestLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IngestLimitError";
  }
}

/** "256 MB", "1.5 MB", "812 bytes": sizes as people read them (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value >= 100 || Number.isInteger(value) ? Math.round(value) : Math.round(value * 10) / 10;
  return `${shown} ${units[unit]}`;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/** The refusal for a file above the byte limit, or null when it fits. */
export function fileSizeProblem(fileName: string, size: number, limits: IngestLimits): string | null {
  if (size <= limits.maxFileBytes) return null;
  return (
    `${fileName} is ${formatBytes(size)}, more than the ${formatBytes(limits.maxFileBytes)} Weaver reads from ` +
    `one file; nothing was imported from it. Split it (by period, for example) or remove columns Weaver ` +
    `does not use, and import the parts.`
  );
}

/** The error that stops reading a file as soon as it passes the row limit. */
export function tooManyRows(fileName: string, limits: IngestLimits, what = "rows"): IngestLimitError {
  return new IngestLimitError(
    `${fileName} has more than ${count(limits.maxRows)} ${what}, the most Weaver reads from one file; ` +
      `nothing was imported from it. Aggregate it first (one row per pair of people and month, with a ` +
      `weight) or split it by period.`,
  );
}

/** The first cell longer than the field limit, or null when every cell fits. */
export function longField(
  cells: readonly string[],
  limits: IngestLimits,
): { index: number; length: number } | null {
  for (let index = 0; index < cells.length; index++) {
    const length = cells[index]!.length;
    if (length > limits.maxFieldChars) return { index, length };
  }
  return null;
}

/** Reason a row with an oversized cell is rejected, naming the column as the header does. */
export function longFieldReason(
  header: readonly string[],
  index: number,
  length: number,
  limits: IngestLimits,
): string {
  const name = header[index]?.trim();
  const column = name ? `"${name.length > 40 ? `${name.slice(0, 40)}…` : name}"` : `column ${index + 1}`;
  return (
    `field too long: ${column} has ${count(length)} characters, more than the ${count(limits.maxFieldChars)} ` +
    `Weaver accepts (a quote left open, or a document pasted into a cell?)`
  );
}

/** Longest piece of an oversized cell kept in the rejected-rows report, so it stays downloadable. */
const KEPT_CHARS = 1000;

/** The row's cells for the rejected-rows report, oversized cells cut with a note of their length. */
export function clipCells(cells: readonly string[], limits: IngestLimits): string[] {
  return cells.map((cell) =>
    cell.length > limits.maxFieldChars
      ? `${cell.slice(0, KEPT_CHARS)}… [cut: ${count(cell.length)} characters in all]`
      : cell,
  );
}
