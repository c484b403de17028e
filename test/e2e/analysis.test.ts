/**
 * The analysis in Chromium: the sample community analysed in a worker, the People,
 * Bottlenecks and Bridges views checked against the CLI's JSON for the same files (the
 * same engine run independently in Node), the way from a table row to the person on the
 * map, the settings, and cancelling a long analysis of a generated network while the
 * page stays responsive.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { artifact, startHarness, type Harness, type PageLog } from "./harness";
import { expectCleanSession, runCli, sampleCliArgs } from "./session";

interface CliPerson {
  id: string;
  name: string;
  sector: string | null;
  betweenness: number;
  brokerage: { total: number };
}

interface CliAnalysis {
  summary: { people: number };
  people: CliPerson[];
  articulationPoints: { node: string; cutOff: number }[];
  keyPlayers: { players: string[] };
  sectorDependencies: { sectors: [string, string]; people: { id: string; share: number }[] }[];
  sectorMixing: { sectors: string[]; ties: number[][] };
}

let harness: Harness;
let cli: CliAnalysis;
const logs: PageLog[] = [];

/** The same files through the CLI (`weaver analyze --json`), in Node. */
function analyseWithCli(): CliAnalysis {
  return runCli<CliAnalysis>(sampleCliArgs());
}

beforeAll(async () => {
  cli = analyseWithCli();
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openSample(): Promise<Page> {
  const { page, log } = await harness.open("/?sample=1");
  logs.push(log);
  await analysisDone(page);
  return page;
}

async function analysisDone(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout });
}

async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function nameOf(id: string): string {
  return cli.people.find((p) => p.id === id)?.name ?? id;
}

/** Scrolls an analysis view and saves what a coordinator sees, screen by screen. */
async function screenshotPanel(page: Page, tab: string, name: string): Promise<void> {
  const panel = page.locator(`#panel-${tab}`);
  const { scrollHeight, clientHeight } = await panel.evaluate((el) => ({
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }));
  for (let i = 0, top = 0; top < scrollHeight && i < 4; i++, top += clientHeight - 60) {
    await panel.evaluate((el, y) => (el.scrollTop = y), top);
    await page.screenshot({ path: artifact(`${name}-${i + 1}.png`) });
  }
  await panel.evaluate((el) => (el.scrollTop = 0));
}

