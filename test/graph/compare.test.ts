import { describe, expect, it } from "vitest";
import { analyzeNetwork } from "../../src/analysis/analyzeNetwork";
import { brokerage } from "../../src/analysis/brokerage";
import { buildNetwork } from "../../src/graph/buildNetwork";
import { comparePeriods, describePeriod } from "../../src/graph/compare";
import type { Dataset, InteractionRecord, Person } from "../../src/model/types";
import { generateSampleCommunity } from "../../sample-data/generate";
import { sample } from "../workspace/sampleWorkspace";

const person = (id: string, sector: string, extra: Partial<Person> = {}): Person => ({
  id,
  name: id.toUpperCase(),
  sector,
  groups: [],
  status: "member",
  registered: true,
  joined: "2020-01-01",
  ...extra,
});

const tie = (line: number, source: string, target: string, date: string, weight = 1): InteractionRecord => ({
  line,
  source,
  target,
  date,
  weight,
});

/**
 * January (A): a path p1 – p2 – p3 – p4, all cross-sector; p2 and p3 each broker one pair.
 * February (B): p1 – p2 kept, p2 – p4 and p4 – p5 formed (p4 – p5 within sector S3), p3 silent;
 * p4 now brokers p2 and p5. p5 and p6 joined in February (p6 without any activity yet), p7 is
 * a prospect and Zed an unregistered person, each alone at an event (no tie).
 */
const dataset: Dataset = {
  people: [
    person("p1", "S1"),
    person("p2", "S2"),
    person("p3", "S1"),
    person("p4", "S3"),
    person("p5", "S3", { joined: "2024-02-10" }),
    person("p6", "S2", { joined: "2024-02-20" }),
    person("p7", "S1", { status: "prospect", joined: undefined }),
  ],
  interactions: [
    tie(2, "p1", "p2", "2024-01-05"),
    tie(3, "p2", "p3", "2024-01-12"),
    tie(4, "p3", "p4", "2024-01-20", 2),
    tie(5, "p1", "p2", "2024-02-03"),
    tie(6, "p4", "p2", "2024-02-08"),
    tie(7, "p4", "p5", "2024-02-15", 3),
  ],
  attendance: [
    { line: 2, person: "p7", event: "Open webinar", date: "2024-02-22" },
    { line: 3, person: "Zed", event: "Office hours", date: "2024-02-23" },
  ],
};
const january = { from: "2024-01-01", to: "2024-01-31" };
const february = { from: "2024-02-01", to: "2024-02-29" };

describe("comparePeriods on a hand-made community", () => {
  const c = comparePeriods(dataset, january, february);

  it("lists ties formed and lost with names, heaviest first", () => {
    expect(c.tiesFormed).toEqual([
      { source: "p4", target: "p5", sourceName: "P4", targetName: "P5", weight: 3, count: 1 },
      { source: "p2", target: "p4", sourceName: "P2", targetName: "P4", weight: 1, count: 1 },
    ]);
    expect(c.tiesLost).toEqual([
      { source: "p3", target: "p4", sourceName: "P3", targetName: "P4", weight: 2, count: 1 },
      { source: "p2", target: "p3", sourceName: "P2", targetName: "P3", weight: 1, count: 1 },
    ]);
    expect(c.tiesKept).toBe(1);
    expect([c.a.ties, c.b.ties]).toEqual([3, 3]);
  });

  it("finds newcomers (active or joined in B, arrived after A) and lapsed members (active in A, not in B)", () => {
    expect(c.newcomers.map((p) => p.id)).toEqual(["p5", "p6"]);
    expect(c.lapsed).toEqual([{ id: "p3", name: "P3", sector: "S1" }]);
    expect([c.a.active, c.b.active]).toEqual([4, 6]); // B: p1, p2, p4, p5, p7, Zed
  });

  it("ranks people by the change in their brokerage between sectors", () => {
    expect(c.brokerageRose.map((r) => [r.id, r.brokerage])).toEqual([["p4", { a: 0, b: 2, change: 2 }]]);
    expect(c.brokerageFell.map((r) => [r.id, r.brokerage])).toEqual([["p3", { a: 2, b: 0, change: -2 }]]);
    // p2 brokers one pair in each period: no change, in neither list.
    expect(c.brokerageRose.concat(c.brokerageFell).some((r) => r.id === "p2")).toBe(false);
  });

  it("can rank by betweenness instead", () => {
    const byBetweenness = comparePeriods(dataset, january, february, { rankBy: "betweenness" });
    expect(byBetweenness.brokerageRose[0]!.id).toBe("p4");
    expect(byBetweenness.brokerageFell[0]!.id).toBe("p3");
    const changes = byBetweenness.brokerageRose.map((r) => r.betweenness.change);
    expect(changes.every((x) => x > 0)).toBe(true);
  });

  it("measures the share of cross-sector ties in each period", () => {
    expect(c.crossSectorShare.a).toBe(1);
    expect(c.crossSectorShare.b).toBeCloseTo(2 / 3, 12);
    expect(c.crossSectorShare.change).toBeCloseTo(-1 / 3, 12);
  });

  it("says it in plain sentences", () => {
    expect(c.summary).toEqual([
      "From Jan 2024 to Feb 2024: 2 ties formed and 2 lost; 1 continued (3 ties in the first period, 3 in the second).",
      "2 newcomers arrived; 1 member active in Jan 2024 was silent in Feb 2024.",
      "4 people took part in Jan 2024, 6 in Feb 2024.",
      "Cross-sector ties went from 100% to 67% of all ties (-33 points).",
      "Brokerage between sectors rose most for P4 (S3) and fell most for P3 (S1).",
    ]);
  });

  it("gives the same answer whatever order the records come in", () => {
    const shuffled: Dataset = {
      people: [...dataset.people].reverse(),
      interactions: [...dataset.interactions].reverse(),
      attendance: [...dataset.attendance].reverse(),
    };
    expect(comparePeriods(shuffled, january, february)).toEqual(c);
  });

  it("names nobody new since a period without an end", () => {
    expect(comparePeriods(dataset, { from: "2024-01-01" }, february).newcomers).toEqual([]);
  });
});

