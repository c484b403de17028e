/**
 * The view open on the network screen (a tab id), remembered for the workspace: the network
 * screen reports each change here and asks, for a network a workspace brought back, which view was
 * open. A small external store so the screen needs no new props.
 */
import { useSyncExternalStore } from "react";

let open: string | null = null;
/** The view to show first for a network restored from a workspace. */
let restored: string | null = null;
const listeners = new Set<() => void>();

export function rememberView(view: string): void {
  if (view === open) return;
  open = view;
  for (const listener of listeners) listener();
}

export function restoreView(view: string | null): void {
  restored = view;
}

/** The view a restored workspace had open, if it is one of `known`; null after a new import. */
export function restoredView<T extends string>(known: readonly T[]): T | null {
  return known.find((k) => k === restored) ?? null;
}

export function useOpenView(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
