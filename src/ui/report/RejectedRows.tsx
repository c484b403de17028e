import { rejectedRowsToCsv } from "../../ingest/rejectedCsv";
import type { ImportReport } from "../../model/types";
import { downloadText } from "../common/download";
import { formatCount } from "../common/format";

/** Enough rows to see what went wrong; the download carries every one of them. */
const SHOWN_ROWS = 200;

export function RejectedRows({ report }: { report: ImportReport }) {
  const { rejected } = report;
  const shown = rejected.slice(0, SHOWN_ROWS);
  const download = () =>
    downloadText(`${baseName(report.fileName)}-rejected-rows.csv`, rejectedRowsToCsv(report));

  return (
    <section
      className="rejected"
      aria-label={`Rejected rows of ${report.fileName}`}
      data-testid="rejected-rows"
    >
      <div className="section-heading">
        <h3>
          Rows not imported from {report.fileName} ({formatCount(rejected.length)})
        </h3>
        <button type="button" className="button" onClick={download}>
          Download rejected rows (CSV)
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Reason</th>
              <th scope="col">Row as read</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, index) => (
              <tr key={`${row.line}-${index}`}>
                <td className="number">{row.line}</td>
                <td>{row.reason}</td>
                <td>
                  <RowCells cells={row.cells} header={report.header} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rejected.length > shown.length && (
        <p className="muted">
          Showing the first {formatCount(shown.length)} of {formatCount(rejected.length)}; the download has
          all of them.
        </p>
      )}
    </section>
  );
}

/** The row's cells under their column names, with empty cells made visible. */
function RowCells({ cells, header }: { cells: string[]; header: string[] }) {
  return (
    <span className="cells">
      {cells.map((cell, index) => (
        <span key={index} className={cell.trim() ? "cell" : "cell empty"} title={header[index]}>
          {cell.trim() ? cell : "empty"}
        </span>
      ))}
    </span>
  );
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, "") || "file";
}
