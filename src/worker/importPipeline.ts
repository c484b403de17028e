/**
 * What the import worker does, kept apart from the messaging so it reads as plain
 * steps: bytes -> text -> preview, then text + confirmed mapping -> records -> network.
 * Exports Weaver knows (Zoom, Teams, Slack) are recognised from their content first and
 * read by their adapter at preview: they need no column mapping. The records read are
 * kept apart from the network built from them, so the network can be rebuilt with other
 * channel weights or identity decisions without reading the files again.
 */
import {
  applyChannelWeightsToDataset,
  countChannels,
  describeImports,
  detectFormat,
} from "../ingest/adapters";
import { decodeBytes } from "../ingest/decode";
import type { ImportOutcome } from "../ingest/importFile";
import { previewTable } from "../ingest/preview";
import { importTable } from "../ingest/importTable";
import { buildNetwork, type NetworkOptions } from "../graph/buildNetwork";
import type { IngestReport } from "../ingest/importTable";
import type { Dataset } from "../model/types";
import type { FileFailure, ImportSpec, NetworkPayload, PreviewOutcome, Progress } from "./protocol";
import type { ChannelSettings } from "./recommendProtocol";

type AdaptedOutcome = Extract<ImportOutcome, { ok: true }>;

/** A file as the worker keeps it between preview and import. */
export interface DecodedFile {
  fileName: string;
  text: string;
  encoding: string;
  delimiter: string;
  /** An export a format adapter recognised and already read (its text is not kept). */
  adapted?: AdaptedOutcome;
}

/** Every file's records and reports, before any network is built from them. */
export interface ReadFiles {
  dataset: Dataset;
  reports: IngestReport[];
  failures: FileFailure[];
  /** Outcomes of the files a format adapter read, for the "Detected: …" lines. */
  adapted: AdaptedOutcome[];
}

/** Share of the progress bar given to building the graph once every file is read. */
const BUILD_SHARE = 0.1;

export function previewFile(
  fileId: string,
  fileName: string,
  bytes: Uint8Array,
): { outcome: PreviewOutcome; decoded?: DecodedFile } {
  const detected = detectFormat(bytes, fileName);
  if (detected) {
    // Detection has read the file already (adapters cache by byte array): this costs nothing more.
    const input = { bytes, fileName, decoded: decodeBytes(bytes, fileName) };
    const adapted = detected.adapter.import(input, {});
    if (!adapted.ok) return { outcome: { ok: false, fileId, fileName, message: adapted.message } };
    const { encoding, delimiter } = adapted.report;
    return {
      outcome: { ok: true, fileId, preview: adapted.preview, detected: detected.description },
      decoded: { fileName, text: "", encoding, delimiter, adapted },
    };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { outcome: { ok: false, fileId, fileName, message: decoded.message } };
  const preview = previewTable(decoded.text, fileName, decoded.encoding);
  if ("error" in preview) return { outcome: { ok: false, fileId, fileName, message: preview.error } };
  return {
    outcome: { ok: true, fileId, preview },
    decoded: { fileName, text: decoded.text, encoding: decoded.encoding, delimiter: preview.delimiter },
  };
}

export function importFiles(
  files: { spec: ImportSpec; decoded: DecodedFile }[],
  options: NetworkOptions,
  onProgress: (progress: Progress) => void,
  channels: ChannelSettings = {},
): NetworkPayload {
  return buildPayload(readFiles(files, onProgress), options, channels, onProgress);
}

/** Reads every chosen file into records; a file that throws is a failure of that file alone. */
export function readFiles(
  files: { spec: ImportSpec; decoded: DecodedFile }[],
  onProgress: (progress: Progress) => void,
): ReadFiles {
  const dataset: Dataset = { people: [], interactions: [], attendance: [] };
  const reports: IngestReport[] = [];
  const failures: FileFailure[] = [];
  const adapted: AdaptedOutcome[] = [];
  const totalChars = files.reduce((sum, f) => sum + f.decoded.text.length, 0) || 1;
  let doneChars = 0;

  for (const { spec, decoded } of files) {
    const label = `Reading ${decoded.fileName}`;
    const base = doneChars;
    const share = decoded.text.length;
    onProgress({ stage: "reading", fraction: fractionOf(base, totalChars), label });
    try {
      const result =
        decoded.adapted ??
        importTable(decoded.text, {
          fileName: decoded.fileName,
          encoding: decoded.encoding,
          delimiter: decoded.delimiter,
          kind: spec.kind,
          mapping: spec.mapping,
          onProgress: (f) =>
            onProgress({ stage: "reading", fraction: fractionOf(base + f * share, totalChars), label }),
        });
      if (decoded.adapted) adapted.push(decoded.adapted);
      reports.push(result.report);
      appendAll(dataset.people, result.people);
      appendAll(dataset.interactions, result.interactions);
      appendAll(dataset.attendance, result.attendance);
    } catch (error) {
      failures.push({
        fileName: decoded.fileName,
        message: `Weaver could not read this file: ${String(error)}`,
      });
    }
    doneChars += share;
  }
  return { dataset, reports, failures, adapted };
}

/**
 * The network from records already read: channels left out or weighted first, then
 * identity matching (with the user's decisions, in `options`) and the graph.
 */
export function buildPayload(
  read: ReadFiles,
  options: NetworkOptions,
  channels: ChannelSettings,
  onProgress: (progress: Progress) => void,
): NetworkPayload {
  onProgress({ stage: "building", fraction: 1 - BUILD_SHARE, label: "Building the network" });
  const built = buildNetwork(applyChannelWeightsToDataset(read.dataset, channels), options);
  onProgress({ stage: "building", fraction: 1, label: "Building the network" });
  return {
    graph: built.graph.export(),
    reports: read.reports,
    identity: built.identity,
    failures: read.failures,
    undatedExcluded: built.undatedExcluded,
    sources: {
      detected: describeImports(read.adapted),
      channels: countChannels(read.dataset.interactions),
      sharedEvents: read.dataset.attendance.length,
    },
  };
}

function fractionOf(chars: number, total: number): number {
  return (chars / total) * (1 - BUILD_SHARE);
}

/** push(...items) overflows the call stack on very large files; a loop does not. */
function appendAll<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}
