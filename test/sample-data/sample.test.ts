import { connectedComponents } from "graphology-components";
import type Graph from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { SECTORS } from "../../sample-data/generator/organisations";
import {
  HEADERS,
  SAMPLE_FILES,
  SAMPLE_SEED,
  generateSampleCommunity,
  type SampleFacts,
} from "../../sample-data/generate";
import {
  articulationPoints,
  buildGraph,
  eventsOf,
  levenshtein,
  loadSample,
  normalizeName,
  parseCsv,
  readSample,
  type Sample,
} from "./load";

const CORE_ROLES = ["coordinator", "facilitator", "expert", "knowledge manager"];

/**
 * People who would lose every path to the rest of their component if `person` left: everyone
 * outside the largest piece that remains (graphology-components before, a BFS that skips the
 * person after, so no graph copy per candidate).
 */
function cutOffBy(graph: Graph, person: string): string[] {
  const component = connectedComponents(graph).find((c) => c.includes(person)) ?? [];
  const seen = new Set([person]);
  const pieces: string[][] = [];
  for (const start of component) {
    if (seen.has(start)) continue;
    const piece = [start];
    seen.add(start);
    for (let k = 0; k < piece.length; k++)
      graph.forEachNeighbor(piece[k], (n) => {
        if (seen.has(n)) return;
        seen.add(n);
        piece.push(n);
      });
    pieces.push(piece);
  }
  const main = pieces.reduce((a, b) => (b.length > a.length ? b : a), []);
  return pieces
    .filter((p) => p !== main)
    .flat()
    .sort();
}

let facts: SampleFacts;
let sample: Sample;
let contacts: Graph;
let everything: Graph;

beforeAll(() => {
  facts = generateSampleCommunity(SAMPLE_SEED).facts;
  sample = loadSample();
  contacts = buildGraph(sample, false);
  everything = buildGraph(sample, true);
});

describe("sample community files", () => {
  it("are byte-identical to a fresh run of the generator, so nobody edits them by hand", () => {
    const fresh = generateSampleCommunity(SAMPLE_SEED);
    for (const file of SAMPLE_FILES) expect(readSample(`${file}.csv`), `${file}.csv`).toBe(fresh[file]);
  });

  it("depend on the seed and on nothing else", () => {
    expect(generateSampleCommunity(SAMPLE_SEED).interactions).toBe(
      generateSampleCommunity(SAMPLE_SEED).interactions,
    );
    expect(generateSampleCommunity(SAMPLE_SEED + 1).interactions).not.toBe(readSample("interactions.csv"));
  });

  it("have the documented headers", () => {
    expect(parseCsv(readSample("people.csv")).header).toEqual(HEADERS.people);
    expect(parseCsv(readSample("interactions.csv")).header).toEqual(HEADERS.interactions);
    expect(parseCsv(readSample("attendance.csv")).header).toEqual(HEADERS.attendance);
    expect(parseCsv(readSample("targets.csv")).header).toEqual([
      "dimension",
      "value",
      "group",
      "min_count",
      "min_share",
    ]);
  });

  it("are described in the README, with the ids other tests rely on", () => {
    const readme = readSample("README.md");
    const ids = [
      facts.articulation.id,
      ...facts.articulation.cutOff,
      ...facts.brokers.map((b) => b.id),
      ...facts.isolated,
      ...facts.newcomers,
      ...facts.lapsed,
      ...facts.formers,
      facts.missingRole.prospectWhoCouldFillIt,
      facts.nearMatch.registered,
      facts.emailReference.id,
      facts.emailReference.email,
      ...facts.nameReferences.flatMap((r) => [r.id, r.text]),
      ...facts.friends,
    ];
    for (const id of ids) expect(readme).toContain(id);
    expect(readme).toContain("npx tsx sample-data/generate.ts");
  });
});

