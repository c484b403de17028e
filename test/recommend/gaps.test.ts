import { describe, expect, it } from "vitest";
import { analyzeNetwork } from "../../src/analysis/analyzeNetwork";
import { findRecruitmentGaps, type Gap } from "../../src/recommend/gaps";
import { defaultTargets, readTargetsCsv, type Target } from "../../src/recommend/targets";
import { alike, analysed, clique, community } from "./handNetworks";
import { sampleCommunity, sampleNetwork } from "./sampleNetwork";

const target = (t: Partial<Target> & Pick<Target, "dimension" | "value">): Target => ({
  group: null,
  minCount: null,
  minShare: null,
  line: null,
  ...t,
});
const gapsOf = (gaps: Gap[], value: string) => gaps.filter((g) => g.value === value).map((g) => g.kind);

describe("findRecruitmentGaps: each kind", () => {
  it("finds a sector present only among prospects absent, and names the prospects who could fill it", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          ...alike(["m1", "m2", "m3"], { sector: "NGO", region: "Chile" }),
          bank1: { sector: "Development bank", status: "prospect", name: "Bea Banker" },
          old: { sector: "Development bank", status: "former" },
        },
        [...clique(["m1", "m2", "m3"]), ["bank1", "m1"], ["old", "m2"]],
      ),
    );
    const gaps = findRecruitmentGaps(graph, analysis);
    const absent = gaps.find((g) => g.value === "Development bank")!;
    expect(absent).toMatchObject({
      dimension: "sector",
      kind: "absent",
      observed: 0,
      target: 1,
      group: null,
    });
    expect(absent.people).toEqual(["bank1"]);
    expect(absent.reason).toBe(
      "No active member works in Development bank (target: at least 1); 1 prospect could fill it (Bea Banker).",
    );
    expect(gapsOf(gaps, "NGO")).toEqual([]);
    expect(gapsOf(gaps, "Chile")).toEqual([]);
  });

  it("finds a sector under its minimum count, or under its minimum share of a group, underrepresented", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          ...alike(["h1", "h2"], { sector: "Health", groups: ["G"] }),
          ...alike(["s1", "s2", "s3", "s4", "s5", "s6"], { sector: "Sport", groups: ["G"] }),
        },
        clique(["h1", "h2", "s1", "s2", "s3", "s4", "s5", "s6"]),
      ),
    );
    const gaps = findRecruitmentGaps(graph, analysis, [
      target({ dimension: "sector", value: "Health", minCount: 3 }),
      target({ dimension: "sector", value: "Health", group: "G", minShare: 0.3 }),
      target({ dimension: "sector", value: "Sport", minCount: 6 }),
    ]);
    expect(gaps).toEqual([
      expect.objectContaining({
        kind: "underrepresented",
        value: "Health",
        group: null,
        observed: 2,
        target: 3,
      }),
      expect.objectContaining({
        kind: "underrepresented",
        value: "Health",
        group: "G",
        observed: 0.25,
        target: 0.3,
      }),
    ]);
    expect(gaps[1]!.reason).toBe(
      "Health makes up 25% of the 8 active members of G (2), below the target of 30%.",
    );
  });

  it("finds a sector or region whose members all have one contact or none peripheral", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          ...alike(["c1", "c2", "c3", "c4"], { region: "Colombia", sector: "NGO" }),
          g1: { region: "Guatemala", sector: "Field office", name: "Gabi" },
          g2: { region: "Guatemala", sector: "Field office", name: "Gus" },
          g3: { region: "Guatemala", name: "Gil" },
        },
        [...clique(["c1", "c2", "c3", "c4"]), ["g1", "c1"], ["g2", "c3"]],
      ),
    );
    const gaps = findRecruitmentGaps(graph, analysis);
    const peripheral = gaps.find((g) => g.value === "Guatemala")!;
    expect(peripheral).toMatchObject({ kind: "peripheral", observed: 0, target: 1, members: 3 });
    expect(peripheral.people.sort()).toEqual(["g1", "g2", "g3"]);
    expect(peripheral.reason).toContain("Gabi (1), Gus (1) and Gil (0)");
    // Not fragile: Gabi and Gus reach the others through different people.
    expect(gapsOf(gaps, "Guatemala")).toEqual(["peripheral"]);
    expect(gaps.find((g) => g.value === "Field office")).toMatchObject({
      dimension: "sector",
      kind: "peripheral",
      members: 2,
      reason:
        "All 2 active members of Field office are on the periphery, with one contact or none: Gabi (1) and Gus (1).",
    });
    expect(gapsOf(gaps, "Colombia")).toEqual([]);
    expect(gapsOf(gaps, "NGO")).toEqual([]);
  });

  it("finds a group attached to the rest through one person fragile", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          ...alike(["y1", "y2", "y3"], { groups: ["Youth"], region: "Haiti" }),
          link: { groups: ["Youth"], region: "Haiti", name: "Jean Link" },
          ...alike(["o1", "o2", "o3", "o4"], { groups: ["Education"], region: "Chile" }),
          ...alike(["h1", "h2"], { groups: ["Health"], region: "Peru" }),
        },
        [
          ...clique(["y1", "y2", "y3", "link"]),
          ...clique(["o1", "o2", "o3", "o4"]),
          ["link", "o1"],
          ["link", "o2"],
          ["h1", "h2"],
          ["h1", "o3"],
          ["h2", "o4"],
        ],
      ),
    );
    const gaps = findRecruitmentGaps(graph, analysis);
    const youth = gaps.find((g) => g.dimension === "group" && g.value === "Youth")!;
    expect(youth).toMatchObject({ kind: "fragile", observed: 1, target: 2, people: ["link"], members: 4 });
    expect(youth.reason).toBe(
      "The 4 active members of Youth reach the rest of the community only through Jean Link: if Jean Link left, 3 of them would be cut off.",
    );
    expect(gaps.find((g) => g.value === "Haiti")).toMatchObject({ kind: "fragile", people: ["link"] });
    // Education also meets Health directly, and Health has two routes: neither is fragile.
    expect(gaps.filter((g) => g.kind === "fragile").map((g) => g.value)).toEqual(["Haiti", "Youth"]);
    expect(gaps.filter((g) => g.kind !== "fragile").every((g) => g.dimension === "role")).toBe(true);
  });

  it("is not fragile with a second route, and fragile with no route at all", async () => {
    const twoRoutes = await analysed(
      community(
        {
          ...alike(["y1", "y2", "y3"], { groups: ["Youth"] }),
          ...alike(["o1", "o2"], { groups: ["Other"] }),
        },
        [...clique(["y1", "y2", "y3"]), ["y1", "o1"], ["y2", "o2"], ["o1", "o2"]],
      ),
    );
    expect(
      findRecruitmentGaps(twoRoutes.graph, twoRoutes.analysis).filter((g) => g.kind === "fragile"),
    ).toEqual([]);
    const island = await analysed(
      community(
        { ...alike(["y1", "y2"], { groups: ["Youth"] }), ...alike(["o1", "o2"], { groups: ["Other"] }) },
        [
          ["y1", "y2"],
          ["o1", "o2"],
        ],
      ),
    );
    const gaps = findRecruitmentGaps(island.graph, island.analysis).filter((g) => g.kind === "fragile");
    expect(gaps.map((g) => [g.value, g.observed, g.people])).toEqual([
      ["Other", 0, []],
      ["Youth", 0, []],
    ]);
    expect(gaps[1]!.reason).toBe(
      "The 2 active members of Youth have no connection to any other member of the community.",
    );
  });

  it("counts members only: prospects, former members and unregistered people never count", async () => {
    const { graph, analysis } = await analysed(
      community(
        {
          m1: { sector: "NGO", role: "coordinator", groups: ["G"] },
          p1: { sector: "Academia", role: "facilitator", groups: ["G"], status: "prospect" },
          f1: { sector: "Academia", role: "expert", groups: ["G"], status: "former" },
          u1: { status: "unregistered" },
        },
        [
          ["m1", "p1"],
          ["m1", "f1"],
          ["m1", "u1"],
        ],
      ),
    );
    const gaps = findRecruitmentGaps(graph, analysis);
    expect(gaps.find((g) => g.value === "Academia")).toMatchObject({ kind: "absent", observed: 0 });
    const roles = gaps.filter((g) => g.dimension === "role").map((g) => [g.value, g.kind]);
    expect(roles).toEqual([
      ["expert", "absent"],
      ["facilitator", "absent"],
      ["knowledge manager", "absent"],
    ]);
  });

  it("copes with people who have no sector, region, role or group", async () => {
    const { graph, analysis } = await analysed(community({}, clique(["a", "b", "c"])));
    expect(defaultTargets(graph)).toEqual([]);
    expect(findRecruitmentGaps(graph, analysis)).toEqual([]);
  });
});