describe("describePeriod", () => {
  it("names whole months by month, other periods by day", () => {
    expect(describePeriod({ from: "2024-11-01", to: "2025-10-31" })).toBe("Nov 2024 – Oct 2025");
    expect(describePeriod({ from: "2024-02-01", to: "2024-02-29" })).toBe("Feb 2024");
    expect(describePeriod({ from: "2024-11-03", to: "2025-02-02" })).toBe("3 Nov 2024 – 2 Feb 2025");
    expect(describePeriod({ from: "2025-01-01" })).toBe("since Jan 2025");
    expect(describePeriod({})).toBe("all time");
  });
});

describe("comparePeriods on the sample community", () => {
  const { dataset: sampleData } = sample();
  const facts = generateSampleCommunity().facts;
  const previous = { from: "2025-11-01", to: "2026-04-30" };
  const recent = { from: facts.period.recentStart, to: facts.period.end };
  const c = comparePeriods(sampleData, previous, recent);
  const graphA = buildNetwork(sampleData, { window: previous }).graph;
  const graphB = buildNetwork(sampleData, { window: recent }).graph;

  it("finds exactly the sample's newcomers in its last six months", () => {
    expect(c.newcomers.map((p) => p.id).sort()).toEqual([...facts.newcomers].sort());
  });

  it("finds every built-in lapsed member silent in the last six months after an active first year", () => {
    const yearOne = { from: facts.period.start, to: facts.period.yearOneEnd };
    const lapsed = comparePeriods(sampleData, yearOne, recent).lapsed.map((p) => p.id);
    expect(lapsed).toEqual(expect.arrayContaining(facts.lapsed));
    expect(lapsed.some((id) => facts.newcomers.includes(id))).toBe(false);
  });

  it("forms and loses exactly the ties that differ between the two windows' networks", () => {
    const pairs = (g: typeof graphA) =>
      new Set(g.mapEdges((_e, _a, s, t) => (s < t ? `${s}|${t}` : `${t}|${s}`)));
    const [inA, inB] = [pairs(graphA), pairs(graphB)];
    expect(new Set(c.tiesFormed.map((t) => `${t.source}|${t.target}`))).toEqual(
      new Set([...inB].filter((p) => !inA.has(p))),
    );
    expect(c.tiesLost.length).toBe([...inA].filter((p) => !inB.has(p)).length);
    expect(c.tiesKept + c.tiesFormed.length).toBe(graphB.size);
    for (let i = 1; i < c.tiesFormed.length; i++) {
      expect(c.tiesFormed[i - 1]!.weight).toBeGreaterThanOrEqual(c.tiesFormed[i]!.weight);
    }
  });

  it("reports the largest rises and falls of brokerage, as the brokerage module measures them", () => {
    const [before, after] = [brokerage(graphA).total, brokerage(graphB).total];
    const ids = new Set([...graphA.nodes(), ...graphB.nodes()]);
    const changes = [...ids].map((id) => (after[id] ?? 0) - (before[id] ?? 0));
    expect(c.brokerageRose).toHaveLength(10);
    expect(c.brokerageRose[0]!.brokerage.change).toBe(Math.max(...changes));
    expect(c.brokerageFell[0]!.brokerage.change).toBe(Math.min(...changes));
    for (const r of c.brokerageRose)
      expect(r.brokerage.change).toBe((after[r.id] ?? 0) - (before[r.id] ?? 0));
  });

  it("gives the cross-sector share the Overview shows for each window", async () => {
    const [a, b] = await Promise.all([analyzeNetwork(graphA), analyzeNetwork(graphB)]);
    expect(c.crossSectorShare.a).toBeCloseTo(a.summary.crossSectorShare!, 12);
    expect(c.crossSectorShare.b).toBeCloseTo(b.summary.crossSectorShare!, 12);
    expect(c.summary[0]).toMatch(/^From Nov 2025 – Apr 2026 to May 2026 – Oct 2026: \d+ ties formed/);
  });
});
