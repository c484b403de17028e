/**
 * A file's original bytes inside a JSON document: as text when they are valid UTF-8 (smaller,
 * and readable in the saved file), else as base64. Both give back the exact bytes, so a
 * re-import reads what the user imported, down to the BOM and the line endings.
 */
import type { FileContent } from "./schema";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const PAD = 61; // "="
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  // Written as ASCII bytes and decoded once: far faster than building the string piece by piece.
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const a = bytes[i]!;
    const b = rest > 1 ? bytes[i + 1]! : 0;
    const c = rest > 2 ? bytes[i + 2]! : 0;
    out[o++] = ALPHABET.charCodeAt(a >> 2);
    out[o++] = ALPHABET.charCodeAt(((a & 3) << 4) | (b >> 4));
    out[o++] = rest > 1 ? ALPHABET.charCodeAt(((b & 15) << 2) | (c >> 6)) : PAD;
    out[o++] = rest > 2 ? ALPHABET.charCodeAt(c & 63) : PAD;
  }
  return new TextDecoder().decode(out);
}

/** Bytes a base64 string stands for, or null when it is not canonical base64 (with padding). */
export function base64Length(text: string): number | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  for (let i = 0; i < text.length - padding; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || DECODE[code] === -1) return null;
  }
  return (text.length / 4) * 3 - padding;
}

/** The bytes of a base64 string; throws on a string base64Length rejects. */
export function fromBase64(text: string): Uint8Array {
  const length = base64Length(text);
  if (length === null) throw new RangeError("not base64");
  const bytes = new Uint8Array(length);
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (DECODE[text.charCodeAt(i)]! << 18) |
      (DECODE[text.charCodeAt(i + 1)]! << 12) |
      (Math.max(0, DECODE[text.charCodeAt(i + 2)]!) << 6) |
      Math.max(0, DECODE[text.charCodeAt(i + 3)]!);
    if (out < length) bytes[out++] = n >> 16;
    if (out < length) bytes[out++] = (n >> 8) & 255;
    if (out < length) bytes[out++] = n & 255;
  }
  return bytes;
}

/**
 * Bytes `text` takes in UTF-8, or null when it holds a lone surrogate: text decoded from valid
 * UTF-8 never does, so such text cannot be a file's original content.
 */
export function utf8Length(text: string): number | null {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return null;
      bytes += 4;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return null;
    else bytes += 3;
  }
  return bytes;
}

/** How to keep these bytes: as text when they are valid UTF-8 (a BOM is kept as U+FEFF), else base64. */
export function contentFromBytes(bytes: Uint8Array): FileContent {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { base64: toBase64(bytes) };
  }
}

/** The original bytes back. */
export function contentBytes(content: FileContent): Uint8Array {
  return "text" in content ? new TextEncoder().encode(content.text) : fromBase64(content.base64);
}

/** Bytes the content stands for, or null when it cannot be a file's content (see utf8Length, base64Length). */
export function contentLength(content: FileContent): number | null {
  return "text" in content ? utf8Length(content.text) : base64Length(content.base64);
}

/** Characters the content takes inside a JSON document, for size estimates. */
export function contentChars(content: FileContent): number {
  return "text" in content ? content.text.length : content.base64.length;
}
