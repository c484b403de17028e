/**
 * What the analyst has on screen, remembered for the workspace: the open view, the map's colours,
 * sizes, highlight, filters, selection and ego network, where everyone sits on the map and where
 * the camera looks, and the analysis settings. The screens that own these report each change here,
 * and ask here, for a network a workspace brought back, what to show first. A small external store
 * outside React, so that neither side needs the other's props and a change (a pan, a filter click)
 * schedules an autosave without re-rendering the app.
 */
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
/** What a restored workspace had on screen, and the network it was restored as. */
let restored: { session: Session; networkId: number } | null = null;
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

/** A new import: what is on screen starts from the defaults (the analysis settings stay). */
export function startFreshSession(): void {
  restored = null;
  restoredAnalysis = null;
  restoredCamera = null;
  publish({ ...emptySession(), analysis: current.analysis });
}

/**
 * A workspace brought back as network `networkId`: what it had on screen becomes what is
 * remembered, and what the network screen shows first for that network (and no other).
 */
export function restoreSession(workspace: Workspace, networkId: number): void {
  const { view, filters, analysis } = workspace.settings;
  const session = { view, filters, layout: workspace.layout, analysis };
  restored = { session, networkId };
  restoredAnalysis = analysis;
  restoredCamera = workspace.layout.camera;
  publish(session);
}

/** What the workspace restored as this network had on screen; null for any other network. */
export function restoredSession(networkId: number): Session | null {
  return restored?.networkId === networkId ? restored.session : null;
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

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
