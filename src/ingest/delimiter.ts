/**
 * Delimiter detection. Spanish and Portuguese Excel save "CSV" with semicolons (the
 * comma is their decimal mark), Excel's "Unicode text" uses tabs, some tools use pipes.
 */
import Papa from "papaparse";

export const DELIMITERS = [",", ";", "\t", "|"] as const;

/** How much text the guess looks at: enough for a header and a few dozen rows. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 30;

export function delimiterName(delimiter: string): string {
  const names: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" };
  return names[delimiter] ?? JSON.stringify(delimiter);
}

/**
 * Parses the start of the text with each candidate (real papaparse, so quoted fields
 * are respected) and keeps the one that splits the header into several columns with
 * the most rows agreeing with the header's width; more columns break ties. A single
 * column file gets a comma.
 */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best = { delimiter: ",", agreement: 0, width: 1 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, {
      delimiter,
      preview: SAMPLE_ROWS,
      skipEmptyLines: "greedy",
    }).data;
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    // The last sampled row may be cut by the sample boundary; it still counts, errors average out.
    const agreement = rows.filter((r) => r.length === width).length / rows.length;
    if (agreement > best.agreement || (agreement === best.agreement && width > best.width)) {
      best = { delimiter, agreement, width };
    }
  }
  return best.delimiter;
}
