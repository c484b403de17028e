import { describe, expect, it } from "vitest";
import {
  createIdentityResolver,
  createNearMatchIndex,
  resolveIdentities,
  type NearMatch,
} from "../../src/model/identity";
import { nameSimilarity } from "../../src/model/normalize";
import type { Dataset, Person } from "../../src/model/types";

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, groups: [], status: "member", registered: true, ...extra };
}

const registry: Person[] = [
  person("P1", "Ana María López", { email: "ana.lopez@example.org" }),
  person("P2", "John Smith", { email: "jsmith@example.org" }),
  person("P3", "Marta Ruiz"),
  // A person whose name is another person's id: id must win.
  person("P4", "P1"),
  person("P5", "Marta Ruiz Díaz", { email: "shared@example.org" }),
  person("P6", "Carlos Vega", { email: "shared@example.org" }),
  person("P7", "Luisa Gómez"),
  person("P8", "Luisa Gomez"),
];

describe("createIdentityResolver", () => {
  it("matches by id first, then e-mail, then normalised name", () => {
    const r = createIdentityResolver(registry);
    expect(r.resolve("P1")).toEqual({ key: "P1", matchedBy: "id" });
    expect(r.resolve(" P2 ")).toEqual({ key: "P2", matchedBy: "id" });
    expect(r.resolve("p3")).toEqual({ key: "P3", matchedBy: "id" });
    expect(r.resolve("ANA.LOPEZ@example.org")).toEqual({ key: "P1", matchedBy: "email" });
    expect(r.resolve("López, Ana  María")).toEqual({ key: "P1", matchedBy: "name" });
    expect(r.resolve("ana maria lopez")).toEqual({ key: "P1", matchedBy: "name" });
  });

  it("prefers an id over a name that spells the same", () => {
    const r = createIdentityResolver(registry);
    // "P1" is both P1's id and P4's name.
    expect(r.resolve("P1").key).toBe("P1");
    expect(r.resolve("P4").key).toBe("P4");
  });

  it("prefers an e-mail over a name, and falls back to the name for an unknown address", () => {
    const people = [person("A", "bob@example.org"), person("B", "Bob", { email: "bob@example.org" })];
    expect(createIdentityResolver(people).resolve("bob@example.org")).toEqual({
      key: "B",
      matchedBy: "email",
    });
    expect(createIdentityResolver(people.slice(0, 1)).resolve("Bob@Example.org")).toEqual({
      key: "A",
      matchedBy: "name",
    });
  });

  it("never guesses between registry people that fit equally", () => {
    const r = createIdentityResolver(registry);
    expect(r.resolve("shared@example.org")).toEqual({
      key: "shared@example.org",
      matchedBy: "unregistered",
      ambiguous: { by: "email", candidates: ["P5", "P6"] },
    });
    expect(r.resolve("luisa gomez")).toMatchObject({
      matchedBy: "unregistered",
      ambiguous: { by: "name", candidates: ["P7", "P8"] },
    });
  });

  it("collapses unregistered spellings into the first one seen", () => {
    const r = createIdentityResolver(registry);
    expect(r.resolve(" Pedro Núñez ")).toEqual({ key: "Pedro Núñez", matchedBy: "unregistered" });
    expect(r.resolve("pedro nunez").key).toBe("Pedro Núñez");
    expect(r.resolve("Núñez, Pedro").key).toBe("Pedro Núñez");
    expect(r.resolve("PEDRO@example.org").key).toBe("PEDRO@example.org");
    expect(r.resolve("pedro@EXAMPLE.org").key).toBe("PEDRO@example.org");
    expect(r.resolve("Pedro Nunes").key).toBe("Pedro Nunes");
  });
});

describe("createNearMatchIndex", () => {
  it("suggests registry people with similar names, best first, at most the limit", () => {
    const index = createNearMatchIndex(registry);
    expect(index.find("Ana M. Lopez").map((m) => m.id)).toEqual(["P1"]);
    expect(index.find("Jon Smith")).toEqual([{ id: "P2", name: "John Smith", similarity: 0.875 }]);
    expect(index.find("Marta Ruiz").map((m) => m.id)).toEqual(["P3", "P5"]);
    expect(index.find("Carlos Mendes")).toEqual([]);
    expect(
      createNearMatchIndex(registry, { limit: 1 })
        .find("Marta Ruiz")
        .map((m) => m.id),
    ).toEqual(["P3"]);
  });

  it("finds exactly what comparing against every registry name finds", () => {
    const first = [
      "ana",
      "anna",
      "john",
      "jon",
      "jhon",
      "maria",
      "mario",
      "marta",
      "kristina",
      "christina",
      "luis",
    ];
    const last = [
      "lopez",
      "lopes",
      "smith",
      "smyth",
      "de la cruz",
      "cruz",
      "gonzalez",
      "gonzales",
      "perez",
      "ruiz",
    ];
    let seed = 7;
    const pick = <T>(xs: T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return xs[seed % xs.length]!;
    };
    const names = (n: number): string[] =>
      Array.from({ length: n }, () => {
        const middle = seed % 3 === 0 ? ` ${pick(first)[0]}.` : "";
        return `${pick(first)}${middle} ${pick(last)}${seed % 5 === 0 ? ` ${pick(last)}` : ""}`;
      });
    const people = names(150).map((name, i) => person(`R${i}`, name));
    const index = createNearMatchIndex(people, { threshold: 0.8, limit: 1000 });
    let total = 0;
    for (const query of names(60)) {
      const brute: NearMatch[] = people
        .map((p) => ({ id: p.id, name: p.name, similarity: nameSimilarity(query, p.name) }))
        .filter((m) => m.similarity >= 0.8);
      const found = index.find(query);
      total += found.length;
      expect(found.map((m) => m.id).sort()).toEqual(brute.map((m) => m.id).sort());
      for (const m of found) expect(m.similarity).toBeCloseTo(nameSimilarity(query, m.name), 12);
      for (let i = 1; i < found.length; i++)
        expect(found[i - 1]!.similarity).toBeGreaterThanOrEqual(found[i]!.similarity);
    }
    // The comparison must have had something to compare.
    expect(total).toBeGreaterThan(100);
  });
});

