import { describe, expect, it } from "vitest";
import { analyzeNetwork } from "../../src/analysis/analyzeNetwork";
import { findRecruitmentGaps } from "../../src/recommend/gaps";
import { rankRecruitmentCandidates } from "../../src/recommend/recruitment";
import { readTargetsCsv } from "../../src/recommend/targets";
import { recommend } from "../../src/recommend";
import { alike, analysed, clique, community } from "./handNetworks";
import { sampleCommunity, sampleNetwork } from "./sampleNetwork";

describe("rankRecruitmentCandidates", () => {
  it("ranks prospects by the gaps they fill, then by the members they already know", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          ...alike(["m1", "m2", "m3", "m4"], {
            sector: "NGO",
            region: "Chile",
            groups: ["G"],
            role: "expert",
          }),
          m1: { sector: "NGO", region: "Chile", groups: ["G"], role: "coordinator", name: "Mia Coord" },
          warm: { sector: "Development bank", region: "Chile", status: "prospect", name: "Wanda Warm" },
          cold: { sector: "Development bank", region: "Chile", status: "prospect" },
          known: { sector: "NGO", region: "Chile", status: "prospect", name: "Kai Known" },
          idle: { sector: "NGO", region: "Chile", status: "prospect" },
          old: { sector: "Development bank", status: "former" },
          friend: { status: "unregistered", name: "Fran Friend" },
        },
        [
          ...clique(["m1", "m2", "m3", "m4"]),
          ["warm", "m1"],
          ["known", "m2"],
          ["old", "m3"],
          ["friend", "m1"],
          ["friend", "m4"],
        ],
      ),
    );
    const gaps = findRecruitmentGaps(graph, analysis);
    const ranked = rankRecruitmentCandidates(graph, analysis, gaps);
    expect(ranked.map((c) => c.id)).toEqual(["warm", "cold", "friend", "known"]);
    const [warm, cold, friend, known] = ranked;
    expect(warm!.fills).toEqual([
      { dimension: "sector", value: "Development bank", group: null, kind: "absent" },
    ]);
    expect(warm!.warmTies).toEqual(["m1"]);
    expect(warm!.reasons[0]).toBe(
      "Wanda Warm (prospect; Development bank, Chile) would fill 1 gap: Development bank (none today).",
    );
    expect(warm!.reasons[1]).toBe("Already in touch with 1 member: Mia Coord, a warm introduction.");
    expect(cold!.warmTies).toEqual([]);
    expect(cold!.reasons[1]).toBe("No tie to any member yet: a cold approach.");
    expect(friend).toMatchObject({ status: "unregistered", fills: [], warmTies: ["m1", "m4"] });
    expect(friend!.reasons[0]).toBe(
      "Fran Friend is not in the registry but appears in the interactions; fills no gap of the target frame.",
    );
    expect(known!.fills).toEqual([]);
    // A prospect who fills nothing and knows nobody, former members and members are not candidates.
    for (const id of ["idle", "old", "m1"]) expect(ranked.map((c) => c.id)).not.toContain(id);
  });

  it("counts a fragile gap as filled only by someone who would open a second route", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          ...alike(["h1", "h2", "h3", "hub"], { region: "Haiti" }),
          ...alike(["o1", "o2", "o3"], { region: "Chile" }),
          inside: { region: "Haiti", status: "prospect" },
          bridge: { region: "Haiti", status: "prospect" },
        },
        [
          ...clique(["h1", "h2", "h3", "hub"]),
          ...clique(["o1", "o2", "o3"]),
          ["hub", "o1"],
          ["inside", "h1"],
          ["bridge", "o2"],
        ],
      ),
    );
    const gaps = findRecruitmentGaps(graph, analysis);
    expect(gaps.find((g) => g.value === "Haiti")).toMatchObject({ kind: "fragile", people: ["hub"] });
    const ranked = rankRecruitmentCandidates(graph, analysis, gaps);
    const fills = (id: string) => ranked.find((c) => c.id === id)!.fills.map((f) => `${f.kind}:${f.value}`);
    expect(fills("bridge")).toEqual(["fragile:Haiti"]);
    expect(fills("inside")).toEqual([]);
  });
});

describe("recruitment on the sample community", () => {
  it("puts P295 first for the missing knowledge manager, with the coordinator she already met", async () => {
    const graph = sampleNetwork();
    const { sample } = sampleCommunity();
    const { targets } = readTargetsCsv(sample.targets);
    const result = recommend(graph, await analyzeNetwork(graph), targets);
    const { group, role, prospectWhoCouldFillIt } = sample.facts.missingRole;
    const forRole = result.recruitment.candidates.filter((c) =>
      c.fills.some((f) => f.dimension === "role" && f.value === role && f.group === group),
    );
    expect(forRole[0]!.id).toBe(prospectWhoCouldFillIt);
    expect(forRole[0]!.warmTies).toContain("P095");
    expect(forRole[0]!.reasons.join(" ")).toContain("Andre Campbell");
    const overall = result.recruitment.candidates.map((c) => c.id);
    expect(overall.indexOf(prospectWhoCouldFillIt)).toBeLessThan(10);
    // The four bank prospects who know Rodrigo Almeida Santos come before the two who know nobody.
    const banks = result.recruitment.candidates.filter((c) =>
      c.fills.some((f) => f.value === "Development bank"),
    );
    expect(
      banks
        .slice(0, 4)
        .map((c) => c.id)
        .sort(),
    ).toEqual(["P004", "P081", "P117", "P119"]);
    for (const c of banks.slice(0, 4)) expect(c.warmTies).toContain("P121");
  });

  it("lists friends of the network with the members they know, and never members or former members", async () => {
    const graph = sampleNetwork();
    const result = recommend(graph, await analyzeNetwork(graph));
    const friends = result.recruitment.candidates.filter((c) => c.status === "unregistered");
    expect(friends.map((c) => c.name).sort()).toEqual([...sampleCommunity().sample.facts.friends].sort());
    for (const c of friends) {
      expect(c.warmTies.length).toBeGreaterThanOrEqual(2);
      expect(c.reasons[1]).toContain(graph.getNodeAttribute(c.warmTies[0]!, "name"));
    }
    for (const c of result.recruitment.candidates) {
      expect(["prospect", "unregistered"]).toContain(graph.getNodeAttribute(c.id, "status"));
      for (const id of c.warmTies) expect(graph.getNodeAttribute(id, "status")).toBe("member");
    }
  });
});
