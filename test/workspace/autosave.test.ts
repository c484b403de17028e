import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosave, newWorkspace, StorageQuotaError, type Workspace } from "../../src/workspace";

/** A store that keeps what it is given in memory, can be made to fail, and whose writes take time. */
class MemoryStore {
  saved: Workspace[] = [];
  failWith: Error | null = null;
  writing = 0;
  maxWriting = 0;
  async save(workspace: Workspace): Promise<void> {
    this.writing++;
    this.maxWriting = Math.max(this.maxWriting, this.writing);
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.writing--;
    if (this.failWith) throw this.failWith;
    this.saved.push(workspace);
  }
}

const version = (n: number): Workspace => ({ ...newWorkspace(), name: `v${n}` });

describe("createAutosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once the user pauses, only the latest workspace", async () => {
    const store = new MemoryStore();
    const autosave = createAutosave(store, { delayMs: 1000, onError: () => {} });
    for (let n = 1; n <= 5; n++) {
      autosave.schedule(version(n));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(store.saved).toEqual([]);
    expect(autosave.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(1100);
    expect(store.saved.map((w) => w.name)).toEqual(["v5"]);
    expect(autosave.pending).toBe(false);
  });

  it("never writes two saves at once, and writes what changed during a save afterwards", async () => {
    const store = new MemoryStore();
    const autosave = createAutosave(store, { delayMs: 10, onError: () => {} });
    autosave.schedule(version(1));
    await vi.advanceTimersByTimeAsync(20); // v1 is being written
    autosave.schedule(version(2));
    await vi.advanceTimersByTimeAsync(20); // v2 comes due while v1 is still being written
    await vi.advanceTimersByTimeAsync(200);
    expect(store.saved.map((w) => w.name)).toEqual(["v1", "v2"]);
    expect(store.maxWriting).toBe(1);
  });

  it("flushes at once on request", async () => {
    const store = new MemoryStore();
    const autosave = createAutosave(store, { delayMs: 60_000, onError: () => {} });
    autosave.schedule(version(7));
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(60);
    await flushed;
    expect(store.saved.map((w) => w.name)).toEqual(["v7"]);
  });

  it("reports every failed save, keeps the workspace waiting, and saves it once storage works again", async () => {
    const store = new MemoryStore();
    store.failWith = new StorageQuotaError(12_000_000);
    const errors: unknown[] = [];
    const autosave = createAutosave(store, { delayMs: 10, onError: (e) => errors.push(e) });
    autosave.schedule(version(1));
    await vi.advanceTimersByTimeAsync(100);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(StorageQuotaError);
    expect(autosave.pending).toBe(true);
    const flushed = autosave.flush();
    const rejected = expect(flushed).rejects.toBeInstanceOf(StorageQuotaError);
    await vi.advanceTimersByTimeAsync(100);
    await rejected;
    expect(errors).toHaveLength(2);
    store.failWith = null;
    const retried = autosave.flush();
    await vi.advanceTimersByTimeAsync(100);
    await retried;
    expect(store.saved.map((w) => w.name)).toEqual(["v1"]);
    expect(autosave.pending).toBe(false);
  });

  it("forgets a waiting workspace when cancelled", async () => {
    const store = new MemoryStore();
    const autosave = createAutosave(store, { delayMs: 10, onError: () => {} });
    autosave.schedule(version(1));
    autosave.cancel();
    await vi.advanceTimersByTimeAsync(200);
    expect(store.saved).toEqual([]);
    expect(autosave.pending).toBe(false);
  });
});
