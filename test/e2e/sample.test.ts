/**
 * The sample community, end to end in Chromium: the start screen, loading the sample
 * (by button and by ?sample), the map really drawn, search, click and the side panel,
 * and the privacy promise (no console errors, no request to another origin, a CSP
 * that blocks one).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { expectedSampleCounts } from "./expectedCounts";
import { artifact, foreignRequests, SAMPLE_DATA, startHarness, type Harness, type PageLog } from "./harness";
import { colouredShare, coloursPresent, decodePng } from "./png";

let harness: Harness;
const logs: PageLog[] = [];
const CSP_PROBE = "http://127.0.0.2:9/probe";

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function open(path: string): Promise<Page> {
  const { page, log } = await harness.open(path);
  logs.push(log);
  return page;
}

async function peopleShown(page: Page): Promise<{ people: number; registered: number }> {
  const counter = page.getByTestId("count-people");
  await counter.waitFor({ timeout: 60_000 });
  return {
    people: Number(await counter.getAttribute("data-value")),
    registered: Number(await counter.getAttribute("data-registered")),
  };
}

/** A screenshot of the middle of the map, away from the search box and buttons drawn over it. */
async function mapImage(page: Page) {
  const box = await page.getByTestId("sigma-container").boundingBox();
  if (!box) throw new Error("no map on screen");
  const clip = { x: box.x + 20, y: box.y + 70, width: box.width - 40, height: box.height - 90 };
  return decodePng(await page.screenshot({ clip }));
}

async function stopLayout(page: Page): Promise<void> {
  const stop = page.getByRole("button", { name: "Stop layout" });
  if (await stop.isVisible()) await stop.click();
  await page.getByRole("button", { name: "Restart layout" }).waitFor();
}

describe("sample community", () => {
  const expected = expectedSampleCounts(SAMPLE_DATA);

  test("the start screen explains Weaver and loads the sample community", async () => {
    const page = await open("/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
      /community of practice/,
    );
    await page.screenshot({ path: artifact("start-screen.png") });

    await page.getByRole("button", { name: "Load sample community" }).click();
    const shown = await peopleShown(page);
    expect(shown.registered).toBe(expected.registered);
    expect(shown.people).toBe(expected.registered + expected.unregistered);
    await page.close();
  });

  test("?sample opens straight on the drawn network with everyone on it", async () => {
    const page = await open("/?sample");
    const shown = await peopleShown(page);
    expect(shown.people).toBe(expected.registered + expected.unregistered);
    await expect(page.getByTestId("sigma-container").getAttribute("aria-label")).resolves.toBe(
      `Network map of ${shown.people} people`,
    );
    expect(await page.locator("[data-testid=sigma-container] canvas").count()).toBeGreaterThan(0);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("Not in the registry");

    // Let the layout work for a moment, then look at the pixels: sector-coloured people must be drawn.
    await page.waitForTimeout(2_000);
    const image = await mapImage(page);
    expect(colouredShare(image)).toBeGreaterThan(0.02);
    // Every colour the legend promises for a named sector is really on the map.
    const legendColours = await page
      .getByTestId("legend")
      .locator(".legend-sectors li")
      .filter({ hasNotText: "Unknown" })
      .locator("circle")
      .evaluateAll((circles) => circles.map((c) => c.getAttribute("fill") ?? ""));
    expect(legendColours.length).toBeGreaterThanOrEqual(5);
    expect(coloursPresent(image, legendColours, 10).sort()).toEqual([...legendColours].sort());
    await page.screenshot({ path: artifact("sample-network.png") });
    await page.close();
  });

  test("search zooms to a person; clicking them on the map opens their details", async () => {
    const page = await open("/?sample");
    await peopleShown(page);
    await stopLayout(page);

    await page.getByTestId("search-input").fill("Marta");
    const firstResult = page.getByTestId("search-results").getByRole("button").first();
    const name = (await firstResult.locator(".result-name").textContent()) ?? "";
    expect(name).toMatch(/Marta/);
    await firstResult.click();
    const panel = page.getByTestId("person-panel");
    await expect(panel.getByRole("heading", { level: 2 }).textContent()).resolves.toBe(name);
    expect(await panel.getByTestId("contacts").locator("li").count()).toBeGreaterThan(0);

    // Once the camera has flown to the person, they sit in the middle of the map.
    await page.waitForTimeout(800);
    await page.screenshot({ path: artifact("person-panel.png") });
    await panel.getByRole("button", { name: "Close details" }).click();
    await expect(panel.count()).resolves.toBe(0);
    const box = await page.getByTestId("sigma-container").boundingBox();
    if (!box) throw new Error("no map on screen");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(
      page.getByTestId("person-panel").getByRole("heading", { level: 2 }).textContent(),
    ).resolves.toBe(name);
    await page.screenshot({ path: artifact("person-clicked.png") });
    await page.close();
  });

  test("the Content-Security-Policy stops requests to other origins", async () => {
    const { page, log } = await harness.open("/");
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const outcome = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return "fetched";
      } catch {
        return "blocked";
      }
    }, CSP_PROBE);
    expect(outcome).toBe("blocked");
    expect(log.consoleErrors.join("\n")).toMatch(/Content Security Policy/);
    await page.close();
  });

  test("no console errors and no request to any other origin", () => {
    expect(logs.flatMap((l) => l.consoleErrors)).toEqual([]);
    const requests = harness.allRequests().filter((url) => url !== CSP_PROBE);
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests, harness.origin)).toEqual([]);
  });
});
