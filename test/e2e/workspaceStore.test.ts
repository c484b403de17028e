/**
 * The workspace store against Chromium's real IndexedDB. fake-indexeddb is not installed, so the
 * store (src/workspace) is bundled with esbuild (already in node_modules through tsx and vite)
 * and evaluated in a page of the app's origin: a static file, so that no app code runs beside it
 * and its own database (a separate name) is never touched. A quota failure is produced with the
 * DevTools protocol's Storage.overrideQuotaForOrigin, as a full disk or a small quota would.
 */
import { build } from "esbuild";
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateInteractions } from "../../bench/import.bench";
import { serializeWorkspace } from "../../src/workspace";
import { sample } from "../workspace/sampleWorkspace";
import { ROOT, startHarness, type Harness } from "./harness";

type WorkspaceApi = typeof import("../../src/workspace");
const DB = "weaver-e2e-store";

let harness: Harness;
let bundle: string;

beforeAll(async () => {
  harness = await startHarness();
  const output = await build({
    stdin: {
      contents: 'import * as w from "./src/workspace/index"; (globalThis as any).weaverWorkspace = w;',
      resolveDir: ROOT,
      loader: "ts",
      sourcefile: "workspace-entry.ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  // Functions handed to page.evaluate may carry the `__name` helper of the test's own transform.
  bundle = `globalThis.__name = globalThis.__name || ((f) => f);\n${output.outputFiles[0]!.text}`;
});

afterAll(async () => {
  await harness?.close();
});

async function openPage(): Promise<Page> {
  const { page } = await harness.open("/favicon.svg");
  await page.evaluate(bundle);
  return page;
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.evaluate(bundle);
}

/** The workspace kept in the page's store, written out again (null when none, the message when refused). */
function loadText(page: Page): Promise<string | null> {
  return page.evaluate(async (name) => {
    const w = (globalThis as unknown as { weaverWorkspace: WorkspaceApi }).weaverWorkspace;
    const store = await w.openWorkspaceStore(indexedDB, { name });
    const result = await store.load();
    store.close();
    if (result === null) return null;
    return result.ok ? w.serializeWorkspace(result.workspace) : `refused: ${result.message}`;
  }, DB);
}

/** Saves the workspace written in `text`; resolves to the error's name and message when the save fails. */
function saveText(
  page: Page,
  text: string,
): Promise<{ name: string; message: string; quota: boolean } | null> {
  return page.evaluate(
    async ([name, text]) => {
      const w = (globalThis as unknown as { weaverWorkspace: WorkspaceApi }).weaverWorkspace;
      const opened = w.parseWorkspace(text!);
      if (!opened.ok) throw new Error(opened.message);
      const store = await w.openWorkspaceStore(indexedDB, { name });
      try {
        await store.save(opened.workspace);
        return null;
      } catch (error) {
        const e = error as Error;
        return { name: e.name, message: e.message, quota: error instanceof w.StorageQuotaError };
      } finally {
        store.close();
      }
    },
    [DB, text],
  );
}

function clear(page: Page): Promise<void> {
  return page.evaluate(async (name) => {
    const w = (globalThis as unknown as { weaverWorkspace: WorkspaceApi }).weaverWorkspace;
    const store = await w.openWorkspaceStore(indexedDB, { name });
    await store.clear();
    store.close();
  }, DB);
}

/** Keys of the raw "files" store, read with plain IndexedDB. */
function fileKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction("files").objectStore("files").getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve((keys.result as string[]).sort());
          };
        };
      }),
    DB,
  );
}

/** Writes `value` straight into a raw store under `key`, as damage or another program might. */
function writeRaw(page: Page, store: "meta" | "files", key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([name, store, key, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name as string);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store as string, "readwrite");
          if (value === undefined) tx.objectStore(store as string).delete(key as string);
          else tx.objectStore(store as string).put(value, key as string);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    [DB, store, key, value] as const,
  );
}

const sampleText = () => serializeWorkspace(sample().workspace);

/** A parsed document, edited freely as a damaged or hand-made file would be. */
type JsonDoc = ReturnType<typeof JSON.parse>;

function edit(text: string, change: (doc: JsonDoc) => void): string {
  const doc = JSON.parse(text);
  change(doc);
  return JSON.stringify(doc);
}

