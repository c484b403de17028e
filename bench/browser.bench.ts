/**
 * Browser benchmark: the map of a large community in Chromium, against the sample community
 * measured in the same run. A seeded community of 10,000 people and about 100,000 ties is
 * uploaded through the real import screens; then the map is panned, zoomed and hovered, filtered
 * (a sector unticked, a minimum tie weight, hidden isolates, one person's network) and the time
 * window changed, while the page probe (lib/pageProbe.ts) records frame times, main-thread long
 * tasks and the app's own `weaver:` measures, and a Chromium trace tells what each long task
 * spent its time on (lib/traceBreakdown.ts).
 *
 * Serves dist/ with the browser tests' harness (building it first only if it is missing) and
 * prints markdown tables; the details go to test-artifacts/browser-bench.json.
 * Run alone with `npm run bench browser`.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { openFresh } from "../test/e2e/freshPage";
import { artifact, ROOT, SAMPLE_DATA, startHarness, type Harness } from "../test/e2e/harness";
import { writeCommunity } from "./lib/community";
import * as map from "./lib/mapSession";
import { PROBE_SCRIPT } from "./lib/pageProbe";
import { formatTables, type CommunityRun } from "./lib/browserReport";

const PEOPLE = 10_000;
/** Holme–Kim's m: about m ties per person. */
const TIES_PER_PERSON = 10;
const SEED = 2026;
/**
 * `WEAVER_BENCH_ONLY=time npm run bench browser` measures the time-window steps alone (a few
 * minutes instead of a quarter of an hour), for work on recomputation.
 */
const ONLY_TIME = process.env.WEAVER_BENCH_ONLY === "time";

function ensureBuilt(): void {
  if (existsSync(path.join(ROOT, "dist", "index.html"))) return;
  console.error("dist/ is missing: building the app first (npx vite build)");
  const built = spawnSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit" });
  if (built.status !== 0) throw new Error("vite build failed");
}

/** The first person of a people file, by name: a hub in the generated community. */
async function firstPersonName(peopleCsv: string): Promise<string> {
  const second = (await readFile(peopleCsv, "utf8")).split("\n")[1] ?? "";
  return second.split(",")[1] ?? "";
}

async function runCommunity(harness: Harness, label: string, files: string[]): Promise<CommunityRun> {
  const { page } = await openFresh(harness);
  const record = map.recorder(page, await harness.context.newCDPSession(page));
  const steps: map.Step[] = [];
  const step = async (name: string, action: () => Promise<void>, after?: number, untilQuiet?: boolean) => {
    steps.push(await record(name, action, after, untilQuiet));
    console.error(`  ${label}: ${name} done`);
  };
  await map.uploadAndAnalyse(page, files);
  const people = Number(await page.getByTestId("count-people").getAttribute("data-value"));
  const ties = Number(await page.getByTestId("count-ties").getAttribute("data-value"));

  if (ONLY_TIME) {
    await map.layoutDone(page);
    await timeSteps(page, step);
    await page.close();
    return { label, people, ties, steps };
  }
  if (await page.getByRole("button", { name: "Stop layout" }).isVisible()) {
    await step("layout running, pointer still", () => page.waitForTimeout(2_000), 0, false);
  }
  await map.layoutDone(page);
  await page.waitForTimeout(500);

  await step("pan (drag)", () => map.pan(page));
  await step("zoom (wheel)", () => map.zoom(page));
  await step("hover over people", () => map.hover(page));
  await map.leaveMap(page);

  await step("filter: untick a sector", () => map.toggleFirstSector(page));
  await step("filter: tick it again", () => map.toggleFirstSector(page));
  await map.closeSectorMenu(page);
  await step("filter: minimum tie weight 2", () => map.setMinimumWeight(page, 2));
  await step("filter: hide isolates", () => map.setHideIsolates(page, true));
  await map.setHideIsolates(page, false);
  await map.setMinimumWeight(page, 0);
  await page.waitForTimeout(500);
  const name = await firstPersonName(files[0]!);
  await step("select a person", () => map.selectPerson(page, name));
  await step("filter: their network, 1 step", () => map.setEgoSteps(page, "1"));
  await step("filter: everyone again", () => map.setEgoSteps(page, "all"));
  await page.getByRole("button", { name: "Close details" }).click();
  await page.waitForTimeout(500);

  await timeSteps(page, step);
  await page.close();
  return { label, people, ties, steps };
}

type StepRunner = (name: string, action: () => Promise<void>, after?: number) => Promise<void>;

/** The recomputation steps: the network rebuilt and analysed again for another window, and back. */
async function timeSteps(page: Page, step: StepRunner): Promise<void> {
  await step("time window: last 6 months", () => map.timePreset(page, "Last 6 months"), 3_000);
  await step("time window: all time", () => map.timePreset(page, "All time"), 3_000);
}

export async function benchBrowser(): Promise<CommunityRun[]> {
  ensureBuilt();
  const community = await writeCommunity(PEOPLE, TIES_PER_PERSON, SEED);
  console.error(`generated ${community.rows.toLocaleString("en")} interactions, ${community.ties} ties`);
  const harness = await startHarness();
  try {
    await harness.context.addInitScript({ content: PROBE_SCRIPT });
    const sample = await runCommunity(harness, "sample", [
      path.join(SAMPLE_DATA, "people.csv"),
      path.join(SAMPLE_DATA, "interactions.csv"),
      path.join(SAMPLE_DATA, "attendance.csv"),
    ]);
    const large = await runCommunity(harness, "large", [community.people, community.interactions]);
    return [sample, large];
  } finally {
    await harness.close();
    await rm(community.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const runs = await benchBrowser();
  await writeFile(artifact("browser-bench.json"), JSON.stringify(runs, null, 2));
  console.log(formatTables(runs[0]!, runs[1]!));
}
