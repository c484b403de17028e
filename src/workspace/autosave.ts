/**
 * Saving as the user works without saving on every keystroke: `schedule` keeps only the latest
 * workspace and saves it once the user has paused for `delayMs`; saves never overlap (one that
 * comes due while another is being written waits for it), and `flush` writes what is pending at
 * once, for "pagehide" or before "New workspace". A failed save is handed to `onError` every time,
 * so a full quota is reported, never lost; the workspace stays pending until a save succeeds.
 */
import type { Workspace } from "./schema";
import type { WorkspaceStore } from "./store";

export interface AutosaveOptions {
  /** Quiet time before a save, in ms (default 1000). */
  delayMs?: number;
  /** Called with each failed save's error (a StorageQuotaError when the quota is used up). */
  onError: (error: unknown) => void;
  /** Called after each successful save with the workspace written. */
  onSaved?: (workspace: Workspace) => void;
}

export interface Autosave {
  /** Saves this workspace after the quiet time, replacing any workspace still waiting. */
  schedule(workspace: Workspace): void;
  /** Saves the waiting workspace now; resolves when it is stored, rejects with the save's error. */
  flush(): Promise<void>;
  /** Forgets the waiting workspace (before clearing the store). */
  cancel(): void;
  /** True while a workspace waits or is being written. */
  readonly pending: boolean;
}

export function createAutosave(store: Pick<WorkspaceStore, "save">, options: AutosaveOptions): Autosave {
  const delay = options.delayMs ?? 1000;
  let waiting: Workspace | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let busy = false;

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** Writes the waiting workspace after any write in progress; rejects when that save fails. */
  const write = (): Promise<void> => {
    stopTimer();
    const next = writing.then(async () => {
      const workspace = waiting;
      if (!workspace) return;
      busy = true;
      try {
        await store.save(workspace);
        if (waiting === workspace) waiting = null;
        options.onSaved?.(workspace);
      } catch (error) {
        options.onError(error);
        throw error;
      } finally {
        busy = false;
      }
    });
    writing = next.catch(() => {});
    return next;
  };

  return {
    schedule(workspace) {
      waiting = workspace;
      stopTimer();
      timer = setTimeout(() => void write().catch(() => {}), delay);
    },
    flush: write,
    cancel() {
      stopTimer();
      waiting = null;
    },
    get pending() {
      return waiting !== null || busy;
    },
  };
}
