/**
 * The one message protocol between the app and its workers.
 *
 * Each request kind is declared once in `RequestPayloads` and its answer in
 * `ResultPayloads`; the discriminated unions below are derived from those two maps,
 * so adding a kind (the analysis of issue 3, say) is one line in each map and the
 * client and worker stay type-checked against each other. Every message carries the
 * `requestId` of the request it belongs to, so several requests can be in flight.
 * A large result comes as `part` messages followed by its `result` (see PartMessage).
 */
import type { SerializedGraph } from "graphology-types";
import type { ColumnMapping } from "../ingest/fields";
import type { TablePreview } from "../ingest/preview";
import type { IdentityReport } from "../model/identity";
import type { NetworkOptions } from "../graph/buildNetwork";
import type { IngestReport } from "../ingest/importTable";
import type { FileKind, PersonAttributes, TieAttributes } from "../model/types";
import type { AnalysisSettings } from "../analysis/registry";
import type { AnalysisPayload } from "./analysisHandler";
import type { Slice } from "./resultParts";
import type { ReadResult } from "../workspace";
import type {
  ChannelSettings,
  ExportFile,
  ExportRequest,
  ImportSources,
  RebuildRequest,
  RecommendPayload,
  RecommendRequest,
  TargetsFile,
} from "./recommendProtocol";
import type {
  ComparePayload,
  CompareRequest,
  OpenWorkspaceRequest,
  RestoreRequest,
  TimelinePayload,
  TimelineRequest,
} from "./workspaceHandler";

/** A file handed to the worker; its bytes are transferred, not copied. */
export interface FileBytes {
  fileId: string;
  fileName: string;
  bytes: ArrayBuffer;
}

/** What the worker understood of one file, or why it is not a table it can read. */
export type PreviewOutcome =
  | {
      ok: true;
      fileId: string;
      preview: TablePreview;
      /** "Zoom participants report, 1 meeting, 5 people" for an export Weaver recognised. */
      detected?: string;
    }
  | { ok: false; fileId: string; fileName: string; message: string };

/** The user's confirmed reading of one previewed file. */
export interface ImportSpec {
  fileId: string;
  kind: FileKind;
  mapping: ColumnMapping;
}

/** A file that could not be imported at all (as opposed to rows rejected inside it). */
export interface FileFailure {
  fileName: string;
  message: string;
}

export interface NetworkPayload {
  graph: SerializedGraph<PersonAttributes, TieAttributes>;
  reports: IngestReport[];
  identity: IdentityReport;
  failures: FileFailure[];
  undatedExcluded: number;
  sources: ImportSources;
}

/** The worker keeps the network it built under this id, for `analyze` requests to name. */
export type ImportedNetwork = NetworkPayload & { networkId: number };

export interface RequestPayloads {
  /** Decode and preview files; the worker keeps their text for a later `import`. */
  preview: { files: FileBytes[] };
  /** Read the previewed files with the confirmed mappings and build the network. */
  import: { files: ImportSpec[]; options: NetworkOptions; channels?: ChannelSettings };
  /** Build the last imported records again, with other channel weights or identity decisions. */
  rebuild: RebuildRequest;
  /** Introductions and recruitment for the network `networkId`, after its analysis. */
  recommend: RecommendRequest;
  /** Read a targets.csv the user chose. */
  readTargets: { fileName: string; bytes: ArrayBuffer };
  /** Write one export file of the network `networkId`. */
  export: ExportRequest;
  /** Drop the text kept for these files. */
  forget: { fileIds: string[] };
  /** Analyse the network the worker built under `networkId`. */
  analyze: { networkId: number; settings: AnalysisSettings };
  /** Stop the request `target` (an analysis); its promise is rejected by the client at once. */
  cancel: { target: number };
  /** Read a saved workspace's files again from their bytes and build the network (workspaceHandler). */
  restore: RestoreRequest;
  /** Monthly activity, newcomers and lapsed members of the records last read. */
  timeline: TimelineRequest;
  /** Compare two periods of the records last read. */
  compare: CompareRequest;
  /** Parse and check a workspace file the user opened. */
  openWorkspace: OpenWorkspaceRequest;
}

export interface ResultPayloads {
  /** `detected`: the "Detected: …" lines for the exports among the files (describeImports). */
  preview: { outcomes: PreviewOutcome[]; detected: string[] };
  import: ImportedNetwork;
  rebuild: ImportedNetwork;
  recommend: RecommendPayload;
  readTargets: TargetsFile;
  export: ExportFile;
  forget: { forgotten: number };
  analyze: AnalysisPayload;
  cancel: { cancelled: boolean };
  restore: ImportedNetwork;
  timeline: TimelinePayload;
  compare: ComparePayload;
  openWorkspace: ReadResult;
}

export type RequestKind = keyof RequestPayloads;

export type WorkerRequest = {
  [K in RequestKind]: { type: K; requestId: number } & RequestPayloads[K];
}[RequestKind];

export type ResultMessage = {
  [K in RequestKind]: { type: "result"; kind: K; requestId: number; result: ResultPayloads[K] };
}[RequestKind];

/**
 * A slice of one array of a request's result, sent before the `result` message, which holds
 * the array's last slice; the client puts them back together before it resolves the request.
 * Why: Chromium deserialises a message in the page task that delivers it, and a network of
 * 100,000 ties in one message is a task of 130–250 ms on a slow machine, a frozen page while
 * the time window changes. A slice of a few thousand items is a few milliseconds. Which
 * arrays are sliced, and how finely, is the worker's choice (RESULT_SLICES in importWorker).
 */
export type PartMessage = {
  [K in RequestKind]: { type: "part"; kind: K; requestId: number } & Slice<ResultPayloads[K]>;
}[RequestKind];

export type ProgressStage = "decoding" | "reading" | "building" | "analysing";

export interface Progress {
  stage: ProgressStage;
  /** 0..1 over the whole request, not just the current stage. */
  fraction: number;
  /** A sentence for the progress bar, e.g. "Reading interactions.csv". */
  label: string;
}

export type WorkerResponse =
  | ResultMessage
  | PartMessage
  | { type: "progress"; requestId: number; progress: Progress }
  | { type: "error"; requestId: number; message: string };
