import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { importBytes } from "../ingest/importFile";
import type { IngestReport } from "../ingest/importTable";
import type { Dataset, FileKind } from "../model/types";

/** One file named on the command line, with the kind its flag says it is. */
export interface InputFile {
  path: string;
  kind: FileKind;
}

export interface LoadedDataset {
  dataset: Dataset;
  reports: IngestReport[];
  /** Files that could not be read at all, with the reason. */
  failures: { path: string; message: string }[];
}

/**
 * Reads the coordinator's files through the same detection and validation as the app. A
 * file that is not a table is a failure of that file alone; rejected rows are reported,
 * never dropped silently.
 */
export function loadDataset(files: InputFile[]): LoadedDataset {
  const dataset: Dataset = { people: [], interactions: [], attendance: [] };
  const reports: IngestReport[] = [];
  const failures: LoadedDataset["failures"] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file.path));
    } catch (error) {
      failures.push({ path: file.path, message: `cannot read ${file.path}: ${(error as Error).message}` });
      continue;
    }
    const outcome = importBytes(bytes, basename(file.path), { kind: file.kind });
    if (!outcome.ok) {
      failures.push({ path: file.path, message: outcome.message });
      continue;
    }
    dataset.people.push(...outcome.people);
    dataset.interactions.push(...outcome.interactions);
    dataset.attendance.push(...outcome.attendance);
    reports.push(outcome.report);
  }
  return { dataset, reports, failures };
}

/** The import report as lines for stderr: counts per file, then each rejected row. */
export function describeReports(loaded: LoadedDataset): string[] {
  const lines: string[] = [];
  for (const failure of loaded.failures) lines.push(`error: ${failure.message}`);
  for (const report of loaded.reports) {
    lines.push(
      `${report.fileName}: read ${report.read} rows, accepted ${report.accepted}, rejected ${report.rejected.length}`,
    );
    for (const note of report.notes) lines.push(`${report.fileName}: note: ${note}`);
    for (const row of report.rejected) lines.push(`${report.fileName}:${row.line}: rejected: ${row.reason}`);
  }
  return lines;
}
