/**
 * Detection must say what a file holds ("3 meetings, 41 people"), which for a meeting report
 * means reading it; importing right after must not read it twice. The outcome is kept per byte
 * array (weakly, so it goes with the file) and per limits.
 */
import type { AdapterInput } from "../adapters";
import type { ImportOutcome } from "../importFile";
import { DEFAULT_LIMITS, IngestLimitError, type IngestLimits } from "../limits";

export interface TextInput {
  text: string;
  fileName: string;
  encoding: string;
}

const cache = new WeakMap<Uint8Array, { key: string; outcome: ImportOutcome }>();

type Reader = (input: AdapterInput, limits: IngestLimits) => ImportOutcome;

/** Runs `read` once per (adapter, bytes, limits); never throws: failures become { ok: false, message }. */
export function cachedImport(
  adapterId: string,
  input: AdapterInput,
  read: Reader,
  options: { onProgress?: (fraction: number) => void; limits?: IngestLimits } = {},
): ImportOutcome {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const key = `${adapterId}\u0000${JSON.stringify(limits)}`;
  const hit = cache.get(input.bytes);
  let outcome = hit?.key === key ? hit.outcome : undefined;
  if (!outcome) {
    outcome = guarded(input, limits, read);
    cache.set(input.bytes, { key, outcome });
  }
  options.onProgress?.(1);
  return outcome;
}

function guarded(input: AdapterInput, limits: IngestLimits, read: Reader): ImportOutcome {
  const { fileName } = input;
  try {
    return read(input, limits);
  } catch (error) {
    const message =
      error instanceof IngestLimitError
        ? error.message
        : `Weaver could not read ${fileName}: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, fileName, message };
  }
}

/** A reader of decoded text; bytes that are not text get the decoder's message. */
export function textReader(read: (input: TextInput, limits: IngestLimits) => ImportOutcome): Reader {
  return ({ fileName, decoded }, limits) =>
    decoded.ok
      ? read({ text: decoded.text, fileName, encoding: decoded.encoding }, limits)
      : { ok: false, fileName, message: decoded.message };
}
