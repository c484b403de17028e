/**
 * One call from a file's bytes to validated records, used by the CLI, the worker and
 * tests: decode, recognise (adapters first, then the generic table), map columns,
 * import. Never throws: a file Weaver cannot use becomes { ok: false, message } with
 * one sentence the coordinator can act on.
 */
import type { FileKind } from "../model/types";
import { DEFAULT_ADAPTERS, type IngestAdapter } from "./adapters";
import type { DateOrder } from "./dates";
import { decodeBytes } from "./decode";
import { delimiterName } from "./delimiter";
import { missingRequired, type ColumnMapping } from "./fields";
import { importTable, type ImportResult } from "./importTable";
import { fileSizeProblem, IngestLimitError, resolveLimits, type IngestLimits } from "./limits";
import { previewTable, type TablePreview } from "./preview";

export type ImportOutcome =
  | ({ ok: true } & ImportResult & { preview: TablePreview; detected?: string })
  | { ok: false; fileName: string; message: string };

export interface ImportBytesOptions {
  kind?: FileKind;
  mapping?: ColumnMapping;
  onProgress?: (f: number) => void;
  dateOrder?: DateOrder;
  /**
   * Format-specific importers to try before the generic table (default DEFAULT_ADAPTERS). They are
   * skipped when a mapping is given; with a kind, an adapter that recognises the file must produce
   * that kind (a Zoom report given as people is refused with a message saying what it is).
   */
  adapters?: readonly IngestAdapter[];
  /** File size, row and field limits (default DEFAULT_LIMITS). */
  limits?: Partial<IngestLimits>;
}

const KIND_NAMES: Record<FileKind, string> = {
  people: "People registry",
  interactions: "Interactions",
  attendance: "Attendance",
};

/** Kinds as a sentence names them: "gives attendance, not a people registry". */
const KIND_PHRASES: Record<FileKind, string> = {
  people: "a people registry",
  interactions: "interactions",
  attendance: "attendance",
};

function unrecognised(fileName: string, header: string[]): string {
  const shown = header.slice(0, 6).map((h) => (h.length > 40 ? `${h.slice(0, 40)}…` : h));
  const columns = shown.join(", ") + (header.length > shown.length ? ", …" : "");
  return (
    `${fileName} does not look like a table Weaver can read: its columns (${columns}) name none of the ` +
    `people (id or name or e-mail), interactions (source and target) or attendance (person and event) fields. ` +
    `Rename the columns or choose the mapping by hand.`
  );
}

function run(bytes: Uint8Array, fileName: string, opts: ImportBytesOptions): ImportOutcome {
  const fail = (message: string): ImportOutcome => ({ ok: false, fileName, message });
  const limits = resolveLimits(opts.limits);
  const tooLarge = fileSizeProblem(fileName, bytes.length, limits);
  if (tooLarge) return fail(tooLarge);
  const decoded = decodeBytes(bytes, fileName);
  if (!opts.mapping) {
    const input = { bytes, fileName, decoded };
    for (const adapter of opts.adapters ?? DEFAULT_ADAPTERS) {
      if (!adapter.detect(input)) continue;
      const kinds = adapter.kinds ?? [];
      if (opts.kind && kinds.length > 0 && !kinds.includes(opts.kind)) {
        const gives = kinds.map((k) => KIND_PHRASES[k]).join(" and ");
        return fail(
          `${fileName} is a ${adapter.label}, which gives ${gives}, not ${KIND_PHRASES[opts.kind]}; ` +
            `import it as ${gives}.`,
        );
      }
      return adapter.import(input, { onProgress: opts.onProgress, limits });
    }
  }
  if (!decoded.ok) return fail(decoded.message);
  const preview = previewTable(decoded.text, fileName, decoded.encoding);
  if ("error" in preview) return fail(preview.error);
  const kind = opts.kind ?? preview.kind;
  if (!kind) return fail(unrecognised(fileName, preview.header));
  const mapping = opts.mapping ?? preview.candidates[kind];
  const missing = missingRequired(kind, mapping);
  if (missing.length > 0) {
    return fail(
      `${fileName} cannot be imported as ${KIND_NAMES[kind].toLowerCase()}: no column for ${missing.join(", ")}.`,
    );
  }
  const result = importTable(decoded.text, {
    fileName,
    encoding: decoded.encoding,
    kind,
    mapping,
    delimiter: preview.delimiter,
    onProgress: opts.onProgress,
    dateOrder: opts.dateOrder,
    limits,
  });
  const detected = `${KIND_NAMES[kind]} table (${delimiterName(preview.delimiter)}-separated, ${decoded.encoding.toUpperCase()})`;
  return { ok: true, ...result, preview, detected };
}

export function importBytes(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportBytesOptions = {},
): ImportOutcome {
  try {
    return run(bytes, fileName, opts);
  } catch (error) {
    if (error instanceof IngestLimitError) return { ok: false, fileName, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, fileName, message: `Weaver could not read ${fileName}: ${detail}` };
  }
}
