/**
 * Turns a file's raw bytes into text. Coordinators' exports come as UTF-8 (with or
 * without the BOM Excel adds), UTF-16 (Excel's "Unicode text", Teams reports) or, from
 * older Spanish/Portuguese Excel, Windows-1252. Anything that is not text (an image, a
 * PDF, an .xlsx workbook, an empty file) gets one message a coordinator can act on.
 */

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; message: string };

/** Magic numbers of files people upload by mistake, with what to tell them. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a zip archive (an Excel .xlsx workbook is one)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old-format Office file (.xls or .doc)" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: [0xff, 0xfe, 0x00, 0x00], what: "UTF-32 text, which Weaver does not read" },
];

const SAVE_AS_CSV = "Save or export it as CSV (comma, semicolon or tab separated, UTF-8) and try again.";

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function notATable(fileName: string, what: string): DecodeResult {
  return { ok: false, message: `${fileName} does not look like a table: it is ${what}. ${SAVE_AS_CSV}` };
}

/**
 * UTF-16 without a BOM: ASCII characters leave a NUL in every other byte, on the odd
 * bytes for little-endian and on the even bytes for big-endian.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.05) return "utf-16le";
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.05) return "utf-16be";
  return null;
}

/** Control characters other than tab, LF, form feed and CR do not occur in real tables. */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) controls++;
  }
  return controls > length * 0.01;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Bytes a UTF-8 lead byte announces (0 for a byte that cannot start a sequence). */
function utf8SequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/**
 * How many bytes at the end form a character the file was cut off in the middle of (a
 * download or copy that stopped short), or 0. Only that tail is forgiven: damage anywhere
 * else still fails strict decoding.
 */
function cutCharacterTail(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): number {
  if (encoding !== "utf-8") {
    if (bytes.length % 2 === 1) return 1;
    const last = encoding === "utf-16le" ? bytes[bytes.length - 1]! : bytes[bytes.length - 2]!;
    return bytes.length >= 2 && last >= 0xd8 && last <= 0xdb ? 2 : 0; // a lone high surrogate
  }
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte >= 0x80 && byte <= 0xbf) continue; // continuation byte: keep looking for the lead
    const needed = utf8SequenceLength(byte);
    return needed > back ? back : 0;
  }
  return 0;
}

/**
 * Strict decoding, forgiving only a character cut off by the end of the file: it becomes
 * U+FFFD instead of turning the whole file into Windows-1252 mojibake ("MarÃ­a") or a refusal.
 * For UTF-8 the rest of the file must hold a multi-byte character, so that a genuine
 * Windows-1252 file that happens to end in "ñ" is still read as Windows-1252.
 */
function tryDecodeCutEnd(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): string | null {
  const whole = tryDecode(encoding, bytes);
  if (whole !== null) return whole;
  const tail = cutCharacterTail(encoding, bytes);
  if (tail === 0) return null;
  const head = bytes.subarray(0, bytes.length - tail);
  if (encoding === "utf-8" && !head.some((byte) => byte >= 0x80)) return null;
  const text = tryDecode(encoding, head);
  return text === null ? null : `${text}\ufffd`;
}

function finish(fileName: string, text: string | null, encoding: TextEncodingName): DecodeResult {
  if (text === null) return notATable(fileName, `damaged ${encoding.toUpperCase()} text`);
  // A second BOM (files re-saved by tools that add one blindly) is not part of the header.
  const clean = text.replace(/^\ufeff+/, "");
  if (looksBinary(clean)) return notATable(fileName, "a binary file, not text");
  if (clean.trim() === "") return { ok: false, message: `${fileName} is empty: there is no table in it.` };
  return { ok: true, text: clean, encoding };
}

/**
 * Decodes bytes by BOM, then by NUL pattern (UTF-16), then strict UTF-8, then
 * Windows-1252 (every byte sequence is valid there, so it comes last and only for text
 * that passes the binary check). `fileName` only personalises the message.
 */
export function decodeBytes(bytes: Uint8Array, fileName = "This file"): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: `${fileName} is empty: there is no table in it.` };
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) return notATable(fileName, signature.what);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return finish(fileName, tryDecodeCutEnd("utf-8", bytes.subarray(3)), "utf-8-bom");
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return finish(fileName, tryDecodeCutEnd("utf-16le", bytes.subarray(2)), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff]))
    return finish(fileName, tryDecodeCutEnd("utf-16be", bytes.subarray(2)), "utf-16be");
  const utf16 = sniffUtf16(bytes);
  if (utf16) return finish(fileName, tryDecodeCutEnd(utf16, bytes), utf16);
  const utf8 = tryDecodeCutEnd("utf-8", bytes);
  if (utf8 !== null) return finish(fileName, utf8, "utf-8");
  return finish(fileName, tryDecode("windows-1252", bytes), "windows-1252");
}
