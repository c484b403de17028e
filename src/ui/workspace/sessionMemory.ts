/**
 * What the analyst has on screen, remembered for the workspace: the open view, the map's colours,
 * sizes, highlight, filters, selection and ego network, where everyone sits on the map and where
 * the camera looks, and the analysis settings. The screens that own these report each change here,
 * and ask here, for a network a workspace brought back, what to show first. A small external store,
 * so that neither side needs the other's props and the workspace hook re-renders only on a change.
 */
import { useSyncExternalStore } from "react";
import type { AnalysisSettings } from "../../analysis/registry";
import {
  defaultSettings,
  type FilterSettings,
  type ViewSettings,
  type Workspace,
  type WorkspaceLayout,
} from "../../workspace";

type Camera = NonNullable<WorkspaceLayout["camera"]>;

export interface Session {
  view: ViewSettings;
  filters: FilterSettings;
  layout: WorkspaceLayout;
  /** Null until the analysis reports the settings it runs with. */
  analysis: AnalysisSettings | null;
}

function emptySession(): Session {
  const { view, filters } = defaultSettings();
  return { view, filters, layout: { positions: [], camera: null }, analysis: null };
}

let current: Session = emptySession();
/** What a restored workspace had on screen, until the screens have taken it. */
let restored: Session | null = null;
/** Analysis settings of a restored workspace, taken once by the first analysis run. */
let restoredAnalysis: AnalysisSettings | null = null;
/** The camera of a restored workspace, taken once by the first map drawn. */
let restoredCamera: Camera | null = null;
const listeners = new Set<() => void>();

function publish(next: Session): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Records a change of what is on screen. Parts left out stay as they were. */
export function rememberSession(change: Partial<Session>): void {
  const next = { ...current, ...change };
  const same = (Object.keys(change) as (keyof Session)[]).every((key) => current[key] === next[key]);
  if (!same) publish(next);
}

/**
 * A workspace being brought back (null: a new import, which starts from the defaults). Its screen
 * state becomes both what is remembered and what the screens show first.
 */
export function restoreSession(workspace: Workspace | null): void {
  if (workspace === null) {
    restored = null;
    restoredAnalysis = null;
    restoredCamera = null;
    publish({ ...emptySession(), analysis: current.analysis });
    return;
  }
  const { view, filters, analysis } = workspace.settings;
  restored = { view, filters, layout: workspace.layout, analysis };
  restoredAnalysis = analysis;
  restoredCamera = workspace.layout.camera;
  publish(restored);
}

/** What the restored workspace had on screen; null after a new import. */
export function restoredSession(): Session | null {
  return restored;
}

/** The restored analysis settings, handed out once: later runs use what the user chooses. */
export function takeRestoredAnalysis(): AnalysisSettings | null {
  const settings = restoredAnalysis;
  restoredAnalysis = null;
  return settings;
}

/** The restored camera, handed out once: later maps are framed afresh. */
export function takeRestoredCamera(): Camera | null {
  const camera = restoredCamera;
  restoredCamera = null;
  return camera;
}

/** The last known map position of each person, to start a rebuilt or restored map from. */
export function rememberedPositions(): ReadonlyMap<string, { x: number; y: number }> {
  return new Map(current.layout.positions.map(([id, x, y]) => [id, { x, y }]));
}

export function currentSession(): Session {
  return current;
}

export function useSession(): Session {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
