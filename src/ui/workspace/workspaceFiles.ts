/**
 * The original bytes of the files behind the current network, kept on the page for the workspace.
 * Preview transfers each file's bytes to the worker, so the import flow hands a copy here first;
 * once the user imports, the files chosen become the workspace's files (with kind and mapping).
 * A tiny external store, read by React through useSyncExternalStore.
 */
import { useSyncExternalStore } from "react";
import { workspaceFile, type WorkspaceFile } from "../../workspace";
import type { PreviewOutcome } from "../../worker/protocol";
import type { StagedFile } from "../state/appState";
import { startFreshSession } from "./sessionMemory";

const previewed = new Map<string, Uint8Array>();
let current: readonly WorkspaceFile[] = [];
const listeners = new Set<() => void>();

export function keepPreviewedBytes(outcomes: PreviewOutcome[], copies: ArrayBuffer[]): void {
  outcomes.forEach((outcome, index) => {
    const bytes = copies[index];
    if (outcome.ok && bytes) previewed.set(outcome.fileId, new Uint8Array(bytes));
  });
}

/** The staged files the user imported become the workspace's files; the rest are let go. */
export function keepImportedFiles(staged: StagedFile[]): void {
  const files: WorkspaceFile[] = [];
  for (const file of staged) {
    const bytes = previewed.get(file.fileId);
    if (!bytes || file.kind === null) continue;
    const adapted = file.detected !== undefined;
    files.push(
      workspaceFile(bytes, {
        id: file.fileId,
        fileName: file.preview.fileName,
        kind: adapted ? null : file.kind,
        encoding: file.preview.encoding,
        mapping: adapted ? null : file.mapping,
      }),
    );
  }
  previewed.clear();
  startFreshSession();
  setWorkspaceFiles(files);
}

export function setWorkspaceFiles(files: readonly WorkspaceFile[]): void {
  current = files;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWorkspaceFiles(): readonly WorkspaceFile[] {
  return useSyncExternalStore(subscribe, () => current);
}
