/** Plain names for what the ingest layer detects, as a coordinator would say them. */
import type { FileKind } from "../../model/types";

export const KIND_LABELS: Record<FileKind, string> = {
  people: "People registry",
  interactions: "Interactions",
  attendance: "Attendance",
};

const DELIMITERS: Record<string, string> = {
  ",": "comma-separated",
  ";": "semicolon-separated",
  "\t": "tab-separated",
  "|": "pipe-separated",
};

const ENCODINGS: Record<string, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 with BOM",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1252": "Windows-1252 (older Excel)",
};

export function delimiterLabel(delimiter: string): string {
  return DELIMITERS[delimiter] ?? `separated by “${delimiter}”`;
}

export function encodingLabel(encoding: string): string {
  return ENCODINGS[encoding] ?? encoding;
}
