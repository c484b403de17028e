/**
 * The Network view's filters in Chromium: hiding a sector leaves exactly the people the
 * sample files say are outside it (counted here with papaparse), one person's 1-step ego
 * network is them and their contacts (degree from the CLI, the engine run in Node), and
 * "Save view as PNG" downloads a drawn map.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildNetwork } from "../../src/graph/buildNetwork";
import { expectedSampleCounts } from "./expectedCounts";
import { artifact, SAMPLE_DATA, startHarness, type Harness, type PageLog } from "./harness";
import { colouredShare, decodePng } from "./png";
import { expectCleanSession, openSampleNetwork, runCli, sampleCliArgs, sampleDataset } from "./session";

interface CliPerson {
  id: string;
  name: string;
  degree: number;
}

let harness: Harness;
let people: CliPerson[];
const logs: PageLog[] = [];

beforeAll(async () => {
  people = runCli<{ people: CliPerson[] }>(sampleCliArgs()).people;
  harness = await startHarness();
});

afterAll(async () => {
  if (harness) expectCleanSession(harness, logs);
  await harness?.close();
});

function openNetwork(): Promise<Page> {
  return openSampleNetwork(harness, logs);
}

async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const count = page.getByTestId("visible-count");
  return {
    shown: Number(await count.getAttribute("data-shown")),
    total: Number(await count.getAttribute("data-total")),
  };
}

describe("network filters", () => {
  test("hiding a sector leaves everyone outside it", async () => {
    const text = (await readFile(path.join(SAMPLE_DATA, "people.csv"), "utf8")).replace(/^\uFEFF/, "");
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" }).data;
    const bySector = new Map<string, number>();
    for (const row of rows) {
      const sector = (row.sector ?? "").trim();
      if (sector) bySector.set(sector, (bySector.get(sector) ?? 0) + 1);
    }
    const [sector, inSector] = [...bySector].sort((a, b) => b[1] - a[1])[0]!;
    // Unregistered people have no sector, so they stay.
    const everyone = rows.length + expectedSampleCounts(SAMPLE_DATA).unregistered;

    const page = await openNetwork();
    await expect(shownCount(page)).resolves.toEqual({ shown: everyone, total: everyone });
    await page.getByTestId("filter-sector").locator("summary").click();
    await page.getByTestId("filter-sector").getByRole("checkbox", { name: sector, exact: true }).uncheck();
    await expect(shownCount(page)).resolves.toEqual({ shown: everyone - inSector, total: everyone });
    await expect(page.getByTestId("visible-count").textContent()).resolves.toMatch(
      /^Showing \d+ of \d+ people$/,
    );
    await page.screenshot({ path: artifact("network-filter-sector.png") });

    // Ticking it again brings everyone back.
    await page.getByTestId("filter-sector").getByRole("checkbox", { name: sector, exact: true }).check();
    await expect(shownCount(page)).resolves.toEqual({ shown: everyone, total: everyone });
    await page.close();
  });

  test("role, status, minimum tie weight and hiding isolates show the people the files say", async () => {
    // The sample as the engine builds it in Node, with the app's default settings.
    const { graph } = buildNetwork(sampleDataset());
    const count = (keep: (node: string) => boolean) => graph.filterNodes(keep).length;
    const everyone = graph.order;
    const roles = new Map<string, number>();
    graph.forEachNode((_, a) => {
      const role = a.role?.trim();
      if (role) roles.set(role, (roles.get(role) ?? 0) + 1);
    });
    const [role, withRole] = [...roles].sort((a, b) => b[1] - a[1])[0]!;
    const prospects = count((n) => graph.getNodeAttribute(n, "status") === "prospect");
    expect(prospects).toBeGreaterThan(0);
    const withTie = count((n) => graph.degree(n) > 0);
    const withStrongTie = count((n) => graph.someEdge(n, (_, a) => a.weight >= 3));
    expect(withStrongTie).toBeLessThan(withTie);

    const page = await openNetwork();
    const menu = async (key: string, value: string, checked: boolean) => {
      const filter = page.getByTestId(`filter-${key}`);
      await filter.locator("summary").click();
      await filter.getByRole("checkbox", { name: value, exact: true }).setChecked(checked);
      await filter.locator("summary").click();
    };
    await menu("role", role, false);
    await expect(shownCount(page)).resolves.toEqual({ shown: everyone - withRole, total: everyone });
    await menu("role", role, true);
    await menu("status", "prospect", false);
    await expect(shownCount(page)).resolves.toEqual({ shown: everyone - prospects, total: everyone });
    await menu("status", "prospect", true);

    await page.getByLabel("Hide isolates").check();
    await expect(shownCount(page)).resolves.toEqual({ shown: withTie, total: everyone });
    await page.getByLabel("Minimum tie weight").fill("3");
    await expect(shownCount(page)).resolves.toEqual({ shown: withStrongTie, total: everyone });
    await page.screenshot({ path: artifact("network-filter-weight.png") });
    await page.close();
  });

  test("a person's 1-step network is them and their contacts", async () => {
    const names = new Map<string, number>();
    for (const p of people) names.set(p.name, (names.get(p.name) ?? 0) + 1);
    const person = [...people]
      .filter((p) => names.get(p.name) === 1 && p.degree > 0)
      .sort((a, b) => b.degree - a.degree)[0]!;

    const page = await openNetwork();
    await page.getByTestId("search-input").fill(person.name);
    await page.getByTestId("search-input").press("Enter");
    const panel = page.getByTestId("person-panel");
    await expect(panel.getByRole("heading", { level: 2 }).textContent()).resolves.toBe(person.name);
    await panel.getByTestId("ego-steps").selectOption("1");
    const { shown: oneStep, total } = await shownCount(page);
    expect(oneStep).toBe(person.degree + 1);
    await page.screenshot({ path: artifact("network-ego-1.png") });
    await panel.getByTestId("ego-steps").selectOption("2");
    const { shown: twoSteps } = await shownCount(page);
    expect(twoSteps).toBeGreaterThan(oneStep);
    expect(twoSteps).toBeLessThanOrEqual(total);
    await panel.getByTestId("ego-steps").selectOption("all");
    await expect(shownCount(page)).resolves.toEqual({ shown: total, total });
    await page.close();
  });

  test("Save view as PNG downloads the drawn map", async () => {
    const page = await openNetwork();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save view as PNG" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("weaver-network.png");
    await download.saveAs(artifact("network-export.png"));
    const image = decodePng(await readFile(await download.path()));
    expect(image.width).toBeGreaterThan(300);
    expect(colouredShare(image)).toBeGreaterThan(0.002);
    await page.close();
  });
});
