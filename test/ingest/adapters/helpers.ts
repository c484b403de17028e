import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { ImportOutcome } from "../../../src/ingest/importFile";

/** Bytes of a committed fixture under test/fixtures/, e.g. fixtureBytes("zoom/participants_1.csv"). */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url))));
}

/** The successful outcome, after checking that every row read was accepted or rejected. */
export function imported(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`expected an import, got: ${outcome.message}`);
  const { report } = outcome;
  expect(report.read).toBe(report.accepted + report.rejected.length);
  return outcome;
}

export function rejections(outcome: ImportOutcome): [number, string][] {
  return imported(outcome).report.rejected.map((r) => [r.line, r.reason]);
}
