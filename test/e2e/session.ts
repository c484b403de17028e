/**
 * What the browser tests share: the CLI's JSON for the same files
 * (the engine run independently in Node), and the end-of-file check that nothing went wrong
 * and nothing left the origin, and the analysed sample on the map. A clean start screen is in ./freshPage.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { loadDataset } from "../../src/cli/loadDataset";
import type { Dataset } from "../../src/model/types";
import { openFresh } from "./freshPage";
import { foreignRequests, ROOT, SAMPLE_DATA, type Harness, type PageLog } from "./harness";

/** The sample community's files as the CLI takes them: `--people sample-data/people.csv …`. */
export function sampleCliArgs(kinds: readonly string[] = ["people", "interactions", "attendance"]): string[] {
  return kinds.flatMap((kind) => [`--${kind}`, path.join(SAMPLE_DATA, `${kind}.csv`)]);
}

/** The sample community's people, interactions and attendance, read in Node as the CLI reads them. */
export function sampleDataset(): Dataset {
  return loadDataset(
    (["people", "interactions", "attendance"] as const).map((kind) => ({
      path: path.join(SAMPLE_DATA, `${kind}.csv`),
      kind,
    })),
  ).dataset;
}

/** `weaver analyze ARGS --json`, run in Node. */
export function runCli<T>(args: string[]): T {
  const stdout = execFileSync(
    process.execPath,
    ["--import", "tsx", "src/cli/main.ts", "analyze", ...args, "--json"],
    {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as T;
}

/** No console error on any page the tests opened, and no request beyond the app's own origin. */
export function expectCleanSession(harness: Harness, logs: readonly PageLog[]): void {
  expect(logs.length).toBeGreaterThan(0);
  for (const log of logs) expect(log.consoleErrors).toEqual([]);
  expect(foreignRequests(harness.allRequests(), harness.origin)).toEqual([]);
}

/** The sample community opened by its link, analysed, on the Network tab; the page's log joins `logs`. */
export async function openSampleNetwork(harness: Harness, logs: PageLog[]): Promise<Page> {
  const { page, log } = await harness.open("/?sample=1");
  logs.push(log);
  await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: "Network", exact: true }).click();
  return page;
}

/**
 * The sample community loaded into a fresh workspace (kept in IndexedDB, so a reload brings it
 * back), analysed, on the Network tab, with the layout stopped so that nothing moves any more.
 */
export async function loadSampleWorkspace(harness: Harness, logs: PageLog[]): Promise<Page> {
  const { page, log } = await openFresh(harness);
  logs.push(log);
  await page.getByRole("button", { name: "Load sample community" }).click();
  await page.getByTestId("count-ties").waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector(".busy-bar"), null, { timeout: 60_000 });
  await page.getByRole("tab", { name: "Network", exact: true }).click();
  await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });
  const stop = page.getByRole("button", { name: "Stop layout" });
  if (await stop.isVisible()) await stop.click();
  await page.getByRole("button", { name: "Restart layout" }).waitFor();
  return page;
}
