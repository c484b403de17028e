/**
 * Recommendations in Chromium: the sample community (loaded with its targets.csv) gives the
 * same introductions and recruitment gaps as the CLI run independently in Node on the same
 * files; a suggestion is drawn on the map; the goal weights and the target frame recompute
 * the lists; and the exports: the printable report in a new window, CSVs whose formulas are
 * neutralised, pseudonymised files with no real name, GEXF with the map's positions.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { artifact, SAMPLE_DATA, startHarness, type Harness, type PageLog } from "./harness";
import { openFresh } from "./freshPage";
import { expectCleanSession, runCli, sampleCliArgs } from "./session";

interface CliIntroduction {
  a: string;
  b: string;
  via: string[];
  score: number;
  parts: Record<string, number>;
  reasons: string[];
}

interface CliGap {
  dimension: string;
  value: string;
  group: string | null;
  kind: string;
  observed: number;
  target: number;
  reason: string;
}

interface CliOutput {
  summary: { people: number };
  people: { id: string; name: string; sector: string | null }[];
  introductions: CliIntroduction[];
  recruitment: { gaps: CliGap[]; candidates: { id: string; name: string; warmTies: string[] }[] };
}

let harness: Harness;
let cli: CliOutput;
let dir: string;
const logs: PageLog[] = [];

/** `weaver analyze --json` in Node, on the files given. */
function runCliOn(args: string[]): CliOutput {
  return runCli<CliOutput>(args);
}

const SAMPLE_ARGS = sampleCliArgs(["people", "interactions", "attendance", "targets"]);

beforeAll(async () => {
  cli = runCliOn(SAMPLE_ARGS);
  dir = await mkdtemp(path.join(tmpdir(), "weaver-recommend-"));
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openSample(): Promise<Page> {
  const { page, log } = await harness.open("/?sample=1");
  logs.push(log);
  await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });
  return page;
}

async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
}

function nameOf(id: string): string {
  return cli.people.find((p) => p.id === id)?.name ?? id;
}

/** The pairs of the list on screen, in order. */
async function shownPairs(page: Page): Promise<[string, string][]> {
  return page
    .getByTestId("introduction")
    .evaluateAll((items) => items.map((li) => [li.getAttribute("data-a")!, li.getAttribute("data-b")!]));
}

/** Scrolls a view and saves what a coordinator sees, screen by screen. */
async function screenshotPanel(page: Page, tab: string, name: string, screens = 3): Promise<void> {
  const panel = page.locator(`#panel-${tab}`);
  const { scrollHeight, clientHeight } = await panel.evaluate((el) => ({
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }));
  for (let i = 0, top = 0; top < scrollHeight && i < screens; i++, top += clientHeight - 60) {
    await panel.evaluate((el, y) => (el.scrollTop = y), top);
    await page.screenshot({ path: artifact(`${name}-${i + 1}.png`) });
  }
  await panel.evaluate((el) => (el.scrollTop = 0));
}

/** Pixels drawn on the suggestions layer: the dashed lines are really there. */
async function drawnPixels(page: Page): Promise<number> {
  return page.getByTestId("suggested-ties").evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  });
}

async function download(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = (await Promise.all([page.waitForEvent("download"), action()])) as [Download, void];
  const text = (await readFile(await file.path(), "utf8")).replace(/^\uFEFF/, "");
  return { name: file.suggestedFilename(), text };
}

async function openExports(page: Page): Promise<void> {
  const panel = page.getByTestId("export-panel");
  if (!(await panel.isVisible())) await page.getByRole("button", { name: "Export", exact: true }).click();
  await panel.waitFor();
}

async function exportFile(page: Page, kind: string): Promise<{ name: string; text: string }> {
  await openExports(page);
  return download(page, () => page.locator(`[data-export="${kind}"]`).click());
}

