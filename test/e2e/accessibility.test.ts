/**
 * The product's accessibility bar, checked in Chromium on every view (the start screen, the
 * column-mapping step for people.csv and each tab of the sample network once analysed), at
 * 1280×800 and at 1920×1080: every control has an accessible name; Tab from the top reaches
 * every visible control and focus can be seen; text meets WCAG 2.1 contrast (4.5:1, large text
 * 3:1) and field and button edges 3:1; nothing needs sideways scrolling and the map legend is on
 * screen. A screenshot of each view at 1280×800 is saved as test-artifacts/view-<name>.png.
 */
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  finishKeyboardProbe,
  INTERACTIVE,
  keyboardProbeLapped,
  probeColours,
  startKeyboardProbe,
  type KeyboardFindings,
  type RawLayer,
} from "./a11yProbe";
import {
  composite,
  contrastRatio,
  formatRatio,
  NON_TEXT_RATIO,
  parseColour,
  requiredTextRatio,
  toHex,
  type Layer,
} from "./contrast";
import { openFresh } from "./freshPage";
import { artifact, SAMPLE_DATA, startHarness, type Harness, type PageLog } from "./harness";
import { expectCleanSession } from "./session";

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

const NETWORK_TABS = [
  "overview",
  "network",
  "people",
  "bottlenecks",
  "bridges",
  "introductions",
  "recruitment",
  "compare",
  "report",
] as const;

/** Far more stops than any view has: a walk that does not come round by then is trapped. */
const MAX_TAB_PRESSES = 600;
const TAB_BATCH = 25;

let harness: Harness;
const logs: PageLog[] = [];

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  if (harness) expectCleanSession(harness, logs);
  await harness?.close();
});

async function track<T extends { log: PageLog }>(opened: Promise<T>): Promise<T> {
  const result = await opened;
  logs.push(result.log);
  return result;
}

async function openStart(viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await track(openFresh(harness));
  await page.setViewportSize(viewport);
  return page;
}

async function openMapping(viewport: { width: number; height: number }): Promise<Page> {
  const page = await openStart(viewport);
  await page.getByTestId("file-input").setInputFiles(path.join(SAMPLE_DATA, "people.csv"));
  await page.getByTestId("kind-select").waitFor();
  return page;
}

async function openNetwork(viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await track(harness.open("/?sample=1"));
  await page.setViewportSize(viewport);
  await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });
  return page;
}

async function showTab(page: Page, id: string): Promise<void> {
  const tab = page.locator(`#tab-${id}`);
  await tab.click();
  await expect(tab.getAttribute("aria-selected")).resolves.toBe("true");
  // Let charts and virtual tables settle after the switch.
  await page.waitForTimeout(150);
}

/** `- role "name"` from the first line of an element's ARIA snapshot; role "" when it is not exposed. */
function roleAndName(snapshot: string): { role: string; name: string } {
  const first = snapshot.split("\n")[0] ?? "";
  // An element with no ARIA role of its own (a <summary>) is shown as its text, which names it.
  const text = /^- text: (.*)$/.exec(first);
  if (text) return { role: "text", name: text[1]!.replace(/^"(.*)"$/, "$1").trim() };
  const match = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(first) ?? /^- ([\w-]+) \/(.*)\//.exec(first);
  return { role: match?.[1] ?? "", name: match?.[2]?.trim() ?? "" };
}

/** A line of an ARIA snapshot for something operated or read as one thing, with no quoted name. */
const NAMELESS =
  /^\s*- (button|link|textbox|searchbox|combobox|listbox|checkbox|radio|slider|spinbutton|switch|tab|img)(:|\s*\[|\s*$)/m;

/**
 * Visible controls without an accessible name (as Playwright computes it for getByRole), and
 * controls that can be focused yet are hidden from assistive technology. One snapshot of the
 * whole page answers for every control; they are looked at one by one only to say which.
 */
async function unnamedControls(page: Page): Promise<string[]> {
  const offenders = await page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(`[aria-hidden="true"] :is(${selector})`)]
        .filter((e) => e.checkVisibility({ visibilityProperty: true }) && e.tabIndex >= 0)
        .map((e) => `(hidden from assistive technology): ${e.outerHTML.replace(/\s+/g, " ").slice(0, 240)}`),
    INTERACTIVE,
  );
  if (!NAMELESS.test(await page.locator("body").ariaSnapshot())) return offenders;
  const controls: Locator = page.locator(INTERACTIVE).filter({ visible: true });
  const count = await controls.count();
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const { role, name } = roleAndName(await control.ariaSnapshot());
    // No role of its own (a box made focusable to scroll it): named by what it holds.
    if (name || role === "") continue;
    const html = await control.evaluate((e) => e.outerHTML.replace(/\s+/g, " ").slice(0, 240));
    offenders.push(`${role}: ${html}`);
  }
  return offenders;
}

