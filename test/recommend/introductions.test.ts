import { describe, expect, it } from "vitest";
import { suggestIntroductions, type Introduction } from "../../src/recommend/introductions";
import { alike, analysed, clique, community, pair } from "./handNetworks";
import { sampleCommunity, sampleNetwork } from "./sampleNetwork";
import { analyzeNetwork } from "../../src/analysis/analyzeNetwork";

const find = (list: Introduction[], a: string, b: string) => list.find((i) => pair(i.a, i.b) === pair(a, b));
const ONLY_PLAUSIBILITY = { plausibility: 1, crossSector: 0, resilience: 0, inclusion: 0, bridging: 0 };

describe("suggestIntroductions: resilience", () => {
  it("gives the tie across a lone broker the most resilience, measured as people no longer cut off", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          ...alike(["a1", "a2", "a3", "a4"], { sector: "Sport" }),
          ...alike(["b1", "b2", "b3", "b4"], { sector: "Health" }),
          x: { sector: "NGO", name: "Xavier Broker" },
        },
        [...clique(["a1", "a2", "a3", "a4"]), ...clique(["b1", "b2", "b3", "b4"]), ["x", "a1"], ["x", "b1"]],
      ),
    );
    const list = suggestIntroductions(graph, analysis);
    const across = find(list, "a1", "b1")!;
    expect(across).toBeDefined();
    // Without Xavier the two cliques (4 and 4) fall apart: 4 people cut off; with a1–b1, none.
    expect(across.resilience.articulationPoint).toEqual({ id: "x", cutOffBefore: 4, cutOffAfter: 0 });
    expect(across.resilience.bridgesClosed).toBe(2);
    expect(across.resilience.measured).toBe(true);
    for (const other of list) {
      if (other !== across) expect(other.resilience.reconnected).toBeLessThan(across.resilience.reconnected);
    }
    expect(across.parts.resilience).toBe(Math.max(...list.map((i) => i.parts.resilience)));
    expect(across.via).toEqual(["x"]);
    expect(across.reasons.join(" ")).toContain("if Xavier Broker left, 4 people would lose touch");
  });

  it("measures how much less two sectors would depend on their one broker", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          ...alike(["p1", "p2", "p3"], { sector: "Public health" }),
          ...alike(["q1", "q2", "q3"], { sector: "Sport federation" }),
          ...alike(["d1", "d2"], { sector: "Academia" }),
          marta: { sector: "UN agency", name: "Marta Ruiz" },
        },
        [
          ...clique(["p1", "p2", "p3"]),
          ...clique(["q1", "q2", "q3"]),
          ["marta", "p1"],
          ["marta", "p2"],
          ["marta", "q1"],
          ["marta", "q2"],
          // A long detour, so Marta is not an articulation point, only the broker of most paths.
          ["p3", "d1"],
          ["d1", "d2"],
          ["d2", "q3"],
        ],
      ),
    );
    expect(analysis.articulationPoints.map((p) => p.node)).not.toContain("marta");
    const list = suggestIntroductions(graph, analysis);
    const across = list.find(
      (i) => i.resilience.dependency?.sectors.join() === "Public health,Sport federation",
    )!;
    expect(across).toBeDefined();
    const d = across.resilience.dependency!;
    expect(d.id).toBe("marta");
    expect(d.sectors).toEqual(["Public health", "Sport federation"]);
    // 8 of the 9 public health/sport pairs only connect through Marta (p3–q3 has the detour).
    expect(d.before).toBeCloseTo(8 / 9, 10);
    expect(d.after).toBeLessThan(d.before - 0.2);
    expect(across.parts.resilience).toBeGreaterThan(0.5);
    expect(across.reasons[1]).toMatch(
      /^It would be the first tie between Public health and Sport federation, which today depend on Marta Ruiz for 89% of their shortest connections \(\d+% with this tie\)/,
    );
  });
});

