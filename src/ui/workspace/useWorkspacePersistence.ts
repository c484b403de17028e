/**
 * Never lose work: the workspace is kept in IndexedDB as the user works (debounced, flushed when
 * the page is hidden), brought back on the next visit, saved to and opened from a JSON file, and
 * cleared on "New workspace". Storage failures (a full quota above all) are shown, never swallowed.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  createAutosave,
  openWorkspaceStore,
  serializeWorkspace,
  workspaceFileName,
  type Autosave,
  type ReadResult,
  type WorkspaceStore,
} from "../../workspace";
import { downloadText } from "../common/download";
import { useAppDispatch, useAppState } from "../state/AppContext";
import { importClient } from "../state/useImportFlow";
import { restoreWorkspace } from "./restoreWorkspace";
import { toWorkspace } from "./toWorkspace";
import { currentSession, subscribeSession } from "./sessionMemory";
import { useWorkspaceFiles } from "./workspaceFiles";

export interface WorkspacePersistence {
  /** True once a network built from kept files is loaded. */
  canSave: boolean;
  saveFile(): void;
  openFile(file: File): Promise<void>;
  clearAll(): Promise<void>;
  /** A storage problem the user should know about (quota, private window). */
  notice: string | null;
  dismissNotice(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `demo`: the page was opened on the sample by its link (?sample). Such a tab neither restores nor
 * autosaves, so following the link never replaces the work kept in this browser.
 */
export function useWorkspacePersistence(demo: boolean): WorkspacePersistence {
  const state = useAppState();
  const dispatch = useAppDispatch();
  const files = useWorkspaceFiles();
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const storeRef = useRef<WorkspaceStore | null>(null);
  const autosaveRef = useRef<Autosave | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const store = await openWorkspaceStore(window.indexedDB);
        storeRef.current = store;
        autosaveRef.current = createAutosave(store, { onError: (error) => setNotice(messageOf(error)) });
        const loaded = demo ? null : await store.load();
        if (loaded && !loaded.ok) setNotice(loaded.message);
        else if (loaded?.ok && loaded.workspace.files.length > 0)
          await restoreWorkspace(dispatch, loaded.workspace);
      } catch (error) {
        dispatch({ type: "failed", message: messageOf(error) });
      } finally {
        setReady(true);
      }
    })();
  }, [dispatch, demo]);

  const { network, community, pseudonymSecret } = state;
  const screen = state.screen;
  // Read from the session store when called, not subscribed to in render: a pan or a filter
  // click then schedules a save without re-rendering the whole app.
  const current = useCallback(() => {
    if (!network || files.length === 0) return null;
    const session = currentSession();
    // The open view of the network screen, or the screen itself (start, mapping) when it is not shown.
    const view = { ...session.view, screen: screen === "network" ? session.view.screen : screen };
    return toWorkspace({ community, pseudonymSecret }, network.origin, files, { ...session, view });
  }, [network, files, community, pseudonymSecret, screen]);

  useEffect(() => {
    if (!ready || demo) return;
    const schedule = () => {
      const workspace = current();
      if (workspace) autosaveRef.current?.schedule(workspace);
    };
    schedule();
    return subscribeSession(schedule);
  }, [ready, demo, current]);

  useEffect(() => {
    const flush = () => void autosaveRef.current?.flush().catch(() => undefined);
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, []);

  const saveFile = useCallback(() => {
    const workspace = current();
    if (!workspace) return;
    try {
      downloadText(workspaceFileName(workspace), serializeWorkspace(workspace), "application/json");
    } catch (error) {
      setNotice(messageOf(error));
    }
  }, [current]);

  const openFile = useCallback(
    async (file: File) => {
      let read: ReadResult;
      try {
        read = await importClient().openWorkspace(await file.text());
      } catch (error) {
        dispatch({ type: "failed", message: messageOf(error) });
        return;
      }
      if (!read.ok) {
        dispatch({ type: "failed", message: read.message });
        return;
      }
      try {
        await restoreWorkspace(dispatch, read.workspace);
      } catch (error) {
        dispatch({ type: "failed", message: messageOf(error) });
        return;
      }
      // Kept at once, not after the autosave's quiet time: an opened file is work too.
      if (!demo) await storeRef.current?.save(read.workspace).catch((error) => setNotice(messageOf(error)));
    },
    [dispatch, demo],
  );

  const clearAll = useCallback(async () => {
    autosaveRef.current?.cancel();
    try {
      await storeRef.current?.clear();
    } catch (error) {
      setNotice(messageOf(error));
      return;
    }
    // A fresh page is the surest clean start: the worker, the map and every view begin empty.
    window.location.assign(window.location.pathname);
  }, []);

  return {
    canSave: network !== null && files.length > 0,
    saveFile,
    openFile,
    clearAll,
    notice,
    dismissNotice: () => setNotice(null),
  };
}
