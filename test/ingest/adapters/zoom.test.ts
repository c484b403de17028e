import { describe, expect, it } from "vitest";
import { DEFAULT_ADAPTERS, describeImports, detectFormat } from "../../../src/ingest/adapters";
import { zoomAdapter } from "../../../src/ingest/adapters/zoom";
import { importBytes } from "../../../src/ingest/importFile";
import { fixtureBytes, imported, rejections } from "./helpers";

const WITH_HEADER = "participants_85212345678.csv";
const PLAIN = "participants_86098765432.csv";
const UNIQUE = "participants_85212345678_unique_users.csv";
const zoom = (name: string) => importBytes(fixtureBytes(`zoom/${name}`), name);
const SYNC = "Comunidad de práctica: deporte y salud (85212345678)";

describe("Zoom participants report with the meeting header block", () => {
  const result = imported(zoom(WITH_HEADER));

  it("is recognised from its content and described for the user", () => {
    expect(result.detected).toBe("Zoom participants report, 1 meeting, 5 people");
    expect(result.report).toMatchObject({
      kind: "attendance",
      encoding: "utf-8-bom",
      delimiter: ",",
      headerLine: 4,
      dateOrder: "mdy",
      source: { format: "zoom-participants", label: "Zoom participants report" },
    });
    expect(result.report.header[0]).toBe("Name (Original Name)");
  });

  it("collapses rejoins into one attendance per person, with e-mail, summed minutes and the rename kept", () => {
    expect(result.attendance).toEqual([
      {
        line: 5,
        person: "Marta Ruiz",
        email: "marta.ruiz@deporte.org",
        event: SYNC,
        date: "2021-11-19",
        minutes: 69,
      },
      {
        line: 6,
        person: "Ana María López",
        email: "ana.lopez@example.org",
        event: SYNC,
        date: "2021-11-19",
        // 23 + 41 on her account, + 10 as a guest without e-mail under the same name.
        minutes: 74,
        aliases: ["Ana L"],
      },
      {
        line: 7,
        person: "João Silva",
        email: "joao.silva@saude.gov.br",
        event: SYNC,
        date: "2021-11-19",
        minutes: 62,
      },
      { line: 9, person: "Invitado Pérez", event: SYNC, date: "2021-11-19", minutes: 40 },
      {
        line: 10,
        person: "Vega, Carlos",
        email: "carlos.vega@onu.org",
        event: SYNC,
        date: "2021-11-19",
        minutes: 55,
      },
    ]);
  });

  it("counts every participant row: the rejoin rows are accepted as merged", () => {
    expect(result.report).toMatchObject({ read: 7, accepted: 7, merged: 2, rejected: [] });
    expect(result.report.notes).toEqual([
      "2 rows of people who left and rejoined were merged into their first attendance, minutes added up.",
      "1 person renamed themselves in a meeting: matched by the original name, the new name kept as an alias.",
    ]);
  });
});

describe("Zoom participants table without the header block", () => {
  const result = imported(zoom(PLAIN));

  it("names the meeting after the file and dates it by the first join", () => {
    expect(new Set(result.attendance.map((r) => `${r.event} ${r.date}`))).toEqual(
      new Set(["participants_86098765432 2025-11-26"]),
    );
  });

  it("reads the newer lower-case headers, keeps organisation suffixes, merges guest rejoins by name", () => {
    expect(result.attendance.map((r) => [r.line, r.person, r.email ?? null, r.minutes])).toEqual([
      [2, "Marta Ruiz", "marta.ruiz@deporte.org", 63],
      [3, "Luis Pérez (CONADE)", null, 60],
      [4, "Ana María López", "ana.lopez@example.org", 56],
      [5, "iPhone de Carla", null, 57],
    ]);
  });

  it("rejects a row it cannot date and an empty row inside the table, with their lines", () => {
    expect(rejections(result)).toEqual([
      [7, 'unparseable join time "ayer"'],
      [8, "empty row"],
    ]);
    expect(result.report).toMatchObject({ read: 8, accepted: 6, merged: 2 });
  });
});

