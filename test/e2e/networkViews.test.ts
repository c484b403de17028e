/**
 * The Network view's ways of looking at the sample community, in Chromium: the group filter
 * hides exactly the people the registry (read here with papaparse) puts only in unticked
 * groups; colouring by region gives a legend of the registry's regions; every highlight mode
 * names the people the CLI (the engine run in Node on the same files) says it should and draws
 * in its colours; the sector map has one circle per sector while the one map of people stays
 * mounted underneath; and the legend stays on screen at 1280×800 throughout.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BROKER_KINDS } from "../../src/ui/network/brokers";
import { expectedSampleCounts } from "./expectedCounts";
import { artifact, SAMPLE_DATA, startHarness, type Harness, type PageLog } from "./harness";
import { colouredShare, coloursPresent, decodePng, type Image } from "./png";
import { expectCleanSession, openSampleNetwork, runCli, sampleCliArgs } from "./session";

interface CliPerson {
  id: string;
  name: string;
  brokerage: Record<string, number>;
}

interface CliOutput {
  people: CliPerson[];
  articulationPoints: { node: string }[];
  bridges: unknown[];
  keyPlayers: { players: string[] };
  introductions: { a: string; b: string }[];
  recruitment: { candidates: { id: string; warmTies: string[] }[] };
}

/** The map's own colours for what the highlight modes draw (HighlightController, SuggestionLayer). */
const EMPHASIS_EDGE = "#B3261E";
const SUGGESTED_TIE = "#8E6BBF";
const BROKERS_NAMED = 15;

let harness: Harness;
let cli: CliOutput;
let registry: Record<string, string>[];
let everyone: number;
let unregistered: number;
const logs: PageLog[] = [];

beforeAll(async () => {
  // With targets.csv, as `?sample=1` loads the sample: the recommendations depend on it.
  cli = runCli<CliOutput>(sampleCliArgs(["people", "interactions", "attendance", "targets"]));
  const text = (await readFile(path.join(SAMPLE_DATA, "people.csv"), "utf8")).replace(/^\uFEFF/, "");
  registry = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" }).data;
  unregistered = expectedSampleCounts(SAMPLE_DATA).unregistered;
  everyone = registry.length + unregistered;
  harness = await startHarness();
});

afterAll(async () => {
  if (harness) expectCleanSession(harness, logs);
  await harness?.close();
});

function openNetwork(): Promise<Page> {
  return openSampleNetwork(harness, logs);
}

async function shownCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("visible-count").getAttribute("data-shown"));
}

/** After sigma has drawn what changed: two animation frames. */
async function drawn(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

async function mapPicture(page: Page, name: string): Promise<Image> {
  await drawn(page);
  const png = await page.getByTestId("sigma-container").screenshot({ path: artifact(name) });
  return decodePng(png);
}

/** The legend is wholly inside the 1280×800 window, and nothing covers its middle. */
async function expectLegendOnScreen(page: Page): Promise<void> {
  const box = (await page.getByTestId("legend").boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  const uncovered = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="legend"]') !== null,
    [box.x + 8, box.y + box.height / 2],
  );
  expect(uncovered).toBe(true);
}

function groupsOf(row: Record<string, string>): string[] {
  return (row.groups ?? "")
    .split(/[;|]/)
    .map((g) => g.trim())
    .filter(Boolean);
}

