/**
 * Text conventions shared by the preview and the importer, so both see the same
 * header and the same rows.
 */

/**
 * Strips a stray BOM and turns CRLF and lone CR into LF. Each line break stays one
 * character, so physical line numbers are unchanged, and papaparse gets one newline
 * style even in files that mix them (Excel writes CRLF rows with LF inside cells).
 */
export function prepareText(text: string): string {
  return text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
}

/** A row with no content: an empty line, spaces, or only delimiters (",,,"). */
export function isBlankRow(cells: string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

/** Counts line breaks as papaparse's cursor moves forward, to turn offsets into 1-based line numbers. */
export class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  /** Line number of `offset`; offsets must not decrease between calls. */
  lineAt(offset: number): number {
    let next = this.text.indexOf("\n", this.offset);
    while (next !== -1 && next < offset) {
      this.line++;
      next = this.text.indexOf("\n", next + 1);
    }
    this.offset = offset;
    return this.line;
  }
}