describe("Zoom unique-users report", () => {
  const result = imported(zoom(UNIQUE));

  it("reads total durations, a Meeting ID written with spaces, and an ambiguous date as a US report", () => {
    expect(result.attendance).toEqual([
      {
        line: 5,
        person: "Marta Ruiz",
        email: "marta.ruiz@deporte.org",
        event: SYNC,
        date: "2021-12-03",
        minutes: 90,
      },
      {
        line: 6,
        person: "López, Ana María",
        email: "ana.lopez@example.org",
        event: SYNC,
        date: "2021-12-03",
        minutes: 85,
      },
      {
        line: 7,
        person: "Carlos Vega",
        email: "carlos.vega@onu.org",
        event: SYNC,
        date: "2021-12-03",
        minutes: 60,
      },
      { line: 8, person: "Invitado Pérez", event: SYNC, date: "2021-12-03", minutes: 45 },
    ]);
    expect(result.report.notes).toEqual([
      "Dates like 05/03/2024 were read as month/day/year: no date in the report settles the order, and its times use AM/PM, as US-style reports do.",
    ]);
  });
});

describe("several Zoom reports at once", () => {
  it("are several meetings: a recurring meeting on another day is another occurrence", () => {
    const outcomes = [WITH_HEADER, PLAIN, UNIQUE].map(zoom);
    expect(describeImports(outcomes)).toEqual(["Detected: Zoom participants report, 3 meetings, 7 people"]);
  });

  it("are summed per format, beside the other files' own lines", () => {
    const teams = "attendance-report-en-us.csv";
    const outcomes = [
      zoom(WITH_HEADER),
      importBytes(new TextEncoder().encode("person,event\nana@x.org,Taller\n"), "asistencia.csv"),
      importBytes(fixtureBytes(`teams/${teams}`), teams),
      importBytes(new Uint8Array(0), "empty.csv"),
    ];
    expect(describeImports(outcomes)).toEqual([
      "Detected: Zoom participants report, 1 meeting, 5 people",
      "Detected: Attendance table (comma-separated, UTF-8)",
      "Detected: Microsoft Teams attendance report, 1 meeting, 5 people",
    ]);
  });
});

describe("Zoom detection", () => {
  it("claims Zoom reports and nothing else", () => {
    expect(detectFormat(fixtureBytes(`zoom/${WITH_HEADER}`), WITH_HEADER)?.description).toBe(
      "Zoom participants report, 1 meeting, 5 people",
    );
    const generic = new TextEncoder().encode("person,event,date\nana@x.org,Taller,2024-01-02\n");
    expect(detectFormat(generic, "asistencia.csv")).toBeNull();
    expect(
      zoomAdapter.detect({ bytes: generic, fileName: "x.csv", decoded: { ok: false, message: "no" } }),
    ).toBeNull();
    expect(DEFAULT_ADAPTERS.map((a) => a.id)).toContain("zoom-participants");
  });

  it("is used when the user says the file is attendance, refused when they say people", () => {
    const bytes = fixtureBytes(`zoom/${WITH_HEADER}`);
    expect(imported(importBytes(bytes, WITH_HEADER, { kind: "attendance" })).attendance).toHaveLength(5);
    expect(importBytes(bytes, WITH_HEADER, { kind: "people" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("is a Zoom participants report, which gives attendance"),
    });
  });

  it("steps aside when the user maps the columns by hand", () => {
    const bytes = fixtureBytes(`zoom/${PLAIN}`);
    const result = imported(
      importBytes(bytes, PLAIN, { kind: "attendance", mapping: { person: 1, event: 5 } }),
    );
    expect(result.report.source).toBeUndefined();
    expect(result.attendance[0]).toMatchObject({ person: "marta.ruiz@deporte.org", event: "No" });
  });

  it("reads a report re-saved by European Excel with semicolons and no BOM", () => {
    const text = [
      "Name (Original Name);User Email;Join Time;Leave Time;Duration (Minutes);Guest",
      "Ana López;ana@example.org;19/11/2021 09:54:15;19/11/2021 10:54:15;60;No",
      "Ben Ruiz;;19/11/2021 09:55:00;19/11/2021 10:00:00;5;Yes",
    ].join("\n");
    const result = imported(importBytes(new TextEncoder().encode(text), "zoom.csv"));
    expect(result.report).toMatchObject({ delimiter: ";", dateOrder: "dmy" });
    expect(result.attendance.map((r) => [r.person, r.date])).toEqual([
      ["Ana López", "2021-11-19"],
      ["Ben Ruiz", "2021-11-19"],
    ]);
  });
});
