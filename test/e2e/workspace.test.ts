/**
 * Never losing work, in Chromium: the workspace is kept in IndexedDB and restored on reload with
 * the same people, ties and time window; saved to a file, cleared with "New workspace" (after a
 * confirmation) and opened again from that file; a damaged or foreign file is refused with a
 * message and leaves the current work as it was.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { artifact, startHarness, type Harness, type PageLog } from "./harness";
import { colouredShare, decodePng, differingShare } from "./png";
import { expectCleanSession, loadSampleWorkspace, runCli, sampleCliArgs } from "./session";

let harness: Harness;
const logs: PageLog[] = [];

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function counts(page: Page): Promise<{ people: number; ties: number }> {
  const people = page.getByTestId("count-people");
  await people.waitFor({ timeout: 60_000 });
  return {
    people: Number(await people.getAttribute("data-value")),
    ties: Number(await page.getByTestId("count-ties").getAttribute("data-value")),
  };
}

/** Waits until no task is running (the progress bar is gone) and the header shows a network. */
async function settled(page: Page): Promise<{ people: number; ties: number }> {
  await page.getByTestId("count-people").waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector(".busy-bar"), null, { timeout: 60_000 });
  return counts(page);
}

describe("workspace", () => {
  let saved: { people: number; ties: number };
  let window: { from: string | null; to: string | null };

  test("the workspace is kept as the user works and restored exactly after a reload", async () => {
    const { page, log } = await harness.open("/");
    logs.push(log);
    await page.getByRole("button", { name: "Load sample community" }).click();
    const all = await settled(page);
    expect(all.people).toBeGreaterThan(0);

    // A view choice: the last six months, which changes the ties.
    await page.getByRole("button", { name: "Last 6 months" }).click();
    await page.waitForFunction(
      (ties) =>
        Number(document.querySelector("[data-testid=count-ties]")?.getAttribute("data-value")) !== ties,
      all.ties,
      { timeout: 60_000 },
    );
    saved = await settled(page);
    const bar = page.getByTestId("time-bar");
    window = { from: await bar.getAttribute("data-from"), to: await bar.getAttribute("data-to") };
    expect(window.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(saved.ties).toBeLessThan(all.ties);
    // Another view choice: the Overview tab.
    await page.getByRole("tab", { name: "Overview" }).click();
    // Let the debounced autosave write (it also flushes on pagehide).
    await page.waitForTimeout(1_500);

    await page.reload();
    await expect(settled(page)).resolves.toEqual(saved);
    await expect(bar.getAttribute("data-from")).resolves.toBe(window.from);
    await expect(bar.getAttribute("data-to")).resolves.toBe(window.to);
    await expect(
      page.getByRole("button", { name: "Last 6 months" }).getAttribute("aria-pressed"),
    ).resolves.toBe("true");
    await expect(page.getByRole("tab", { name: "Overview" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    await page.screenshot({ path: artifact("workspace-restored.png") });
    await page.close();
  });

  test("save to a file, start a new workspace, open the file: the same network", async () => {
    const { page, log } = await harness.open("/");
    logs.push(log);
    await expect(settled(page)).resolves.toEqual(saved);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save workspace" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^weaver-sample-community-\d{4}-\d{2}-\d{2}\.json$/);
    const file = artifact("workspace-saved.json");
    await download.saveAs(file);
    const text = await readFile(file, "utf8");
    expect(text).toContain('"weaver-workspace"');

    // "New workspace" asks first; cancelling keeps everything.
    await page.getByRole("button", { name: "New workspace" }).click();
    const dialog = page.getByRole("dialog", { name: "Start a new workspace?" });
    await dialog.waitFor();
    await page.screenshot({ path: artifact("workspace-new-confirm.png") });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(counts(page)).resolves.toEqual(saved);

    await page.getByRole("button", { name: "New workspace" }).click();
    await dialog.getByRole("button", { name: "Clear and start again" }).click();
    await page.getByRole("button", { name: "Load sample community" }).waitFor();
    expect(await page.getByTestId("count-people").count()).toBe(0);

    // Cleared for good: a reload starts empty.
    await page.reload();
    await page.getByRole("button", { name: "Load sample community" }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByTestId("count-people").count()).toBe(0);

    await page.getByLabel("Open workspace").setInputFiles(file);
    await expect(settled(page)).resolves.toEqual(saved);
    await expect(page.getByTestId("time-bar").getAttribute("data-from")).resolves.toBe(window.from);
    await page.close();
  });

  test("a damaged or foreign file gives a clear message and changes nothing", async () => {
    const { page, log } = await harness.open("/");
    logs.push(log);
    await expect(settled(page)).resolves.toEqual(saved);

    const input = page.getByLabel("Open workspace");
    await input.setInputFiles({
      name: "cut-off.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format":"weaver-workspace","version":2,"files":[{"id":'),
    });
    const alert = page.getByRole("alert");
    await expect(alert.textContent()).resolves.toMatch(/damaged and was not opened.*unchanged/);
    await page.screenshot({ path: artifact("workspace-damaged.png") });
    await expect(counts(page)).resolves.toEqual(saved);
    await alert.getByRole("button", { name: "Dismiss" }).click();

    await input.setInputFiles({
      name: "other.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"nodes":[],"edges":[]}'),
    });
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/not a Weaver workspace/);
    await expect(counts(page)).resolves.toEqual(saved);
    await page.close();
  });

  test("what is on screen comes back after a reload: appearance, filters, selection, layout, camera and analysis settings", async () => {
    const page = await loadSampleWorkspace(harness, logs);

    const controls = page.getByTestId("map-controls");
    await controls.getByLabel("Colour by").selectOption("role");
    await controls.getByLabel("Size by").selectOption("betweenness");
    const sectors = page.getByTestId("filter-sector");
    await sectors.locator("summary").click();
    const hiddenSector = ((await sectors.locator("label").first().textContent()) ?? "").trim();
    await sectors.getByRole("checkbox", { name: hiddenSector, exact: true }).uncheck();
    await sectors.locator("summary").click();
    await page.getByLabel("Minimum tie weight").fill("2");
    // The best-connected person with a name of their own, found by the engine in Node.
    const { people } = runCli<{ people: { name: string; degree: number }[] }>(sampleCliArgs());
    const person = people
      .filter((p) => people.filter((q) => q.name === p.name).length === 1)
      .sort((a, b) => b.degree - a.degree)[0]!.name;
    await page.getByTestId("search-input").fill(person);
    await page.getByTestId("search-input").press("Enter");
    await page.getByTestId("ego-steps").selectOption("1");
    const shown = await page.getByTestId("visible-count").getAttribute("data-shown");

    // A chosen analysis setting, applied: key players looked for among 7 people.
    await page.getByRole("button", { name: "Analysis settings" }).click();
    await page.getByRole("spinbutton", { name: "Number of people" }).fill("7");
    await page.getByRole("button", { name: "Analyse again" }).click();
    await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });

    // Zoom in on the map, then move the pointer off it so no hover colours the picture.
    const map = page.getByTestId("sigma-container");
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(800);
    // Hover whoever is under that spot in the zoomed view, as after the reload below.
    await page.mouse.move(box.x + box.width * 0.6 + 1, box.y + box.height * 0.4);
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    await page.mouse.move(1, 1);
    // The camera is remembered once at rest, then the autosave waits for a quiet second.
    await page.waitForTimeout(2_000);
    const before = decodePng(await map.screenshot({ path: artifact("workspace-map-before-reload.png") }));
    // A picture worth comparing: a zoomed-in network of coloured people, not an empty map.
    expect(colouredShare(before)).toBeGreaterThan(0.002);

    await page.reload();
    await settled(page);
    await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });
    await expect(
      page.getByRole("tab", { name: "Network", exact: true }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
    // Everyone had a place: the layout does not run again and move them.
    await expect(page.getByRole("button", { name: "Restart layout" }).isVisible()).resolves.toBe(true);
    await expect(controls.getByLabel("Colour by").inputValue()).resolves.toBe("role");
    await expect(controls.getByLabel("Size by").inputValue()).resolves.toBe("betweenness");
    await sectors.locator("summary").click();
    await expect(
      sectors.getByRole("checkbox", { name: hiddenSector, exact: true }).isChecked(),
    ).resolves.toBe(false);
    await sectors.locator("summary").click();
    await expect(page.getByLabel("Minimum tie weight").inputValue()).resolves.toBe("2");
    await expect(
      page.getByTestId("person-panel").getByRole("heading", { level: 2 }).textContent(),
    ).resolves.toBe(person);
    await expect(page.getByTestId("ego-steps").inputValue()).resolves.toBe("1");
    await expect(page.getByTestId("visible-count").getAttribute("data-shown")).resolves.toBe(shown);
    await page.getByRole("button", { name: "Analysis settings" }).click();
    await expect(page.getByRole("spinbutton", { name: "Number of people" }).inputValue()).resolves.toBe("7");
    await page.getByRole("button", { name: "Close", exact: true }).click();

    // The same people in the same places seen through the same camera: the same picture. The
    // pointer goes over the same spot as before, so whoever it hovered there is hovered again.
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    await page.mouse.move(1, 1);
    await page.waitForTimeout(500);
    const after = decodePng(await map.screenshot({ path: artifact("workspace-map-after-reload.png") }));
    expect(after.width).toBe(before.width);
    expect(after.height).toBe(before.height);
    expect(differingShare(before, after)).toBeLessThan(0.001);
    await page.screenshot({ path: artifact("workspace-view-restored.png") });
    await page.close();
  });

  test("no console errors and no request to any other origin", () => {
    expectCleanSession(harness, logs);
  });
});
