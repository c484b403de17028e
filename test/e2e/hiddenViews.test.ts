/**
 * The views behind the network screen's tabs, in Chromium. A view in a hidden tab is rendered in
 * the background (NetworkScreen puts it in an Activity): it keeps what the user set in it (the
 * columns shown, the sort, the scroll position) while the network is rebuilt for another time
 * window, and once opened shows that window's measures, as the CLI computes them for the same dates.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT, startHarness, type Harness, type PageLog } from "./harness";
import { expectCleanSession, sampleCliArgs } from "./session";

const run = promisify(execFile);
let harness: Harness;
const logs: PageLog[] = [];

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  if (harness) expectCleanSession(harness, logs);
  await harness?.close();
});

/** The most contacts anyone has in the sample, as the CLI counts them (for a window, with `from`/`to`). */
async function cliMostContacts(dates: string[] = []): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "src/cli/main.ts", "analyze", ...sampleCliArgs(), ...dates, "--json"],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  const people = (JSON.parse(stdout) as { people: { degree: number }[] }).people;
  return Math.max(...people.map((p) => p.degree));
}

const ties = async (page: Page) => Number(await page.getByTestId("count-ties").getAttribute("data-value"));
/** The contacts of the first row of the People table (sorted by contacts, the most first). */
const firstRowContacts = (page: Page) =>
  page.locator('tr[aria-rowindex="2"] td[data-column="degree"]').getAttribute("data-value").then(Number);
const scrollTop = (page: Page) => page.getByTestId("people-table").evaluate((e) => e.scrollTop);

describe("views in hidden tabs", () => {
  test("People keeps its columns, sort and scroll through a new time window, and shows that window's contacts", async () => {
    const { page, log } = await harness.open("/?sample");
    logs.push(log);
    await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });

    await page.getByRole("tab", { name: "People", exact: true }).click();
    const bottlenecks = page.locator(".column-families label", { hasText: "Bottlenecks" }).locator("input");
    const cutOffColumn = page.locator('th[data-column="cutOff"]');
    await expect(cutOffColumn.count()).resolves.toBe(1);
    await bottlenecks.uncheck();
    await page.locator('th[data-column="degree"] .sort-button').click();
    const sorted = page.locator('th[aria-sort="descending"]');
    await expect(sorted.getAttribute("data-column")).resolves.toBe("degree");
    await expect(firstRowContacts(page)).resolves.toBe(await cliMostContacts());
    await page.getByTestId("people-table").evaluate((e) => (e.scrollTop = 340));
    await expect.poll(() => scrollTop(page)).toBe(340);

    // The window changes while People is hidden behind the map.
    const before = await ties(page);
    await page.getByRole("tab", { name: "Network", exact: true }).click();
    await page.getByRole("button", { name: "Last 3 months" }).click();
    await expect.poll(() => ties(page), { timeout: 60_000 }).not.toBe(before);
    const bar = page.getByTestId("time-bar");
    const dates = [
      "--from",
      (await bar.getAttribute("data-from")) ?? "",
      "--to",
      (await bar.getAttribute("data-to")) ?? "",
    ];
    const expected = await cliMostContacts(dates);
    // Otherwise the table could show the whole period's contacts and pass.
    expect(expected).not.toBe(await cliMostContacts());

    await page.getByRole("tab", { name: "People", exact: true }).click();
    await expect(bottlenecks.isChecked()).resolves.toBe(false);
    await expect(cutOffColumn.count()).resolves.toBe(0);
    await expect(sorted.getAttribute("data-column")).resolves.toBe("degree");
    await expect(scrollTop(page)).resolves.toBe(340);
    await page.getByTestId("people-table").evaluate((e) => (e.scrollTop = 0));
    await expect.poll(() => firstRowContacts(page), { timeout: 60_000 }).toBe(expected);
    await page.close();
  });
});
