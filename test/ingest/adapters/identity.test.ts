/** Identity matching for export formats (issue 6): e-mail beside a name, profiles, renames, merges, decisions. */
import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/graph/buildNetwork";
import {
  createIdentityResolver,
  decideConfirm,
  decideMerge,
  decideSplit,
  emptyDecisions,
  readIdentityDecisions,
  resolveIdentities,
  type IdentityDecisions,
} from "../../../src/model/identity";
import { splitRename } from "../../../src/model/normalize";
import type { AttendanceRecord, Dataset, Person } from "../../../src/model/types";

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, groups: [], status: "member", registered: true, ...extra };
}

const registry = [
  person("P1", "López, Ana María", { email: "ana.lopez@example.org" }),
  person("P2", "Marta Ruiz"),
  person("P5", "Rosa Díaz", { email: "office@example.org" }),
  person("P6", "Carlos Vega", { email: "office@example.org" }),
];

const attend = (
  line: number,
  who: string,
  email?: string,
  extra: Partial<AttendanceRecord> = {},
): AttendanceRecord => ({
  line,
  person: who,
  event: "Weekly sync",
  date: "2024-03-01",
  ...(email ? { email } : {}),
  ...extra,
});

describe("an e-mail given beside a name", () => {
  it("is matched first, then the name", () => {
    const r = createIdentityResolver(registry);
    expect(r.resolve("Ana L", "ANA.LOPEZ@example.org")).toEqual({ key: "P1", matchedBy: "email" });
    expect(r.resolve("Ruiz, Marta", "marta@gmail.com")).toEqual({ key: "P2", matchedBy: "name" });
    // A shared office address is told apart by the name written beside it.
    expect(r.resolve("Carlos Vega", "office@example.org")).toEqual({ key: "P6", matchedBy: "name" });
    expect(r.resolve("Someone Else", "office@example.org")).toMatchObject({
      matchedBy: "unregistered",
      ambiguous: { by: "email", candidates: ["P5", "P6"] },
    });
  });

  it("keys an unregistered person by address and lets a later name-only reference join them", () => {
    const r = createIdentityResolver(registry);
    expect(r.resolve("Luis Pérez", "luis@conade.gob.mx").key).toBe("luis@conade.gob.mx");
    expect(r.resolve("Pérez, Luis").key).toBe("luis@conade.gob.mx");
    expect(r.resolve("LUIS@conade.gob.mx").key).toBe("luis@conade.gob.mx");
  });

  it("joins someone first seen by name alone to the address seen later", () => {
    const r = createIdentityResolver(registry);
    expect(r.resolve("Invitado Pérez").key).toBe("Invitado Pérez");
    expect(r.resolve("Invitado Pérez", "invitado@x.org").key).toBe("Invitado Pérez");
    // A second address under the same name is another person.
    expect(r.resolve("Invitado Pérez", "otro@x.org").key).toBe("otro@x.org");
  });

  it("never guesses between two addresses that share a name", () => {
    const r = createIdentityResolver([]);
    expect(r.resolve("Maria Silva", "maria1@x.org").key).toBe("maria1@x.org");
    expect(r.resolve("Maria Silva", "maria2@x.org").key).toBe("maria2@x.org");
    expect(r.resolve("maria silva").key).toBe("maria silva");
  });
});

