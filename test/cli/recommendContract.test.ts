import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

/** The CLI contract of issue 4, checked on the sample community through a real process. */
const SAMPLE = ["--people", "sample-data/people.csv", "--interactions", "sample-data/interactions.csv"];
const ATTENDANCE = ["--attendance", "sample-data/attendance.csv", "--targets", "sample-data/targets.csv"];

function weaver(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
}

const registry = Papa.parse<Record<string, string>>(readFileSync("sample-data/people.csv", "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const statusOf = new Map(registry.map((p) => [p.id!, p.status!]));

interface Contract {
  ties: { source: string; target: string }[];
  introductions: { a: string; b: string; via: string[]; score: number; reasons: string[] }[];
  recruitment: {
    gaps: {
      dimension: string;
      value: string;
      group: string | null;
      kind: string;
      observed: number;
      target: number;
      reason: string;
    }[];
    candidates: {
      id: string;
      fills: { dimension: string; value: string }[];
      score: number;
      warmTies: string[];
      reasons: string[];
    }[];
  };
}

describe("weaver analyze --targets --json: introductions and recruitment", () => {
  const run = weaver(["analyze", ...SAMPLE, ...ATTENDANCE, "--json"]);
  const document = JSON.parse(run.stdout) as Contract;
  const tied = new Set(document.ties.flatMap((t) => [`${t.source}|${t.target}`, `${t.target}|${t.source}`]));

  it("suggests introductions only between registered members who are not tied yet, best first", () => {
    expect(run.status).toBe(0);
    expect(document.introductions.length).toBeGreaterThan(0);
    for (const { a, b, via, score, reasons } of document.introductions) {
      expect(statusOf.get(a)).toBe("member");
      expect(statusOf.get(b)).toBe("member");
      expect(tied.has(`${a}|${b}`)).toBe(false);
      expect(Array.isArray(via)).toBe(true);
      expect(typeof score).toBe("number");
      expect(reasons.length).toBeGreaterThan(0);
    }
    const scores = document.introductions.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it("reports gaps in the contract's vocabulary, and candidates who are not members", () => {
    const { gaps, candidates } = document.recruitment;
    for (const gap of gaps) {
      // "group" is our extension: a declared group hanging on one person is a fragile gap too.
      expect(["sector", "region", "role", "group"]).toContain(gap.dimension);
      expect(["absent", "underrepresented", "peripheral", "fragile"]).toContain(gap.kind);
      expect(gap.reason).not.toBe("");
    }
    expect(gaps).toContainEqual(
      expect.objectContaining({ dimension: "sector", value: "Development bank", kind: "absent" }),
    );
    for (const candidate of candidates) {
      expect(statusOf.get(candidate.id)).not.toBe("member");
      expect(statusOf.get(candidate.id)).not.toBe("former");
      for (const member of candidate.warmTies) expect(statusOf.get(member)).toBe("member");
    }
  });
});

describe("weaver report --out DIR", () => {
  it("writes the report, the recommendation CSVs and the GEXF, pseudonymised when asked", () => {
    const dir = mkdtempSync(join(tmpdir(), "weaver-report-"));
    const secret = join(dir, "secret.txt");
    writeFileSync(secret, "a workspace secret");
    const out = join(dir, "out");
    const run = weaver([
      "report",
      ...SAMPLE,
      ...ATTENDANCE,
      "--out",
      out,
      "--pseudonymize",
      "--secret-file",
      secret,
    ]);
    expect(run.status).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(
      expect.arrayContaining(["introductions.csv", "network.gexf", "recruitment.csv", "report.html"]),
    );
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).not.toMatch(/<script/i);
    const introductions = readFileSync(join(out, "introductions.csv"), "utf8");
    for (const person of registry) {
      expect(html).not.toContain(person.name!);
      if (person.email) expect(introductions).not.toContain(person.email);
    }
  });

  it("refuses --pseudonymize without a secret, so codes cannot silently change between reports", () => {
    const run = weaver(["report", ...SAMPLE, "--out", join(tmpdir(), "never"), "--pseudonymize"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/secret-file/);
  });
});
