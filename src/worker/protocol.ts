/**
 * The one message protocol between the app and its workers.
 *
 * Each request kind is declared once in `RequestPayloads` and its answer in
 * `ResultPayloads`; the discriminated unions below are derived from those two maps,
 * so adding a kind (the analysis of issue 3, say) is one line in each map and the
 * client and worker stay type-checked against each other. Every message carries the
 * `requestId` of the request it belongs to, so several requests can be in flight.
 */
import type { SerializedGraph } from "graphology-types";
import type { ColumnMapping } from "../ingest/fields";
import type { TablePreview } from "../ingest/preview";
import type { IdentityReport } from "../model/identity";
import type { NetworkOptions } from "../graph/buildNetwork";
import type { IngestReport } from "../ingest/importTable";
import type { FileKind, PersonAttributes, TieAttributes } from "../model/types";

/** A file handed to the worker; its bytes are transferred, not copied. */
export interface FileBytes {
  fileId: string;
  fileName: string;
  bytes: ArrayBuffer;
}

/** What the worker understood of one file, or why it is not a table it can read. */
export type PreviewOutcome =
  | { ok: true; fileId: string; preview: TablePreview }
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
}

export interface RequestPayloads {
  /** Decode and preview files; the worker keeps their text for a later `import`. */
  preview: { files: FileBytes[] };
  /** Read the previewed files with the confirmed mappings and build the network. */
  import: { files: ImportSpec[]; options: NetworkOptions };
  /** Drop the text kept for these files. */
  forget: { fileIds: string[] };
}

export interface ResultPayloads {
  preview: { outcomes: PreviewOutcome[] };
  import: NetworkPayload;
  forget: { forgotten: number };
}

export type RequestKind = keyof RequestPayloads;

export type WorkerRequest = {
  [K in RequestKind]: { type: K; requestId: number } & RequestPayloads[K];
}[RequestKind];

export type ResultMessage = {
  [K in RequestKind]: { type: "result"; kind: K; requestId: number; result: ResultPayloads[K] };
}[RequestKind];

export type ProgressStage = "decoding" | "reading" | "building";

export interface Progress {
  stage: ProgressStage;
  /** 0..1 over the whole request, not just the current stage. */
  fraction: number;
  /** A sentence for the progress bar, e.g. "Reading interactions.csv". */
  label: string;
}

export type WorkerResponse =
  | ResultMessage
  | { type: "progress"; requestId: number; progress: Progress }
  | { type: "error"; requestId: number; message: string };
