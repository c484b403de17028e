/**
 * Import benchmark: a generated 200,000-row interactions CSV (in memory), timed from
 * bytes to validated records (decode + detection + papaparse streaming + validation).
 * Run standalone with `npx tsx bench/import.bench.ts`; prints a markdown table row.
 */
import { pathToFileURL } from "node:url";
import { importBytes } from "../src/ingest/importFile";

const TYPES = ["meeting", "email", "message", "co-authoring"];

/** Deterministic LCG so every run imports the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Realistic mix: ids, ISO and slash dates, a quoted note with a comma in one row of fifty. */
export function generateInteractions(rows: number, people = 5000): string {
  const next = random(42);
  const pick = (n: number) => Math.floor(next() * n);
  const lines = ["source,target,date,type,weight,notes"];
  for (let i = 0; i < rows; i++) {
    const source = pick(people);
    const target = (source + 1 + pick(people - 1)) % people;
    const day = 1 + pick(28);
    const month = 1 + pick(12);
    const date =
      i % 3 === 0
        ? `${day}/${month}/2024`
        : `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const note = i % 50 === 0 ? '"follow-up, see minutes"' : "";
    lines.push(`P${source},P${target},${date},${TYPES[i % TYPES.length]},${1 + pick(3)},${note}`);
  }
  return lines.join("\n") + "\n";
}

export function benchImport(
  rows = 200_000,
  runs = 5,
): { rows: number; medianMs: number; rowsPerSecond: number } {
  const bytes = new TextEncoder().encode(generateInteractions(rows));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const outcome = importBytes(bytes, "interactions.csv");
    times.push(performance.now() - started);
    if (!outcome.ok || outcome.report.accepted !== rows)
      throw new Error("benchmark import did not accept every row");
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? 0;
  return { rows, medianMs, rowsPerSecond: rows / (medianMs / 1000) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { rows, medianMs, rowsPerSecond } = benchImport();
  console.log("| benchmark | rows | median (ms) | rows/s |");
  console.log("|---|---:|---:|---:|");
  console.log(
    `| import interactions CSV (decode + importBytes, median of 5) | ${rows.toLocaleString("en")} | ` +
      `${medianMs.toFixed(0)} | ${Math.round(rowsPerSecond).toLocaleString("en")} |`,
  );
}