describe("analysis of the sample community", () => {
  test("the People table lists everyone, rendering only the rows in view", async () => {
    const page = await openSample();
    await showTab(page, "People");
    const count = page.getByTestId("people-count");
    await expect(count.getAttribute("data-value")).resolves.toBe(String(cli.summary.people));
    await expect(page.getByTestId("count-people").getAttribute("data-value")).resolves.toBe(
      String(cli.summary.people),
    );
    const table = page.getByTestId("people-table").locator("table");
    await expect(table.getAttribute("aria-rowcount")).resolves.toBe(String(cli.summary.people + 1));
    const rendered = await page.getByTestId("person-row").count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(cli.summary.people);
    // Every column explains itself.
    const headers = page.getByTestId("people-table").locator("thead th");
    const titles = await headers
      .locator(".sort-button")
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("title") ?? ""));
    expect(titles.length).toBeGreaterThan(20);
    for (const title of titles) expect(title.length).toBeGreaterThan(15);
    await page.screenshot({ path: artifact("analysis-people.png") });
    await page.close();
  });

  test("sorting by betweenness puts the person with the highest betweenness first", async () => {
    const page = await openSample();
    await showTab(page, "People");
    const top = [...cli.people].sort((a, b) => b.betweenness - a.betweenness)[0]!;
    const bottom = [...cli.people].sort((a, b) => a.betweenness - b.betweenness)[0]!;
    const header = page.locator('th[data-column="betweenness"]');
    await header.locator(".sort-button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("descending");
    const firstRow = page.getByTestId("person-row").first();
    await expect(firstRow.getAttribute("data-person")).resolves.toBe(top.id);
    await expect(firstRow.locator("th").textContent()).resolves.toBe(top.name);
    await page.screenshot({ path: artifact("analysis-people-by-betweenness.png") });

    // The keyboard sorts too: Enter on the focused header flips the order.
    await header.locator(".sort-button").focus();
    await page.keyboard.press("Enter");
    await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
    const lowest = await page
      .getByTestId("person-row")
      .first()
      .locator('td[data-column="betweenness"]')
      .getAttribute("data-value");
    expect(Number(lowest)).toBeCloseTo(bottom.betweenness, 12);

    // The explanation opens from the header's ⓘ and closes with Escape.
    await header.getByRole("button", { name: /What is Betweenness/ }).click();
    const popover = page.getByRole("dialog", { name: "Betweenness" });
    await expect(popover.textContent()).resolves.toMatch(/shortest path/);
    await page.screenshot({ path: artifact("analysis-people-explanation.png") });
    await page.keyboard.press("Escape");
    await expect(popover.count()).resolves.toBe(0);
    await page.close();
  });

  test("filters narrow the table and the CSV export holds exactly the rows and columns shown", async () => {
    const page = await openSample();
    await showTab(page, "People");
    const sector = "Public health";
    const inSector = cli.people.filter((p) => p.sector === sector);
    await page.getByTestId("people-sector").selectOption(sector);
    await expect(page.getByTestId("people-count").getAttribute("data-value")).resolves.toBe(
      String(inSector.length),
    );
    await page.getByRole("checkbox", { name: "Cross-sector bridges" }).uncheck();
    const shownHeaders = await page
      .getByTestId("people-table")
      .locator("thead .sort-button")
      .evaluateAll((buttons) => buttons.map((b) => b.firstChild?.textContent ?? ""));

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const text = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(shownHeaders);
    expect(rows[0]).not.toContain("Liaison");
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(inSector.map((p) => p.name).sort());

    await page.getByTestId("people-search").fill(inSector[0]!.name);
    await expect(page.getByTestId("person-row").first().getAttribute("data-person")).resolves.toBe(
      inSector[0]!.id,
    );
    await page.close();
  });

  test("clicking a row shows the person on the map with their measures explained", async () => {
    const page = await openSample();
    await showTab(page, "People");
    const top = [...cli.people].sort((a, b) => b.betweenness - a.betweenness)[0]!;
    await page.locator('th[data-column="betweenness"] .sort-button').click();
    await page.getByTestId("person-row").first().click();
    await expect(page.getByRole("tab", { name: "Network" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    const panel = page.getByTestId("person-panel");
    await expect(panel.getByRole("heading", { level: 2 }).textContent()).resolves.toBe(top.name);
    const betweenness = panel.locator('[data-measure="betweenness"]');
    await expect(betweenness.locator(".measure-rank").textContent()).resolves.toBe(
      `1st of ${cli.summary.people}`,
    );
    await expect(
      betweenness.getByRole("button", { name: /What is Betweenness/ }).getAttribute("title"),
    ).resolves.toMatch(/shortest path/);
    await page.waitForTimeout(800);
    await page.screenshot({ path: artifact("analysis-person-from-table.png") });
    await page.close();
  });

  test("the Bottlenecks view names who holds the network together, as the CLI finds", async () => {
    const page = await openSample();
    await showTab(page, "Bottlenecks");
    const worst = cli.articulationPoints[0]!;
    const first = page.getByTestId("articulation-points").locator("li").first();
    const lose = worst.cutOff === 1 ? "1 person loses" : `${worst.cutOff} people lose`;
    await expect(first.textContent()).resolves.toMatch(
      new RegExp(`^If ${escapeRegExp(nameOf(worst.node))} leaves, ${lose} their connection to the rest\\.`),
    );
    const keyPlayers = await page
      .getByTestId("key-players")
      .locator(".person-link")
      .evaluateAll((links) => links.map((l) => l.getAttribute("data-person")));
    expect(keyPlayers).toEqual(cli.keyPlayers.players);
    await expect(page.getByTestId("fragmentation-chart").locator("rect.bar").count()).resolves.toBe(
      cli.keyPlayers.players.length + 1,
    );

    const strongest = [...cli.sectorDependencies].sort(
      (a, b) => (b.people[0]?.share ?? 0) - (a.people[0]?.share ?? 0),
    )[0]!;
    const dependency = page.getByTestId("sector-dependencies").locator("li").first();
    const pct = `${Math.round(strongest.people[0]!.share * 100)}%`;
    await expect(dependency.textContent()).resolves.toContain(
      `If ${nameOf(strongest.people[0]!.id)} leaves, ${strongest.sectors[0]} and ${strongest.sectors[1]} lose ${pct} of their connection.`,
    );
    await screenshotPanel(page, "bottlenecks", "analysis-bottlenecks");

    // A name in a sentence leads to the person on the map.
    await first.locator(".person-link").click();
    await expect(
      page.getByTestId("person-panel").getByRole("heading", { level: 2 }).textContent(),
    ).resolves.toBe(nameOf(worst.node));
    await page.close();
  });

  test("the Bridges view shows the sector mixing matrix with the right sectors and counts", async () => {
    const page = await openSample();
    await showTab(page, "Bridges");
    const matrix = page.getByTestId("mixing-matrix");
    const rowSectors = await matrix
      .locator("[data-row-sector]")
      .evaluateAll((labels) => labels.map((l) => l.getAttribute("data-row-sector")));
    expect(rowSectors).toEqual(cli.sectorMixing.sectors);
    const cells = await page
      .getByTestId("mixing-table")
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll("td")].map((td) => Number(td.textContent))),
      );
    expect(cells).toEqual(cli.sectorMixing.ties);
    const sectorsWithPeople = new Set(cli.people.map((p) => p.sector ?? "Unknown"));
    await expect(page.getByTestId("sector-network").locator("[data-sector]").count()).resolves.toBe(
      sectorsWithPeople.size,
    );
    const topBroker = [...cli.people].sort((a, b) => b.brokerage.total - a.brokerage.total)[0]!;
    await expect(
      page
        .getByTestId("broker-table")
        .locator("tbody tr")
        .first()
        .locator(".person-link")
        .getAttribute("data-person"),
    ).resolves.toBe(topBroker.id);
    await expect(page.getByTestId("role-glossary").locator("dt").count()).resolves.toBe(5);
    await screenshotPanel(page, "bridges", "analysis-bridges");
    await page.close();
  });

  test("settings: Automatic says what it picked; a sample states its error bound; k is applied", async () => {
    const page = await openSample();
    await expect(page.getByTestId("analysis-summary").textContent()).resolves.toContain(
      `exact: ${cli.summary.people} people`,
    );
    await page.getByRole("button", { name: "Analysis settings" }).click();
    const settings = page.getByTestId("analysis-settings");
    await expect(settings.getByTestId("betweenness-choice").textContent()).resolves.toMatch(
      new RegExp(`exact: ${cli.summary.people} people.*few enough`),
    );
    await settings.getByLabel("Estimated from a sample of people").check();
    await settings.getByLabel("Sample size").fill("100");
    await expect(settings.getByTestId("betweenness-choice").textContent()).resolves.toMatch(
      new RegExp(`Estimated from 100 of ${cli.summary.people} people.*±0\\.\\d+.*95% confidence`),
    );
    await settings.getByLabel("Number of people").fill("3");
    await page.screenshot({ path: artifact("analysis-settings.png") });
    await settings.getByRole("button", { name: "Analyse again" }).click();
    await page
      .getByTestId("analysis-summary")
      .filter({ hasText: `estimated from 100 of ${cli.summary.people} people` })
      .waitFor({ timeout: 60_000 });
    await showTab(page, "Bottlenecks");
    await expect(page.getByTestId("key-players").locator(".person-link").count()).resolves.toBe(3);
    await page.close();
  });
});