function layers(raw: RawLayer[]): Layer[] | string {
  const parsed: Layer[] = [];
  for (const layer of raw) {
    const background = parseColour(layer.background);
    if (!background) return layer.background;
    parsed.push({ background, opacity: layer.opacity });
  }
  return parsed;
}

interface ContrastFindings {
  texts: number;
  lowText: string[];
  lowEdges: string[];
  unjudged: string[];
}

async function contrastFindings(page: Page): Promise<ContrastFindings> {
  const { texts, controls } = await page.evaluate(probeColours);
  const findings: ContrastFindings = { texts: texts.length, lowText: [], lowEdges: [], unjudged: [] };
  for (const text of texts) {
    const colour = parseColour(text.colour);
    const stack = layers(text.layers);
    if (!colour || typeof stack === "string" || text.unreadable) {
      findings.unjudged.push(`"${text.text}" (${text.unreadable ?? text.colour}): ${text.html}`);
      continue;
    }
    const fg = composite(stack, colour);
    const bg = composite(stack, null);
    const ratio = contrastRatio(fg, bg);
    const needed = requiredTextRatio(text.fontSize, text.fontWeight);
    if (ratio < needed) {
      findings.lowText.push(
        `${formatRatio(ratio)} < ${needed}:1, ${toHex(fg)} on ${toHex(bg)}, ${text.fontSize}px/${text.fontWeight} "${text.text}": ${text.html}`,
      );
    }
  }
  for (const control of controls) {
    const outsideStack = layers(control.outside);
    const own = layers([control.own]);
    if (typeof outsideStack === "string" || typeof own === "string") {
      findings.unjudged.push(`edge: ${control.html}`);
      continue;
    }
    const outside = composite(outsideStack, null);
    const inside = composite([...outsideStack, ...own], null);
    const edges = control.borders
      .map(parseColour)
      .filter((c) => c !== null)
      .map((border) => composite([...outsideStack, ...own], border));
    const candidates = [inside, ...edges].map((c) => ({ colour: c, ratio: contrastRatio(c, outside) }));
    const best = candidates.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    // A button drawn as its text alone (tabs, links) has no edge to judge; fields always need one.
    const drawn = candidates.some((c) => c.ratio > 1.05);
    if ((drawn || control.field) && best.ratio < NON_TEXT_RATIO) {
      findings.lowEdges.push(
        `${formatRatio(best.ratio)} < ${NON_TEXT_RATIO}:1, edge ${toHex(best.colour)} on ${toHex(outside)}: ${control.html}`,
      );
    }
  }
  return findings;
}

async function keyboardFindings(page: Page): Promise<KeyboardFindings & { lapped: boolean }> {
  await page.evaluate(startKeyboardProbe, INTERACTIVE);
  for (let pressed = 0; pressed < MAX_TAB_PRESSES; pressed += TAB_BATCH) {
    for (let i = 0; i < TAB_BATCH; i++) await page.keyboard.press("Tab");
    if (await page.evaluate(keyboardProbeLapped)) break;
  }
  const lapped = await page.evaluate(keyboardProbeLapped);
  const findings = await page.evaluate(finishKeyboardProbe);
  await page.evaluate(() => window.scrollTo(0, 0));
  return { lapped, ...findings };
}

interface LayoutFindings {
  scrollWidth: number;
  innerWidth: number;
  /** Controls reaching past the window's sides, outside any box that scrolls sideways. */
  cutOff: string[];
}

async function layoutFindings(page: Page): Promise<LayoutFindings> {
  return page.evaluate((selector) => {
    const scrollsSideways = (element: Element): boolean => {
      for (let e = element.parentElement; e; e = e.parentElement) {
        const overflow = getComputedStyle(e).overflowX;
        if ((overflow === "auto" || overflow === "scroll") && e.scrollWidth > e.clientWidth) return true;
      }
      return false;
    };
    const cutOff = [...document.querySelectorAll(selector)]
      .filter((e) => e.checkVisibility({ visibilityProperty: true }) && !scrollsSideways(e))
      .filter((e) => {
        const rect = e.getBoundingClientRect();
        return rect.width > 1 && (rect.left < -0.5 || rect.right > innerWidth + 0.5);
      })
      .map((e) => e.outerHTML.replace(/\s+/g, " ").slice(0, 240));
    return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth, cutOff };
  }, INTERACTIVE);
}

