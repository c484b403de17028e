/**
 * Real exports in Chromium: Zoom participant reports and a Slack export are recognised from
 * their content, shown as "Detected: …" with no column mapping, and give the network the CLI
 * gives for the same files; the identity panel lists the merges and a split rebuilds the
 * network; a kind of contact left out rebuilds it without those ties.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildNetwork } from "../../src/graph/buildNetwork";
import { applyChannelWeightsToDataset } from "../../src/ingest/adapters";
import { importBytes } from "../../src/ingest/importFile";
import type { Dataset } from "../../src/model/types";
import { openFresh } from "./freshPage";
import { expectCleanSession, runCli } from "./session";
import { artifact, ROOT, startHarness, type Harness, type PageLog } from "./harness";

const FIXTURES = path.join(ROOT, "test", "fixtures");
const ZOOM = [
  "participants_85212345678.csv",
  "participants_85212345678_unique_users.csv",
  "participants_86098765432.csv",
].map((name) => path.join(FIXTURES, "zoom", name));
const SLACK = path.join(FIXTURES, "slack", "community-export.zip");

let harness: Harness;
let dir: string;
const logs: PageLog[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "weaver-adapters-"));
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** `weaver analyze --json` in Node on the same files: how many people and ties. */
function cliSummary(args: string[]): { people: number; ties: number } {
  const { people, ties } = runCli<{ summary: { people: number; ties: number } }>(args).summary;
  return { people, ties };
}

async function upload(files: string[]): Promise<Page> {
  const { page, log } = await openFresh(harness);
  logs.push(log);
  await page.getByTestId("file-input").setInputFiles(files);
  await page.getByTestId("detected-summary").waitFor({ timeout: 30_000 });
  return page;
}

async function importAndCount(page: Page): Promise<{ people: number; ties: number }> {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByTestId("count-people").waitFor({ timeout: 30_000 });
  return counts(page);
}

async function counts(page: Page): Promise<{ people: number; ties: number }> {
  return {
    people: Number(await page.getByTestId("count-people").getAttribute("data-value")),
    ties: Number(await page.getByTestId("count-ties").getAttribute("data-value")),
  };
}

async function waitForPeople(page: Page, people: number): Promise<void> {
  await page.locator(`[data-testid="count-people"][data-value="${people}"]`).waitFor({ timeout: 30_000 });
}

describe("meeting reports", () => {
  test("three Zoom reports are detected as three meetings and need no column mapping", async () => {
    const page = await upload(ZOOM);
    await expect(page.getByTestId("detected-summary").locator("li").allTextContents()).resolves.toEqual([
      "Detected: Zoom participants report, 3 meetings, 7 people",
    ]);
    await expect(page.getByTestId("detected-file").count()).resolves.toBe(3);
    await expect(page.locator(".mapping-card:not(.detected-card)").count()).resolves.toBe(0);
    await expect(page.getByTestId("kind-select").count()).resolves.toBe(0);
    await expect(page.getByTestId("detected-file-line").first().textContent()).resolves.toMatch(
      /^Detected: Zoom participants report, 1 meeting, \d+ people$/,
    );
    await page.screenshot({ path: artifact("adapters-zoom-detected.png"), fullPage: true });

    const expected = cliSummary(ZOOM.flatMap((file) => ["--attendance", file]));
    await expect(importAndCount(page)).resolves.toEqual(expected);
    await page.getByRole("tab", { name: /Import report/ }).click();
    await expect(page.getByTestId("detected-summary").textContent()).resolves.toContain(
      "Zoom participants report, 3 meetings, 7 people",
    );
    // The rows a report could not use are listed with their lines, like any file's.
    const summary = page.getByTestId("file-summary");
    await expect(
      summary.locator(`tr[data-file="participants_86098765432.csv"] [data-col=rejected]`).textContent(),
    ).resolves.toBe("2");
    await page.close();
  });

  test("the identity panel lists how spellings were joined; Confirm, Split and Undo rebuild the network", async () => {
    // A registry beside the reports: Carlos Vega is registered with another e-mail, so the
    // reports' "Vega, Carlos" joined him by name.
    const registry = path.join(dir, "people.csv");
    await writeFile(
      registry,
      [
        "id,name,email,sector",
        'P1,"López, Ana María",ana.lopez@example.org,Social NGO',
        "P2,Marta Ruiz,,National federation",
        "P3,Carlos Vega,cvega@onu.org,UN agency",
      ].join("\n"),
    );
    const page = await upload([registry, ...ZOOM]);
    await expect(
      page.locator('.mapping-card[data-file="people.csv"]').getByTestId("kind-select").inputValue(),
    ).resolves.toBe("people");
    const before = await importAndCount(page);
    expect(before).toEqual(
      cliSummary(["--people", registry, ...ZOOM.flatMap((file) => ["--attendance", file])]),
    );
    await page.getByRole("tab", { name: /Import report/ }).click();
    const panel = page.getByTestId("identity-panel");
    const carlos = panel.locator('[data-testid="identity-merge"][data-key="P3"]');
    await expect(carlos.locator('[data-ref="Vega, Carlos"]').textContent()).resolves.toMatch(
      /^“Vega, Carlos” \(carlos\.vega@onu\.org\): same name/,
    );
    const ana = panel.locator('[data-testid="identity-merge"][data-key="P1"]');
    await expect(ana.locator('[data-ref="Ana L"]').textContent()).resolves.toContain(
      "renamed in the meeting report",
    );
    await expect(ana.locator('[data-ref="Ana María López"]').textContent()).resolves.toContain("same e-mail");
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("adapters-identity.png") });

    // Confirming changes nothing in the network; the spelling is marked as checked.
    const marta = panel.locator('[data-testid="identity-merge"][data-key="P2"] [data-ref="Marta Ruiz"]');
    await marta.getByRole("button", { name: "Confirm" }).click();
    await marta.locator(".badge").waitFor({ timeout: 30_000 });
    await expect(counts(page)).resolves.toEqual(before);

    // "Vega, Carlos" is not P3: one more person, and the view stays on the report.
    await carlos.locator('[data-ref="Vega, Carlos"]').getByRole("button", { name: "Split" }).click();
    await waitForPeople(page, before.people + 1);
    await expect(
      page.getByRole("tab", { name: /Import report/ }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
    const decisions = page.getByTestId("identity-decisions");
    await expect(decisions.locator("li").allTextContents()).resolves.toEqual([
      "“Vega, Carlos” is not Carlos Vega Undo",
      "“Marta Ruiz” is Marta Ruiz (checked) Undo",
    ]);
    // The analysis follows the rebuilt network.
    await page.locator('[data-testid="analysis-status"][data-status="done"]').waitFor({ timeout: 60_000 });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("adapters-identity-split.png") });

    await decisions.locator("li").first().getByRole("button", { name: "Undo" }).click();
    await waitForPeople(page, before.people);
    await page.close();
  });
});

