/**
 * The import worker's pipeline with real exports: Zoom and Slack files recognised at
 * preview (no mapping), read once, described as "Detected: …", and the network rebuilt
 * from the records already read with channels left out or identity decisions applied.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decideSplit, emptyDecisions } from "../../src/model/identity";
import { buildPayload, previewFile, readFiles, type DecodedFile } from "../../src/worker/importPipeline";
import type { ImportSpec } from "../../src/worker/protocol";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const ZOOM = [
  "participants_85212345678.csv",
  "participants_85212345678_unique_users.csv",
  "participants_86098765432.csv",
];
const REGISTRY = [
  "id,name,email,sector",
  'P1,"López, Ana María",ana.lopez@example.org,Social NGO',
  "P2,Marta Ruiz,,National federation",
  "P3,Carlos Vega,cvega@onu.org,UN agency",
].join("\n");

const quiet = () => {};

function preview(
  name: string,
  bytes: Uint8Array,
  i: number,
): { spec: ImportSpec; decoded: DecodedFile; detected?: string } {
  const { outcome, decoded } = previewFile(`f${i}`, name, bytes);
  if (!outcome.ok || !decoded || !outcome.preview.kind) throw new Error(`${name} did not preview`);
  const spec = { fileId: outcome.fileId, kind: outcome.preview.kind, mapping: outcome.preview.mapping };
  return { spec, decoded, detected: outcome.detected };
}

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

describe("exports at preview", () => {
  it("a Zoom report is recognised from its content and read by its adapter, with no mapping to confirm", () => {
    const file = preview("report.csv", fixture(`zoom/${ZOOM[0]}`), 0);
    expect(file.detected).toBe("Zoom participants report, 1 meeting, 5 people");
    expect(file.decoded.adapted?.report.source?.format).toBe("zoom-participants");
    expect(file.decoded.text).toBe("");
    expect(file.spec.kind).toBe("attendance");
  });

  it("a Slack .zip previews although it is not text", () => {
    const file = preview("export.zip", fixture("slack/community-export.zip"), 0);
    expect(file.detected).toMatch(/^Slack export, 3 channels, \d+ people, 13 messages$/);
    expect(file.decoded.adapted?.interactions.length).toBeGreaterThan(0);
  });

  it("a plain table is not claimed by any adapter", () => {
    const file = preview("people.csv", new TextEncoder().encode(REGISTRY), 0);
    expect(file.detected).toBeUndefined();
    expect(file.decoded.adapted).toBeUndefined();
  });
});

describe("the network from what was read", () => {
  const files = [
    preview("people.csv", new TextEncoder().encode(REGISTRY), 0),
    ...ZOOM.map((name, i) => preview(name, fixture(`zoom/${name}`), i + 1)),
  ];
  const read = readFiles(files, quiet);

  it("sums meeting reports of one format into one Detected line, and keeps every file's report", () => {
    const payload = buildPayload(read, {}, {}, quiet);
    expect(payload.sources.detected).toEqual(["Detected: Zoom participants report, 3 meetings, 7 people"]);
    expect(payload.reports.map((r) => r.fileName)).toEqual(["people.csv", ...ZOOM]);
    for (const report of payload.reports) expect(report.read).toBe(report.accepted + report.rejected.length);
    expect(payload.sources.sharedEvents).toBe(read.dataset.attendance.length);
    expect(payload.sources.channels).toEqual([]);
  });

  it("applies the user's identity decisions when rebuilt, without reading the files again", () => {
    const before = buildPayload(read, {}, {}, quiet);
    const split = buildPayload(
      read,
      { decisions: decideSplit(emptyDecisions(), "Vega, Carlos", "P3") },
      {},
      quiet,
    );
    expect(split.graph.nodes.length).toBe(before.graph.nodes.length + 1);
    expect(split.reports).toBe(before.reports);
    // Shared events left out: the meetings' people are there, their ties are not.
    const noEvents = buildPayload(read, {}, { excludeSharedEvents: true }, quiet);
    expect(noEvents.graph.edges ?? []).toEqual([]);
  });
});

describe("channels", () => {
  const read = readFiles([preview("export.zip", fixture("slack/community-export.zip"), 0)], quiet);

  it("are counted before any is left out, and leaving one out or weighing it changes the ties", () => {
    const all = buildPayload(read, {}, {}, quiet);
    expect(all.sources.channels).toEqual([
      { channel: "message", count: 2 },
      { channel: "reply", count: 3 },
      { channel: "mention", count: 6 },
    ]);
    const noMentions = buildPayload(read, {}, { excluded: ["mention"] }, quiet);
    expect(noMentions.sources.channels).toEqual(all.sources.channels);
    expect(noMentions.graph.edges!.length).toBeLessThan(all.graph.edges!.length);
    const weight = (p: typeof all) => p.graph.edges!.reduce((sum, e) => sum + e.attributes!.weight, 0);
    const doubled = buildPayload(read, {}, { reply: 2 }, quiet);
    expect(weight(doubled) - weight(all)).toBeCloseTo(3, 12);
  });
});