describe("resolveIdentities with export records", () => {
  const dataset: Dataset = {
    people: [
      ...registry,
      // Slack users: profiles, not registry rows.
      person("U01", "Ana María López", {
        email: "ana.lopez@example.org",
        groups: ["#sport-health"],
        registered: false,
      }),
      person("U02", "Marta Ruiz", { email: "marta.ruiz@deporte.org", groups: ["#youth"], registered: false }),
      person("U03", "João Silva", {
        email: "joao@saude.gov.br",
        groups: ["#sport-health"],
        registered: false,
      }),
    ],
    interactions: [
      {
        line: 2,
        source: "Ana María López",
        target: "João Silva",
        sourceEmail: "ana.lopez@example.org",
        targetEmail: "joao@saude.gov.br",
        weight: 1,
        channel: "reply",
      },
    ],
    attendance: [
      attend(5, "Ana María López", "ana.lopez@example.org", { aliases: ["Ana L"] }),
      attend(6, "Silva, João", "joao@saude.gov.br"),
      attend(7, "Maria Silva", "maria1@x.org"),
      attend(8, "Maria Silva", "maria2@x.org"),
      attend(9, "Marta Ruis"),
    ],
  };
  const resolved = resolveIdentities(dataset);

  it("adds a profile's groups and e-mail to the registry person it matches", () => {
    expect(resolved.people.find((p) => p.id === "P1")?.groups).toEqual(["#sport-health"]);
    expect(resolved.people.find((p) => p.id === "P2")).toMatchObject({
      groups: ["#youth"],
      email: "marta.ruiz@deporte.org",
    });
    expect(dataset.people[1]!.groups).toEqual([]);
  });

  it("keeps an unmatched profile as an unregistered person with its groups", () => {
    expect(resolved.identity.unregistered.find((u) => u.key === "joao@saude.gov.br")).toEqual({
      key: "joao@saude.gov.br",
      name: "João Silva",
      email: "joao@saude.gov.br",
      appearances: 2,
      files: ["attendance", "interactions"],
      nearMatches: [],
      spellings: ["João Silva", "Silva, João"],
      groups: ["#sport-health"],
      profile: true,
    });
    expect(resolved.interactions.map((r) => [r.sourceKey, r.targetKey])).toEqual([
      ["P1", "joao@saude.gov.br"],
    ]);
  });

  it("reports each merge with how it was made, renames included", () => {
    expect(resolved.identity.merges).toEqual([
      {
        key: "P1",
        name: "López, Ana María",
        registered: true,
        spellings: [
          { ref: "Ana María López", email: "ana.lopez@example.org", by: "email" },
          { ref: "Ana L", by: "rename" },
        ],
      },
      {
        key: "P2",
        name: "Marta Ruiz",
        registered: true,
        spellings: [{ ref: "Marta Ruiz", email: "marta.ruiz@deporte.org", by: "name" }],
      },
      {
        key: "joao@saude.gov.br",
        name: "João Silva",
        registered: false,
        spellings: [{ ref: "Silva, João", email: "joao@saude.gov.br", by: "email" }],
      },
    ]);
    expect(resolved.aliases.get("P1")).toEqual(["Ana María López", "Ana L"]);
  });

  it("reports each near-match not made, each pair once", () => {
    expect(
      resolved.identity.nearMisses.map((m) => [m.key, m.otherKey, m.otherRegistered, m.similarity]),
    ).toEqual([
      ["maria1@x.org", "maria2@x.org", false, 1],
      // "marta" matches, "ruis"/"ruiz" is one letter in four: (1 + 0.75) / 2.
      ["Marta Ruis", "P2", true, 0.875],
    ]);
    expect(resolved.identity.nearMisses[1]!.reason).toBe(
      '"Marta Ruis" and Marta Ruiz (P2) in the registry are 88% alike but share no e-mail or id, so they were kept apart.',
    );
    expect(resolved.identity.unusedDecisions).toBe(0);
  });
});