describe("workspace store in Chromium's IndexedDB", () => {
  test("a saved workspace comes back exactly after a reload, and clear forgets it", async () => {
    const page = await openPage();
    await clear(page);
    expect(await loadText(page)).toBeNull();
    const text = edit(sampleText(), (d) => {
      d.layout.positions = [
        ["P001", 1.5, -2],
        ["P002", 0, 3],
      ];
      d.settings.view.selectedPerson = "P002";
    });
    expect(await saveText(page, text)).toBeNull();
    await reload(page);
    expect(await loadText(page)).toBe(serializeWorkspace(JSON.parse(text)));
    expect(await fileKeys(page)).toEqual(["attendance", "interactions", "people"]);
    await clear(page);
    await reload(page);
    expect(await loadText(page)).toBeNull();
    expect(await fileKeys(page)).toEqual([]);
    await page.close();
  });

  test("keeps only the files of the current workspace, and notices a changed file under the same id", async () => {
    const page = await openPage();
    await clear(page);
    const text = sampleText();
    expect(await saveText(page, text)).toBeNull();
    const fewer = edit(text, (d) => (d.files = d.files.filter((f: { id: string }) => f.id !== "attendance")));
    expect(await saveText(page, fewer)).toBeNull();
    expect(await fileKeys(page)).toEqual(["interactions", "people"]);
    // A new page (a new store that has written nothing yet) saving other content under an old id.
    await reload(page);
    const replaced = edit(fewer, (d) => {
      d.files[0].content = { text: "id,name\nX1,Xiomara\n" };
      d.files[0].byteLength = 19;
    });
    expect(await saveText(page, replaced)).toBeNull();
    expect(await loadText(page)).toBe(serializeWorkspace(JSON.parse(replaced)));
    await page.close();
  });

  test("one store saving as the user works writes each change, including new content under an old id", async () => {
    const page = await openPage();
    await clear(page);
    const base = sampleText();
    const changed = edit(base, (d) => {
      d.files[0].content = { text: "id,name\nX1,Xiomara\n" };
      d.files[0].byteLength = 19;
      d.name = "second save";
    });
    const loaded = await page.evaluate(
      async ([name, first, second]) => {
        const w = (globalThis as unknown as { weaverWorkspace: WorkspaceApi }).weaverWorkspace;
        const read = (text: string) => {
          const opened = w.parseWorkspace(text);
          if (!opened.ok) throw new Error(opened.message);
          return opened.workspace;
        };
        const store = await w.openWorkspaceStore(indexedDB, { name });
        await store.save(read(first!));
        await store.save(read(first!));
        await store.save(read(second!));
        const result = await store.load();
        store.close();
        return result?.ok ? w.serializeWorkspace(result.workspace) : String(result && result.message);
      },
      [DB, base, changed],
    );
    expect(loaded).toBe(serializeWorkspace(JSON.parse(changed)));
    await page.close();
  });

  test("a damaged record is refused with a message, never half-read", async () => {
    const page = await openPage();
    await clear(page);
    expect(await saveText(page, sampleText())).toBeNull();
    await writeRaw(page, "files", "people", undefined);
    expect(await loadText(page)).toMatch(
      /^refused: .*damaged.*files\[0\] \("people.csv"\)\.content should be an object/,
    );
    await writeRaw(page, "meta", "current", "not a workspace");
    expect(await loadText(page)).toMatch(/^refused: This file is not a Weaver workspace/);
    await page.close();
  });

  describe("when the quota is used up", () => {
    let page: Page;
    let cdp: CDPSession;

    beforeAll(async () => {
      page = await openPage();
      cdp = await harness.context.newCDPSession(page);
    });

    afterAll(async () => {
      await cdp.send("Storage.overrideQuotaForOrigin", { origin: harness.origin });
      await page.close();
    });

    test("the save fails with a StorageQuotaError in plain words and the previous save stays whole", async () => {
      // Chromium reads an origin's quota when its IndexedDB is first opened: start from no data.
      await cdp.send("Storage.clearDataForOrigin", { origin: harness.origin, storageTypes: "indexeddb" });
      await cdp.send("Storage.overrideQuotaForOrigin", { origin: harness.origin, quotaSize: 2_000_000 });
      const small = sampleText();
      expect(await saveText(page, small)).toBeNull();
      // 3 MB that no compression can shrink.
      const noise = Array.from({ length: 3_000_000 / 8 }, (_, i) =>
        ((i * 2654435761) >>> 0).toString(36).padStart(8, "0").slice(-8),
      ).join("");
      const big = edit(small, (d) => {
        d.files.push({
          ...d.files[0],
          id: "big",
          fileName: "big.csv",
          byteLength: noise.length,
          content: { text: noise },
        });
      });
      const failure = await saveText(page, big);
      expect(failure).toMatchObject({ name: "StorageQuotaError", quota: true });
      expect(failure!.message).toMatch(
        /^The browser has no room left to keep this workspace \(about 3\.\d MB\)/,
      );
      expect(failure!.message).toContain("Save workspace");
      expect(await loadText(page)).toBe(serializeWorkspace(JSON.parse(small)));
      expect(await fileKeys(page)).toEqual(["attendance", "interactions", "people"]);

      await cdp.send("Storage.clearDataForOrigin", { origin: harness.origin, storageTypes: "indexeddb" });
      await cdp.send("Storage.overrideQuotaForOrigin", { origin: harness.origin });
      expect(await saveText(page, big)).toBeNull();
      expect(await fileKeys(page)).toEqual(["attendance", "big", "interactions", "people"]);
    });
  });

  test("autosave with the real store keeps the latest of many quick changes", async () => {
    const page = await openPage();
    await clear(page);
    const saves = await page.evaluate(
      async ([name, text]) => {
        const w = (globalThis as unknown as { weaverWorkspace: WorkspaceApi }).weaverWorkspace;
        const opened = w.parseWorkspace(text!);
        if (!opened.ok) throw new Error(opened.message);
        const store = await w.openWorkspaceStore(indexedDB, { name });
        let count = 0;
        const autosave = w.createAutosave(store, {
          delayMs: 30,
          onError: (e) => console.error(e),
          onSaved: () => count++,
        });
        for (let k = 0; k < 20; k++) {
          autosave.schedule({ ...opened.workspace, name: `edit ${k}` });
          await new Promise((r) => setTimeout(r, 5));
        }
        await autosave.flush();
        store.close();
        return count;
      },
      [DB, sampleText()],
    );
    expect(saves).toBeLessThan(5);
    expect(JSON.parse((await loadText(page))!).name).toBe("edit 19");
    await page.close();
  });

  test("a workspace holding a 200,000-row file saves and loads (times logged, not asserted)", async () => {
    const page = await openPage();
    await clear(page);
    const csv = generateInteractions(200_000);
    const text = edit(sampleText(), (d) => {
      d.files.push({
        ...d.files[1],
        id: "large",
        fileName: "large-interactions.csv",
        byteLength: Buffer.byteLength(csv),
        content: { text: csv },
      });
    });
    const timing = await page.evaluate(
      async ([name, text]) => {
        const w = (globalThis as unknown as { weaverWorkspace: WorkspaceApi }).weaverWorkspace;
        const t0 = performance.now();
        const opened = w.parseWorkspace(text!);
        if (!opened.ok) throw new Error(opened.message);
        const t1 = performance.now();
        const store = await w.openWorkspaceStore(indexedDB, { name });
        await store.save(opened.workspace);
        const t2 = performance.now();
        await store.save({ ...opened.workspace, name: "moved a node" });
        const t3 = performance.now();
        store.close();
        const again = await w.openWorkspaceStore(indexedDB, { name });
        const loaded = await again.load();
        const t4 = performance.now();
        again.close();
        const large = loaded?.ok ? loaded.workspace.files.find((f) => f.id === "large") : undefined;
        return {
          parseMs: t1 - t0,
          firstSaveMs: t2 - t1,
          settingsSaveMs: t3 - t2,
          loadMs: t4 - t3,
          chars: large && "text" in large.content ? large.content.text.length : -1,
        };
      },
      [DB, text],
    );
    console.log(`workspace with a 200,000-row file (${(text.length / 1e6).toFixed(1)} MB):`, timing);
    expect(timing.chars).toBe(csv.length);
    await clear(page);
    await page.close();
  });
});
