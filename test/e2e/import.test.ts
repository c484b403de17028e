/**
 * A coordinator's own files in Chromium: the column-mapping step, rows with problems
 * reported with their line numbers (and downloadable), people missing from the
 * registry with their near-matches, imported text shown as text, and files that are
 * not tables refused with one clear message while the app keeps working.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { artifact, FIXTURES, startHarness, type Harness, type PageLog } from "./harness";
import { expectCleanSession } from "./session";
import { openFresh } from "./freshPage";

let harness: Harness;
const logs: PageLog[] = [];

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The start screen with no workspace kept from an earlier test (the app restores the last one). */
async function open(): Promise<Page> {
  const { page, log } = await openFresh(harness);
  logs.push(log);
  return page;
}

async function upload(page: Page, ...names: string[]): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(names.map((name) => path.join(FIXTURES, name)));
}

function card(page: Page, fileName: string) {
  return page.locator(`[data-file="${fileName}"].mapping-card`);
}

/** The rows each fixture was written to contain, and how each must be judged. */
const INTERACTIONS_FILE = "interactions-with-errors.csv";
const INTERACTION_DATA_ROWS = 10;
const REJECTED_INTERACTIONS: [line: number, reason: RegExp][] = [
  [3, /target/i],
  [4, /self/i],
  [5, /date/i],
  [6, /weight/i],
  [7, /empty/i],
];
const REGISTRY_FILE = "registry.csv";
const REGISTRY_DATA_ROWS = 7;
const REJECTED_REGISTRY: [line: number, reason: RegExp][] = [[7, /id/i]];
const XSS_NAME = "<img src=x onerror=alert(1)>";

