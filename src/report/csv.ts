/**
 * CSV writing shared by every export in Weaver (rejected rows, people tables,
 * introductions, recruitment). Imported text must never turn into a live formula
 * when a coordinator opens the export in a spreadsheet, so every string cell goes
 * through `neutralizeCell` before RFC 4180 quoting.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes a cell with `'` when a spreadsheet would execute it (starts with = + - @ tab or CR).
 * The apostrophe is what spreadsheets themselves use to mark "this is text".
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function formatCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers and booleans cannot carry a formula; neutralising them would turn -0.5 into text.
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = neutralizeCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (comma, CRLF line ends, quotes doubled), every string cell neutralised. */
export function toCsv(rows: CsvValue[][]): string {
  return rows.map((row) => row.map(formatCell).join(",") + "\r\n").join("");
}
