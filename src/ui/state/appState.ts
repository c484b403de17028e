/**
 * The app's state: which screen is shown, the files waiting for the user to confirm
 * their columns, what is in progress, and the imported network. The network's
 * topology lives in a graphology graph that is replaced as a whole on each import and
 * never mutated by the UI; view state (selection, hover, layout) stays in the
 * components that drive sigma.
 */
import type { ColumnMapping } from "../../ingest/fields";
import type { TablePreview } from "../../ingest/preview";
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { IdentityReport } from "../../model/identity";
import type { IngestReport } from "../../ingest/importTable";
import type { FileKind } from "../../model/types";
import type { FileFailure } from "../../worker/protocol";

export type Screen = "start" | "mapping" | "network";

/** A previewed file waiting for the user to confirm its kind and columns. */
export interface StagedFile {
  fileId: string;
  preview: TablePreview;
  /** null: the user chose not to import this file. */
  kind: FileKind | null;
  mapping: ColumnMapping;
}

export interface BusyState {
  /** Changes with every new task, so the progress bar's 300 ms delay restarts. */
  taskId: number;
  label: string;
  /** null while the size of the task is unknown. */
  fraction: number | null;
}

export interface LoadedNetwork {
  graph: WeaverGraph;
  reports: IngestReport[];
  identity: IdentityReport;
  /** Files that were not tables at all, found at preview or import. */
  failures: FileFailure[];
  undatedExcluded: number;
  origin: "sample" | "files";
}

export interface AppState {
  screen: Screen;
  staged: StagedFile[];
  /** Files of the current selection that could not be read as tables. */
  stagedFailures: FileFailure[];
  origin: "sample" | "files";
  busy: BusyState | null;
  /** How many tasks have started, so each new one gets its own id. */
  tasksStarted: number;
  network: LoadedNetwork | null;
  /** Something went wrong outside any file (the worker crashed, a fetch failed). */
  error: string | null;
}

export type AppAction =
  | { type: "busy"; label: string; fraction: number | null; newTask?: boolean }
  | { type: "idle" }
  | { type: "staged"; staged: StagedFile[]; failures: FileFailure[]; origin: "sample" | "files" }
  | { type: "setKind"; fileId: string; kind: FileKind | null }
  | { type: "setColumn"; fileId: string; field: string; column: number | null }
  | { type: "networkLoaded"; network: LoadedNetwork }
  | { type: "failed"; message: string }
  | { type: "dismissError" }
  | { type: "show"; screen: Screen };

export const initialState: AppState = {
  screen: "start",
  staged: [],
  stagedFailures: [],
  origin: "files",
  busy: null,
  tasksStarted: 0,
  network: null,
  error: null,
};

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case "busy": {
      const newTask = !state.busy || action.newTask === true;
      const tasksStarted = state.tasksStarted + (newTask ? 1 : 0);
      const busy = { taskId: tasksStarted, label: action.label, fraction: action.fraction };
      return { ...state, busy, tasksStarted, error: null };
    }
    case "idle":
      return { ...state, busy: null };
    case "staged":
      return {
        ...state,
        screen: "mapping",
        staged: action.staged,
        stagedFailures: action.failures,
        origin: action.origin,
        busy: null,
      };
    case "setKind":
      return updateStaged(state, action.fileId, (file) => ({
        ...file,
        kind: action.kind,
        mapping: action.kind ? { ...file.preview.candidates[action.kind] } : {},
      }));
    case "setColumn":
      return updateStaged(state, action.fileId, (file) => ({
        ...file,
        mapping: { ...file.mapping, [action.field]: action.column },
      }));
    case "networkLoaded":
      return { ...state, screen: "network", network: action.network, busy: null, error: null };
    case "failed":
      return { ...state, busy: null, error: action.message };
    case "dismissError":
      return { ...state, error: null };
    case "show":
      return { ...state, screen: action.screen };
  }
}

function updateStaged(state: AppState, fileId: string, update: (file: StagedFile) => StagedFile): AppState {
  return { ...state, staged: state.staged.map((f) => (f.fileId === fileId ? update(f) : f)) };
}
