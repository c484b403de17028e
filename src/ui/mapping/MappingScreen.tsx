import { DetectedFileCard, DetectedSummary } from "../adapters/DetectedFileCard";
import { FailureNotices } from "../common/FailureNotices";
import { useAppDispatch, useAppState } from "../state/AppContext";
import { isComplete, useImportFlow } from "../state/useImportFlow";
import { FileMappingCard } from "./FileMappingCard";

export function MappingScreen() {
  const { staged, stagedFailures, stagedDetected, origin, busy } = useAppState();
  const dispatch = useAppDispatch();
  const { importStaged } = useImportFlow();
  const chosen = staged.filter((f) => f.kind !== null);
  const ready = chosen.length > 0 && chosen.every(isComplete);

  return (
    <main className="mapping" aria-labelledby="mapping-title">
      <div className="mapping-intro">
        <h1 id="mapping-title">Check how Weaver reads your files</h1>
        <p>
          For each file, check what kind of list it is and which column holds what. Required fields are
          marked. Nothing is imported until you press Import.
        </p>
      </div>

      <FailureNotices failures={stagedFailures} />
      <DetectedSummary lines={stagedDetected} />

      {staged.map((file) =>
        file.detected !== undefined ? (
          <DetectedFileCard key={file.fileId} file={file} />
        ) : (
          <FileMappingCard key={file.fileId} file={file} />
        ),
      )}

      <div className="mapping-actions">
        <button type="button" className="button" onClick={() => dispatch({ type: "show", screen: "start" })}>
          Choose other files
        </button>
        {staged.length > 0 && (
          <button
            type="button"
            className="button primary"
            disabled={!ready || busy !== null}
            onClick={() => void importStaged(staged, stagedFailures, origin)}
          >
            Import
          </button>
        )}
      </div>
      {staged.length === 0 && (
        <p className="muted">None of these files could be read as a table. Choose other files to continue.</p>
      )}
    </main>
  );
}
