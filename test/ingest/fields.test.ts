import { describe, expect, it } from "vitest";
import { detectColumns, FIELDS, missingRequired, normalizeHeader } from "../../src/ingest/fields";

describe("normalizeHeader", () => {
  it("ignores case, accents, spaces, underscores, hyphens and camelCase", () => {
    const forms = ["Organización", "ORGANIZACION", "organizacion", " Organizaci\u0301on "];
    expect(new Set(forms.map(normalizeHeader))).toEqual(new Set(["organizacion"]));
    expect(["E-mail", "e_mail", "E mail", "eMail"].map(normalizeHeader)).toEqual([
      "email",
      "email",
      "email",
      "email",
    ]);
    expect(["full_name", "Full Name", "fullName", "FULL-NAME"].map(normalizeHeader)).toEqual(
      Array(4).fill("fullname"),
    );
  });
});

describe("FIELDS", () => {
  it("lists the fields of each kind", () => {
    const names = (kind: keyof typeof FIELDS) => FIELDS[kind].map((f) => f.field);
    expect(names("people")).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "email",
        "organization",
        "sector",
        "region",
        "role",
        "groups",
        "status",
        "joined",
      ]),
    );
    expect(names("interactions")).toEqual(["source", "target", "date", "type", "weight"]);
    expect(names("attendance")).toEqual(["person", "event", "date"]);
  });

  it("never gives one synonym to two fields of the same kind", () => {
    for (const specs of Object.values(FIELDS)) {
      const all = specs.flatMap((s) => s.synonyms.map(normalizeHeader));
      expect(all.length).toBe(new Set(all).size);
    }
  });
});

describe("detectColumns", () => {
  it.each([
    [["from", "to"], 0, 1],
    [["Sender", "Recipient"], 0, 1],
    [["person_a", "person_b"], 0, 1],
    [["Source", "Target"], 0, 1],
    [["De", "Para"], 0, 1],
    [["Remitente", "Destinatario"], 0, 1],
    [["Remetente", "Destinatário"], 0, 1],
    [["Expéditeur", "Destinataire"], 0, 1],
  ])("recognises %j as an interactions file", (header, source, target) => {
    const detection = detectColumns(header);
    expect(detection.kind).toBe("interactions");
    expect(detection.mapping).toMatchObject({ source, target });
  });

  it("maps a full English registry header, whatever its spelling", () => {
    const header = [
      "ID",
      "Full Name",
      "E-mail",
      "Organisation",
      "Sector",
      "Country",
      "Role",
      "Working groups",
      "Status",
      "Join date",
      "Phone",
    ];
    expect(detectColumns(header)).toMatchObject({
      kind: "people",
      mapping: {
        id: 0,
        name: 1,
        email: 2,
        organization: 3,
        sector: 4,
        region: 5,
        role: 6,
        groups: 7,
        status: 8,
        joined: 9,
      },
    });
  });

  it("maps a Spanish registry with separate first and last names", () => {
    const header = [
      "Nombre",
      "Apellidos",
      "Correo electrónico",
      "Organización",
      "País",
      "Rol",
      "Comunidades",
      "Estado",
      "Fecha de ingreso",
    ];
    expect(detectColumns(header)).toMatchObject({
      kind: "people",
      mapping: {
        id: null,
        name: 0,
        lastName: 1,
        email: 2,
        organization: 3,
        region: 4,
        role: 5,
        groups: 6,
        status: 7,
        joined: 8,
      },
    });
  });

  it("maps attendance in several languages and prefers the e-mail column as the person", () => {
    expect(detectColumns(["Attendee", "Webinar", "When"])).toMatchObject({
      kind: "attendance",
      mapping: { person: 0, event: 1, date: 2 },
    });
    expect(detectColumns(["Nome", "Email", "Sessão", "Data"])).toMatchObject({
      kind: "attendance",
      mapping: { person: 1, event: 2, date: 3 },
    });
    expect(detectColumns(["Participante", "Taller", "Fecha"]).kind).toBe("attendance");
  });

  it("matches headers that contain a synonym as whole words", () => {
    expect(detectColumns(["Sender e-mail", "Recipient e-mail", "Fecha de envío"]).mapping).toMatchObject({
      source: 0,
      target: 1,
      date: 2,
    });
    // "Last updated" contains "date" only as letters inside a word: not a date column.
    expect(detectColumns(["from", "to", "lastUpdated"]).mapping).toMatchObject({ date: null });
  });

  it("does not let a partial match take a column another field names exactly", () => {
    const { mapping } = detectColumns(["First name", "Name", "Last name"]);
    expect(mapping).toMatchObject({ name: 1, firstName: 0, lastName: 2 });
  });

  it("chooses the kind that explains most columns", () => {
    // A sign-in sheet: name and e-mail would do for a registry, but the event makes it attendance.
    expect(detectColumns(["Name", "Email", "Event", "Date"]).kind).toBe("attendance");
  });

  it("uses the file name to break a tie between kinds, and returns null when nothing breaks it", () => {
    // Registry: e-mail + organisation; attendance: person (the e-mail) + event. Both explain two columns.
    const header = ["Email", "Session", "Organization"];
    expect(detectColumns(header).kind).toBeNull();
    expect(detectColumns(header, "Members 2024.csv").kind).toBe("people");
    expect(detectColumns(header, "asistencia_talleres.csv").kind).toBe("attendance");
    // The file name never overrides what the columns say.
    expect(detectColumns(["from", "to"], "people.csv").kind).toBe("interactions");
  });

  it("returns null when no kind's required columns are present", () => {
    const detection = detectColumns(["{", '"nodes": []']);
    expect(detection.kind).toBeNull();
    expect(detection.mapping).toEqual({});
    expect(detection.candidates.interactions).toEqual({
      source: null,
      target: null,
      date: null,
      type: null,
      weight: null,
    });
  });
});

describe("missingRequired", () => {
  it("accepts a registry with an e-mail or a name standing in for the id", () => {
    expect(missingRequired("people", { id: null, email: 2 })).toEqual([]);
    expect(missingRequired("people", { id: null, name: 0 })).toEqual([]);
    expect(missingRequired("people", { id: null, name: null, email: null })).toEqual([
      "Identifier (or e-mail, or name)",
    ]);
  });

  it("names the missing endpoints of an interactions file", () => {
    expect(missingRequired("interactions", { source: 0, target: null })).toEqual(["To"]);
    expect(missingRequired("attendance", { person: null, event: null })).toEqual(["Person", "Event"]);
  });
});