describe("registry", () => {
  it("holds about 300 registered people and about 40 prospects, with unique ids and e-mails", () => {
    const people = [...sample.people.values()];
    const registered = people.filter((p) => p.status === "member" || p.status === "former");
    const prospects = people.filter((p) => p.status === "prospect");
    expect(registered.length).toBeGreaterThanOrEqual(290);
    expect(registered.length).toBeLessThanOrEqual(310);
    expect(prospects.length).toBeGreaterThanOrEqual(35);
    expect(prospects.length).toBeLessThanOrEqual(45);
    expect(registered.length + prospects.length).toBe(people.length);
    const names = people.map((p) => normalizeName(p.name));
    expect(new Set(names).size, "names that only differ by case or accents").toBe(names.length);
    const emails = people.map((p) => p.email).filter(Boolean);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) expect(e).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.example\.org$/);
  });

  it("uses the documented vocabulary for sectors, roles, groups, statuses and dates", () => {
    const sectors = new Set<string>(SECTORS);
    for (const p of sample.people.values()) {
      expect(sectors.has(p.sector), p.sector).toBe(true);
      expect([...CORE_ROLES, "member"]).toContain(p.role);
      expect(p.groups.length).toBeGreaterThan(0);
      for (const g of p.groups) expect(facts.groups).toContain(g);
      if (p.status === "prospect") expect(p.joined).toBe("");
      else expect(p.joined).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set([...sample.people.values()].map((p) => p.sector))).toEqual(sectors);
    expect(new Set([...sample.people.values()].map((p) => p.region)).size).toBeGreaterThanOrEqual(10);
  });

  it("has a sector and a region present only among prospects", () => {
    const onlyProspects = (column: "sector" | "region") => {
      const values = new Set([...sample.people.values()].map((p) => p[column]));
      return [...values].filter((v) =>
        [...sample.people.values()].filter((p) => p[column] === v).every((p) => p.status === "prospect"),
      );
    };
    expect(onlyProspects("sector")).toEqual([facts.prospectOnlySector]);
    expect(onlyProspects("region")).toEqual([facts.prospectOnlyRegion]);
    const bankers = [...sample.people.values()].filter((p) => p.sector === facts.prospectOnlySector);
    expect(bankers.length).toBeGreaterThanOrEqual(3);
  });

  it("lacks a knowledge manager in the youth crime prevention group only", () => {
    const rolesIn = (group: string) =>
      new Set(
        [...sample.people.values()]
          .filter((p) => p.status === "member" && p.groups.includes(group))
          .map((p) => p.role),
      );
    for (const group of facts.groups) {
      const missing = CORE_ROLES.filter((r) => !rolesIn(group).has(r));
      expect(missing, group).toEqual(group === facts.missingRole.group ? [facts.missingRole.role] : []);
    }
    const formerKm = [...sample.people.values()].filter(
      (p) =>
        p.status === "former" &&
        p.role === facts.missingRole.role &&
        p.groups.includes(facts.missingRole.group),
    );
    expect(formerKm).toEqual([]);
    const candidate = sample.people.get(facts.missingRole.prospectWhoCouldFillIt);
    expect(candidate).toMatchObject({ status: "prospect", role: facts.missingRole.role });
    expect(candidate?.groups).toContain(facts.missingRole.group);
  });
});

describe("network structure", () => {
  it("has an articulation point whose departure cuts off a Haitian cluster of at least 5", () => {
    for (const graph of [contacts, everything]) {
      const points = articulationPoints(graph);
      expect(points.has(facts.articulation.id)).toBe(true);
      const cut = cutOffBy(graph, facts.articulation.id);
      expect(cut).toEqual([...facts.articulation.cutOff].sort());
      expect(cut.length).toBeGreaterThanOrEqual(5);
      for (const id of cut) expect(sample.people.get(id)?.region).toBe("Haiti");
      const big = [...points].filter((p) => cutOffBy(graph, p).length >= 5);
      expect(big).toEqual([facts.articulation.id]);
    }
  });

  it("keeps most ties inside sector silos", () => {
    const ties = contacts.edges().map((e) => contacts.extremities(e));
    const registered = ties.filter(([a, b]) => sample.people.has(a) && sample.people.has(b));
    const sameSector = registered.filter(
      ([a, b]) => sample.people.get(a)?.sector === sample.people.get(b)?.sector,
    );
    expect(registered.length).toBeGreaterThan(1000);
    expect(sameSector.length / registered.length).toBeGreaterThan(0.7);
  });

  it("has a few brokers carrying most cross-sector ties", () => {
    const cross = contacts
      .edges()
      .map((e) => contacts.extremities(e))
      .filter(([a, b]) => sample.people.has(a) && sample.people.has(b))
      .filter(([a, b]) => sample.people.get(a)?.sector !== sample.people.get(b)?.sector);
    const count = new Map<string, number>();
    for (const [a, b] of cross) for (const x of [a, b]) count.set(x, (count.get(x) ?? 0) + 1);
    const top = [...count]
      .sort((x, y) => y[1] - x[1])
      .slice(0, facts.brokers.length)
      .map(([id]) => id);
    expect(new Set(top)).toEqual(new Set(facts.brokers.map((b) => b.id)));
    const carried = cross.filter(([a, b]) => top.includes(a) || top.includes(b)).length;
    expect(carried / cross.length).toBeGreaterThan(0.5);
  });

  it("has isolated field advisors: members with at most one contact who attend nothing", () => {
    expect(facts.isolated.length).toBeGreaterThanOrEqual(6);
    const attendees = new Set(sample.attendance.map((r) => r.person));
    const degrees = facts.isolated.map((id) => everything.degree(id));
    for (const id of facts.isolated) {
      expect(sample.people.get(id)?.status).toBe("member");
      expect(attendees.has(id)).toBe(false);
    }
    expect(degrees.every((d) => d <= 1)).toBe(true);
    expect(degrees.filter((d) => d === 0).length).toBeGreaterThan(0);
    expect(degrees.filter((d) => d === 1).length).toBeGreaterThan(0);
  });
});

