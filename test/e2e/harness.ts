/**
 * Browser test harness: serves the built app (dist/) with Vite's preview server on a
 * free port of 127.0.0.1 and drives Debian's Chromium through playwright-core. Every
 * page it opens records console errors, uncaught exceptions and the URL of every
 * request, so tests can assert that nothing failed and nothing left the origin.
 */
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const FIXTURES = path.join(import.meta.dirname, "fixtures");
export const SAMPLE_DATA = path.join(ROOT, "sample-data");

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Software WebGL for sigma, asked for explicitly: Chromium is retiring its automatic fallback to SwiftShader.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export interface PageLog {
  consoleErrors: string[];
  requests: string[];
}

export interface Harness {
  origin: string;
  context: BrowserContext;
  /** A fresh tab on the app with its own log; `path` may carry a query such as "/?sample". */
  open(path?: string): Promise<{ page: Page; log: PageLog }>;
  /** Every request URL made by any page of this harness. */
  allRequests(): string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(path.join(ROOT, "dist", "index.html"))) {
    throw new Error(
      "dist/ is missing: the browser tests run against the built app, run `npx vite build` first",
    );
  }
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: "silent",
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  const origin = `http://127.0.0.1:${address.port}`;

  const userDataDir = await mkdtemp(path.join(tmpdir(), "weaver-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await mkdir(ARTIFACTS, { recursive: true });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));

  return {
    origin,
    context,
    async open(pathAndQuery = "/") {
      const page = await context.newPage();
      const log: PageLog = { consoleErrors: [], requests: [] };
      page.on("console", (message) => {
        if (message.type() === "error") log.consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => log.consoleErrors.push(`uncaught: ${error.message}`));
      page.on("worker", (worker) =>
        worker.on("console", (message) => {
          if (message.type() === "error") log.consoleErrors.push(`worker: ${message.text()}`);
        }),
      );
      page.on("request", (request) => log.requests.push(request.url()));
      page.on("dialog", (dialog) => {
        log.consoleErrors.push(`unexpected dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(origin + pathAndQuery);
      return { page, log };
    },
    allRequests: () => [...requests],
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Requests that went anywhere but the app's own origin (blob: and data: URLs never leave the browser). */
export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url));
}

export function artifact(name: string): string {
  return path.join(ARTIFACTS, name);
}
