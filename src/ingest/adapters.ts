/**
 * Extension point for format-specific importers (Zoom participant reports, Teams
 * attendance reports, Slack export archives). importBytes asks each adapter, in order,
 * whether it recognises a file before falling back to the generic table importer. An
 * adapter reads its format its own way and validates rows through RecordCollector, so
 * accounting and rejection reasons stay the same across all sources.
 */
import type { DecodeResult } from "./decode";
import type { ImportOutcome } from "./importFile";

export interface AdapterInput {
  bytes: Uint8Array;
  fileName: string;
  /** The bytes decoded as text, or why they could not be (an archive, for instance). */
  decoded: DecodeResult;
}

export interface IngestAdapter {
  id: string;
  /** Name shown to the user, e.g. "Zoom participants report". */
  label: string;
  /**
   * Recognises the format from content (not from the file name alone) and returns what
   * it found, e.g. "3 meetings, 41 people", or null when the file is not in this format.
   * Must be cheap: it runs for every uploaded file.
   */
  detect(input: AdapterInput): { summary: string } | null;
  /** Must not throw; report unreadable content as { ok: false, message }. */
  import(input: AdapterInput, options: { onProgress?: (fraction: number) => void }): ImportOutcome;
}

/** Adapters importBytes tries by default, most specific first. */
export const DEFAULT_ADAPTERS: readonly IngestAdapter[] = [];
