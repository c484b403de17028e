import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode";
import { fixture, utf16, utf8 } from "./helpers";

const TABLE = "name,región\r\nAna María,Perú\r\n";

describe("decodeBytes", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeBytes(utf8(TABLE))).toEqual({ ok: true, text: TABLE, encoding: "utf-8" });
  });

  it("strips the UTF-8 BOM Excel adds and says it was there", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TABLE)]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: TABLE, encoding: "utf-8-bom" });
  });

  it.each(["le", "be"] as const)("reads UTF-16 %s with a BOM", (endian) => {
    expect(decodeBytes(utf16(TABLE, endian))).toEqual({ ok: true, text: TABLE, encoding: `utf-16${endian}` });
  });

  it.each(["le", "be"] as const)("sniffs UTF-16 %s without a BOM from its NUL bytes", (endian) => {
    expect(decodeBytes(utf16(TABLE, endian, false))).toEqual({
      ok: true,
      text: TABLE,
      encoding: `utf-16${endian}`,
    });
  });

  it("falls back to Windows-1252 for old Excel files that are not valid UTF-8", () => {
    // "Organización" in Windows-1252: ó is the single byte 0xF3.
    const bytes = new Uint8Array([...utf8("Organizaci"), 0xf3, ...utf8("n\nOPS\n")]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: "Organización\nOPS\n", encoding: "windows-1252" });
  });

  it("drops a doubled BOM so it cannot stick to the first header", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8("id\n1\n")]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, text: "id\n1\n" });
  });

  it("gives one clear message for an image, naming the file", () => {
    expect(decodeBytes(fixture("logo.png"), "logo.png")).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^logo\.png does not look like a table: it is a PNG image\. Save or export it as CSV/,
      ),
    });
  });

  it("recognises an Excel workbook (a zip archive) and asks for CSV", () => {
    const result = decodeBytes(fixture("registry.xlsx"), "registry.xlsx");
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("zip archive (an Excel .xlsx"),
    });
  });

  it("says an empty or blank file is empty", () => {
    expect(decodeBytes(fixture("empty.csv"), "empty.csv")).toEqual({
      ok: false,
      message: "empty.csv is empty: there is no table in it.",
    });
    expect(decodeBytes(utf8(" \r\n\n"), "blank.csv")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/is empty/),
    });
  });

  it("refuses binary content with no known signature", () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 73 + 11) % 256);
    expect(decodeBytes(bytes, "data.bin")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^data\.bin does not look like a table: it is a binary file/),
    });
  });

  it("refuses UTF-16 that is damaged inside the text (a lone surrogate)", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00, 0x0a, 0x00]);
    expect(decodeBytes(bytes, "cut.txt")).toMatchObject({
      ok: false,
      message: expect.stringContaining("damaged UTF-16LE"),
    });
  });

  it("reads UTF-16 cut off in the middle of a character, marking the lost character", () => {
    for (const order of ["le", "be"] as const) {
      const bytes = utf16(TABLE, order);
      const decoded = decodeBytes(bytes.subarray(0, bytes.length - 1));
      expect(decoded).toEqual({ ok: true, text: `${TABLE.slice(0, -1)}\ufffd`, encoding: `utf-16${order}` });
    }
  });

  it("reads UTF-8 cut off in the middle of an accented letter as UTF-8, not as Windows-1252", () => {
    const text = "name,región\nAna María,Perú";
    const bytes = utf8(text);
    const decoded = decodeBytes(bytes.subarray(0, bytes.length - 1));
    expect(decoded).toEqual({ ok: true, text: "name,región\nAna María,Per\ufffd", encoding: "utf-8" });
  });

  it("still reads a Windows-1252 file that ends in an accented letter as Windows-1252", () => {
    const bytes = new Uint8Array([...utf8("name,city\nAna,Espa"), 0xf1]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: "name,city\nAna,Españ", encoding: "windows-1252" });
  });
});
