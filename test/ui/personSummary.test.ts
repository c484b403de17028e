import { beforeAll, describe, expect, it } from "vitest";
import { columnById } from "../../src/analysis/registry";
import { PANEL_COLUMNS, personHighlights, rankLabel, rankOf } from "../../src/ui/people/personSummary";
import type { AnalysisPayload } from "../../src/worker/analysisHandler";
import { smallAnalysis } from "./smallNetwork";

let analysis: AnalysisPayload;
const person = (id: string) => analysis.people.find((p) => p.id === id)!;

beforeAll(async () => {
  analysis = (await smallAnalysis()).analysis;
});

describe("rankOf", () => {
  it("ranks by how many people score strictly higher, ties sharing a rank", () => {
    const contacts = columnById("degree");
    expect(rankOf(analysis.people, contacts, person("b"))).toBe(1);
    expect(rankOf(analysis.people, contacts, person("a"))).toBe(2);
    expect(rankOf(analysis.people, contacts, person("c"))).toBe(3);
    expect(rankOf(analysis.people, contacts, person("e"))).toBe(3);
    expect(rankOf(analysis.people, columnById("constraint"), person("g"))).toBeNull();
    expect(rankLabel(3, 1234)).toBe("3rd of 1,234");
  });
});

describe("personHighlights", () => {
  it("tells what stands out about a broker: who depends on them and how much", () => {
    const lines = personHighlights(person("b"), analysis);
    expect(lines).toContain("If they left, 2 people would lose their connection to the rest.");
    expect(lines).toContain("Carries 67% of the connection between Health and Sport.");
    expect(lines.some((l) => /key players/.test(l))).toBe(person("b").keyPlayerRank !== null);
    expect(lines.some((l) => /shortest path/.test(l))).toBe(true);
  });

  it("says plainly when someone has no contact at all, and nothing for an ordinary member", () => {
    expect(personHighlights(person("g"), analysis)[0]).toBe(
      "No recorded contact with anyone in these files.",
    );
    expect(personHighlights(person("c"), analysis).filter((l) => !/key players/.test(l))).toEqual([]);
  });

  it("lists every measure but none of the person's own details", () => {
    expect(PANEL_COLUMNS.some((c) => c.id === "betweenness")).toBe(true);
    expect(PANEL_COLUMNS.some((c) => c.family === "person")).toBe(false);
  });
});