/** The Slack export's records in Node, built as the app builds them with these channel settings. */
function slackTies(settings: Parameters<typeof applyChannelWeightsToDataset>[1]): number {
  const outcome = importBytes(new Uint8Array(readFileSync(SLACK)), path.basename(SLACK));
  if (!outcome.ok) throw new Error(outcome.message);
  const dataset: Dataset = {
    people: outcome.people,
    interactions: outcome.interactions,
    attendance: outcome.attendance,
  };
  return buildNetwork(applyChannelWeightsToDataset(dataset, settings)).graph.size;
}

describe("a Slack export", () => {
  test("the .zip is detected, read, and its kinds of contact can be left out", async () => {
    const page = await upload([SLACK]);
    await expect(page.getByTestId("detected-summary").locator("li").allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Detected: Slack export, 3 channels, \d+ people, 13 messages$/),
    ]);
    await page.screenshot({ path: artifact("adapters-slack-detected.png"), fullPage: true });
    const expected = cliSummary(["--slack", SLACK]);
    await expect(importAndCount(page)).resolves.toEqual(expected);

    await page.getByRole("tab", { name: /Import report/ }).click();
    const channels = page.getByTestId("channels-panel");
    const rows = await channels
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute("data-channel"), tr.querySelector("td")?.textContent]),
      );
    expect(rows).toEqual([
      ["message", "2"],
      ["reply", "3"],
      ["mention", "6"],
    ]);
    const rebuild = channels.getByRole("button", { name: "Rebuild the network" });
    await expect(rebuild.isDisabled()).resolves.toBe(true);

    // A weight that is not a number is refused with a message.
    await channels.getByLabel("Weight of Replies in chat threads").fill("lots");
    await expect(channels.getByRole("alert").textContent()).resolves.toMatch(
      /Replies in chat threads: the weight must be a number/,
    );
    await expect(rebuild.isDisabled()).resolves.toBe(true);
    await channels.getByLabel("Weight of Replies in chat threads").fill("2");

    // Mentions left out: the ties only mentions made are gone.
    await channels.getByLabel("Include Mentions (@name)").uncheck();
    await rebuild.click();
    const ties = slackTies({ excluded: ["mention"], reply: 2 });
    expect(ties).toBeLessThan(expected.ties);
    await page.locator(`[data-testid="count-ties"][data-value="${ties}"]`).waitFor({ timeout: 30_000 });
    await expect(channels.getByLabel("Include Mentions (@name)").isChecked()).resolves.toBe(false);
    await page.screenshot({ path: artifact("adapters-slack-channels.png"), fullPage: true });
    await page.close();
  });
});

describe("the whole session", () => {
  test("no console errors and no request beyond the app's own origin", () => {
    expectCleanSession(harness, logs);
  });
});
