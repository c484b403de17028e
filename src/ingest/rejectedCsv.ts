/**
 * The rejected rows of an import as a CSV the coordinator can fix and re-import:
 * line and reason first, then the row as it was read under the file's own header.
 */
import type { ImportReport } from "../model/types";
import { toCsv } from "../report/csv";

export function rejectedRowsToCsv(report: ImportReport): string {
  const rows = report.rejected.map((r) => [r.line, r.reason, ...r.cells]);
  return toCsv([["line", "reason", ...report.header], ...rows]);
}
