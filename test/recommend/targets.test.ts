import { describe, expect, it } from "vitest";
import { defaultTargets, parseTargets, readTargetsCsv } from "../../src/recommend/targets";
import { community } from "./handNetworks";
import { sampleCommunity } from "./sampleNetwork";

describe("readTargetsCsv and parseTargets", () => {
  it("reads the sample community's targets.csv whole", () => {
    const parsed = readTargetsCsv(sampleCommunity().sample.targets);
    expect(parsed).toMatchObject({ read: 39, accepted: 39, rejected: [], problem: null });
    expect(parsed.targets[0]).toEqual({
      dimension: "sector",
      value: "National Olympic Committee",
      group: null,
      minCount: 8,
      minShare: null,
      line: 2,
    });
    expect(parsed.targets.find((t) => t.minShare !== null && t.group !== null)).toEqual({
      dimension: "sector",
      value: "Public health",
      group: "Sport, health and active communities",
      minCount: null,
      minShare: 0.3,
      line: 12,
    });
  });

  it("rejects every bad row with its line and reason, and accounts for every row", () => {
    const text = [
      "dimension,value,group,min_count,min_share",
      "sector,Academia,,3,",
      "colour,Blue,,1,",
      "region,,,2,",
      "sector,UN agency,,2.5,",
      "sector,Public health,,,150%",
      "role,expert,Youth,,",
      "",
      "Sector, academia ,,4,",
      'role,coordinator,"Sport, health",1,,extra',
      "region,Chile,,,30%",
      "region,Peru,,0,0,5",
    ].join("\r\n");
    const parsed = readTargetsCsv(text);
    expect(parsed.read).toBe(11);
    expect(parsed.accepted + parsed.rejected.length).toBe(parsed.read);
    expect(parsed.targets.map((t) => [t.line, t.dimension, t.value, t.minCount, t.minShare])).toEqual([
      [2, "sector", "Academia", 3, null],
      [11, "region", "Chile", null, 0.3],
    ]);
    expect(parsed.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'unknown dimension "colour": use sector, region or role'],
      [4, "no value (which sector, region or role?)"],
      [5, 'min_count "2.5" is not a whole number ≥ 0'],
      [6, 'min_share "150%" is not a share between 0 and 1 (or a percentage such as 30%)'],
      [7, "no target: give min_count or min_share"],
      [8, "empty row"],
      [9, "duplicate of line 2 (same dimension, value and group)"],
      [10, "more cells (6) than the header has columns (5)"],
      [12, "more cells (6) than the header has columns (5)"],
    ]);
    expect(parsed.rejected[1]!.cells).toEqual(["region", "", "", "2", ""]);
  });

  it("recognises other column names, delimiters, a BOM and quoted values spanning lines", () => {
    const text =
      "\ufeffCategory;Name;Working group;Minimum;Percentage\n" +
      'Country;Haiti;;8;\nrole;knowledge manager;"Sport and\nyouth";1;\nsector;NGO;;;0,15\n';
    const parsed = readTargetsCsv(text);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.targets).toEqual([
      { dimension: "region", value: "Haiti", group: null, minCount: 8, minShare: null, line: 2 },
      {
        dimension: "role",
        value: "knowledge manager",
        group: "Sport and\nyouth",
        minCount: 1,
        minShare: null,
        line: 3,
      },
      { dimension: "sector", value: "NGO", group: null, minCount: null, minShare: 0.15, line: 5 },
    ]);
  });

  it("refuses a table without dimension or value columns, rejecting each of its rows", () => {
    const parsed = parseTargets([
      ["source", "target"],
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parsed.problem).toMatch(/no dimension or value column/);
    expect(parsed.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(parsed).toMatchObject({ read: 2, accepted: 0, targets: [] });
    expect(readTargetsCsv("")).toMatchObject({ read: 0, problem: "The targets file is empty." });
  });
});

describe("defaultTargets", () => {
  it("asks for every sector and region of members and prospects, and the four roles in every group", () => {
    const graph = community(
      {
        m: { sector: "NGO", region: "Chile", groups: ["Youth"] },
        p: { sector: "Development bank", region: "Barbados", groups: ["Health"], status: "prospect" },
        f: { sector: "Corporate partner", region: "Peru", groups: ["Data"], status: "former" },
        u: { status: "unregistered" },
      },
      [],
    );
    expect(defaultTargets(graph).map((t) => [t.dimension, t.value, t.group, t.minCount])).toEqual([
      ["sector", "Development bank", null, 1],
      ["sector", "NGO", null, 1],
      ["region", "Barbados", null, 1],
      ["region", "Chile", null, 1],
      ["role", "coordinator", "Youth", 1],
      ["role", "facilitator", "Youth", 1],
      ["role", "expert", "Youth", 1],
      ["role", "knowledge manager", "Youth", 1],
    ]);
  });
});
