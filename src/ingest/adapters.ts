/**
 * Extension point for format-specific importers (Zoom participant reports, Teams
 * attendance reports, Slack export archives). importBytes asks each adapter, in order,
 * whether it recognises a file before falling back to the generic table importer. An
 * adapter reads its format its own way and validates rows through RecordCollector, so
 * accounting and rejection reasons stay the same across all sources.
 */
import type { FileKind } from "../model/types";
import { slackAdapter } from "./adapters/slack";
import { teamsAdapter } from "./adapters/teams";
import { zoomAdapter } from "./adapters/zoom";
import { decodeBytes, type DecodeResult } from "./decode";
import type { ImportOutcome } from "./importFile";
import type { IngestLimits } from "./limits";

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
  /** Kinds of records the format gives (a Zoom report gives attendance); used to check a kind the user chose. */
  kinds?: readonly FileKind[];
  /**
   * Recognises the format from content (not from the file name alone) and returns what
   * it found, e.g. "3 meetings, 41 people", or null when the file is not in this format.
   * Must be cheap: it runs for every uploaded file.
   */
  detect(input: AdapterInput): { summary: string } | null;
  /** Must not throw; report unreadable content as { ok: false, message }. */
  import(
    input: AdapterInput,
    options: { onProgress?: (fraction: number) => void; limits?: IngestLimits },
  ): ImportOutcome;
}

/** Adapters importBytes tries by default, most specific first. */
export const DEFAULT_ADAPTERS: readonly IngestAdapter[] = [slackAdapter, teamsAdapter, zoomAdapter];

export interface DetectedFormat {
  adapter: IngestAdapter;
  /** e.g. "Zoom participants report, 1 meeting, 12 people", shown as "Detected: …". */
  description: string;
}

/**
 * Which export format a file is, for the preview step: a detected file needs no column mapping.
 * Null for anything else (a generic table goes through the mapping step). Never throws.
 */
export function detectFormat(
  bytes: Uint8Array,
  fileName: string,
  adapters: readonly IngestAdapter[] = DEFAULT_ADAPTERS,
): DetectedFormat | null {
  try {
    const input = { bytes, fileName, decoded: decodeBytes(bytes, fileName) };
    for (const adapter of adapters) {
      const found = adapter.detect(input);
      if (found) {
        const description = found.summary ? `${adapter.label}, ${found.summary}` : adapter.label;
        return { adapter, description };
      }
    }
  } catch {
    // A file that breaks detection is left to the generic importer, which reports it.
  }
  return null;
}

export { describeImports } from "./adapters/summary";
export {
  applyChannelWeights,
  applyChannelWeightsToDataset,
  channelOf,
  CHANNELS,
  countChannels,
  inferChannel,
  type ChannelWeights,
} from "./adapters/channels";