describe("introductions", () => {
  test("the list is the CLI's, best first, with introducers, reasons and the parts of each score", async () => {
    const page = await openSample();
    await showTab(page, "Introductions");
    const list = page.getByTestId("introductions");
    await list.waitFor({ timeout: 30_000 });
    expect(await shownPairs(page)).toEqual(cli.introductions.map((s) => [s.a, s.b]));

    const first = page.getByTestId("introduction").first();
    const best = cli.introductions[0]!;
    await expect(first.locator(".suggestion-pair").textContent()).resolves.toBe(
      `${nameOf(best.a)} (${cli.people.find((p) => p.id === best.a)!.sector}) ↔ ${nameOf(best.b)} (${
        cli.people.find((p) => p.id === best.b)!.sector
      })`,
    );
    await expect(first.getByTestId("reasons").locator("li").allTextContents()).resolves.toEqual(best.reasons);
    const introducers = await first.getByTestId("introducers").locator(".person-link").allTextContents();
    expect(introducers).toEqual(best.via.map(nameOf));
    const parts = await first
      .getByTestId("parts-bar")
      .locator("[data-goal]")
      .evaluateAll((bars) =>
        bars.map((g) => [g.getAttribute("data-goal"), Number(g.getAttribute("data-value"))]),
      );
    expect(Object.fromEntries(parts)).toEqual(best.parts);
    await expect(first.locator(".suggestion-score").textContent()).resolves.toBe(best.score.toFixed(2));
    // Each goal is explained in plain words beside its slider.
    await expect(page.getByTestId("goal-controls").locator(".goal-explanation").count()).resolves.toBe(5);
    await screenshotPanel(page, "introductions", "recommend-introductions", 2);
    await page.close();
  });

  test("clicking a suggestion draws it on the map with who can introduce them", async () => {
    const page = await openSample();
    await showTab(page, "Introductions");
    await page.getByTestId("introductions").waitFor({ timeout: 30_000 });
    const best = cli.introductions[0]!;
    await page.getByTestId("introduction").first().getByRole("button", { name: "Show on the map" }).click();
    await expect(page.getByRole("tab", { name: "Network" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    const focus = page.getByTestId("map-focus-introduction");
    await expect(focus.getAttribute("data-a")).resolves.toBe(best.a);
    await expect(focus.getAttribute("data-b")).resolves.toBe(best.b);
    await expect(focus.locator(".person-link").allTextContents()).resolves.toEqual([
      nameOf(best.a),
      nameOf(best.b),
      ...best.via.slice(0, 3).map(nameOf),
    ]);
    const layer = page.getByTestId("suggested-ties");
    await expect(layer.getAttribute("data-ties")).resolves.toBe("1");
    await expect(layer.getAttribute("data-chosen")).resolves.toBe("1");
    const stop = page.getByRole("button", { name: "Stop layout" });
    if (await stop.isVisible()) await stop.click();
    await page.waitForTimeout(600);
    expect(await drawnPixels(page)).toBeGreaterThan(50);
    await page.screenshot({ path: artifact("recommend-introduction-on-map.png") });

    // Every suggestion at once, then nothing.
    await showTab(page, "Introductions");
    await page.getByLabel("Show all suggestions on the map").check();
    await page.getByRole("button", { name: "Go to the map" }).first().click();
    await expect(layer.getAttribute("data-ties")).resolves.toBe(String(cli.introductions.length));
    await page.waitForTimeout(400);
    await page.screenshot({ path: artifact("recommend-all-introductions-on-map.png") });
    await page.getByRole("button", { name: "Clear the map" }).click();
    await expect(layer.getAttribute("data-ties")).resolves.toBe("0");
    await expect(page.getByTestId("map-focus").count()).resolves.toBe(0);
    await page.close();
  });

  test("the goal weights and the cap per person recompute the list off the page", async () => {
    const page = await openSample();
    await showTab(page, "Introductions");
    const list = page.getByTestId("introductions");
    await list.waitFor({ timeout: 30_000 });
    await expect(list.getAttribute("data-weights")).resolves.toBe("2,1,1,1,1");
    const before = await shownPairs(page);

    // Nobody in more than one suggestion.
    await page.getByTestId("max-per-person").fill("1");
    await page.locator('[data-testid="introductions"][data-cap="1"]').waitFor({ timeout: 30_000 });
    const people = (await shownPairs(page)).flat();
    expect(new Set(people).size).toBe(people.length);
    expect(people.length).toBeGreaterThan(0);

    // Only the warm path weighed: every score is its plausibility.
    await page.getByTestId("max-per-person").fill("3");
    for (const label of ["Cross-sector value", "Resilience", "Inclusion", "Bridging"]) {
      await setRange(page, label, 0);
    }
    await page
      .locator('[data-testid="introductions"][data-cap="3"][data-weights="2,0,0,0,0"]')
      .waitFor({ timeout: 30_000 });
    const plausibility = await page
      .locator('[data-testid="introduction"] [data-goal="plausibility"]')
      .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute("data-value"))));
    const scores = await page
      .locator('[data-testid="introduction"] .suggestion-score')
      .evaluateAll((s) => s.map((x) => Number(x.textContent)));
    scores.forEach((score, i) => expect(score).toBeCloseTo(plausibility[i]!, 2));
    expect(await shownPairs(page)).not.toEqual(before);
    await page.screenshot({ path: artifact("recommend-introductions-warm-path-only.png") });

    await page.getByRole("button", { name: "Back to the defaults" }).click();
    await page
      .locator('[data-testid="introductions"][data-cap="3"][data-weights="2,1,1,1,1"]')
      .waitFor({ timeout: 30_000 });
    expect(await shownPairs(page)).toEqual(before);
    await page.close();
  });
});

