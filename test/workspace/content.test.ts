import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  base64Length,
  contentBytes,
  contentFromBytes,
  contentLength,
  fromBase64,
  toBase64,
  utf8Length,
} from "../../src/workspace/content";
import { FIXTURES_DIR } from "./sampleWorkspace";

const bytesOf = (...values: number[]) => new Uint8Array(values);

describe("base64", () => {
  it("matches Node's encoder for every length and byte value", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let n = 0; n <= 70; n++) {
      const bytes = all.subarray(256 - n);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
    }
  });

  it("round-trips a file larger than one encoding chunk", () => {
    const zip = new Uint8Array(readFileSync(`${FIXTURES_DIR}slack/community-export.zip`));
    const big = new Uint8Array(100_003).map((_, i) => (i * 7919) % 256);
    for (const bytes of [zip, big]) {
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      expect(Buffer.from(fromBase64(toBase64(bytes))).equals(bytes)).toBe(true);
    }
  });

  it("tells how many bytes a string stands for, and refuses what is not base64", () => {
    expect(base64Length("QUJD")).toBe(3);
    expect(base64Length("QUI=")).toBe(2);
    expect(base64Length("QQ==")).toBe(1);
    expect(base64Length("")).toBe(0);
    for (const junk of ["QUJ", "QU=D", "Q===", "QUJD\n", "QUJ*", "QUJé"])
      expect(base64Length(junk)).toBeNull();
    expect(() => fromBase64("abc")).toThrow(RangeError);
  });
});

describe("utf8Length", () => {
  it("agrees with Node on text of every width", () => {
    for (const text of [
      "",
      "abc",
      "Ana María López",
      "São Paulo – 日本",
      "emoji 🙂 pair",
      "\uFEFFid,name\r\n",
    ]) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  });

  it("refuses a lone surrogate, which no decoded UTF-8 file contains", () => {
    expect(utf8Length("a\ud800b")).toBeNull();
    expect(utf8Length("a\udc00")).toBeNull();
    expect(utf8Length("end\ud83d")).toBeNull();
  });
});

describe("file content", () => {
  it("keeps valid UTF-8 as text, BOM and line endings included, and gives the same bytes back", () => {
    const bytes = new Uint8Array(readFileSync(`${FIXTURES_DIR}ingest/people-bom-crlf.csv`));
    expect(bytes.subarray(0, 3)).toEqual(bytesOf(0xef, 0xbb, 0xbf));
    const content = contentFromBytes(bytes);
    expect("text" in content && content.text.startsWith("\uFEFF") && content.text.includes("\r\n")).toBe(
      true,
    );
    expect(contentBytes(content)).toEqual(bytes);
    expect(contentLength(content)).toBe(bytes.length);
  });

  it("keeps UTF-16, Windows-1252, zip and cut-off UTF-8 as base64, exactly", () => {
    const files = [
      "ingest/asistencia-utf16le.txt",
      "ingest/asistencia-utf16be.txt",
      "teams/attendance-report-en-us.csv",
      "slack/community-export.zip",
      "broken/damaged-utf8.csv",
    ].map((name) => new Uint8Array(readFileSync(`${FIXTURES_DIR}${name}`)));
    const latin1 = bytesOf(0x4a, 0x6f, 0x73, 0xe9, 0x0a); // "José\n" in Windows-1252
    const cutOff = bytesOf(0x41, 0xc3); // "A" and half of "é"
    for (const bytes of [...files, latin1, cutOff]) {
      const content = contentFromBytes(bytes);
      expect("base64" in content).toBe(true);
      expect(contentBytes(content)).toEqual(bytes);
      expect(contentLength(content)).toBe(bytes.length);
    }
  });

  it("keeps an empty file", () => {
    const content = contentFromBytes(new Uint8Array());
    expect(content).toEqual({ text: "" });
    expect(contentBytes(content)).toEqual(new Uint8Array());
  });
});