describe("identity decisions", () => {
  const dataset: Dataset = {
    people: registry,
    interactions: [],
    attendance: [
      attend(2, "Ana María López", "ana.personal@gmail.com"),
      attend(3, "Marta Ruis"),
      attend(4, "Ruiz, Marta"),
      attend(5, "Jon Smith"),
      attend(6, "John Smith"),
    ],
  };

  it("merge near-matches, split automatic merges, and are reported as decided", () => {
    let decisions = emptyDecisions();
    decisions = decideMerge(decisions, "marta ruis", "P2");
    decisions = decideMerge(decisions, "Jon Smith", "John Smith");
    decisions = decideSplit(decisions, "Ruiz, Marta", "P2");
    decisions = decideConfirm(decisions, "Ana María López", "P1");
    const resolved = resolveIdentities(dataset, { decisions });
    expect(resolved.attendance.map((r) => r.key)).toEqual([
      "P1",
      "P2",
      "Ruiz, Marta",
      "John Smith",
      "John Smith",
    ]);
    expect(resolved.identity.merges.find((m) => m.key === "P2")?.spellings).toEqual([
      { ref: "Marta Ruis", by: "decision" },
    ]);
    expect(resolved.identity.merges.find((m) => m.key === "P1")?.spellings).toEqual([
      { ref: "Ana María López", email: "ana.personal@gmail.com", by: "name", confirmed: true },
    ]);
    // The user said "Ruiz, Marta" is not P2: that pair is no longer offered as a near-match.
    expect(
      resolved.identity.nearMisses.filter((m) => m.key === "Ruiz, Marta" && m.otherKey === "P2"),
    ).toEqual([]);
    expect(resolved.identity.unusedDecisions).toBe(0);
  });

  it("split someone matched by e-mail into a person of their own, under a key no one else has", () => {
    const decisions = decideSplit(emptyDecisions(), "ana.personal@gmail.com", "P1");
    const r = createIdentityResolver(registry, decisions);
    expect(r.resolve("Ana María López", "ana.personal@gmail.com")).toEqual({
      key: "ana.personal@gmail.com",
      matchedBy: "unregistered",
    });
    const twice = createIdentityResolver([person("P1", "Ana")], decideSplit(emptyDecisions(), "P1", "P1"));
    expect(twice.resolve("P1").key).toBe("P1 (2)");
  });

  it("survive a round trip through JSON, and a damaged or foreign value is refused", () => {
    const decisions: IdentityDecisions = decideSplit(decideMerge(emptyDecisions(), "a", "b"), "c", "d");
    expect(readIdentityDecisions(JSON.parse(JSON.stringify(decisions)))).toEqual(decisions);
    expect(readIdentityDecisions({ version: 2, merge: [], split: [] })).toBeNull();
    expect(readIdentityDecisions({ version: 1, merge: [{ ref: 1 }], split: [] })).toBeNull();
    expect(readIdentityDecisions("merge")).toBeNull();
    expect(readIdentityDecisions({ version: 1, merge: [], split: [] })).toEqual(emptyDecisions());
  });

  it("replace an earlier decision on the same pair", () => {
    const merged = decideMerge(emptyDecisions(), "Jon Smith", "P2");
    const split = decideSplit(merged, "jon smith", "P2");
    expect(split).toEqual({ version: 1, merge: [], split: [{ ref: "jon smith", from: "P2" }], confirm: [] });
    expect(decideMerge(split, "Jon Smith", "P2").split).toEqual([]);
  });

  it("stop at a cycle of merges, and count decisions that applied to nobody", () => {
    let decisions = decideMerge(emptyDecisions(), "x", "y");
    decisions = decideMerge(decisions, "y", "x");
    decisions = decideMerge(decisions, "nobody here", "P1");
    const r = resolveIdentities(
      { people: [], interactions: [{ line: 2, source: "x", target: "z", weight: 1 }], attendance: [] },
      { decisions },
    );
    expect(r.interactions).toHaveLength(1);
    expect(r.identity.unusedDecisions).toBe(1);
  });

  it("are taken by buildNetwork", () => {
    const decisions = decideMerge(emptyDecisions(), "Jon Smith", "John Smith");
    const { graph } = buildNetwork(dataset, { decisions });
    expect(graph.hasNode("Jon Smith")).toBe(false);
    expect(graph.getNodeAttribute("John Smith", "aliases")).toEqual(["Jon Smith"]);
  });
});

describe("splitRename", () => {
  it.each([
    ["Ana L (Ana María López)", { name: "Ana María López", shownAs: "Ana L" }],
    ["015_Loki (Loki Laufeyson)", { name: "Loki Laufeyson", shownAs: "015_Loki" }],
    ["Ana López (Ana Lopez)", { name: "Ana Lopez" }],
    ["Ana López (Colombia)", { name: "Ana López (Colombia)" }],
    ["Juan Pérez (Comité Olímpico)", { name: "Juan Pérez (Comité Olímpico)" }],
    ["Ana (she/her)", { name: "Ana (she/her)" }],
    ["Luis (Co-host)", { name: "Luis (Co-host)" }],
    ["(Ana López)", { name: "(Ana López)" }],
    ["  Ana López  ", { name: "Ana López" }],
  ])("%s", (raw, expected) => {
    expect(splitRename(raw)).toEqual(expected);
  });
});