/** Moves a slider as a user would: the input event React listens to. */
async function setRange(page: Page, label: string, value: number): Promise<void> {
  await page.getByLabel(label, { exact: true }).evaluate((element, v) => {
    const input = element as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, String(v));
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, value);
}

describe("recruitment", () => {
  test("gaps and candidates are the CLI's for the sample's targets.csv", async () => {
    const page = await openSample();
    await showTab(page, "Recruitment");
    const view = page.getByTestId("recruitment-view");
    await view.waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("targets-source").textContent()).resolves.toContain("targets.csv");

    const shownGaps = await page
      .getByTestId("gap")
      .evaluateAll((items) =>
        items.map((g) => `${g.getAttribute("data-kind")}:${g.getAttribute("data-value")}`),
      );
    const order = ["absent", "underrepresented", "peripheral", "fragile"];
    const expected = [...cli.recruitment.gaps]
      .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
      .map((g) => `${g.kind}:${g.value}`);
    expect(shownGaps).toEqual(expected);
    const bank = page.getByTestId("gaps-absent").locator('[data-value="Development bank"]');
    await expect(bank.count()).resolves.toBe(1);
    await expect(bank.locator(".gap-reason").textContent()).resolves.toBe(
      cli.recruitment.gaps.find((g) => g.value === "Development bank")!.reason,
    );
    await expect(bank.locator(".observed").getAttribute("data-target")).resolves.toBe("2");

    const candidates = await page
      .getByTestId("candidate")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-person")));
    expect(candidates).toEqual(cli.recruitment.candidates.map((c) => c.id));
    const p295 = page.locator('[data-testid="candidate"][data-person="P295"]');
    await expect(p295.locator("th .person-link").textContent()).resolves.toBe(nameOf("P295"));
    const warm = cli.recruitment.candidates.find((c) => c.id === "P295")!.warmTies;
    await expect(p295.locator("td .person-link").allTextContents()).resolves.toEqual(warm.map(nameOf));
    await screenshotPanel(page, "recruitment", "recommend-recruitment", 4);

    // A warm tie's name leads to them on the map.
    await p295.locator("td .person-link").first().click();
    await expect(
      page.getByTestId("person-panel").getByRole("heading", { level: 2 }).textContent(),
    ).resolves.toBe(nameOf(warm[0]!));

    // The candidates, marked on the map with the members they know.
    await showTab(page, "Recruitment");
    await page.getByLabel("Highlight the candidates on the map").check();
    await page.getByRole("button", { name: "Go to the map" }).last().click();
    await page.getByTestId("map-focus").waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: artifact("recommend-candidates-on-map.png") });
    await page.close();
  });

  test("editing the target frame changes the gaps; a bad row says why; defaults and targets.csv", async () => {
    const page = await openSample();
    await showTab(page, "Recruitment");
    await page.getByTestId("target-editor").waitFor({ timeout: 30_000 });
    const academia = page.getByTestId("target-row").filter({
      has: page.locator('input[aria-label^="Value"][value="Academia"]'),
    });
    const academiaGaps = page.locator(
      '[data-testid="gap"][data-value="Academia"][data-kind="underrepresented"]',
    );
    await expect(academiaGaps.count()).resolves.toBe(0);

    // Far more academics than the community has: Academia becomes underrepresented.
    await academia.getByLabel(/^At least, people/).fill("200");
    await academiaGaps.waitFor({ timeout: 30_000 });
    await expect(academiaGaps.locator(".observed").getAttribute("data-target")).resolves.toBe("200");

    // Not a number: the row says why and is left out, the rest still applies.
    await academia.getByLabel(/^At least, people/).fill("many");
    const problem = page.getByTestId("target-problem");
    await expect(problem.textContent()).resolves.toMatch(
      /not applied: minimum count "many" is not a whole number/,
    );
    await academiaGaps.waitFor({ state: "detached", timeout: 30_000 });
    await expect(page.getByTestId("targets-source").textContent()).resolves.toBe(
      "Targets from targets.csv, edited here.",
    );
    await problem.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("recommend-target-problem.png") });

    // The defaults: one member per sector and region, the four roles per group (as the CLI without targets).
    const defaults = runCliOn(SAMPLE_ARGS.slice(0, 6));
    await page.getByRole("button", { name: "Use the defaults" }).click();
    await expect(page.getByTestId("targets-source").textContent()).resolves.toMatch(/Using the defaults/);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="gap"]').length === n,
      defaults.recruitment.gaps.length,
      { timeout: 30_000 },
    );
    const values = await page
      .getByTestId("gap")
      .evaluateAll((g) => g.map((x) => x.getAttribute("data-value")));
    expect(values.sort()).toEqual(defaults.recruitment.gaps.map((g) => g.value).sort());

    // targets.csv with a row Weaver cannot use: the rest is applied, the bad row named by its line.
    const file = path.join(dir, "targets.csv");
    await writeFile(
      file,
      "dimension,value,group,min_count,min_share\nsector,Development bank,,3,\ncontinent,Americas,,5,\nregion,Chile,,,150%\n",
    );
    await page.getByTestId("targets-file").setInputFiles(file);
    const report = page.getByTestId("targets-file-report");
    await expect(report.getAttribute("data-read")).resolves.toBe("3");
    await expect(report.getAttribute("data-rejected")).resolves.toBe("2");
    await expect(report.locator("li").allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Line 3: unknown dimension "continent"/),
      expect.stringMatching(/^Line 4: min_share "150%" is not a share/),
    ]);
    const bank = page.locator('[data-testid="gap"][data-value="Development bank"]');
    await page
      .locator('[data-testid="gap"][data-value="Development bank"] .observed[data-target="3"]')
      .waitFor({ timeout: 30_000 });
    await expect(bank.getAttribute("data-kind")).resolves.toBe("absent");
    await expect(page.getByTestId("target-row").count()).resolves.toBe(1);
    await page.getByTestId("target-frame").scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("recommend-targets-file.png") });
    await page.close();
  });
});

