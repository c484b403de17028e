import type { StagedFile } from "../state/appState";
import { useAppDispatch } from "../state/AppContext";

/**
 * A file Weaver recognised as an export it knows (a Zoom or Teams report, a Slack export):
 * read as it is, so instead of a column mapping it says what it found, with a first look.
 */
export function DetectedFileCard({ file }: { file: StagedFile }) {
  const dispatch = useAppDispatch();
  const { preview } = file;
  const skipped = file.kind === null;
  return (
    <section
      className="card mapping-card detected-card"
      aria-label={`What Weaver found in ${preview.fileName}`}
      data-file={preview.fileName}
      data-testid="detected-file"
    >
      <header className="mapping-card-header">
        <h2>{preview.fileName}</h2>
        <p className="detected-line" data-testid="detected-file-line">
          Detected: {file.detected}
        </p>
      </header>
      <p className="muted">
        Weaver knows this export and reads it as it is: there are no columns to choose.
        {skipped ? " It will not be imported." : ""}
      </p>
      {preview.header.length > 0 && preview.sampleRows.length > 0 && (
        <div className="table-scroll">
          <table className="preview-table">
            <caption className="visually-hidden">First records read from {preview.fileName}</caption>
            <thead>
              <tr>
                {preview.header.map((name, column) => (
                  <th key={column} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.sampleRows.slice(0, 5).map((row, r) => (
                <tr key={r}>
                  {preview.header.map((_, column) => (
                    <td key={column}>{row[column] ?? ""}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        className="button small"
        onClick={() =>
          dispatch({ type: "setKind", fileId: file.fileId, kind: skipped ? preview.kind : null })
        }
      >
        {skipped ? "Import it after all" : "Do not import this file"}
      </button>
    </section>
  );
}

/** The "Detected: …" lines for a batch of exports: meeting reports of one format add up. */
export function DetectedSummary({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="notice ok detected-summary" data-testid="detected-summary">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
