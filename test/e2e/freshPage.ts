import type { Page } from "playwright-core";
import type { Harness, PageLog } from "./harness";

/**
 * A tab on the app's start screen with nothing kept from earlier tests: the app brings back
 * the last workspace from IndexedDB, and the harness's browser profile lives as long as a test
 * file, so the stored workspaces are deleted and the page loaded again before a test uploads.
 */
export async function openFresh(harness: Harness): Promise<{ page: Page; log: PageLog }> {
  const opened = await harness.open("/");
  await opened.page.evaluate(async () => {
    const databases = await indexedDB.databases();
    await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise<void>((resolve) => {
            if (!name) return resolve();
            const request = indexedDB.deleteDatabase(name);
            // Blocked by this page's own connection: the deletion completes once the page reloads.
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
    );
  });
  await opened.page.reload();
  await opened.page.getByTestId("file-input").waitFor({ state: "attached" });
  return opened;
}