describe("suggestIntroductions: inclusion", () => {
  const build = () =>
    analysed(
      community(
        {
          ...alike(["c1", "c2", "c3", "c4", "c5"], {
            sector: "NGO",
            groups: ["Youth"],
            joined: "2024-01-01",
          }),
          c1: {
            sector: "NGO",
            groups: ["Youth"],
            role: "coordinator",
            joined: "2024-01-01",
            name: "Carla Lead",
          },
          iso: { sector: "Health", groups: ["Youth"], joined: "2024-03-01", name: "Isa Alone" },
          nu: { sector: "NGO", groups: ["Youth"], joined: "2026-01-15", name: "Nuno New" },
          loner: { joined: "2024-01-01" },
        },
        [...clique(["c1", "c2", "c3", "c4", "c5"]), ["nu", "c3"], ["nu", "c4"], ["nu", "c5"]],
      ),
    );

  it("introduces an isolated member to the core of their group, through the group's coordinator", async () => {
    const { graph, analysis } = await build();
    const list = suggestIntroductions(graph, analysis);
    const forIso = list.filter((i) => i.a === "iso");
    expect(forIso.length).toBeGreaterThan(0);
    for (const i of forIso) {
      expect(["c1", "c2", "c3", "c4", "c5"]).toContain(i.b);
      expect(i.parts.inclusion).toBe(1);
      if (i.b !== "c1") expect(i.via).toEqual(["c1"]);
      expect(i.introducedBy).toBe(i.b === "c1" ? null : "group lead");
    }
    const viaLead = forIso.find((i) => i.b !== "c1")!;
    expect(viaLead.reasons[0]).toContain("have no contact in common yet, but both belong to Youth");
    expect(viaLead.reasons[0]).toContain("Carla Lead (coordinator) can introduce them");
    expect(viaLead.reasons[1]).toContain("Isa Alone has no recorded contact yet");
  });

  it("counts a newcomer with few contacts as peripheral, and leaves out a member who shares nothing", async () => {
    const { graph, analysis } = await build();
    const list = suggestIntroductions(graph, analysis);
    const forNewcomer = list.find((i) => i.a === "nu" || i.b === "nu")!;
    expect(forNewcomer).toBeDefined();
    expect(forNewcomer.parts.inclusion).toBeCloseTo(0.7, 10);
    expect(forNewcomer.reasons.join(" ")).toContain("Nuno New joined on 2026-01-15 and has 3 contacts");
    expect(list.some((i) => i.a === "loner" || i.b === "loner")).toBe(false);
    // The same network with the newcomer rule pushed back: no longer a newcomer.
    const later = suggestIntroductions(graph, analysis, { newcomerSince: "2026-02-01" });
    expect(later.find((i) => i.a === "nu" || i.b === "nu")?.parts.inclusion ?? 0).toBe(0);
  });
});

describe("suggestIntroductions: cross-sector value", () => {
  it("values the first tie between two sectors over a same-sector pair with the same warm path", async () => {
    const { graph, analysis } = await analysed(
      community(
        { hub: { sector: "Hub" }, a: { sector: "Sport" }, b: { sector: "Sport" }, c: { sector: "Health" } },
        [
          ["hub", "a"],
          ["hub", "b"],
          ["hub", "c"],
        ],
      ),
    );
    const list = suggestIntroductions(graph, analysis, { weights: { ...ONLY_PLAUSIBILITY, crossSector: 2 } });
    expect(find(list, "a", "c")!.parts.crossSector).toBe(1);
    expect(find(list, "a", "b")!.parts.crossSector).toBe(0);
    expect(pair(list[0]!.a, list[0]!.b)).not.toBe(pair("a", "b"));
    // The hub is the only link between the two sectors, so the tie also eases that dependency.
    expect(find(list, "a", "c")!.reasons[1]).toMatch(
      /^It would be the first tie between Sport and Health, which today depend on Hub alone \(\d+% with this tie\)/,
    );
  });

  it("counts the ties the two sectors already have", async () => {
    const { graph, analysis } = await analysed(
      community(
        { hub: { sector: "Hub" }, a: { sector: "Sport" }, c: { sector: "Health" }, d: { sector: "Sport" } },
        [
          ["hub", "a"],
          ["hub", "c"],
          ["d", "c"],
        ],
      ),
    );
    const ac = find(
      suggestIntroductions(graph, analysis, { weights: { ...ONLY_PLAUSIBILITY, crossSector: 1 } }),
      "a",
      "c",
    )!;
    expect(ac.parts.crossSector).toBeCloseTo(1 / Math.SQRT2, 12);
    expect(ac.reasons[1]).toContain("the 2nd tie between Sport and Health");
  });
});

describe("suggestIntroductions: bridging", () => {
  it("values linking two declared groups that never meet", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          ...alike(["g1a", "g1b", "g1c", "g1d"], { groups: ["Education"] }),
          ...alike(["g2a", "g2b", "g2c"], { groups: ["Health"] }),
          z: {},
        },
        [
          ...clique(["g1a", "g1b", "g1c"]),
          ...clique(["g2a", "g2b", "g2c"]),
          ["g1d", "g1a"],
          ["z", "g1a"],
          ["z", "g2a"],
        ],
      ),
    );
    const list = suggestIntroductions(graph, analysis);
    const across = find(list, "g1a", "g2a")!;
    const within = find(list, "g1d", "g1b")!;
    expect(across.parts.bridging).toBe(1);
    expect(within.parts.bridging).toBeLessThan(across.parts.bridging);
    expect(across.reasons.join(" ")).toMatch(
      /links (Education and Health|Health and Education), which have no tie/,
    );
  });
});

