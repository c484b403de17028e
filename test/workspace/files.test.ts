import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importBytes } from "../../src/ingest";
import {
  newWorkspace,
  parseWorkspace,
  reimportWorkspaceFile,
  serializeWorkspace,
  workspaceFile,
  workspaceFileBytes,
} from "../../src/workspace";
import { FIXTURES_DIR, imported } from "./sampleWorkspace";

/** Real exports of every kind Weaver reads, tidy and broken, each imported as the app would. */
const FIXTURES = [
  "zoom/participants_85212345678.csv",
  "zoom/participants_85212345678_unique_users.csv",
  "teams/attendance-report-en-us.csv",
  "teams/attendance-report-dotted.csv",
  "slack/community-export.zip",
  "ingest/asistencia-utf16be.txt",
  "ingest/asistencia-utf16le.txt",
  "ingest/interacciones-punto-y-coma.csv",
  "ingest/interactions-bad-rows.csv",
  "ingest/people-bom-crlf.csv",
  "broken/interactions-every-reason.csv",
  "broken/people-every-reason.csv",
  "broken/zoom-every-reason.csv",
];

describe("a file saved in a workspace imports exactly as it did", () => {
  it.each(FIXTURES)("%s", (path) => {
    const fileName = path.split("/")[1]!;
    const bytes = new Uint8Array(readFileSync(`${FIXTURES_DIR}${path}`));
    const first = imported(importBytes(bytes, fileName));
    const adapter = first.report.source !== undefined;
    const ws = newWorkspace();
    ws.files.push(
      workspaceFile(bytes, {
        id: "f",
        fileName,
        // A format adapter decides what the file gives; a table keeps the kind and columns used.
        kind: adapter ? null : first.report.kind,
        encoding: first.report.encoding,
        mapping: adapter ? null : first.preview.candidates[first.report.kind],
      }),
    );
    const opened = parseWorkspace(serializeWorkspace(ws));
    if (!opened.ok) throw new Error(opened.message);
    const file = opened.workspace.files[0]!;
    expect(Buffer.from(workspaceFileBytes(file)).equals(bytes)).toBe(true);
    const again = imported(reimportWorkspaceFile(file));
    // Same records, same rejected rows with the same lines and reasons, same report.
    expect(again).toEqual(first);
    expect(again.report.read).toBe(again.report.accepted + again.report.rejected.length);
  });

  it("keeps a Windows-1252 registry byte for byte, accents and all", () => {
    const bytes = new Uint8Array(Buffer.from("id;name;sector\r\nP1;José Núñez;Federación\r\n", "latin1"));
    const first = imported(importBytes(bytes, "socios.csv"));
    expect(first.report.encoding).toBe("windows-1252");
    const file = workspaceFile(bytes, {
      id: "w",
      fileName: "socios.csv",
      kind: "people",
      encoding: first.report.encoding,
      mapping: first.preview.candidates.people,
    });
    expect("base64" in file.content).toBe(true);
    const opened = parseWorkspace(serializeWorkspace({ ...newWorkspace(), files: [file] }));
    if (!opened.ok) throw new Error(opened.message);
    const again = imported(reimportWorkspaceFile(opened.workspace.files[0]!));
    expect(again).toEqual(first);
    expect(again.people[0]!.name).toBe("José Núñez");
  });

  it("keeps the user's own mapping rather than detecting it again", () => {
    const bytes = new TextEncoder().encode("a,b,c\nAna,Ben,2025-01-02\nBen,Ana,2025-01-03\n");
    const mapping = { source: 1, target: 0, date: 2, type: null, weight: null };
    const file = workspaceFile(bytes, {
      id: "x",
      fileName: "log.csv",
      kind: "interactions",
      encoding: "utf-8",
      mapping,
    });
    const result = imported(reimportWorkspaceFile(file));
    expect(result.interactions.map((r) => [r.source, r.target])).toEqual([
      ["Ben", "Ana"],
      ["Ana", "Ben"],
    ]);
  });

  it("keeps the day/month order the user chose", () => {
    const bytes = new TextEncoder().encode("source,target,date\nAna,Ben,03/04/2025\n");
    const read = {
      id: "x",
      fileName: "log.csv",
      kind: "interactions" as const,
      encoding: "utf-8",
      mapping: null,
    };
    const base = imported(importBytes(bytes, "log.csv"));
    const mapping = base.preview.candidates.interactions;
    const dmy = workspaceFile(bytes, { ...read, mapping, dateOrder: "dmy" });
    const mdy = workspaceFile(bytes, { ...read, mapping, dateOrder: "mdy" });
    expect(imported(reimportWorkspaceFile(dmy)).interactions[0]!.date).toBe("2025-04-03");
    expect(imported(reimportWorkspaceFile(mdy)).interactions[0]!.date).toBe("2025-03-04");
  });
});
