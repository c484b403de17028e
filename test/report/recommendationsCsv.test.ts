import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import type { Gap, Introduction, RecruitmentCandidate } from "../../src/recommend";
import { createPseudonymizer } from "../../src/report/pseudonymize";
import {
  INTRODUCTION_COLUMNS,
  RECRUITMENT_COLUMNS,
  introductionsCsv,
  recruitmentCsv,
  type PersonRef,
} from "../../src/report/recommendationsCsv";
import {
  FORMULA_ORG,
  PEOPLE,
  QUOTE_NAME,
  SCRIPT_NAME,
  smallCommunity,
  type SmallCommunity,
} from "./fixtures";

type Row = Record<string, string>;

function parse(text: string): { header: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

let community: SmallCommunity;
let people: PersonRef[];
beforeAll(async () => {
  community = await smallCommunity();
  people = community.graph.mapNodes((id, a) => ({ ...a, id }));
});

/** Cells a spreadsheet would execute, each as a name, an organisation, a group and a reason. */
const DANGEROUS = ["=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "\t=tab", "\r=cr"];

function introduction(a: string, b: string, via: string[], reasons: string[]): Introduction {
  return {
    a,
    b,
    via,
    score: 0.5,
    parts: { plausibility: 0.5, crossSector: 0.25, resilience: 0, inclusion: 1, bridging: 0.123456 },
    reasons,
    introducedBy: "mutual contact",
    sharedContacts: via.length,
    sectors: [null, null],
    resilience: {
      reconnected: 0,
      bridgesClosed: 0,
      articulationPoint: null,
      dependency: null,
      measured: true,
    },
  };
}

const formulaPeople: PersonRef[] = DANGEROUS.map((text, i) => ({
  id: `f${i}`,
  name: text,
  organization: text,
  sector: text,
  email: text,
}));

describe("introductionsCsv", () => {
  it("has the documented columns and one row per suggestion, best first, with names beside ids", () => {
    const { introductions } = community.recommendations;
    expect(introductions.length).toBeGreaterThan(3);
    const { header, rows } = parse(introductionsCsv(introductions, people));
    expect(header).toEqual([...INTRODUCTION_COLUMNS]);
    expect(rows).toHaveLength(introductions.length);
    const names = new Map(people.map((p) => [p.id, p.name!]));
    rows.forEach((row, i) => {
      const intro = introductions[i]!;
      expect(row.rank).toBe(String(i + 1));
      expect(row.a_id).toBe(intro.a);
      expect(row.b_id).toBe(intro.b);
      expect(row.a_name).toBe(names.get(intro.a));
      expect(row.b_name).toBe(names.get(intro.b));
      expect(row.via_ids).toBe(intro.via.join("; "));
      expect(row.via_names).toBe(intro.via.map((id) => names.get(id)).join("; "));
      expect(row.introduced_by).toBe(intro.introducedBy ?? "");
      expect(Number(row.score)).toBeCloseTo(intro.score, 4);
      expect(Number(row.cross_sector)).toBeCloseTo(intro.parts.crossSector, 4);
      expect(row.reasons).toBe(intro.reasons.join(" "));
    });
  });

  it("writes e-mails, sectors and organisations, and names with markup or quotes exactly as they are", () => {
    const intro = introduction("p02", "p03", ["p01"], [`${SCRIPT_NAME} and ${QUOTE_NAME} should meet.`]);
    const [row] = parse(introductionsCsv([intro], people)).rows;
    expect(row).toMatchObject({
      a_name: SCRIPT_NAME,
      b_name: QUOTE_NAME,
      b_organization: `'${FORMULA_ORG}`,
      b_sector: "National federation",
      via_names: "Ana María López",
      reasons: `${SCRIPT_NAME} and ${QUOTE_NAME} should meet.`,
      bridging: "0.1235",
    });
    const [withEmail] = parse(introductionsCsv([introduction("p01", "p05", [], [])], people)).rows;
    expect(withEmail).toMatchObject({
      a_email: "ana.lopez@example.org",
      b_email: "ana@example.org",
      via_ids: "",
    });
  });

  it("neutralises every cell a spreadsheet would execute: names, organisations, e-mails and reasons", () => {
    const intros = DANGEROUS.map((text, i) =>
      introduction(`f${i}`, `f${(i + 1) % DANGEROUS.length}`, [`f${(i + 2) % DANGEROUS.length}`], [text]),
    );
    const { rows } = parse(introductionsCsv(intros, formulaPeople));
    rows.forEach((row, i) => {
      for (const column of [
        "a_name",
        "a_organization",
        "a_sector",
        "a_email",
        "b_name",
        "via_names",
        "reasons",
      ]) {
        expect(row[column]!.startsWith("'"), `${column} of row ${i}`).toBe(true);
      }
      expect(row.a_name).toBe(`'${DANGEROUS[i]}`);
    });
    // Numbers stay numbers: a negative score would not be turned into text.
    expect(introductionsCsv([{ ...intros[0]!, score: -0.25 }], formulaPeople)).toContain(",-0.25,");
  });

  it("pseudonymised: codes instead of names, e-mails and ids, also inside the reasons, the same each time", () => {
    const { introductions } = community.recommendations;
    const make = () => createPseudonymizer(people, { secret: "workspace", organizations: true });
    const text = introductionsCsv(introductions, people, { pseudonymize: make() });
    expect(introductionsCsv(introductions, people, { pseudonymize: make() })).toBe(text);
    const { rows } = parse(text);
    const p = make();
    rows.forEach((row, i) => {
      expect(row.a_id).toBe(p.person(introductions[i]!.a));
      expect(row.a_name).toBe(row.a_id);
      expect(row.via_names).toBe(introductions[i]!.via.map((id) => p.person(id)).join("; "));
      expect(row.reasons).toMatch(/Person-[0-9A-Z]{6}/);
    });
    for (const person of PEOPLE) {
      for (const revealing of [person.name, person.email, person.organization]) {
        if (revealing) expect(text.includes(revealing), revealing).toBe(false);
      }
    }
  });
});

describe("recruitmentCsv", () => {
  it("lists the gaps, then the candidates, with the documented columns", () => {
    const { gaps, candidates } = community.recommendations.recruitment;
    expect(gaps.length).toBeGreaterThan(0);
    expect(candidates.length).toBeGreaterThan(0);
    const { header, rows } = parse(recruitmentCsv(gaps, candidates, people));
    expect(header).toEqual([...RECRUITMENT_COLUMNS]);
    expect(rows.map((r) => r.row_type)).toEqual([
      ...gaps.map(() => "gap"),
      ...candidates.map(() => "candidate"),
    ]);
    gaps.forEach((gap, i) => {
      expect(rows[i]).toMatchObject({
        rank: String(i + 1),
        dimension: gap.dimension,
        value: gap.value,
        kind: gap.kind,
        observed: String(gap.observed),
        target: String(gap.target),
        reasons: gap.reason,
        id: "",
      });
    });
    const names = new Map(people.map((p) => [p.id, p.name!]));
    candidates.forEach((c, i) => {
      const row = rows[gaps.length + i]!;
      expect(row).toMatchObject({
        rank: String(i + 1),
        id: c.id,
        name: c.name,
        status: c.status,
        dimension: "",
      });
      expect(row.warm_tie_names).toBe(c.warmTies.map((id) => names.get(id)).join("; "));
      expect(row.reasons).toBe(c.reasons.join(" "));
      expect(Number(row.score)).toBeCloseTo(c.score, 4);
    });
    const prospect = rows.find((r) => r.id === "p12")!;
    expect(prospect.fills).toContain("sector: Development bank");
  });

  it("neutralises formulas in gap values, groups, reasons and candidate names", () => {
    const gaps: Gap[] = DANGEROUS.map((text, i) => ({
      dimension: "sector",
      value: text,
      group: text,
      kind: "absent",
      observed: 0,
      target: 1,
      measure: "members",
      reason: text,
      members: 0,
      people: [`f${i}`],
    }));
    const candidates: RecruitmentCandidate[] = DANGEROUS.map((text, i) => ({
      id: `f${i}`,
      name: text,
      status: "prospect",
      fills: [{ dimension: "sector", value: text, group: null, kind: "absent" }],
      score: 1,
      parts: { fills: 1, warmTies: 0, bridging: 0 },
      warmTies: [`f${(i + 1) % DANGEROUS.length}`],
      reasons: [text],
    }));
    const { rows } = parse(recruitmentCsv(gaps, candidates, formulaPeople));
    for (const row of rows.filter((r) => r.row_type === "gap")) {
      for (const column of ["value", "group", "reasons", "people_names"])
        expect(row[column]!.startsWith("'")).toBe(true);
    }
    for (const row of rows.filter((r) => r.row_type === "candidate")) {
      for (const column of ["name", "organization", "email", "reasons", "warm_tie_names"]) {
        expect(row[column]!.startsWith("'"), column).toBe(true);
      }
    }
  });

  it("pseudonymised: no name or e-mail left, in gap reasons and candidate reasons too", () => {
    const { gaps, candidates } = community.recommendations.recruitment;
    const p = createPseudonymizer(people, { secret: "workspace" });
    const text = recruitmentCsv(gaps, candidates, people, { pseudonymize: p });
    const { rows } = parse(text);
    for (const row of rows.filter((r) => r.row_type === "candidate")) {
      expect(row.id).toMatch(/^Person-/);
      expect(row.name).toBe(row.id);
    }
    for (const person of PEOPLE) {
      for (const revealing of [person.name, person.email]) {
        if (revealing) expect(text.includes(revealing), revealing).toBe(false);
      }
    }
    expect(text).not.toContain("Friend Outsider");
  });
});