describe("exports", () => {
  test("the printable report opens in a new window with every section", async () => {
    const page = await openSample();
    await showTab(page, "Introductions");
    await page.getByTestId("introductions").waitFor({ timeout: 30_000 });
    await openExports(page);
    await page.screenshot({ path: artifact("recommend-export-menu.png") });
    const [report] = await Promise.all([
      harness.context.waitForEvent("page"),
      page.locator('[data-export="report"]').click(),
    ]);
    const reportErrors: string[] = [];
    report.on("console", (m) => {
      if (m.type() === "error") reportErrors.push(m.text());
    });
    await report.waitForURL(/^blob:/, { timeout: 30_000 });
    await report.waitForLoadState("load");
    const headings = await report.locator("h2").allTextContents();
    for (const section of [
      "At a glance",
      "Key figures",
      "The network",
      "Bottlenecks",
      "Bridges between sectors",
      "Introductions worth making",
      "Recruitment",
    ]) {
      expect(headings.some((h) => h.startsWith(section))).toBe(true);
    }
    // The network picture is the map: one circle per person, in the map's sector colours.
    await expect(report.locator("#picture svg circle").count()).resolves.toBeGreaterThanOrEqual(
      cli.summary.people,
    );
    await expect(report.locator("#introductions").textContent()).resolves.toContain(
      nameOf(cli.introductions[0]!.a),
    );
    await expect(report.locator("#recruitment").textContent()).resolves.toContain("Development bank");
    // Its stylesheet is allowed by the app's policy: the rules apply, and nothing was refused.
    const rules = await report.evaluate(() => document.styleSheets[0]?.cssRules.length ?? 0);
    expect(rules).toBeGreaterThan(10);
    await report.screenshot({ path: artifact("recommend-report.png") });
    await report.locator("#picture").screenshot({ path: artifact("recommend-report-picture.png") });
    await report
      .locator("#introductions")
      .screenshot({ path: artifact("recommend-report-introductions.png") });
    expect(reportErrors).toEqual([]);
    await report.close();
    await page.close();
  });

  test("introductions.csv, recruitment.csv, people.csv and network.gexf hold what the app shows", async () => {
    const page = await openSample();
    await showTab(page, "Introductions");
    await page.getByTestId("introductions").waitFor({ timeout: 30_000 });

    const intro = await exportFile(page, "introductions");
    expect(intro.name).toBe("introductions.csv");
    const rows = Papa.parse<Record<string, string>>(intro.text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.a_id, r.b_id])).toEqual(cli.introductions.map((s) => [s.a, s.b]));
    expect(rows[0]!.reasons).toBe(cli.introductions[0]!.reasons.join(" "));

    const recruitment = await exportFile(page, "recruitment");
    expect(recruitment.name).toBe("recruitment.csv");
    const recruitmentRows = Papa.parse<Record<string, string>>(recruitment.text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(recruitmentRows.filter((r) => r.row_type === "gap")).toHaveLength(cli.recruitment.gaps.length);
    expect(recruitmentRows.filter((r) => r.row_type === "candidate").map((r) => r.id)).toEqual(
      cli.recruitment.candidates.map((c) => c.id),
    );

    const people = await exportFile(page, "people");
    const peopleRows = Papa.parse<Record<string, string>>(people.text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(peopleRows.map((r) => r.id).sort()).toEqual(cli.people.map((p) => p.id).sort());

    const gexf = await exportFile(page, "gexf");
    expect(gexf.name).toBe("network.gexf");
    const doc = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: xml.getElementsByTagName("parsererror").length,
        nodes: xml.getElementsByTagName("node").length,
        positions: xml.getElementsByTagName("viz:position").length,
        colours: xml.getElementsByTagName("viz:color").length,
      };
    }, gexf.text);
    expect(doc).toEqual({
      error: 0,
      nodes: cli.summary.people,
      positions: cli.summary.people,
      colours: cli.summary.people,
    });
    await page.close();
  });

  test("pseudonymised exports name nobody, with the same code for a person in every file", async () => {
    const page = await openSample();
    await showTab(page, "Introductions");
    await page.getByTestId("introductions").waitFor({ timeout: 30_000 });
    await openExports(page);
    await page.getByLabel(/Pseudonymise exports/).check();
    const files = [
      await exportFile(page, "introductions"),
      await exportFile(page, "recruitment"),
      await exportFile(page, "people"),
      await exportFile(page, "gexf"),
    ];
    expect(files.map((f) => f.name)).toEqual([
      "introductions-pseudonymised.csv",
      "recruitment-pseudonymised.csv",
      "people-pseudonymised.csv",
      "network-pseudonymised.gexf",
    ]);
    const registry = Papa.parse<Record<string, string>>(
      await readFile(path.join(SAMPLE_DATA, "people.csv"), "utf8"),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    const secrets = registry
      .flatMap((p) => [p.name, p.email])
      .filter((s): s is string => !!s && s.length > 3);
    for (const file of files) {
      const leaked = secrets.filter((s) => file.text.includes(s));
      expect(leaked, file.name).toEqual([]);
    }
    const intro = Papa.parse<Record<string, string>>(files[0]!.text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    const people = Papa.parse<Record<string, string>>(files[2]!.text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(intro[0]!.a_id).toMatch(/^Person-[0-9A-Z]{6}$/);
    expect(people.map((p) => p.id)).toContain(intro[0]!.a_id);

    // The same secret for the rest of the session: a second export gives the same codes.
    const again = await exportFile(page, "introductions");
    expect(again.text).toBe(files[0]!.text);
    await page.close();
  });

  test("a name that a spreadsheet would run stays text in every CSV", async () => {
    const people = path.join(dir, "people.csv");
    const interactions = path.join(dir, "interactions.csv");
    await writeFile(
      people,
      [
        "id,name,sector,status,groups",
        'A1,"=HYPERLINK(""http://example.org"",""click"")",Social NGO,member,Working group',
        "B1,@SUM(1+1),National federation,member,Working group",
        "C1,Carla Centro,Public health,member,Working group",
        "D1,Dario Doble,Public health,member,Working group",
        "E1,Eva Extra,Academia,member,Working group",
        "F1,-Felipe Menos,Academia,member,Working group",
      ].join("\n"),
    );
    await writeFile(
      interactions,
      [
        "source,target,date,type",
        "A1,C1,2024-01-01,meeting",
        "B1,C1,2024-01-02,meeting",
        "A1,D1,2024-01-03,email",
        "B1,D1,2024-01-04,email",
        "C1,E1,2024-02-01,meeting",
        "D1,F1,2024-02-02,meeting",
        "E1,F1,2024-02-03,meeting",
      ].join("\n"),
    );
    const expected = runCliOn(["--people", people, "--interactions", interactions]);
    const { page, log } = await openFresh(harness);
    logs.push(log);
    await page.getByTestId("file-input").setInputFiles([people, interactions]);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });
    await showTab(page, "Introductions");
    await page.getByTestId("introductions").waitFor({ timeout: 30_000 });
    // On screen the name is text, exactly as written.
    await expect(
      page.getByTestId("introduction").first().locator(".person-link").first().textContent(),
    ).resolves.toBe('=HYPERLINK("http://example.org","click")');
    const intro = await exportFile(page, "introductions");
    const rows = Papa.parse<Record<string, string>>(intro.text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.a_id, r.b_id])).toEqual(expected.introductions.map((s) => [s.a, s.b]));
    expect(rows[0]).toMatchObject({
      a_name: `'=HYPERLINK("http://example.org","click")`,
      b_name: "'@SUM(1+1)",
    });
    const cells = Papa.parse<string[]>(intro.text, { skipEmptyLines: true }).data.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const all = await exportFile(page, "people");
    const peopleCells = Papa.parse<string[]>(all.text, { skipEmptyLines: true }).data.flat();
    expect(peopleCells).toContain("'-Felipe Menos");
    expect(peopleCells.filter((c) => /^[=+@\t\r]/.test(c) || /^-[^0-9]/.test(c))).toEqual([]);
    await page.close();
  });
});

describe("the whole session", () => {
  test("no console errors and no request beyond the app's own origin", () => {
    expectCleanSession(harness, logs);
  });
});