/**
 * A seeded network large enough for the analysis to take a few seconds: `n` people in
 * eight sectors, each tied to about five earlier people (preferring well-connected ones).
 */
function largeNetwork(n: number): { people: string; interactions: string } {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const sectors = ["Sport", "Health", "Education", "NGO", "Public", "UN", "Bank", "Academia"];
  const people = ["id,name,sector"];
  const interactions = ["source,target,date,type"];
  const ends: number[] = [];
  for (let i = 0; i < n; i++) {
    people.push(`G${i},Person ${i},${sectors[i % sectors.length]}`);
    const targets = new Set<number>();
    for (let k = 0; k < 5 && i > 0; k++) {
      const j =
        ends.length > 0 && random() < 0.7
          ? ends[Math.floor(random() * ends.length)]!
          : Math.floor(random() * i);
      if (j !== i) targets.add(j);
    }
    for (const j of targets) {
      interactions.push(`G${i},G${j},2024-0${1 + (i % 9)}-1${i % 9},meeting`);
      ends.push(i, j);
    }
  }
  return { people: people.join("\n"), interactions: interactions.join("\n") };
}

describe("a long analysis", () => {
  test("can be cancelled, runs again to the end, and the page stays responsive meanwhile", async () => {
    const people = 10_000;
    const dir = await mkdtemp(path.join(tmpdir(), "weaver-analysis-"));
    const files = largeNetwork(people);
    await writeFile(path.join(dir, "people.csv"), files.people);
    await writeFile(path.join(dir, "interactions.csv"), files.interactions);
    try {
      const { page, log } = await harness.open("/");
      logs.push(log);
      await page
        .getByTestId("file-input")
        .setInputFiles([path.join(dir, "people.csv"), path.join(dir, "interactions.csv")]);
      await page.getByRole("button", { name: "Import", exact: true }).click();
      // The first analysis starts by itself after the import; let it finish, and the map settle, so
      // that what follows measures the analysis alone.
      await analysisDone(page, 120_000);
      const stop = page.getByRole("button", { name: "Stop layout" });
      if (await stop.isVisible()) await stop.click();
      await showTab(page, "People");
      await page.evaluate(() => {
        const tasks: { start: number; duration: number }[] = [];
        (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            tasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: "longtask" });
      });

      // Exact betweenness for 10,000 people takes seconds: past 300 ms the bar shows, with Cancel.
      await page.getByRole("button", { name: "Analysis settings" }).click();
      await page.getByTestId("analysis-settings").getByLabel("Exact", { exact: true }).check();
      await page.getByTestId("analysis-settings").getByRole("button", { name: "Analyse again" }).click();
      const progress = page.getByTestId("analysis-progress");
      const cancel = progress.getByRole("button", { name: "Cancel analysis" });
      await cancel.waitFor({ timeout: 30_000 });
      await expect(progress.getByRole("progressbar").count()).resolves.toBe(1);
      await expect(progress.textContent()).resolves.toMatch(/%/);
      await page.screenshot({ path: artifact("analysis-progress.png") });
      await cancel.click();
      const status = page.getByTestId("analysis-status");
      await expect(status.getAttribute("data-status")).resolves.toBe("cancelled");
      await expect(status.textContent()).resolves.toContain(
        "Analysis cancelled. Showing the previous results.",
      );
      // Whatever the worker was still doing, its answer does not overwrite the cancellation.
      await page.waitForTimeout(3_000);
      await expect(status.getAttribute("data-status")).resolves.toBe("cancelled");
      await page.screenshot({ path: artifact("analysis-cancelled.png") });

      const started = await page.evaluate(() => performance.now());
      await status.getByRole("button", { name: "Analyse again" }).click();
      await analysisDone(page, 120_000);
      const finished = await page.evaluate(() => performance.now());
      await expect(page.getByTestId("analysis-summary").textContent()).resolves.toContain(
        `exact: ${people.toLocaleString("en-GB")} people`,
      );
      await expect(page.getByTestId("people-count").getAttribute("data-value")).resolves.toBe(String(people));

      const longTasks = await page.evaluate(
        ([from, to]) =>
          (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter(
            (t) => t.start >= from! && t.start <= to!,
          ),
        [started, finished],
      );
      const longest = Math.max(0, ...longTasks.map((t) => t.duration));
      await writeFile(
        artifact("analysis-long-tasks.json"),
        JSON.stringify(
          { people, analysisMs: finished - started, longestTaskMs: longest, longTasks },
          null,
          2,
        ),
      );
      // Analysing 10,000 people on the page itself would block it for seconds; in the worker it does not.
      expect(longest).toBeLessThan(500);
      await page.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

test("no console errors and no request to any other origin", () => {
  expectCleanSession(harness, logs);
});
