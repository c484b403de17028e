import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Bytes of a committed fixture in test/fixtures/ingest/. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/ingest/${name}`, import.meta.url))));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-16 bytes written by hand (TextEncoder only does UTF-8), optionally with a BOM. */
export function utf16(text: string, endian: "le" | "be", bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (_, i) => text.charCodeAt(i))];
  units.forEach((unit, i) => {
    const [first, second] = endian === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  });
  return bytes;
}
