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
import { emptyDecisions, type IdentityDecisions } from "../../model/identity";
import type { Target } from "../../recommend/targets";
import type { ChannelSettings, ImportSources } from "../../worker/recommendProtocol";
import type { TimeSettings } from "../../workspace";

export type Screen = "start" | "mapping" | "network";

/** A previewed file waiting for the user to confirm its kind and columns. */
export interface StagedFile {
  fileId: string;
  preview: TablePreview;
  /** null: the user chose not to import this file. */
  kind: FileKind | null;
  mapping: ColumnMapping;
  /** "Zoom participants report, 1 meeting, 5 people": an export read as it is, with no mapping to confirm. */
  detected?: string;
}

export interface BusyState {
  /** Changes with every new task, so the progress bar's 300 ms delay restarts. */
  taskId: number;
  label: string;
  /** null while the size of the task is unknown. */
  fraction: number | null;
}

export interface LoadedNetwork {
  /** The worker's id for this network, which analysis requests name. */
  networkId: number;
  graph: WeaverGraph;
  reports: IngestReport[];
  identity: IdentityReport;
  /** Files that were not tables at all, found at preview or import. */
  failures: FileFailure[];
  undatedExcluded: number;
  origin: "sample" | "files";
  /** Formats detected and channels found in the files. */
  sources: ImportSources;
  /** The id of the network this one rebuilt from the same records (new channels or identity decisions). */
  rebuiltFrom: number | null;
  /** Rebuilt for another time window only: the same people under the same keys, seen over other months. */
  windowOnly: boolean;
}

/** The community's own settings: kept across rebuilds, set afresh by each import. */
export interface CommunitySettings {
  /** The recruitment target frame; null for the defaults derived from the registry. */
  targets: Target[] | null;
  /** The file the targets were read from; null for defaults or targets edited in the app. */
  targetsFrom: string | null;
  identityDecisions: IdentityDecisions;
  channels: ChannelSettings;
  /** The time window the network is built for, and the last two periods compared (ui/time, ui/compare). */
  time: TimeSettings;
}

export interface AppState {
  screen: Screen;
  staged: StagedFile[];
  /** Files of the current selection that could not be read as tables. */
  stagedFailures: FileFailure[];
  /** "Detected: Zoom participants report, 3 meetings, 41 people": the exports among them. */
  stagedDetected: string[];
  origin: "sample" | "files";
  busy: BusyState | null;
  /** How many tasks have started, so each new one gets its own id. */
  tasksStarted: number;
  network: LoadedNetwork | null;
  /** Something went wrong outside any file (the worker crashed, a fetch failed). */
  error: string | null;
  community: CommunitySettings;
  /** Exports replace people by codes drawn from `pseudonymSecret`. */
  pseudonymise: boolean;
  /** The workspace secret behind the codes: drawn once, on first use, and kept. */
  pseudonymSecret: string | null;
}

export type AppAction =
  | { type: "busy"; label: string; fraction: number | null; newTask?: boolean }
  | { type: "idle" }
  | {
      type: "staged";
      staged: StagedFile[];
      failures: FileFailure[];
      detected: string[];
      origin: "sample" | "files";
    }
  | { type: "setKind"; fileId: string; kind: FileKind | null }
  | { type: "setColumn"; fileId: string; field: string; column: number | null }
  | { type: "networkLoaded"; network: LoadedNetwork; community?: CommunitySettings }
  | { type: "setCommunity"; change: Partial<CommunitySettings> }
  | { type: "setPseudonymise"; on: boolean; secret: string | null }
  | { type: "failed"; message: string }
  | { type: "dismissError" }
  | { type: "show"; screen: Screen };

/** A community nobody has set anything for yet: default targets, no decisions, every channel at weight 1. */
export function freshCommunity(): CommunitySettings {
  return {
    targets: null,
    targetsFrom: null,
    identityDecisions: emptyDecisions(),
    channels: {},
    time: { window: { from: null, to: null }, preset: "all", compare: null },
  };
}

export const initialState: AppState = {
  screen: "start",
  staged: [],
  stagedFailures: [],
  stagedDetected: [],
  origin: "files",
  busy: null,
  tasksStarted: 0,
  network: null,
  error: null,
  community: freshCommunity(),
  pseudonymise: false,
  pseudonymSecret: null,
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
        stagedDetected: action.detected,
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
    case "networkLoaded": {
      const community = action.community ?? state.community;
      // A rebuild happens where the user is (the import report, say); a new import opens the map.
      const screen = action.network.rebuiltFrom === null ? "network" : state.screen;
      return { ...state, screen, network: action.network, community, busy: null, error: null };
    }
    case "setCommunity":
      return { ...state, community: { ...state.community, ...action.change } };
    case "setPseudonymise":
      return {
        ...state,
        pseudonymise: action.on,
        pseudonymSecret: state.pseudonymSecret ?? action.secret,
      };
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
