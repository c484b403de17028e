/**
 * Drives the app in Chromium the way a coordinator would (upload, wait for the analysis, move
 * around the map, filter, change the time window) and records each step with the page probe
 * (./pageProbe.ts). Pointer input goes through Playwright, so it reaches sigma as real events.
 */
import type { CDPSession, Page } from "playwright-core";
import type { ProbeSummary } from "./pageProbe";
import { longTaskBreakdown, TRACE_CATEGORIES, type TaskBreakdown, type TraceEvent } from "./traceBreakdown";

export interface Step {
  name: string;
  summary: ProbeSummary;
  /** Every main-thread task over 50 ms in the window, from the trace, broken down. */
  tasks: TaskBreakdown[];
  /** From the input to the first frame after the map's last filter redraw; null when there was none. */
  timeToMap: number | null;
}

const LONG_WAIT = 600_000;
const ANCHOR = "weaver-bench:anchor";

/**
 * Waits until the page has gone `quiet` ms without a long task or a map redraw, so that one
 * step's late work (a filter's last slices, a slow frame) is not counted in the next step.
 */
export async function settle(page: Page, quiet = 1_000): Promise<void> {
  // Polled from here: waitForFunction would evaluate text in the page, which its CSP forbids.
  const deadline = Date.now() + LONG_WAIT;
  while (((await page.evaluate("window.__bench.quietFor()")) as number) < quiet) {
    if (Date.now() > deadline) throw new Error("the page never went quiet");
    await page.waitForTimeout(100);
  }
}

/** `untilQuiet` false: stop after `after` ms even if the page is still busy (a running layout). */
export type Recorder = (
  name: string,
  action: () => Promise<void>,
  after?: number,
  untilQuiet?: boolean,
) => Promise<Step>;

/**
 * Records `action` and what follows it (the redraw, late frames): at least `after` ms, and until
 * the page has been quiet for 600 ms. With the page probe and a Chromium trace of the window.
 */
export function recorder(page: Page, cdp: CDPSession): Recorder {
  return async (name, action, after = 800, untilQuiet = true) => {
    if (untilQuiet) await settle(page);
    const events: TraceEvent[] = [];
    const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
    cdp.on("Tracing.dataCollected", onData);
    await cdp.send("Tracing.start", { categories: TRACE_CATEGORIES, transferMode: "ReportEvents" });
    await page.evaluate("window.__bench.start()");
    await action();
    await page.waitForTimeout(after);
    // A step ends when its work has: the last slices of a filter, the analysis results drawn.
    if (untilQuiet) await settle(page, 600);
    const summary = (await page.evaluate("window.__bench.stop()")) as ProbeSummary;
    const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    await complete;
    cdp.off("Tracing.dataCollected", onData);
    const tasks = longTaskBreakdown(events, ANCHOR, summary.from);
    return { name, summary, tasks, timeToMap: timeToMap(summary) };
  };
}

function timeToMap(summary: ProbeSummary): number | null {
  const last = summary.measures.filter((m) => m.name === "weaver:filter").at(-1);
  if (!last || summary.firstInput === null) return null;
  const drawn = last.start + last.duration;
  const frame = summary.frames.find((time) => time >= drawn) ?? drawn;
  return frame - summary.firstInput;
}

export async function uploadAndAnalyse(page: Page, files: string[]): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(files);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByTestId("count-people").waitFor({ timeout: LONG_WAIT });
  await page.getByRole("tab", { name: "Network", exact: true }).click();
  await analysisDone(page);
}

export async function analysisDone(page: Page): Promise<void> {
  await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: LONG_WAIT });
}

/** Waits for the automatic layout to end (it stops by itself) so that moving is measured alone. */
export async function layoutDone(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Restart layout" }).waitFor({ timeout: LONG_WAIT });
}

async function mapBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId("sigma-container").boundingBox();
  if (!box) throw new Error("the map is not on screen");
  return box;
}

/**
 * Drags the map 240 px right and 120 px down and back, in 60 moves 25 ms apart: the map ends
 * where it was, so the hover sweep that follows finds the people where they were.
 */
export async function pan(page: Page): Promise<void> {
  const box = await mapBox(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    const out = i <= 30 ? i : 60 - i;
    await page.mouse.move(x + out * 8, y + out * 4);
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
}

/** Six wheel steps in, six out, at the centre of the map (which zooming there keeps in place). */
export async function zoom(page: Page): Promise<void> {
  const box = await mapBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const delta of [-1, -1, -1, -1, -1, -1, 1, 1, 1, 1, 1, 1]) {
    await page.mouse.wheel(0, delta * 120);
    await page.waitForTimeout(120);
  }
}

/** Sweeps the pointer over the middle of the map in 10-px steps, row after row, 20 ms apart. */
export async function hover(page: Page): Promise<void> {
  const box = await mapBox(page);
  const left = box.x + box.width * 0.3;
  const top = box.y + box.height * 0.3;
  for (let row = 0; row < 6; row++) {
    const y = top + row * box.height * 0.08;
    for (let step = 0; step <= 30; step++) {
      const x = left + (row % 2 === 0 ? step : 30 - step) * box.width * 0.013;
      await page.mouse.move(x, y);
      await page.waitForTimeout(20);
    }
  }
}

/** Moves the pointer off the map, so that no hover is left over for the next step. */
export async function leaveMap(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.waitForTimeout(300);
}

export async function toggleFirstSector(page: Page): Promise<void> {
  const menu = page.getByTestId("filter-sector");
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator("summary").click();
  await menu.locator("input[type=checkbox]").first().click();
}

export async function closeSectorMenu(page: Page): Promise<void> {
  const menu = page.getByTestId("filter-sector");
  if (await menu.evaluate((el) => (el as HTMLDetailsElement).open)) await menu.locator("summary").click();
}

// Controls used while recording are found by CSS and text: Playwright's role and label queries
// compute accessible names across the whole page, which takes the page's main thread for
// hundreds of milliseconds once the views hold thousands of people, and would be counted here.

export async function setMinimumWeight(page: Page, weight: number): Promise<void> {
  await page.locator("input.weight-input").fill(String(weight));
}

export async function setHideIsolates(page: Page, hide: boolean): Promise<void> {
  await page
    .getByTestId("map-filters")
    .locator("label", { hasText: "Hide isolates" })
    .locator("input")
    .setChecked(hide);
}

export async function selectPerson(page: Page, name: string): Promise<void> {
  await page.getByTestId("search-input").fill(name);
  await page.getByTestId("search-results").getByRole("button").first().click();
  await page.getByTestId("person-panel").waitFor();
}

export async function setEgoSteps(page: Page, steps: "1" | "2" | "all"): Promise<void> {
  await page.getByTestId("ego-steps").selectOption(steps);
}

/** Clicks a time preset and waits for the rebuilt network and its analysis. */
export async function timePreset(page: Page, label: string): Promise<void> {
  const ties = await page.getByTestId("count-ties").getAttribute("data-value");
  await page.locator(".time-presets button", { hasText: new RegExp(`^${label}$`) }).click();
  await page.waitForFunction(
    (before) => document.querySelector("[data-testid=count-ties]")?.getAttribute("data-value") !== before,
    ties,
    { timeout: LONG_WAIT },
  );
  await page.waitForFunction(() => !document.querySelector(".busy-bar"), null, { timeout: LONG_WAIT });
  // The new network's analysis starts in an effect after it arrives: wait for it to leave "done".
  await page
    .waitForFunction(
      () => document.querySelector("[data-testid=analysis-status]")?.getAttribute("data-status") !== "done",
      null,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  await analysisDone(page);
}
