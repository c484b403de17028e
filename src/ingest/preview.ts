/**
 * A first look at a file, for the mapping step: delimiter, header, a few rows and the
 * proposed kind and columns. Reads only the start of the text, so it is instant even
 * for a file of hundreds of megabytes.
 */
import Papa from "papaparse";
import type { FileKind } from "../model/types";
import { detectDelimiter } from "./delimiter";
import { detectColumns, type ColumnMapping } from "./fields";
import { isBlankRow, prepareText } from "./table";

export interface TablePreview {
  fileName: string;
  encoding: string;
  delimiter: string;
  header: string[];
  sampleRows: string[][];
  kind: FileKind | null;
  mapping: ColumnMapping;
  candidates: Record<FileKind, ColumnMapping>;
}

const PREVIEW_CHARS = 64 * 1024;
const SAMPLE_ROWS = 10;

/** The start of the text, cut at a line break so the last sampled row is whole. */
function head(text: string): string {
  if (text.length <= PREVIEW_CHARS) return text;
  const cut = text.lastIndexOf("\n", PREVIEW_CHARS);
  return text.slice(0, cut > 0 ? cut : PREVIEW_CHARS);
}

export function previewTable(
  text: string,
  fileName: string,
  encoding: string,
): TablePreview | { error: string } {
  const sample = head(prepareText(text.slice(0, PREVIEW_CHARS * 2)));
  const delimiter = detectDelimiter(sample);
  const rows = Papa.parse<string[]>(sample, { delimiter, newline: "\n", preview: 200 }).data.filter(
    (row) => !isBlankRow(row),
  );
  const [first, ...rest] = rows;
  if (!first) return { error: `${fileName} is empty: there is no table in it.` };
  const header = first.map((c) => c.trim());
  const detection = detectColumns(header, fileName);
  return { fileName, encoding, delimiter, header, sampleRows: rest.slice(0, SAMPLE_ROWS), ...detection };
}
