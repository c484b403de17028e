import type { FileFailure } from "../../worker/protocol";

/** Files that are not tables at all: one clear message each, and the app carries on. */
export function FailureNotices({ failures }: { failures: FileFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <div className="notices" data-testid="file-failures">
      {failures.map((failure, index) => (
        <div key={`${failure.fileName}-${index}`} className="notice error" role="alert">
          <strong>{failure.fileName}</strong>: {failure.message}
        </div>
      ))}
    </div>
  );
}