describe("importing a coordinator's files", () => {
  test("the mapping step shows what was detected and lets the user change it", async () => {
    const page = await open();
    await upload(page, REGISTRY_FILE, INTERACTIONS_FILE);

    const registry = card(page, REGISTRY_FILE);
    await registry.waitFor();
    await expect(registry.textContent()).resolves.toMatch(
      /Detected: People registry.*semicolon-separated.*UTF-8 with BOM/,
    );
    await expect(card(page, INTERACTIONS_FILE).textContent()).resolves.toMatch(
      /Detected: Interactions.*comma-separated/,
    );
    // The preview shows the file's first rows, as text.
    await expect(registry.locator("tbody tr").first().textContent()).resolves.toContain("Lucía Fernández");
    await expect(registry.locator("select[data-field=email]").inputValue()).resolves.toBe("2");
    await page.screenshot({ path: artifact("mapping.png"), fullPage: true });

    // Calling the registry an attendance file leaves required fields unmapped: Import waits.
    const importButton = page.getByRole("button", { name: "Import", exact: true });
    await registry.getByTestId("kind-select").selectOption("attendance");
    await expect(registry.getByRole("status").textContent()).resolves.toMatch(/Still needed/);
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await registry.getByTestId("kind-select").selectOption("people");
    await expect(importButton.isEnabled()).resolves.toBe(true);
    await page.close();
  });

  test("rejected rows are reported with their line numbers and can be downloaded", async () => {
    const page = await open();
    await upload(page, REGISTRY_FILE, INTERACTIONS_FILE);
    await page.getByRole("button", { name: "Import", exact: true }).click();

    const report = page.getByTestId("import-report");
    await report.waitFor();
    const summary = page.getByTestId("file-summary");
    for (const [file, rows, rejected] of [
      [INTERACTIONS_FILE, INTERACTION_DATA_ROWS, REJECTED_INTERACTIONS.length],
      [REGISTRY_FILE, REGISTRY_DATA_ROWS, REJECTED_REGISTRY.length],
    ] as const) {
      const row = summary.locator(`tr[data-file="${file}"]`);
      const read = Number(await row.locator("[data-col=read]").textContent());
      const accepted = Number(await row.locator("[data-col=accepted]").textContent());
      const rejectedShown = Number(await row.locator("[data-col=rejected]").textContent());
      expect(read).toBe(rows);
      expect(rejectedShown).toBe(rejected);
      expect(accepted + rejectedShown).toBe(read);
    }

    const tables = page.getByTestId("rejected-rows");
    const interactionRows = tables.filter({ hasText: INTERACTIONS_FILE }).locator("tbody tr");
    const shown = await interactionRows.evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? "")),
    );
    expect(shown.map((cells) => Number(cells[0]))).toEqual(REJECTED_INTERACTIONS.map(([line]) => line));
    REJECTED_INTERACTIONS.forEach(([, reason], i) => expect(shown[i]?.[1]).toMatch(reason));
    const registryRows = await tables
      .filter({ hasText: REGISTRY_FILE })
      .locator("tbody tr td:first-child")
      .allTextContents();
    expect(registryRows.map(Number)).toEqual(REJECTED_REGISTRY.map(([line]) => line));

    // The unregistered person is listed with the registry entry they probably are.
    const unregistered = page.getByTestId("unregistered");
    await expect(unregistered.textContent()).resolves.toMatch(/Ana Maria Lopes.*Ana Maria Lopez/);
    await page.screenshot({ path: artifact("import-report.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      tables
        .filter({ hasText: INTERACTIONS_FILE })
        .getByRole("button", { name: "Download rejected rows (CSV)" })
        .click(),
    ]);
    const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^line,reason,source,target,date,type,weight$/);
    expect(lines.slice(1).map((line) => Number(line.split(",")[0]))).toEqual(
      REJECTED_INTERACTIONS.map(([line]) => line),
    );
    await page.close();
  });

  test("imported text is shown as text, never run", async () => {
    const page = await open();
    await upload(page, REGISTRY_FILE, INTERACTIONS_FILE);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("tab", { name: /Network/ }).click();

    await page.getByTestId("search-input").fill("onerror");
    await page.getByTestId("search-results").getByRole("button").first().click();
    const panel = page.getByTestId("person-panel");
    await expect(panel.getByRole("heading", { level: 2 }).textContent()).resolves.toBe(XSS_NAME);
    await expect(panel.textContent()).resolves.toContain('=HYPERLINK("http://example.com")');
    expect(await page.locator("img").count()).toBe(0);
    await page.waitForTimeout(800);
    await page.screenshot({ path: artifact("imported-network.png") });
    await page.close();
  });

  test("a file that is not a table gets one clear message and the app keeps working", async () => {
    const page = await open();
    await upload(page, "not-a-table.png", "empty.csv");

    await page.getByTestId("file-failures").waitFor();
    const failures = page.getByTestId("file-failures").getByRole("alert");
    await expect(failures.count()).resolves.toBe(2);
    await expect(failures.nth(0).textContent()).resolves.toMatch(
      /not-a-table\.png.*not look like a table.*PNG/,
    );
    await expect(failures.nth(1).textContent()).resolves.toMatch(/empty\.csv.*empty/);
    expect(await page.getByRole("button", { name: "Import", exact: true }).count()).toBe(0);
    await page.screenshot({ path: artifact("not-a-table.png") });

    await page.getByRole("button", { name: "Choose other files" }).click();
    await page.getByRole("button", { name: "Load sample community" }).click();
    await page.getByTestId("count-people").waitFor({ timeout: 60_000 });
    await page.close();
  });

  test("a large file shows a progress bar while it is read", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "weaver-large-"));
    const file = path.join(dir, "large-interactions.csv");
    const { text, people } = largeInteractions(80_000, 2_000);
    await writeFile(file, text);
    try {
      const page = await open();
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await page.getByTestId("progress").waitFor({ timeout: 30_000 });
      await page.screenshot({ path: artifact("progress.png") });
      const counter = page.getByTestId("count-people");
      await counter.waitFor({ timeout: 90_000 });
      expect(Number(await counter.getAttribute("data-value"))).toBe(people);
      await page.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("no console errors and no request to any other origin", () => {
    expectCleanSession(harness, logs);
  });
});

/** A seeded interactions file: `rows` rows among `size` people, and how many distinct people it names. */
function largeInteractions(rows: number, size: number): { text: string; people: number } {
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const named = new Set<number>();
  const lines = ["source,target,date,type,weight"];
  for (let i = 0; i < rows; i++) {
    const a = Math.floor(random() * size);
    const b = (a + 1 + Math.floor(random() * (size - 1))) % size;
    named.add(a).add(b);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    lines.push(`Person ${a},Person ${b},2024-${month}-15,meeting,1`);
  }
  return { text: lines.join("\n"), people: named.size };
}
