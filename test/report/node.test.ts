import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { writeReportFiles } from "../../src/report/node";
import { pseudonymizeAnalysis, pseudonymizerForGraph } from "../../src/report/pseudonymizeData";
import { PEOPLE, smallCommunity, type SmallCommunity } from "./fixtures";
import { parseXml } from "./xml";

const FILES = [
  "report.html",
  "introductions.csv",
  "recruitment.csv",
  "network.gexf",
  "summary.csv",
  "people.csv",
  "ties.csv",
  "bridges.csv",
  "key_players.csv",
  "sector_dependencies.csv",
  "sector_mixing.csv",
];

let community: SmallCommunity;
beforeAll(async () => {
  community = await smallCommunity();
});

describe("writeReportFiles", () => {
  it("writes the report, both recommendation CSVs, the GEXF and the analysis tables", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "weaver-report-")), "out");
    const written = writeReportFiles(dir, { ...community, date: "2025-01-31" });
    expect(written.map((p) => basename(p))).toEqual(FILES);
    expect(readdirSync(dir).sort()).toEqual([...FILES].sort());
    for (const file of FILES.filter((f) => f.endsWith(".csv"))) {
      const parsed = Papa.parse(readFileSync(join(dir, file), "utf8"), { skipEmptyLines: true });
      expect(parsed.errors, file).toEqual([]);
    }
    const intro = Papa.parse<Record<string, string>>(readFileSync(join(dir, "introductions.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    });
    expect(intro.data).toHaveLength(community.recommendations.introductions.length);
    const people = Papa.parse(readFileSync(join(dir, "people.csv"), "utf8"), { skipEmptyLines: true });
    expect(people.data).toHaveLength(community.graph.order + 1);
    expect(parseXml(readFileSync(join(dir, "network.gexf"), "utf8")).name).toBe("gexf");
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(parseXml(html).name).toBe("html");
    expect(html).toContain("Prepared on 31 January 2025");
    // The CLI computed a layout, so people are drawn one by one.
    expect(html.match(/<circle\s/g)!.length).toBeGreaterThanOrEqual(community.graph.order);
  });

  it("writes header-only recommendation CSVs without recommendations", () => {
    const dir = mkdtempSync(join(tmpdir(), "weaver-report-"));
    writeReportFiles(dir, { graph: community.graph, analysis: community.analysis, date: "2025-01-31" });
    expect(readFileSync(join(dir, "introductions.csv"), "utf8").trim().split("\r\n")).toHaveLength(1);
    expect(readFileSync(join(dir, "report.html"), "utf8")).not.toContain('id="introductions"');
  });

  it("pseudonymised: no file names anyone, and the codes agree across files", () => {
    const dir = mkdtempSync(join(tmpdir(), "weaver-report-"));
    writeReportFiles(dir, {
      ...community,
      date: "2025-01-31",
      pseudonymize: { secret: "s", organizations: true },
    });
    const contents = FILES.map((f) => readFileSync(join(dir, f), "utf8"));
    for (const person of PEOPLE) {
      for (const revealing of [
        person.email,
        person.organization,
        person.name.length > 3 ? person.name : null,
      ]) {
        if (!revealing) continue;
        contents.forEach((content, i) =>
          expect(content.includes(revealing), `${revealing} in ${FILES[i]}`).toBe(false),
        );
      }
    }
    const code = (file: string) =>
      new Set(readFileSync(join(dir, file), "utf8").match(/Person-[0-9A-Z]{6}/g));
    const inPeople = code("people.csv");
    expect(inPeople.size).toBe(community.graph.order);
    for (const file of ["network.gexf", "introductions.csv", "recruitment.csv", "report.html", "ties.csv"]) {
      for (const c of code(file)) expect(inPeople.has(c), `${c} of ${file}`).toBe(true);
    }
  });

  it("pseudonymised analysis: no person's id is left anywhere in it", () => {
    expect(community.analysis.bridges.length).toBeGreaterThan(0);
    const p = pseudonymizerForGraph(community.graph, { secret: "s" });
    const text = JSON.stringify(pseudonymizeAnalysis(community.analysis, p));
    for (const id of community.graph.nodes()) {
      expect(text.includes(`"${id}`), id).toBe(false);
      expect(text.includes(id.length > 3 ? id : `:${id}`), id).toBe(false);
    }
  });
});
