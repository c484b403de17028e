import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../../src/ingest/adapters";
import { arrayElementLines } from "../../../src/ingest/adapters/slackArchive";
import { importBytes } from "../../../src/ingest/importFile";
import { buildSlackExport, slackExportFiles } from "../../fixtures/slack/makeExport";
import { fixtureBytes, imported } from "./helpers";

const NAME = "community-export.zip";
const files = slackExportFiles();
const result = imported(importBytes(fixtureBytes(`slack/${NAME}`), NAME));

/** The line where the message with this ts opens its object, found in the day file's text. */
function lineOf(path: string, ts: string): number {
  const lines = new TextDecoder().decode(files[path]).split("\n");
  // A message's own properties are indented 8 spaces; its thread's "replies" list nests deeper.
  let i = lines.findIndex((l) => l.replace(/,$/, "") === `        "ts": "${ts}"`);
  while (lines[i] !== "    {") i--;
  return i + 1;
}

const at = (day: number, hour: number, minute: number) =>
  `${Date.UTC(2024, 2, day, hour, minute) / 1000}.000100`;
const ANA = ["Ana María López", "ana.lopez@example.org"];
const MARTA = ["Marta Ruiz", "marta.ruiz@deporte.org"];
const JOAO = ["João Silva", "joao.silva@saude.gov.br"];
const CARLOS = ["Carlos Vega", "carlos.vega@onu.org"];

describe("Slack export archive", () => {
  it("is the archive makeExport.ts builds, byte for byte", () => {
    expect(fixtureBytes(`slack/${NAME}`)).toEqual(buildSlackExport());
  });

  it("is recognised from the archive's content and described", () => {
    expect(detectFormat(fixtureBytes(`slack/${NAME}`), NAME)?.description).toBe(
      "Slack export, 3 channels, 4 people, 13 messages",
    );
    expect(result.report).toMatchObject({
      kind: "interactions",
      encoding: "zip",
      source: { format: "slack-export" },
    });
  });

  it("turns replies (across days), mentions and direct messages into ties, in file order", () => {
    const tie = (path: string, ts: string, from: string[], to: string[], type: string, date: string) => ({
      line: lineOf(path, ts),
      source: from[0],
      sourceEmail: from[1],
      target: to[0],
      targetEmail: to[1],
      date,
      type,
      channel: type,
      weight: 1,
    });
    const dm = "D06ANAJOA/2024-03-07.json";
    const general = "general/2024-03-04.json";
    const day1 = "sport-health/2024-03-04.json";
    const day2 = "sport-health/2024-03-05.json";
    const rosa = { ...tie(general, at(4, 15, 30), ANA, ANA, "mention", "2024-03-04"), source: "Rosa Díaz" };
    delete (rosa as { sourceEmail?: string }).sourceEmail;
    expect(result.interactions).toEqual([
      tie(dm, at(7, 8, 0), ANA, JOAO, "message", "2024-03-07"),
      tie(dm, at(7, 8, 5), JOAO, ANA, "message", "2024-03-07"),
      tie(general, at(4, 14, 0), ANA, MARTA, "mention", "2024-03-04"),
      tie(general, at(4, 14, 0), ANA, JOAO, "mention", "2024-03-04"),
      tie(general, at(4, 15, 0), MARTA, ANA, "mention", "2024-03-04"),
      rosa,
      tie(day1, at(4, 16, 10), ANA, MARTA, "reply", "2024-03-04"),
      tie(day1, at(4, 16, 10), ANA, JOAO, "mention", "2024-03-04"),
      // No parent_user_id: the thread's first message is in the previous day's file.
      tie(day2, at(5, 9, 0), JOAO, MARTA, "reply", "2024-03-05"),
      tie(day2, at(5, 10, 0), ANA, MARTA, "reply", "2024-03-05"),
      tie("youth-crime/2024-03-06.json", at(6, 12, 0), CARLOS, MARTA, "mention", "2024-03-06"),
    ]);
  });

  it("rejects what it cannot resolve, with the day file and line, and counts what it ignores", () => {
    expect(result.report.rejected.map((r) => [r.line, r.code, r.reason])).toEqual([
      [
        lineOf("general/2024-03-04.json", at(4, 15, 0)),
        "unresolved",
        "general/2024-03-04.json: mention of U09EXT9, who is not in users.json",
      ],
      [
        lineOf("sport-health/2024-03-05.json", at(5, 11, 0)),
        "unresolved",
        "sport-health/2024-03-05.json: reply in a thread whose first message is not in the export",
      ],
    ]);
    expect(result.report).toMatchObject({ read: 13, accepted: 11 });
    expect(result.report.notes).toEqual([
      "13 messages read in 4 conversations.",
      "5 system messages (joins, leaves, topic changes and the like) were ignored.",
      "1 bot message and 1 mention of bots were ignored.",
      "Folders no channel list names were not read: old-projects.",
      "1 reply to one's own thread makes no tie.",
    ]);
  });

  it("gives each workspace member as a profile with channels as groups (not the general channel)", () => {
    expect(result.people).toEqual([
      {
        id: "U05ANA1",
        name: ANA[0],
        email: ANA[1],
        groups: ["#sport-health"],
        status: "member",
        registered: false,
      },
      {
        id: "U05MAR2",
        name: MARTA[0],
        email: MARTA[1],
        groups: ["#sport-health", "#youth-crime"],
        status: "member",
        registered: false,
      },
      {
        id: "U05JOA3",
        name: JOAO[0],
        email: JOAO[1],
        groups: ["#sport-health"],
        status: "member",
        registered: false,
      },
      {
        id: "U05CAR4",
        name: CARLOS[0],
        email: CARLOS[1],
        groups: ["#youth-crime"],
        status: "former",
        registered: false,
      },
    ]);
  });

  it("reads an export re-zipped from its unpacked folder", () => {
    const nested = zipSync(
      Object.fromEntries(Object.entries(files).map(([p, b]) => [`Weaver CoP Slack export/${p}`, b])),
    );
    const again = imported(importBytes(nested, "export.zip"));
    expect(again.interactions.map((r) => [r.source, r.target, r.channel])).toEqual(
      result.interactions.map((r) => [r.source, r.target, r.channel]),
    );
  });

  it("refuses to read more messages than the row limit", () => {
    const outcome = importBytes(fixtureBytes(`slack/${NAME}`), NAME, { limits: { maxRows: 5 } });
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/has more than 5 messages, the most/),
    });
  });
});

describe("arrayElementLines", () => {
  it("finds where each element of a JSON array starts, whatever the strings hold", () => {
    const text = '[\n  {"a": "x, {[\\"]} y"},\n\n  {"b": [1,\n 2]}, 3,\n  "s,t"\n]';
    expect(arrayElementLines(text)).toEqual([2, 4, 5, 6]);
    expect(arrayElementLines("[]")).toEqual([]);
    expect(arrayElementLines("[ 1 ]")).toEqual([1]);
  });
});