/** Wholly inside the window, without scrolling the page. */
async function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((e) => {
    const rect = e.getBoundingClientRect();
    return (
      document.scrollingElement!.scrollTop === 0 &&
      rect.width > 0 &&
      rect.left >= 0 &&
      rect.top >= 0 &&
      rect.right <= innerWidth &&
      rect.bottom <= innerHeight
    );
  });
}

const list = (items: string[]) => (items.length ? "\n  " + items.join("\n  ") : " none");

interface Findings {
  unnamed: string[];
  contrast: ContrastFindings;
  layout: LayoutFindings;
  keyboard: KeyboardFindings & { lapped: boolean };
}

/** Every check on the view now shown; the screenshot is taken before the Tab walk moves focus. */
async function findings(page: Page, screenshot: string | null): Promise<Findings> {
  const unnamed = await unnamedControls(page);
  const contrast = await contrastFindings(page);
  const layout = await layoutFindings(page);
  if (screenshot) await page.screenshot({ path: artifact(screenshot) });
  const keyboard = await keyboardFindings(page);
  return { unnamed, contrast, layout, keyboard };
}

/** Every failure is reported, not just the first. */
async function auditView(page: Page, name: string, viewport: { width: number; height: number }) {
  const { unnamed, contrast, layout, keyboard } = await findings(
    page,
    viewport.width === 1280 ? `view-${name}.png` : null,
  );
  expect.soft(unnamed, `controls without an accessible name on ${name}:${list(unnamed)}`).toEqual([]);

  expect(contrast.texts, `no text found on ${name}`).toBeGreaterThan(5);
  expect.soft(contrast.lowText, `text below WCAG contrast on ${name}:${list(contrast.lowText)}`).toEqual([]);
  expect.soft(contrast.lowEdges, `control edges below 3:1 on ${name}:${list(contrast.lowEdges)}`).toEqual([]);
  expect
    .soft(contrast.unjudged, `colours the test could not judge on ${name}:${list(contrast.unjudged)}`)
    .toEqual([]);

  expect
    .soft(layout.scrollWidth, `${name} scrolls sideways at ${viewport.width}×${viewport.height}`)
    .toBeLessThanOrEqual(layout.innerWidth);
  expect.soft(layout.cutOff, `controls past the window's edge on ${name}:${list(layout.cutOff)}`).toEqual([]);

  expect.soft(keyboard.lapped, `Tab never came back round on ${name}: focus is trapped`).toBe(true);
  expect(keyboard.expected, `no controls found on ${name}`).toBeGreaterThan(0);
  expect
    .soft(keyboard.unreached, `controls Tab does not reach on ${name}:${list(keyboard.unreached)}`)
    .toEqual([]);
  expect
    .soft(
      keyboard.invisibleFocus,
      `controls that look the same with focus on ${name}:${list(keyboard.invisibleFocus)}`,
    )
    .toEqual([]);
}

test("the checks find what they look for", async () => {
  const page = await openStart({ width: 1280, height: 800 });
  // Planted through the CSS object model: the Content-Security-Policy refuses style attributes.
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    const grey = document.createElement("p");
    grey.textContent = "Planted grey text";
    grey.style.color = "#999999";
    const unnamed = document.createElement("button");
    unnamed.className = "button planted-unnamed";
    unnamed.style.width = "2rem";
    unnamed.style.height = "2rem";
    const noRing = document.createElement("button");
    noRing.className = "button";
    noRing.textContent = "Planted without focus ring";
    noRing.style.outline = "none";
    const faint = document.createElement("input");
    faint.setAttribute("aria-label", "Planted faint field");
    faint.style.border = "1px solid #dddddd";
    const wide = document.createElement("div");
    wide.textContent = "Planted wide box";
    wide.style.minWidth = "3000px";
    // A script that jumps Tab over the next control.
    const [before, skipped, after] = ["before", "skipped", "after"].map((name) => {
      const button = document.createElement("button");
      button.className = "button";
      button.textContent = `Planted ${name}`;
      return button;
    });
    before!.addEventListener("keydown", (event) => {
      if (event.key !== "Tab") return;
      event.preventDefault();
      after!.focus();
    });
    main.prepend(grey, unnamed, noRing, faint, wide, before!, skipped!, after!);
  });
  const found = await findings(page, null);
  expect(found.unnamed.join("\n")).toContain("planted-unnamed");
  expect(found.contrast.lowText.join("\n")).toMatch(/:1 < 4\.5:1, #999999 on #f5f7fa.*Planted grey text/);
  expect(found.contrast.lowEdges.join("\n")).toContain("Planted faint field");
  expect(found.keyboard.invisibleFocus.join("\n")).toContain("Planted without focus ring");
  expect(found.keyboard.unreached).toEqual([expect.stringContaining("Planted skipped")]);
  expect(found.keyboard.lapped).toBe(true);
  expect(found.layout.scrollWidth).toBeGreaterThan(3000);
  await page.close();
});

