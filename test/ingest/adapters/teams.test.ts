import { describe, expect, it } from "vitest";
import { detectFormat } from "../../../src/ingest/adapters";
import { cleanTeamsName } from "../../../src/ingest/adapters/teams";
import { readMinutes } from "../../../src/ingest/adapters/common";
import { importBytes } from "../../../src/ingest/importFile";
import { utf16 } from "../helpers";
import { fixtureBytes, imported, rejections } from "./helpers";

const teams = (name: string) => importBytes(fixtureBytes(`teams/${name}`), name);

describe("Teams attendance report, current version, en-US (UTF-16 LE)", () => {
  const result = imported(teams("attendance-report-en-us.csv"));
  const event = "Sport for development: monthly exchange";

  it("is recognised and described", () => {
    expect(result.detected).toBe("Microsoft Teams attendance report, 1 meeting, 5 people");
    expect(result.report).toMatchObject({
      kind: "attendance",
      encoding: "utf-16le",
      delimiter: "\t",
      headerLine: 10,
      dateOrder: "mdy",
      read: 5,
      accepted: 5,
      rejected: [],
    });
  });

  it("reads section 2 only: names with commas, markers dropped, UPN as e-mail, durations in minutes", () => {
    expect(result.attendance).toEqual([
      {
        line: 11,
        person: "Ruiz, Marta",
        email: "marta.ruiz@deporte.org",
        event,
        date: "2025-11-26",
        minutes: 62.13,
      },
      {
        line: 12,
        person: "López, Ana María",
        email: "ana.lopez@example.org",
        event,
        date: "2025-11-26",
        minutes: 58.33,
      },
      {
        line: 13,
        person: "Silva, João",
        email: "joao.silva@saude.gov.br",
        event,
        date: "2025-11-26",
        minutes: 45.17,
      },
      { line: 14, person: "Carla Rojas", event, date: "2025-11-26", minutes: 30 },
      {
        line: 15,
        person: "Pedro Núñez",
        email: "pedro.nunez@onu.org",
        event,
        date: "2025-11-26",
        minutes: 46.83,
      },
    ]);
    expect(result.report.notes).toEqual([
      "The In-Meeting activities section (6 rows) repeats the participants' joins and was not needed.",
    ]);
  });
});

describe("Teams attendance report, en-GB (UTF-16 BE, lower-case headers, 24-hour day-first dates)", () => {
  const result = imported(teams("attendance-report-en-gb.csv"));
  const event = "Taller regional: prevención de la violencia juvenil";

  it("reads day-first dates and quoted names, and rejects what it cannot use with its line", () => {
    expect(result.report).toMatchObject({ encoding: "utf-16be", dateOrder: "dmy", read: 5, accepted: 3 });
    expect(result.attendance.map((r) => [r.line, r.person, r.email, r.date, r.minutes])).toEqual([
      [10, "Vega, Carlos", "carlos.vega@onu.org", "2022-11-14", 93.55],
      [11, "Ruiz, Marta", "marta.ruiz@deporte.org", "2022-11-14", 89],
      [12, "Luis Pérez", "luis.perez@conade.gob.mx", "2022-11-14", 30],
    ]);
    expect(new Set(result.attendance.map((r) => r.event))).toEqual(new Set([event]));
    expect(rejections(result)).toEqual([
      [13, 'unparseable join time "mañana"'],
      [14, "missing name and e-mail"],
    ]);
  });
});

describe("Teams attendance report, older version with dotted dates", () => {
  const result = imported(teams("attendance-report-dotted.csv"));

  it("reads the 'Meeting Summary' layout, dd.mm.yyyy dates and merges repeated rows", () => {
    expect(result.attendance).toEqual([
      {
        line: 8,
        person: "Núñez, Pedro",
        email: "pedro.nunez@onu.org",
        event: "Red de salud pública y deporte",
        date: "2023-02-03",
        minutes: 69.92,
      },
      {
        line: 9,
        person: "Ana María López",
        email: "ana.lopez@example.org",
        event: "Red de salud pública y deporte",
        date: "2023-02-03",
        minutes: 63,
      },
      {
        line: 11,
        person: "Rosa Díaz",
        event: "Red de salud pública y deporte",
        date: "2023-02-03",
        minutes: 55,
      },
    ]);
    expect(result.report).toMatchObject({ read: 4, accepted: 4, merged: 1, dateOrder: null });
  });
});

describe("Teams detection and details", () => {
  it("reads the oldest one-row-per-action format", () => {
    const text = [
      "Full Name\tUser Action\tTimestamp",
      "Doe, Jane\tJoined\t11/26/2020, 4:16:54 PM",
      "Roe, Rick\tJoined\t11/26/2020, 4:17:10 PM",
      "Doe, Jane\tLeft\t11/26/2020, 5:00:00 PM",
    ].join("\r\n");
    const result = imported(importBytes(utf16(text, "le"), "meetingAttendanceList.csv"));
    expect(result.attendance.map((r) => [r.line, r.person, r.event, r.date])).toEqual([
      [2, "Doe, Jane", "meetingAttendanceList", "2020-11-26"],
      [3, "Roe, Rick", "meetingAttendanceList", "2020-11-26"],
    ]);
    expect(result.report).toMatchObject({ read: 3, accepted: 3, merged: 1 });
  });

  it("leaves generic tab-separated attendance to the column mapping", () => {
    const text = "Name\tEmail\tEvent\nAna\tana@x.org\tTaller\n";
    expect(detectFormat(utf16(text, "le"), "asistencia.txt")).toBeNull();
    expect(imported(importBytes(utf16(text, "le"), "asistencia.txt")).report.source).toBeUndefined();
  });

  it("drops the markers Teams appends to names and nothing else", () => {
    expect(cleanTeamsName("Casey Guest (External) (Unverified)")).toBe("Casey Guest");
    expect(cleanTeamsName("  Pat  Kim (ExampleCorp) (external)")).toBe("Pat Kim (ExampleCorp)");
    expect(cleanTeamsName("The (External) Group")).toBe("The (External) Group");
  });

  it("reads the durations Teams and Zoom write", () => {
    expect(
      ["3h 23m 20s", "1h 7s", "43m 12s", "2h 5m", "8s", "45m", "69", "1:02:30", ""].map(readMinutes),
    ).toEqual([203 + 20 / 60, 60 + 7 / 60, 43.2, 125, 8 / 60, 45, 69, 62.5, null]);
    expect(["soon", "3h 3x", "h"].map(readMinutes)).toEqual([null, null, null]);
  });
});
