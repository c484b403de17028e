import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { referenceGraphData, referenceValues } from "../reference/loadReferenceGraph";

/** Runs the real CLI in its own Node process, exactly as `npm run weaver` does. */
function weaver(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeKarateFiles(dir: string, extraInteractionRows = ""): { people: string; interactions: string } {
  const data = referenceGraphData("karate");
  const people = join(dir, "people.csv");
  const interactions = join(dir, "interactions.csv");
  writeFileSync(
    people,
    Papa.unparse({
      fields: ["id", "name", "sector"],
      data: data.nodes.map((n) => [n.id, `Member ${n.id}`, n.sector]),
    }),
  );
  writeFileSync(
    interactions,
    Papa.unparse({
      fields: ["source", "target", "weight"],
      data: data.edges.map((e) => [e.source, e.target, e.weight]),
    }) + extraInteractionRows,
  );
  return { people, interactions };
}

type PersonJson = Record<string, number | string | boolean | null | Record<string, number>>;

describe("weaver analyze --json", () => {
  const dir = mkdtempSync(join(tmpdir(), "weaver-cli-"));
  const files = writeKarateFiles(dir, "\r\n1,1,2\r\n5,,1\r\n");
  const run = weaver(["analyze", "--people", files.people, "--interactions", files.interactions, "--json"]);
  const document = JSON.parse(run.stdout) as {
    summary: Record<string, number | null>;
    people: PersonJson[];
    ties: { source: string; target: string; weight: number }[];
    bridges: unknown[];
    keyPlayers: { players: string[] };
    sectorDependencies: unknown[];
    sectorMixing: { sectors: string[] };
  };
  const expected = referenceValues("karate");
  const byId = new Map(document.people.map((p) => [p.id as string, p]));

  it("exits cleanly and reports rejected rows on stderr with their line numbers", () => {
    expect(run.status).toBe(0);
    // Header on line 1, one line per reference tie, then the two bad rows appended above.
    const selfTieLine = referenceGraphData("karate").edges.length + 2;
    expect(run.stderr).toMatch(new RegExp(`interactions\\.csv:${selfTieLine}: rejected: .*self`, "i"));
    expect(run.stderr).toMatch(new RegExp(`interactions\\.csv:${selfTieLine + 1}: rejected: .*target`, "i"));
  });

  it("prints the contract's keys", () => {
    for (const key of [
      "summary",
      "people",
      "ties",
      "bridges",
      "keyPlayers",
      "sectorDependencies",
      "sectorMixing",
    ]) {
      expect(document).toHaveProperty(key);
    }
    for (const key of ["people", "ties", "components", "density", "eiIndex", "modularity"]) {
      expect(document.summary).toHaveProperty(key);
    }
    const person = document.people[0]!;
    for (const key of [
      "id",
      "name",
      "sector",
      "community",
      "degree",
      "strength",
      "betweenness",
      "closeness",
    ]) {
      expect(person).toHaveProperty(key);
    }
    for (const role of ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]) {
      expect(person.brokerage).toHaveProperty(role);
    }
  });

  it("matches networkx on Zachary's karate club through the whole pipeline", () => {
    expect(document.summary.people).toBe(expected.n);
    expect(document.summary.ties).toBe(expected.m);
    expect(document.summary.density).toBeCloseTo(expected.density, 9);
    for (const [id, value] of Object.entries(expected.betweenness_centrality)) {
      expect(byId.get(id)!.betweenness as number).toBeCloseTo(value, 6);
      expect(byId.get(id)!.closeness as number).toBeCloseTo(expected.closeness_centrality[id]!, 6);
      expect(byId.get(id)!.pagerank as number).toBeCloseTo(expected.pagerank[id]!, 6);
      expect(byId.get(id)!.eigenvector as number).toBeCloseTo(expected.eigenvector_centrality[id]!, 6);
      expect(byId.get(id)!.constraint as number).toBeCloseTo(expected.constraint[id]!, 6);
      expect(byId.get(id)!.coreness).toBe(expected.core_number[id]);
      expect(byId.get(id)!.articulationPoint).toBe(expected.articulation_points.includes(id));
    }
    expect(document.bridges).toHaveLength(expected.bridges.length);
  });

  it("writes the same analysis as CSV files with --out", () => {
    const out = join(dir, "out");
    const csvRun = weaver([
      "analyze",
      "--people",
      files.people,
      "--interactions",
      files.interactions,
      "--out",
      out,
    ]);
    expect(csvRun.status).toBe(0);
    const people = Papa.parse<Record<string, string>>(readFileSync(join(out, "people.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(people).toHaveLength(expected.n);
    const medianId = "0";
    expect(Number(people.find((p) => p.id === medianId)!.betweenness)).toBeCloseTo(
      expected.betweenness_centrality[medianId]!,
      6,
    );
  });

  it("refuses unknown options and a file that is not a table", () => {
    expect(weaver(["analyze", "--peeple", files.people, "--json"]).status).toBe(2);
    const png = join(dir, "photo.png");
    writeFileSync(png, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    const bad = weaver(["analyze", "--people", png, "--json"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/photo\.png/);
  });
});
