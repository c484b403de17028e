/**
 * The time window in Chromium: "Last 3 months" rebuilds the network for that window, with the tie
 * count the CLI computes independently for the same dates (`weaver analyze --from --to --json`),
 * and playback steps the window through time on the one sigma instance, which is never recreated.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { comparePeriods } from "../../src/graph/compare";
import { artifact, ROOT, SAMPLE_DATA, startHarness, type Harness, type PageLog } from "./harness";
import { decodePng, differingShare, type Image } from "./png";
import { expectCleanSession, loadSampleWorkspace, sampleDataset } from "./session";

const run = promisify(execFile);
let harness: Harness;
const logs: PageLog[] = [];

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function ties(page: Page): Promise<number> {
  return Number(await page.getByTestId("count-ties").getAttribute("data-value"));
}

async function settled(page: Page): Promise<void> {
  await page.getByTestId("count-ties").waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector(".busy-bar"), null, { timeout: 60_000 });
}

/** Ties the CLI finds in the sample for a window, in its own process. */
async function cliTies(from: string, to: string): Promise<number> {
  const file = (name: string) => path.join(SAMPLE_DATA, name);
  const { stdout } = await run(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/cli/main.ts",
      "analyze",
      ...["--people", file("people.csv"), "--interactions", file("interactions.csv")],
      ...["--attendance", file("attendance.csv"), "--from", from, "--to", to, "--json"],
    ],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(stdout) as { summary: { ties: number } }).summary.ties;
}

/** Waits until the header counts `expected` ties (or, with `not`, anything else). */
async function tiesBecome(page: Page, expected: number, not = false): Promise<void> {
  await page.waitForFunction(
    ([value, different]) => {
      const shown = Number(document.querySelector("[data-testid=count-ties]")?.getAttribute("data-value"));
      return different ? shown !== value : shown === value;
    },
    [expected, not] as const,
    { timeout: 60_000 },
  );
  await settled(page);
  await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });
}

/** Share of pixels coloured (people, not grey ties or white) in one picture and not the other. */
function colouredDiffer(a: Image, b: Image): number {
  const coloured = (image: Image, i: number) => {
    const [r = 0, g = 0, b = 0] = image.pixels.subarray(i, i + 3);
    return Math.max(r, g, b) - Math.min(r, g, b) > 60;
  };
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i += 4) if (coloured(a, i) !== coloured(b, i)) differing++;
  return differing / (a.width * a.height);
}

/** The map alone, with the pointer off it and its redraws done. */
async function mapPicture(page: Page, name: string): Promise<Image> {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(1_000);
  return decodePng(await page.getByTestId("sigma-container").screenshot({ path: artifact(name) }));
}