describe("time", () => {
  const contactsOf = (id: string) =>
    new Set(sample.interactions.flatMap((r) => (r.a === id ? [r.b] : r.b === id ? [r.a] : [])));

  it("covers about 24 months with several thousand interactions", () => {
    const dates = sample.interactions.map((r) => r.date).sort();
    const [first, last] = [dates[0] ?? "", dates.at(-1) ?? ""];
    expect(sample.interactions.length).toBeGreaterThan(3000);
    expect(first >= facts.period.start && first < "2024-11-15", first).toBe(true);
    expect(last <= facts.period.end && last > "2026-10-15", last).toBe(true);
    const types = new Set(sample.interactions.map((r) => r.type));
    expect(types).toEqual(new Set(["meeting", "email", "message", "co-authoring"]));
    for (const r of sample.interactions) {
      const weight = Number(r.weight);
      expect(r.type === "co-authoring" ? weight >= 2 : weight === 1).toBe(true);
    }
  });

  it("never dates an interaction or attendance before a person joined", () => {
    for (const r of sample.interactions)
      for (const id of [r.a, r.b]) {
        const joined = sample.people.get(id)?.joined;
        if (joined) expect(r.date >= joined, `${id} ${r.date}`).toBe(true);
      }
    for (const r of sample.attendance) {
      const joined = sample.people.get(r.person)?.joined;
      if (joined) expect(r.date >= joined).toBe(true);
    }
  });

  it("has newcomers: joined in the last 6 months, with few contacts", () => {
    const recent = [...sample.people.values()].filter(
      (p) => p.status === "member" && p.joined >= facts.period.recentStart,
    );
    expect(recent.map((p) => p.id).sort()).toEqual([...facts.newcomers].sort());
    expect(recent.length).toBeGreaterThanOrEqual(10);
    for (const p of recent) expect(contactsOf(p.id).size).toBeLessThanOrEqual(3);
    expect(recent.some((p) => contactsOf(p.id).size > 0)).toBe(true);
  });

  it("has lapsed members: active in year 1, silent for the last 6 months", () => {
    expect(facts.lapsed.length).toBeGreaterThanOrEqual(10);
    for (const id of facts.lapsed) {
      expect(sample.people.get(id)?.status).toBe("member");
      const mine = sample.interactions.filter((r) => r.a === id || r.b === id);
      expect(mine.filter((r) => r.date <= facts.period.yearOneEnd).length).toBeGreaterThanOrEqual(3);
      expect(mine.filter((r) => r.date >= facts.period.recentStart)).toEqual([]);
      const attended = sample.attendance.filter((r) => r.person === id && r.date >= facts.period.recentStart);
      expect(attended).toEqual([]);
    }
  });

  it("has former members who left before the last 6 months", () => {
    expect(facts.formers.length).toBeGreaterThanOrEqual(10);
    for (const id of facts.formers) {
      expect(sample.people.get(id)?.status).toBe("former");
      const late = sample.interactions.filter(
        (r) => (r.a === id || r.b === id) && r.date >= facts.period.recentStart,
      );
      expect(late).toEqual([]);
    }
    const formers = [...sample.people.values()].filter((p) => p.status === "former").map((p) => p.id);
    expect(formers.sort()).toEqual([...facts.formers].sort());
  });

  it("keeps forming ties, many of them closing triangles, so the last 6 months can be predicted", () => {
    const first = new Map<string, string>();
    for (const r of [...sample.interactions].sort((x, y) => (x.date < y.date ? -1 : 1))) {
      const key = [r.a, r.b].sort().join("|");
      if (!first.has(key)) first.set(key, r.date);
    }
    const before = new Map<string, Set<string>>();
    for (const [key, date] of first) {
      if (date >= facts.period.recentStart) continue;
      const [a, b] = key.split("|") as [string, string];
      before.set(a, (before.get(a) ?? new Set()).add(b));
      before.set(b, (before.get(b) ?? new Set()).add(a));
    }
    const hidden = [...first]
      .filter(([, d]) => d >= facts.period.recentStart)
      .map(([k]) => k.split("|") as [string, string]);
    const predictable = hidden.filter(([a, b]) => before.has(a) && before.has(b));
    const closing = predictable.filter(([a, b]) =>
      [...(before.get(a) as Set<string>)].some((n) => before.get(b)?.has(n)),
    );
    expect(predictable.length).toBeGreaterThan(200);
    expect(closing.length / predictable.length).toBeGreaterThan(0.5);
  });
});