describe("resolveIdentities", () => {
  const dataset: Dataset = {
    people: [...registry, person("P2", "Duplicate of P2")],
    interactions: [
      { line: 2, source: "P1", target: "P2", weight: 1 },
      { line: 3, source: "ana maria lopez", target: "jsmith@example.org", weight: 1 },
      { line: 4, source: "Ana López, María", target: "Jon Smith", weight: 1 },
      { line: 5, source: "López, Ana María", target: "ANA.LOPEZ@EXAMPLE.ORG", weight: 2 },
      { line: 6, source: "Jon Smith", target: "jon  smith", weight: 1 },
    ],
    attendance: [
      { line: 2, person: "JON SMITH", event: "Webinar" },
      { line: 3, person: "luisa gomez", event: "Webinar" },
    ],
  };
  const { identity, interactions, attendance, people } = resolveIdentities(dataset);

  it("lists every reference that did not match by exact id, with how it matched", () => {
    expect(identity.matches).toEqual([
      { ref: "ana maria lopez", key: "P1", matchedBy: "name" },
      { ref: "jsmith@example.org", key: "P2", matchedBy: "email" },
      { ref: "Ana López, María", key: "Ana López, María", matchedBy: "unregistered" },
      { ref: "Jon Smith", key: "Jon Smith", matchedBy: "unregistered" },
      { ref: "López, Ana María", key: "P1", matchedBy: "name" },
      { ref: "ANA.LOPEZ@EXAMPLE.ORG", key: "P1", matchedBy: "email" },
      { ref: "jon  smith", key: "Jon Smith", matchedBy: "unregistered" },
      { ref: "JON SMITH", key: "Jon Smith", matchedBy: "unregistered" },
      { ref: "luisa gomez", key: "luisa gomez", matchedBy: "unregistered" },
    ]);
    expect(identity.ambiguous).toEqual([{ ref: "luisa gomez", by: "name", candidates: ["P7", "P8"] }]);
  });

  it("reports unregistered people with their appearances, files, spellings and near-matches", () => {
    const jon = identity.unregistered.find((u) => u.key === "Jon Smith");
    expect(jon).toEqual({
      key: "Jon Smith",
      name: "Jon Smith",
      appearances: 4,
      files: ["attendance", "interactions"],
      nearMatches: [{ id: "P2", name: "John Smith", similarity: 0.875 }],
      spellings: ["Jon Smith", "jon  smith", "JON SMITH"],
    });
    const luisa = identity.unregistered.find((u) => u.key === "luisa gomez");
    expect(luisa?.nearMatches.map((m) => [m.id, m.similarity])).toEqual([
      ["P7", 1],
      ["P8", 1],
    ]);
  });

  it("lists rows that became self-ties after matching and leaves them out", () => {
    expect(identity.selfTiesAfterMatching).toEqual([
      { kind: "interactions", line: 5, source: "López, Ana María", target: "ANA.LOPEZ@EXAMPLE.ORG" },
      { kind: "interactions", line: 6, source: "Jon Smith", target: "jon  smith" },
    ]);
    expect(interactions.map((r) => [r.line, r.sourceKey, r.targetKey])).toEqual([
      [2, "P1", "P2"],
      [3, "P1", "P2"],
      [4, "Ana López, María", "Jon Smith"],
    ]);
    expect(attendance.map((r) => r.key)).toEqual(["Jon Smith", "luisa gomez"]);
  });

  it("keeps the first registry row of a duplicated id and says so", () => {
    expect(identity.duplicateRegistryIds).toEqual(["P2"]);
    expect(people.filter((p) => p.id === "P2").map((p) => p.name)).toEqual(["John Smith"]);
  });

  it("suggests registry people for unregistered e-mail addresses from their local part", () => {
    const { identity: report } = resolveIdentities({
      people: registry,
      interactions: [{ line: 2, source: "marta.ruiz@other.org", target: "P1", weight: 1 }],
      attendance: [],
    });
    expect(report.unregistered[0]).toMatchObject({
      key: "marta.ruiz@other.org",
      email: "marta.ruiz@other.org",
    });
    expect(report.unregistered[0]!.nearMatches.map((m) => m.id)).toEqual(["P3", "P5"]);
  });
});