describe("time window", () => {
  test("last 3 months shows the ties of those months, as the CLI counts them", async () => {
    const { page, log } = await harness.open("/?sample");
    logs.push(log);
    await settled(page);
    const all = await ties(page);

    await page.getByRole("button", { name: "Last 3 months" }).click();
    await page.waitForFunction(
      (before) =>
        Number(document.querySelector("[data-testid=count-ties]")?.getAttribute("data-value")) !== before,
      all,
      { timeout: 60_000 },
    );
    await settled(page);
    const bar = page.getByTestId("time-bar");
    const from = (await bar.getAttribute("data-from")) ?? "";
    const to = (await bar.getAttribute("data-to")) ?? "";
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const shown = await ties(page);
    expect(shown).toBeLessThan(all);
    expect(shown).toBe(await cliTies(from, to));
    await expect(page.getByTestId("time-period").textContent()).resolves.not.toBe("all time");
    await page.screenshot({ path: artifact("time-last-3-months.png") });

    await page.getByRole("button", { name: "All time" }).click();
    await page.waitForFunction(
      (expected) =>
        Number(document.querySelector("[data-testid=count-ties]")?.getAttribute("data-value")) === expected,
      all,
      { timeout: 60_000 },
    );
    await page.close();
  });

  test("a window is drawn on the map already there: as if drawn on its own, and All time brings the same picture back", async () => {
    const page = await loadSampleWorkspace(harness, logs);
    const all = await ties(page);
    const allTime = await mapPicture(page, "time-window-all-before.png");

    await page.getByRole("button", { name: "Last 3 months" }).click();
    await tiesBecome(page, all, true);
    const window = await mapPicture(page, "time-window-3-months.png");
    // The ties and people of other months are gone from the picture.
    expect(differingShare(allTime, window)).toBeGreaterThan(0.05);

    // Back to all time: the same picture, but for a few names, as the map chooses its labels
    // again for the people it shows (ties and people of the wrong months differ by 5% and more).
    await page.getByRole("button", { name: "All time" }).click();
    await tiesBecome(page, all);
    expect(differingShare(allTime, await mapPicture(page, "time-window-all-again.png"))).toBeLessThan(0.005);

    // The same window drawn on its own: the workspace reopens in it, everyone in their place.
    await page.getByRole("button", { name: "Last 3 months" }).click();
    await tiesBecome(page, all, true);
    // The autosave waits for a quiet second.
    await page.waitForTimeout(2_000);
    await page.reload();
    await settled(page);
    await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });
    await expect(page.getByRole("button", { name: "Restart layout" }).isVisible()).resolves.toBe(true);
    const alone = await mapPicture(page, "time-window-3-months-alone.png");
    // The same people, same places, sizes and colours, and the same ties; the names differ a
    // little, as the map keeps the names it chose before the window hid people.
    expect(colouredDiffer(window, alone)).toBeLessThan(0.002);
    expect(differingShare(window, alone)).toBeLessThan(differingShare(window, allTime) / 10);

    // From there, All time adds the people and ties of other months where the workspace had them:
    // the same people in the same places; the ties added are drawn over the others, so pixels
    // differ where ties cross, but the picture is that of all time, not of the window.
    await page.getByRole("button", { name: "All time" }).click();
    await tiesBecome(page, all);
    const added = await mapPicture(page, "time-window-all-added.png");
    expect(colouredDiffer(allTime, added)).toBeLessThan(0.002);
    expect(differingShare(allTime, added)).toBeLessThan(differingShare(window, added));
    await page.close();
  });

  test("changing the window twice in a row keeps the open view and the selected person", async () => {
    const { page, log } = await harness.open("/?sample");
    logs.push(log);
    await settled(page);
    await page.getByRole("tab", { name: "Network", exact: true }).click();
    await page.getByTestId("search-input").fill("a");
    await page.getByTestId("search-results").getByRole("button").first().click();
    const person = await page.getByTestId("person-panel").getByRole("heading", { level: 2 }).textContent();
    await page.getByRole("tab", { name: "People", exact: true }).click();

    for (const preset of ["Last 12 months", "Last 6 months"]) {
      const before = await ties(page);
      await page.getByRole("button", { name: preset }).click();
      await page.waitForFunction(
        (count) =>
          Number(document.querySelector("[data-testid=count-ties]")?.getAttribute("data-value")) !== count,
        before,
        { timeout: 60_000 },
      );
      await settled(page);
    }
    await expect(
      page.getByRole("tab", { name: "People", exact: true }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
    await page.getByRole("tab", { name: "Network", exact: true }).click();
    await expect(
      page.getByTestId("person-panel").getByRole("heading", { level: 2 }).textContent(),
    ).resolves.toBe(person);
    await page.close();
  });

  test("playback steps the window through time on the same map", async () => {
    const { page, log } = await harness.open("/?sample");
    logs.push(log);
    await settled(page);
    const all = await ties(page);
    // Mark the map's canvases: a recreated sigma would draw on new ones.
    await page
      .locator("[data-testid=sigma-container] canvas")
      .first()
      .evaluate((c) => (c.id = "kept"));

    // Someone selected before playback is still selected after it (each step is a rebuild, not a new import).
    await page.getByRole("tab", { name: "Network", exact: true }).click();
    await page.getByTestId("search-input").fill("a");
    await page.getByTestId("search-results").getByRole("button").first().click();
    const person = await page.getByTestId("person-panel").getByRole("heading", { level: 2 }).textContent();

    await page.getByRole("button", { name: "Play over time" }).click();
    const seen = new Set<number>();
    for (let i = 0; i < 40 && seen.size < 3; i++) {
      await page.waitForTimeout(250);
      const value = await ties(page);
      if (value < all) seen.add(value);
    }
    expect(seen.size).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: artifact("time-playback.png") });
    await page.getByRole("button", { name: "Stop playback" }).click();
    await page.getByRole("button", { name: "Play over time" }).waitFor({ timeout: 60_000 });
    expect(await page.locator("canvas#kept").count()).toBe(1);
    await expect(
      page.getByRole("tab", { name: "Network", exact: true }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
    await expect(
      page.getByTestId("person-panel").getByRole("heading", { level: 2 }).textContent(),
    ).resolves.toBe(person);
    await page.close();
  });

  test("compare two periods lists the newcomers comparePeriods finds in Node", async () => {
    const { page, log } = await harness.open("/?sample");
    logs.push(log);
    await settled(page);
    await page.getByRole("tab", { name: "Compare" }).click();
    const view = page.getByTestId("compare-view");
    const dates = view.locator("input[type=date]");
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=compare-view] input[type=date]").length === 4,
      null,
      { timeout: 60_000 },
    );
    const [aFrom, aTo, bFrom, bTo] = await dates.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    await view.getByRole("button", { name: "Compare" }).click();
    const newcomers = page.getByTestId("compare-newcomers");
    await newcomers.waitFor({ timeout: 60_000 });

    const dataset = sampleDataset();
    const expected = comparePeriods(dataset, { from: aFrom, to: aTo }, { from: bFrom, to: bTo });
    expect(expected.newcomers.length).toBeGreaterThan(0);
    await expect(newcomers.getAttribute("data-count")).resolves.toBe(String(expected.newcomers.length));
    const shown = await newcomers
      .locator("[data-person]")
      .evaluateAll((links) => links.map((link) => link.getAttribute("data-person")));
    expect(shown).toEqual(expected.newcomers.slice(0, shown.length).map((p) => p.id));
    await expect(page.getByTestId("compare-lapsed").getAttribute("data-count")).resolves.toBe(
      String(expected.lapsed.length),
    );
    await expect(
      page.getByTestId("compare-result").locator(".compare-summary li").first().textContent(),
    ).resolves.toBe(expected.summary[0]);
    await page.screenshot({ path: artifact("compare-periods.png"), fullPage: true });
    await page.close();
  });

  test("the overview shows the figures of the network on the map, explained, with its charts", async () => {
    const { page, log } = await harness.open("/?sample");
    logs.push(log);
    await settled(page);
    await page.getByRole("tab", { name: "Overview" }).click();
    const overview = page.getByTestId("overview");
    const value = (id: string) => overview.getByTestId(`overview-${id}`).locator(".overview-value");
    await page.waitForFunction(
      () =>
        document.querySelector("[data-testid=overview-modularity] .overview-value")?.textContent !== "…" &&
        document.querySelector("[data-testid=overview-active-members] .overview-value")?.textContent !== "…",
      null,
      { timeout: 60_000 },
    );
    const ties = Number(await page.getByTestId("count-ties").getAttribute("data-value"));
    await expect(value("ties").textContent()).resolves.toBe(ties.toLocaleString("en-GB"));
    const members = Number((await value("active-members").textContent())?.replace(/,/g, ""));
    expect(members).toBeGreaterThan(0);
    expect(Number(await value("modularity").textContent())).toBeGreaterThan(0);
    for (const chart of ["chart-activity", "chart-arrivals", "chart-degrees"]) {
      expect(await overview.getByTestId(chart).locator("rect").count()).toBeGreaterThan(3);
    }
    expect(await overview.getByTestId("chart-sectors").locator("li").count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: artifact("overview.png"), fullPage: true });
    await page.close();
  });

  test("no console errors and no request to any other origin", () => {
    expectCleanSession(harness, logs);
  });
});
