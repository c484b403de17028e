/**
 * Column detection: which header column holds which field, and which kind of file
 * (people registry, interactions, attendance) the header describes. The result is a
 * proposal the coordinator confirms or changes before import.
 */
import type { FileKind } from "../model/types";
import { FIELDS, FILE_NAME_HINTS } from "./fieldSpecs";
import { headerWords, normalizeHeader } from "./text";

export { FIELDS, type FieldSpec } from "./fieldSpecs";
export { normalizeHeader } from "./text";

/** Field name -> column index in the header (null = not present). */
export type ColumnMapping = Record<string, number | null>;

export const FILE_KINDS: readonly FileKind[] = ["people", "interactions", "attendance"];

export interface ColumnDetection {
  kind: FileKind | null;
  mapping: ColumnMapping;
  candidates: Record<FileKind, ColumnMapping>;
}

/** Synonyms shorter than this only match a whole header, never a word inside one ("de", "a", "to"). */
const MIN_PARTIAL_LENGTH = 4;

function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/**
 * Maps one kind's fields to columns: exact matches first (for every field, so that a
 * partial match never steals a column another field names exactly), then headers that
 * contain a synonym as whole words ("Sender e-mail", "Fecha de la reunión").
 */
function mapKind(kind: FileKind, header: string[]): { mapping: ColumnMapping; score: number } {
  const compact = header.map(normalizeHeader);
  const words = header.map(headerWords);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  let score = 0;
  const take = (field: string, index: number, points: number) => {
    mapping[field] = index;
    used.add(index);
    score += points;
  };
  for (const spec of FIELDS[kind]) {
    mapping[spec.field] = null;
    for (const synonym of spec.synonyms.map(normalizeHeader)) {
      const index = compact.findIndex((c, i) => c === synonym && !used.has(i));
      if (index >= 0) {
        take(spec.field, index, 2);
        break;
      }
    }
  }
  for (const spec of FIELDS[kind]) {
    if (mapping[spec.field] !== null) continue;
    for (const synonym of spec.synonyms) {
      if (normalizeHeader(synonym).length < MIN_PARTIAL_LENGTH) continue;
      const run = headerWords(synonym);
      const index = words.findIndex((w, i) => !used.has(i) && containsRun(w, run));
      if (index >= 0) {
        take(spec.field, index, 1);
        break;
      }
    }
  }
  return { mapping, score };
}

function has(mapping: ColumnMapping, field: string): boolean {
  return mapping[field] !== null && mapping[field] !== undefined;
}

/**
 * Labels of the required fields a mapping lacks (empty when it can be imported). A
 * registry needs an id, or failing that an e-mail or a name to stand for it.
 */
export function missingRequired(kind: FileKind, mapping: ColumnMapping): string[] {
  if (kind === "people") {
    const standIns = ["id", "email", "name", "firstName", "lastName"];
    return standIns.some((f) => has(mapping, f)) ? [] : ["Identifier (or e-mail, or name)"];
  }
  return FIELDS[kind].filter((s) => s.required && !has(mapping, s.field)).map((s) => s.label);
}

function fileNameHint(fileName: string | undefined): FileKind | null {
  if (!fileName) return null;
  const words = headerWords(fileName.replace(/\.[^.]*$/, ""));
  const hinted = FILE_KINDS.filter((k) => FILE_NAME_HINTS[k].some((h) => words.includes(h)));
  return hinted.length === 1 ? (hinted[0] ?? null) : null;
}

/**
 * Proposes a mapping for every kind and guesses the kind: among kinds whose required
 * fields are all found, the one that explains most columns (exact names count double);
 * the file name breaks ties; a tie it cannot break gives kind null so the user chooses.
 */
export function detectColumns(header: string[], fileName?: string): ColumnDetection {
  const scored = FILE_KINDS.map((kind) => ({ kind, ...mapKind(kind, header) }));
  const candidates = Object.fromEntries(scored.map((s) => [s.kind, s.mapping])) as Record<
    FileKind,
    ColumnMapping
  >;
  const eligible = scored.filter((s) => missingRequired(s.kind, s.mapping).length === 0);
  const best = Math.max(0, ...eligible.map((s) => s.score));
  const top = eligible.filter((s) => s.score === best).map((s) => s.kind);
  const hint = fileNameHint(fileName);
  const kind = top.length === 1 ? (top[0] ?? null) : hint && top.includes(hint) ? hint : null;
  return { kind, mapping: kind ? candidates[kind] : {}, candidates };
}
