/**
 * The workspace kept in the browser's IndexedDB as the user works, so a reload or a crash brings
 * it back. Standard IndexedDB only; the caller passes the factory (window.indexedDB) and debounces
 * its saves (see ./autosave).
 *
 * Two object stores: "meta" holds the workspace document with each file's content left out
 * (small: settings, decisions, positions) and "files" holds each file's content under its id.
 * A save rewrites the document but puts only the files whose content this store has not written
 * yet, so dragging a node does not copy a 10 MB file again. Everything a save writes or deletes is
 * one transaction: a crash or a full disk mid-save leaves the previous save whole.
 *
 * Failures are never swallowed: a full quota rejects with StorageQuotaError (a plain message
 * saying what to do), anything else with WorkspaceStoreError. Loading runs the stored document
 * through readWorkspace like any opened file, so a damaged or older record gives a message or is
 * migrated, never a half-read workspace.
 */
import { isPlainObject } from "./check";
import { contentChars } from "./content";
import { readWorkspace, type ReadResult } from "./read";
import type { FileContent, Workspace, WorkspaceFile } from "./schema";

export const DEFAULT_STORE_NAME = "weaver";
const DB_VERSION = 1;
const META = "meta";
const FILES = "files";
const CURRENT = "current";

export class WorkspaceStoreError extends Error {
  override name = "WorkspaceStoreError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The browser refused to store the workspace because the site's storage quota is used up. */
export class StorageQuotaError extends WorkspaceStoreError {
  override name = "StorageQuotaError";
  constructor(
    /** Approximate size of what was being saved, in bytes (characters of the document). */
    readonly bytes: number,
    options?: { cause?: unknown },
  ) {
    super(
      `The browser has no room left to keep this workspace (about ${formatSize(bytes)}). Your latest ` +
        `changes are not kept in this browser: use “Save workspace” to keep them in a file, and free ` +
        `space (for example by clearing other sites’ data) so that automatic saving can resume.`,
      options,
    );
  }
}

export interface WorkspaceStore {
  /** Writes the workspace as the one kept in this browser. Rejects with StorageQuotaError or WorkspaceStoreError. */
  save(workspace: Workspace): Promise<void>;
  /** The kept workspace, read as an opened file is (null when nothing is kept). */
  load(): Promise<ReadResult | null>;
  /** Forgets the kept workspace ("New workspace"). */
  clear(): Promise<void>;
  close(): void;
}

export interface StoreOptions {
  /** Database name (default DEFAULT_STORE_NAME); tests use their own. */
  name?: string;
}

function formatSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** QuotaExceededError as every browser names it (older Firefox: NS_ERROR_DOM_QUOTA_REACHED). */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22;
}

function describe(error: unknown): string {
  if (error instanceof Error || (error && typeof error === "object" && "name" in error)) {
    const { name, message } = error as { name: string; message?: string };
    return message ? `${name}: ${message}` : name;
  }
  return String(error);
}

function storeError(error: unknown, action: string, bytes: number): WorkspaceStoreError {
  if (error instanceof WorkspaceStoreError) return error;
  if (isQuotaError(error)) return new StorageQuotaError(bytes, { cause: error });
  return new WorkspaceStoreError(`Weaver could not ${action} in this browser (${describe(error)}).`, {
    cause: error,
  });
}

/** The document without file contents: what the "meta" record holds. */
function metaRecord(workspace: Workspace): Record<string, unknown> {
  return {
    format: workspace.format,
    version: workspace.version,
    savedAt: workspace.savedAt,
    name: workspace.name,
    origin: workspace.origin,
    files: workspace.files.map((f): Omit<WorkspaceFile, "content"> => ({
      id: f.id,
      fileName: f.fileName,
      kind: f.kind,
      encoding: f.encoding,
      mapping: f.mapping,
      dateOrder: f.dateOrder,
      byteLength: f.byteLength,
    })),
    identityDecisions: workspace.identityDecisions,
    targets: workspace.targets,
    settings: workspace.settings,
    layout: workspace.layout,
    pseudonymSecret: workspace.pseudonymSecret,
  };
}

function approximateBytes(meta: Record<string, unknown>, contents: FileContent[]): number {
  let bytes = 0;
  try {
    bytes = JSON.stringify(meta).length;
  } catch {
    // Only an estimate for the message; a document JSON cannot hold fails on its own.
  }
  return contents.reduce((sum, c) => sum + contentChars(c), bytes);
}

