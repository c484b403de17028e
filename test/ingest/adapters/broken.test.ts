import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importBytes, type ImportBytesOptions } from "../../../src/ingest/importFile";
import { brokenFiles } from "../../fixtures/broken/makeBroken";
import { fixtureBytes, imported } from "./helpers";

interface Entry {
  file: string;
  what: string;
  options?: ImportBytesOptions;
  message?: string;
  read?: number;
  accepted?: number;
  rejected?: [number, string, string][];
}

const folder = fileURLToPath(new URL("../../fixtures/broken/", import.meta.url));
const manifest = JSON.parse(readFileSync(`${folder}manifest.json`, "utf8")) as { files: Entry[] };

describe("test/fixtures/broken", () => {
  it("holds exactly the files makeBroken.ts writes, byte for byte", () => {
    const written = brokenFiles();
    const committed = readdirSync(folder).filter((f) => f !== "makeBroken.ts" && f !== "manifest.json");
    expect(committed.sort()).toEqual(Object.keys(written).sort());
    for (const [name, bytes] of Object.entries(written))
      expect(fixtureBytes(`broken/${name}`), name).toEqual(bytes);
  });

  it("lists every file in the manifest, and every rejection code at least once", () => {
    const listed = new Set(manifest.files.map((e) => e.file));
    expect([...listed].sort()).toEqual(Object.keys(brokenFiles()).sort());
    const codes = new Set(manifest.files.flatMap((e) => (e.rejected ?? []).map(([, code]) => code)));
    expect([...codes].sort()).toEqual(
      [
        "damaged",
        "date",
        "duplicate",
        "empty",
        "field",
        "misaligned",
        "missing",
        "quotes",
        "reserved",
        "self",
        "status",
        "unresolved",
        "weight",
      ].sort(),
    );
  });

  it.each(manifest.files.map((e) => [`${e.file}${e.options ? " " + JSON.stringify(e.options) : ""}`, e]))(
    "%s gives the user the messages the manifest states",
    (_, entry) => {
      const outcome = importBytes(fixtureBytes(`broken/${entry.file}`), entry.file, entry.options ?? {});
      if (entry.message !== undefined) {
        expect(outcome).toEqual({ ok: false, fileName: entry.file, message: entry.message });
        return;
      }
      const { report } = imported(outcome);
      expect(report.rejected.map((r) => [r.line, r.code, r.reason])).toEqual(entry.rejected);
      expect([report.read, report.accepted]).toEqual([entry.read, entry.accepted]);
    },
  );
});