describe("findRecruitmentGaps on the sample community", () => {
  const graph = sampleNetwork();
  const facts = sampleCommunity().sample.facts;

  it("finds the built-in gaps with the committed target frame", async () => {
    const analysis = await analyzeNetwork(graph);
    const { targets } = readTargetsCsv(sampleCommunity().sample.targets);
    const gaps = findRecruitmentGaps(graph, analysis, targets);
    const has = (kind: string, value: string, group: string | null = null) =>
      gaps.find((g) => g.kind === kind && g.value === value && g.group === group);
    expect(has("absent", facts.prospectOnlySector)).toMatchObject({ observed: 0, target: 2 });
    expect(has("absent", facts.prospectOnlyRegion)).toMatchObject({ observed: 0, target: 2 });
    expect(has("absent", facts.missingRole.role, facts.missingRole.group)).toMatchObject({
      dimension: "role",
      observed: 0,
      target: 1,
    });
    expect(has("fragile", "Haiti")).toMatchObject({
      observed: 1,
      target: 2,
      people: [facts.articulation.id],
      members: 8,
    });
    expect(has("peripheral", "Guatemala")).toMatchObject({ observed: 0, members: 3 });
    expect(has("underrepresented", "Guatemala")).toMatchObject({ observed: 3, target: 5 });
    expect(has("underrepresented", "Corporate partner")).toMatchObject({ observed: 6, target: 10 });
    expect(has("underrepresented", "Public health", facts.groups[2]!)).toMatchObject({ measure: "share" });
    // Only members count: the other groups' four roles are all there.
    for (const group of facts.groups.filter((g) => g !== facts.missingRole.group)) {
      expect(gaps.filter((g) => g.dimension === "role" && g.group === group)).toEqual([]);
    }
  });

  it("finds the same absences with the default target frame", async () => {
    const gaps = findRecruitmentGaps(graph, await analyzeNetwork(graph));
    const kinds = new Set(gaps.map((g) => `${g.kind}:${g.value}:${g.group ?? ""}`));
    expect(kinds).toContain(`absent:${facts.prospectOnlySector}:`);
    expect(kinds).toContain(`absent:${facts.prospectOnlyRegion}:`);
    expect(kinds).toContain(`absent:${facts.missingRole.role}:${facts.missingRole.group}`);
    expect(kinds).toContain("fragile:Haiti:");
    expect(kinds).toContain("peripheral:Guatemala:");
  });
});