describe.each(VIEWPORTS)("accessibility at $width×$height", (viewport) => {
  test("start screen", async () => {
    const page = await openStart(viewport);
    await auditView(page, "start", viewport);
    await expect(onScreen(page.getByRole("button", { name: "Load sample community" }))).resolves.toBe(true);
    await expect(onScreen(page.getByText("Choose files…"))).resolves.toBe(true);
    await page.close();
  });

  test("mapping screen for people.csv", async () => {
    const page = await openMapping(viewport);
    await auditView(page, "mapping", viewport);
    await expect(onScreen(page.getByTestId("kind-select"))).resolves.toBe(true);
    await page.close();
  });

  describe("network screen on the analysed sample", () => {
    let page: Page;
    beforeAll(async () => {
      page = await openNetwork(viewport);
    });
    afterAll(async () => {
      await page?.close();
    });

    test.each(NETWORK_TABS)("%s tab", async (id) => {
      await showTab(page, id);
      await auditView(page, id, viewport);
      // The window is the whole screen here: the header, the tabs and the analysis bar never scroll away.
      const frame = page.locator(".app-header button, .app-header label, .tab-row button");
      for (const control of await frame.filter({ visible: true }).all()) {
        expect
          .soft(
            await onScreen(control),
            `off screen: ${await control.evaluate((e) => e.outerHTML.slice(0, 200))}`,
          )
          .toBe(true);
      }
      if (id === "network") {
        const legend = page.getByTestId("legend");
        await expect(onScreen(legend), "the legend is not wholly on screen").resolves.toBe(true);
        // Not covered or clipped: the middle of the legend is the legend.
        const hit = await legend.evaluate((e) => {
          const rect = e.getBoundingClientRect();
          const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
          return top !== null && e.contains(top);
        });
        expect(hit, "the legend is covered").toBe(true);
      }
    });

    test("tabs switch from the keyboard", async () => {
      await showTab(page, "overview");
      const selected = () =>
        page.locator('[role="tab"][aria-selected="true"]').evaluate((e) => ({
          id: e.id,
          focused: e === document.activeElement,
          panelShown: !document.getElementById(e.getAttribute("aria-controls")!)!.hidden,
        }));
      const tabIds = await page.getByRole("tab").evaluateAll((tabs) => tabs.map((t) => t.id));
      expect(tabIds).toEqual(NETWORK_TABS.map((id) => `tab-${id}`));

      // Enter and Space on a focused tab open it.
      await page.locator("#tab-people").focus();
      await page.keyboard.press("Enter");
      await expect(selected()).resolves.toEqual({ id: "tab-people", focused: true, panelShown: true });
      await page.locator("#tab-bridges").focus();
      await page.keyboard.press("Space");
      await expect(selected()).resolves.toEqual({ id: "tab-bridges", focused: true, panelShown: true });

      // WAI-ARIA tabs: the arrows move along the row (wrapping round), Home and End to its ends.
      await page.keyboard.press("ArrowRight");
      await expect(selected()).resolves.toEqual({ id: tabIds[5], focused: true, panelShown: true });
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowLeft");
      await expect(selected()).resolves.toEqual({ id: tabIds[3], focused: true, panelShown: true });
      await page.keyboard.press("End");
      await expect(selected()).resolves.toEqual({ id: tabIds.at(-1), focused: true, panelShown: true });
      await page.keyboard.press("ArrowRight");
      await expect(selected()).resolves.toEqual({ id: tabIds[0], focused: true, panelShown: true });
      await page.keyboard.press("ArrowLeft");
      await expect(selected()).resolves.toEqual({ id: tabIds.at(-1), focused: true, panelShown: true });
      await page.keyboard.press("Home");
      await expect(selected()).resolves.toEqual({ id: tabIds[0], focused: true, panelShown: true });

      // One tab stop for the whole row: Tab from the selected tab leaves the row.
      await page.keyboard.press("Tab");
      const next = await page.evaluate(() => document.activeElement?.getAttribute("role") ?? null);
      expect(next).not.toBe("tab");
    });
  });
});