describe("network views", () => {
  test("hiding groups hides exactly the people in no group left ticked", async () => {
    const sizes = new Map<string, number>();
    for (const row of registry) for (const g of groupsOf(row)) sizes.set(g, (sizes.get(g) ?? 0) + 1);
    const [first, second] = [...sizes].sort((a, b) => b[1] - a[1]).map(([g]) => g);
    const onlyIn = (hidden: string[]) =>
      registry.filter((row) => groupsOf(row).length > 0 && groupsOf(row).every((g) => hidden.includes(g)))
        .length;
    // The sample has people in both groups: they must stay until both are unticked.
    expect(registry.some((row) => [first, second].every((g) => groupsOf(row).includes(g!)))).toBe(true);

    const page = await openNetwork();
    expect(await shownCount(page)).toBe(everyone);
    const menu = page.getByTestId("filter-group");
    await menu.locator("summary").click();
    await menu.getByRole("checkbox", { name: first!, exact: true }).uncheck();
    expect(await shownCount(page)).toBe(everyone - onlyIn([first!]));
    await menu.getByRole("checkbox", { name: second!, exact: true }).uncheck();
    expect(await shownCount(page)).toBe(everyone - onlyIn([first!, second!]));
    await expectLegendOnScreen(page);
    await page.screenshot({ path: artifact("network-filter-groups.png") });
    await menu.getByRole("checkbox", { name: first!, exact: true }).check();
    await menu.getByRole("checkbox", { name: second!, exact: true }).check();
    expect(await shownCount(page)).toBe(everyone);
    await page.close();
  });

  test("colouring by region gives a legend of the registry's regions", async () => {
    const regions = new Map<string, number>();
    let withoutRegion = unregistered;
    for (const row of registry) {
      const region = (row.region ?? "").trim();
      if (region) regions.set(region, (regions.get(region) ?? 0) + 1);
      else withoutRegion++;
    }

    const page = await openNetwork();
    await page.getByLabel("Colour by", { exact: true }).selectOption({ label: "region" });
    const legend = page.getByTestId("legend");
    await expect(legend.locator("h2").textContent()).resolves.toBe("Colour: region");
    const entries = await legend.locator(".legend-sectors li").evaluateAll((items) =>
      items.map((li) => ({
        label: li.querySelector(".legend-label")?.textContent ?? "",
        count: li.querySelector(".legend-count")?.textContent ?? "",
        members: li.getAttribute("title"),
      })),
    );
    // Regions past the palette's colours share one "Other regions" entry, which names them.
    const shown = entries.flatMap((e) => (e.members ? e.members.split(", ") : [e.label]));
    const expected = [...regions.keys(), ...(withoutRegion > 0 ? ["No region"] : [])];
    expect(shown.sort()).toEqual(expected.sort());
    for (const entry of entries.filter((e) => regions.has(e.label))) {
      expect(Number(entry.count.replace(/\D/g, ""))).toBe(regions.get(entry.label));
    }
    await expectLegendOnScreen(page);
    await mapPicture(page, "network-colour-region.png");
    await page.close();
  });

  test("each highlight mode names whom the engine says and draws them", async () => {
    const page = await openNetwork();
    const highlight = page.getByLabel("Highlight", { exact: true });
    const notes = page.getByTestId("highlight-notes");
    const show = async (label: string, mode: string) => {
      await highlight.selectOption({ label });
      await notes.and(page.locator(`[data-highlight="${mode}"]`)).waitFor();
      await expectLegendOnScreen(page);
      return mapPicture(page, `network-highlight-${mode}.png`);
    };
    const number = async (name: string) => Number(await notes.getAttribute(`data-${name}`));
    const everyoneDrawn = await mapPicture(page, "network-highlight-none.png");

    const bottlenecks = await show("Bottlenecks (people and ties that hold parts together)", "bottlenecks");
    expect(await number("named")).toBe(cli.articulationPoints.length);
    expect(cli.bridges.length).toBeGreaterThan(0);
    expect(coloursPresent(bottlenecks, [EMPHASIS_EDGE])).toEqual([EMPHASIS_EDGE]);

    const keyPlayers = await show("Key players", "keyPlayers");
    expect(await number("named")).toBe(cli.keyPlayers.players.length);
    // Everyone but the few named fades.
    expect(colouredShare(keyPlayers)).toBeGreaterThan(0);
    expect(colouredShare(keyPlayers)).toBeLessThan(colouredShare(everyoneDrawn) / 2);

    const brokers = await show("Brokers, by their role", "brokers");
    const expectedBrokers = cli.people
      .filter((p) => (p.brokerage.total ?? 0) > 0)
      .sort((a, b) => b.brokerage.total! - a.brokerage.total! || a.name.localeCompare(b.name))
      .slice(0, BROKERS_NAMED);
    const listed = page.getByTestId("map-brokers").locator("li");
    await expect(
      listed.evaluateAll((items) => items.map((li) => li.getAttribute("data-person"))),
    ).resolves.toEqual(expectedBrokers.map((p) => p.id));
    // Each is coloured by a role that makes up the largest share of their brokering.
    const roles = await listed.evaluateAll((items) => items.map((li) => li.getAttribute("data-role")!));
    roles.forEach((kind, i) => {
      const person = expectedBrokers[i]!;
      const info = BROKER_KINDS.find((k) => k.kind === kind)!;
      const largest = Math.max(...BROKER_KINDS.flatMap((k) => k.roles).map((r) => person.brokerage[r] ?? 0));
      expect(info.roles.some((role) => person.brokerage[role] === largest)).toBe(true);
    });
    const roleColours = BROKER_KINDS.filter((k) => roles.includes(k.kind)).map((k) => k.color);
    expect(coloursPresent(brokers, roleColours).sort()).toEqual(roleColours.sort());
    await expect(page.getByTestId("legend").locator("h2").textContent()).resolves.toBe(
      "Colour: the kind of go-between they are most often",
    );
    await expect(page.getByTestId("map-role-glossary").locator("dt").count()).resolves.toBe(
      new Set(roles).size,
    );

    const introductions = await show("Suggested introductions", "introductions");
    await page.locator(`[data-testid="highlight-notes"][data-ties="${cli.introductions.length}"]`).waitFor();
    await expect(page.getByTestId("suggested-ties").getAttribute("data-ties")).resolves.toBe(
      String(cli.introductions.length),
    );
    expect(await number("kept")).toBe(new Set(cli.introductions.flatMap((s) => [s.a, s.b])).size);
    expect(coloursPresent(introductions, [SUGGESTED_TIE])).toEqual([SUGGESTED_TIE]);

    const candidates = await show("Recruitment candidates", "candidates");
    const withWarmTies = new Set(cli.recruitment.candidates.flatMap((c) => [c.id, ...c.warmTies]));
    expect(withWarmTies.size).toBeGreaterThan(0);
    await page.locator(`[data-testid="highlight-notes"][data-kept="${withWarmTies.size}"]`).waitFor();
    await expect(page.getByTestId("suggested-ties").getAttribute("data-ties")).resolves.toBe("0");
    expect(coloursPresent(candidates, [EMPHASIS_EDGE])).toEqual([EMPHASIS_EDGE]);
    await page.close();
  });

  test("the sector map shows one circle per sector over the map of people, which stays mounted", async () => {
    const sectors = new Set(registry.map((row) => (row.sector ?? "").trim()).filter(Boolean));
    const withoutSector = unregistered + registry.filter((row) => !(row.sector ?? "").trim()).length;
    const expected = [...sectors, ...(withoutSector > 0 ? ["Unknown"] : [])];

    const page = await openNetwork();
    // Mark the map's canvas: the same element must still be there after the sector map was shown.
    const canvases = page.getByTestId("sigma-container").locator("canvas");
    await canvases.first().evaluate((canvas) => canvas.setAttribute("data-marked", "yes"));

    await page.getByRole("radio", { name: "Sectors", exact: true }).check();
    const sectorMap = page.getByTestId("sector-level-map");
    await sectorMap.waitFor();
    const circles = sectorMap.locator("[data-sector]");
    await expect(
      circles.evaluateAll((gs) => gs.map((g) => g.getAttribute("data-sector")).sort()),
    ).resolves.toEqual(expected.sort());
    await expect(page.getByTestId("sigma-container").count()).resolves.toBe(1);
    await expect(page.getByTestId("legend").locator(".legend-sectors li").count()).resolves.toBe(
      expected.length,
    );
    await expect(page.getByTestId("sector-level-notes").isVisible()).resolves.toBe(true);
    await expectLegendOnScreen(page);
    await page.screenshot({ path: artifact("network-sectors.png") });

    // Unticking a sector takes its circle away.
    const [first] = [...sectors].sort();
    await page.getByTestId("filter-sector").locator("summary").click();
    await page.getByTestId("filter-sector").getByRole("checkbox", { name: first!, exact: true }).uncheck();
    await expect(circles.count()).resolves.toBe(expected.length - 1);
    await page.getByTestId("filter-sector").getByRole("checkbox", { name: first!, exact: true }).check();
    await page.getByTestId("filter-sector").locator("summary").click();

    await page.getByRole("radio", { name: "People", exact: true }).check();
    await expect(sectorMap.count()).resolves.toBe(0);
    await expect(
      page.locator('[data-testid="sigma-container"] canvas[data-marked="yes"]').count(),
    ).resolves.toBe(1);
    expect(colouredShare(await mapPicture(page, "network-people-again.png"))).toBeGreaterThan(0.002);

    // Sent to a person from another view, the map shows people again.
    await page.getByRole("radio", { name: "Sectors", exact: true }).check();
    await page.getByRole("tab", { name: "People", exact: true }).click();
    await page.locator("#panel-people").getByTestId("person-row").first().click();
    await expect(page.getByRole("radio", { name: "People", exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByTestId("person-panel").isVisible()).resolves.toBe(true);
    await page.close();
  });
});