function sameContent(a: FileContent | undefined, b: FileContent): boolean {
  if (!a) return false;
  return "text" in a ? "text" in b && a.text === b.text : "base64" in b && a.base64 === b.base64;
}

/** Settles when the transaction commits; rejects with its error when it aborts. */
function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException("The transaction was aborted", "AbortError"));
  });
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
      if (!db.objectStoreNames.contains(FILES)) db.createObjectStore(FILES);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () =>
      reject(new WorkspaceStoreError("Weaver is open in another tab with an older version; close that tab."));
  });
}

export async function openWorkspaceStore(
  factory: IDBFactory,
  options: StoreOptions = {},
): Promise<WorkspaceStore> {
  let db: IDBDatabase;
  try {
    db = await openDatabase(factory, options.name ?? DEFAULT_STORE_NAME);
  } catch (error) {
    if (error instanceof WorkspaceStoreError) throw error;
    throw new WorkspaceStoreError(
      `This browser does not let Weaver keep your workspace (${describe(error)}); in a private window it ` +
        `may not. Use “Save workspace” to keep your work in a file.`,
      { cause: error },
    );
  }
  // Let a newer Weaver in another tab upgrade the database instead of waiting on this one.
  db.onversionchange = () => db.close();
  /** File contents known to be in the "files" store, by id, as last written or read. */
  let written = new Map<string, FileContent>();

  return {
    async save(workspace) {
      const meta = metaRecord(workspace);
      const pending = workspace.files.filter((f) => !sameContent(written.get(f.id), f.content));
      const keep = new Set(workspace.files.map((f) => f.id));
      const bytes = () =>
        approximateBytes(
          meta,
          pending.map((f) => f.content),
        );
      let tx: IDBTransaction;
      try {
        tx = db.transaction([META, FILES], "readwrite");
      } catch (error) {
        throw storeError(error, "save the workspace", bytes());
      }
      const done = finished(tx);
      try {
        tx.objectStore(META).put(meta, CURRENT);
        const files = tx.objectStore(FILES);
        for (const file of pending) files.put({ content: file.content }, file.id);
        const keys = files.getAllKeys();
        keys.onsuccess = () => {
          for (const key of keys.result) if (typeof key !== "string" || !keep.has(key)) files.delete(key);
        };
      } catch (error) {
        // A value the browser cannot store (DataCloneError) throws here; nothing is written.
        tx.abort();
        await done.catch(() => {});
        throw storeError(error, "save the workspace", bytes());
      }
      try {
        await done;
      } catch (error) {
        throw storeError(error, "save the workspace", bytes());
      }
      written = new Map(workspace.files.map((f) => [f.id, f.content]));
    },

    async load() {
      let tx: IDBTransaction;
      try {
        tx = db.transaction([META, FILES], "readonly");
      } catch (error) {
        throw storeError(error, "read the saved workspace", 0);
      }
      const meta = tx.objectStore(META).get(CURRENT);
      const files = tx.objectStore(FILES);
      const keys = files.getAllKeys();
      const values = files.getAll();
      try {
        await finished(tx);
      } catch (error) {
        throw storeError(error, "read the saved workspace", 0);
      }
      if (meta.result === undefined) return null;
      const contents = new Map<unknown, unknown>();
      keys.result.forEach((key, i) => {
        const value = values.result[i] as { content?: unknown } | undefined;
        contents.set(key, value?.content);
      });
      const doc: unknown = meta.result;
      if (!isPlainObject(doc)) return readWorkspace(doc);
      const withContent = (f: unknown) =>
        f && typeof f === "object" ? { ...f, content: contents.get((f as { id?: unknown }).id) } : f;
      const assembled = { ...doc, files: Array.isArray(doc.files) ? doc.files.map(withContent) : doc.files };
      const result = readWorkspace(assembled);
      if (result.ok) written = new Map(result.workspace.files.map((f) => [f.id, f.content]));
      return result;
    },

    async clear() {
      let tx: IDBTransaction;
      try {
        tx = db.transaction([META, FILES], "readwrite");
        tx.objectStore(META).clear();
        tx.objectStore(FILES).clear();
        await finished(tx);
      } catch (error) {
        throw storeError(error, "clear the saved workspace", 0);
      }
      written = new Map();
    },

    close() {
      db.close();
    },
  };
}
