/**
 * What the import worker does, kept apart from the messaging so it reads as plain
 * steps: bytes -> text -> preview, then text + confirmed mapping -> records -> network.
 */
import { decodeBytes } from "../ingest/decode";
import { previewTable } from "../ingest/preview";
import { importTable } from "../ingest/importTable";
import { buildNetwork, type NetworkOptions } from "../graph/buildNetwork";
import type { IngestReport } from "../ingest/importTable";
import type { Dataset } from "../model/types";
import type { FileFailure, ImportSpec, NetworkPayload, PreviewOutcome, Progress } from "./protocol";

/** A file as the worker keeps it between preview and import. */
export interface DecodedFile {
  fileName: string;
  text: string;
  encoding: string;
  delimiter: string;
}

/** Share of the progress bar given to building the graph once every file is read. */
const BUILD_SHARE = 0.1;

export function previewFile(
  fileId: string,
  fileName: string,
  bytes: Uint8Array,
): { outcome: PreviewOutcome; decoded?: DecodedFile } {
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
): NetworkPayload {
  const dataset: Dataset = { people: [], interactions: [], attendance: [] };
  const reports: IngestReport[] = [];
  const failures: FileFailure[] = [];
  const totalChars = files.reduce((sum, f) => sum + f.decoded.text.length, 0) || 1;
  let doneChars = 0;

  for (const { spec, decoded } of files) {
    const label = `Reading ${decoded.fileName}`;
    const base = doneChars;
    const share = decoded.text.length;
    onProgress({ stage: "reading", fraction: fractionOf(base, totalChars), label });
    try {
      const result = importTable(decoded.text, {
        fileName: decoded.fileName,
        encoding: decoded.encoding,
        delimiter: decoded.delimiter,
        kind: spec.kind,
        mapping: spec.mapping,
        onProgress: (f) =>
          onProgress({ stage: "reading", fraction: fractionOf(base + f * share, totalChars), label }),
      });
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

  onProgress({ stage: "building", fraction: 1 - BUILD_SHARE, label: "Building the network" });
  const built = buildNetwork(dataset, options);
  onProgress({ stage: "building", fraction: 1, label: "Building the network" });
  return {
    graph: built.graph.export(),
    reports,
    identity: built.identity,
    failures,
    undatedExcluded: built.undatedExcluded,
  };
}

function fractionOf(chars: number, total: number): number {
  return (chars / total) * (1 - BUILD_SHARE);
}

/** push(...items) overflows the call stack on very large files; a loop does not. */
function appendAll<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}
