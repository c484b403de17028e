/**
 * Results that come from the worker in parts, in Chromium: a generated community large enough
 * that its network (people and ties), its analysis (everyone's measures) and a network rebuilt
 * for a time window are each sent as several messages (RESULT_SLICES in importWorker). The
 * page must show every person and tie the files hold, as the generator made them and as the
 * CLI counts them for the window.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { communityCsv } from "../../bench/lib/community";
import { openFresh } from "./freshPage";
import { ROOT, startHarness, type Harness, type PageLog } from "./harness";
import { expectCleanSession } from "./session";

/** More people than one slice of the network (2,000) or of the analysis (2,500); ties over 5,000. */
const PEOPLE = 2_600;
const TIES_PER_PERSON = 4;

const run = promisify(execFile);
let harness: Harness;
let dir: string;
let files: { people: string; interactions: string; ties: number };
const logs: PageLog[] = [];

beforeAll(async () => {
  harness = await startHarness();
  dir = await mkdtemp(path.join(tmpdir(), "weaver-large-"));
  const csv = communityCsv(PEOPLE, TIES_PER_PERSON, 11);
  files = {
    people: path.join(dir, "people.csv"),
    interactions: path.join(dir, "interactions.csv"),
    ties: csv.ties,
  };
  await writeFile(files.people, csv.people);
  await writeFile(files.interactions, csv.interactions);
});

afterAll(async () => {
  await harness?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const valueOf = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute("data-value"));

async function analysed(page: Page): Promise<void> {
  await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 110_000 });
}

/** Ties the CLI finds in the generated files for a window, in its own process. */
async function cliTies(from: string, to: string): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    [
      ...["--import", "tsx", "src/cli/main.ts", "analyze"],
      ...[
        "--people",
        files.people,
        "--interactions",
        files.interactions,
        "--from",
        from,
        "--to",
        to,
        "--json",
      ],
    ],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(stdout) as { summary: { ties: number } }).summary.ties;
}

describe("results sent in parts", () => {
  test("a large import, its analysis and a rebuilt window arrive whole", { timeout: 300_000 }, async () => {
    const { page, log } = await openFresh(harness);
    logs.push(log);
    await page.getByTestId("file-input").setInputFiles([files.people, files.interactions]);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByTestId("count-people").waitFor({ timeout: 110_000 });
    expect(files.ties).toBeGreaterThan(5_000);
    expect(await valueOf(page, "count-people")).toBe(PEOPLE);
    expect(await valueOf(page, "count-ties")).toBe(files.ties);

    await analysed(page);
    await page.getByRole("tab", { name: "People", exact: true }).click();
    expect(await valueOf(page, "people-count")).toBe(PEOPLE);
    await expect(
      page.getByTestId("people-table").getByTestId("person-row").first().isVisible(),
    ).resolves.toBe(true);

    await page.getByRole("button", { name: "Last 12 months" }).click();
    await page.waitForFunction(
      (all) => Number(document.querySelector("[data-testid=count-ties]")?.getAttribute("data-value")) !== all,
      files.ties,
      { timeout: 110_000 },
    );
    const bar = page.getByTestId("time-bar");
    const window = await cliTies(
      (await bar.getAttribute("data-from")) ?? "",
      (await bar.getAttribute("data-to")) ?? "",
    );
    expect(window).toBeGreaterThan(5_000);
    expect(await valueOf(page, "count-ties")).toBe(window);
    await page.waitForFunction(() => !document.querySelector(".busy-bar"), null, { timeout: 110_000 });
    await analysed(page);
    expect(await valueOf(page, "people-count")).toBe(await valueOf(page, "count-people"));
    await page.close();
  });

  test("no console error and no request beyond the app's own origin", () => {
    expectCleanSession(harness, logs);
  });
});
