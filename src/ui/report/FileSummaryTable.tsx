import type { IngestReport } from "../../ingest/importTable";
import { formatCount } from "../common/format";
import { delimiterLabel, encodingLabel, KIND_LABELS } from "../common/labels";

/** Per file: rows read = accepted + rejected, so nothing can go missing unnoticed. */
export function FileSummaryTable({ reports }: { reports: IngestReport[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="file-summary">
        <caption>Rows read from each file</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Kind</th>
            <th scope="col" className="number">
              Read
            </th>
            <th scope="col" className="number">
              Accepted
            </th>
            <th scope="col" className="number">
              Rejected
            </th>
            <th scope="col">Format</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report, index) => (
            <tr key={`${report.fileName}-${index}`} data-file={report.fileName}>
              <th scope="row">{report.fileName}</th>
              <td>{KIND_LABELS[report.kind]}</td>
              <td className="number" data-col="read">
                {formatCount(report.read)}
              </td>
              <td className="number" data-col="accepted">
                {formatCount(report.accepted)}
              </td>
              <td className="number" data-col="rejected">
                {formatCount(report.rejected.length)}
              </td>
              <td className="muted">
                {delimiterLabel(report.delimiter)}, {encodingLabel(report.encoding)}
                {report.unknownColumns.length > 0 && (
                  <>
                    <br />
                    Columns not used: {report.unknownColumns.join(", ")}
                  </>
                )}
                {report.notes.map((note) => (
                  <span key={note} className="file-note">
                    {note}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