describe("suggestIntroductions: who is suggested", () => {
  it("never suggests or names as introducer a prospect, a former member or an unregistered person", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          pros: { status: "prospect" },
          old: { status: "former" },
          friend: { status: "unregistered" },
        },
        [
          ...["m1", "m2", "m3", "m4", "m5"].map((m): [string, string] => ["pros", m]),
          ["old", "m1"],
          ["old", "m6"],
          ["friend", "m2"],
          ["friend", "m6"],
          ["old", "pros"],
        ],
      ),
    );
    const list = suggestIntroductions(graph, analysis);
    expect(list.length).toBeGreaterThan(0);
    const outsiders = ["pros", "old", "friend"];
    for (const i of list) {
      expect(outsiders).not.toContain(i.a);
      expect(outsiders).not.toContain(i.b);
      for (const v of i.via) expect(outsiders).not.toContain(v);
    }
  });

  it("ranks by plausibility alone when every other goal weighs nothing", async () => {
    const list = suggestIntroductions(sampleNetwork(), await analyzeNetwork(sampleNetwork()), {
      weights: ONLY_PLAUSIBILITY,
      limit: 30,
    });
    for (const i of list) expect(i.score).toBeCloseTo(i.parts.plausibility, 12);
    for (let k = 1; k < list.length; k++) expect(list[k]!.score).toBeLessThanOrEqual(list[k - 1]!.score);
  });

  it("handles networks with no sectors, no groups, no ties or nobody at all", async () => {
    const bare = await analysed(community({}, [...clique(["a", "b", "c"]), ["c", "d"], ["d", "e"]]));
    const list = suggestIntroductions(bare.graph, bare.analysis);
    expect(list.length).toBeGreaterThan(0);
    for (const i of list) {
      expect(i.parts.crossSector).toBe(0);
      expect(i.reasons.join(" ")).not.toMatch(/undefined|null|NaN/);
    }
    const lonely = await analysed(community({ a: {}, b: {} }, []));
    expect(suggestIntroductions(lonely.graph, lonely.analysis)).toEqual([]);
    const empty = await analysed(community({}, []));
    expect(suggestIntroductions(empty.graph, empty.analysis)).toEqual([]);
  });
});

describe("suggestIntroductions on the sample community", () => {
  const graph = sampleNetwork();
  const facts = sampleCommunity().sample.facts;
  const run = async (options = {}) => suggestIntroductions(graph, await analyzeNetwork(graph), options);

  it("suggests only pairs of members not yet tied, with reasons that name them", async () => {
    const list = await run();
    expect(list).toHaveLength(50);
    for (const i of list) {
      for (const id of [i.a, i.b]) {
        expect(graph.getNodeAttribute(id, "status")).toBe("member");
        expect(graph.getNodeAttribute(id, "registered")).toBe(true);
      }
      expect(graph.hasEdge(i.a, i.b)).toBe(false);
      expect(i.reasons.length).toBeGreaterThanOrEqual(1);
      expect(i.reasons.length).toBeLessThanOrEqual(2);
      expect(i.reasons[0]).toContain(graph.getNodeAttribute(i.a, "name"));
      expect(i.reasons[0]).toContain(graph.getNodeAttribute(i.b, "name"));
      expect(i.reasons.join(" ")).not.toMatch(/undefined|null|NaN/);
    }
  });

  it("proposes to reconnect the Haitian cluster that hangs on Jean-Robert Estimé", async () => {
    const list = await run();
    const haiti = list.filter((i) => i.resilience.articulationPoint?.id === facts.articulation.id);
    expect(haiti.length).toBeGreaterThan(0);
    expect(haiti[0]!.resilience.articulationPoint).toEqual({ id: "P022", cutOffBefore: 7, cutOffAfter: 0 });
    expect([haiti[0]!.a, haiti[0]!.b].some((id) => facts.articulation.cutOff.includes(id))).toBe(true);
    expect(haiti[0]!.reasons.join(" ")).toMatch(/if Jean-Robert Estimé left, 7 people would lose touch/i);
  });

  it("keeps anyone to maxPerPerson suggestions and any pair of sectors to its share of the list", async () => {
    const count = (keys: string[]) =>
      Math.max(...[...new Set(keys)].map((k) => keys.filter((x) => x === k).length));
    const people = (list: Introduction[]) => count(list.flatMap((i) => [i.a, i.b]));
    const sectorPairs = (list: Introduction[]) =>
      count(list.map((i) => i.sectors.map(String).sort().join("|")));
    const uncapped = await run({ limit: 30, maxPerPerson: Infinity, maxSectorPairShare: 1 });
    expect(people(uncapped)).toBeGreaterThan(2);
    const capped = await run({ limit: 30, maxPerPerson: 2, maxSectorPairShare: 0.1 });
    expect(capped).toHaveLength(30);
    expect(people(capped)).toBeLessThanOrEqual(2);
    expect(sectorPairs(capped)).toBeLessThanOrEqual(3);
    expect(people(await run())).toBeLessThanOrEqual(3);
    expect(sectorPairs(await run())).toBeLessThanOrEqual(15);
  });

  it("is best first and the same every time", async () => {
    const first = await run();
    for (let k = 1; k < first.length; k++) expect(first[k]!.score).toBeLessThanOrEqual(first[k - 1]!.score);
    expect(await run()).toEqual(first);
  });
});