describe("attendance", () => {
  it("has large webinars and small workshops, all within the period", () => {
    const events = eventsOf(sample.attendance);
    const sizes = (prefix: string) =>
      [...events].filter(([name]) => name.startsWith(prefix)).map(([, a]) => a.length);
    const webinars = sizes("WEB-");
    const workshops = sizes("WS-");
    expect(webinars.length + workshops.length).toBe(events.size);
    expect(webinars.length).toBeGreaterThanOrEqual(20);
    expect(workshops.length).toBeGreaterThanOrEqual(20);
    for (const n of webinars) expect(n >= 40 && n <= 120).toBe(true);
    for (const n of workshops) expect(n >= 6 && n <= 20).toBe(true);
    for (const r of sample.attendance) {
      expect(sample.people.has(r.person)).toBe(true);
      expect(r.date >= facts.period.start && r.date <= facts.period.end).toBe(true);
    }
  });
});

describe("identities in the interaction log", () => {
  it("mentions friends of the network by name only, one a near-spelling of a registered person", () => {
    const unregistered = new Set(
      sample.interactions.flatMap((r) => [r.a, r.b]).filter((x) => !sample.people.has(x)),
    );
    expect(unregistered).toEqual(new Set(facts.friends));
    const near = sample.people.get(facts.nearMatch.registered)?.name ?? "";
    expect(normalizeName(near)).not.toBe(normalizeName(facts.nearMatch.unregistered));
    expect(levenshtein(normalizeName(near), normalizeName(facts.nearMatch.unregistered))).toBeLessThanOrEqual(
      2,
    );
    for (const friend of facts.friends) expect(everything.degree(friend)).toBeGreaterThanOrEqual(2);
  });

  it("refers to a few registered people by e-mail or by name instead of id", () => {
    const raw = parseCsv(readSample("interactions.csv")).rows.flatMap((r) => [r.source, r.target]);
    const byEmail = raw.filter((x) => x === facts.emailReference.email);
    expect(byEmail.length).toBeGreaterThanOrEqual(1);
    expect(sample.resolve(facts.emailReference.email)).toBe(facts.emailReference.id);
    for (const { text, id } of facts.nameReferences) {
      expect(raw).toContain(text);
      expect(sample.people.has(text)).toBe(false);
      expect(sample.resolve(text)).toBe(id);
    }
    expect(facts.nameReferences.some(({ text, id }) => text !== sample.people.get(id)?.name)).toBe(true);
  });
});

describe("recruitment targets", () => {
  it("name only sectors, regions, roles and groups that exist, each with a count or a share", () => {
    const { rows } = parseCsv(readSample("targets.csv"));
    const people = [...sample.people.values()];
    const known: Record<string, Set<string>> = {
      sector: new Set(people.map((p) => p.sector)),
      region: new Set(people.map((p) => p.region)),
      role: new Set(CORE_ROLES),
    };
    for (const t of rows) {
      expect(known[t.dimension ?? ""]?.has(t.value ?? ""), `${t.dimension} ${t.value}`).toBe(true);
      if (t.group) expect(facts.groups).toContain(t.group);
      expect(Boolean(t.min_count) || Boolean(t.min_share)).toBe(true);
    }
    for (const region of known.region as Set<string>) expect(rows.some((t) => t.value === region)).toBe(true);
    for (const sector of known.sector as Set<string>) expect(rows.some((t) => t.value === sector)).toBe(true);
  });
});
