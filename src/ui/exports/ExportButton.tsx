import type { ExportKind } from "../../worker/recommendProtocol";
import { useExport } from "./useExport";

/** One export, beside what it exports (the Export menu has them all). */
export function ExportButton({ kind, label }: { kind: ExportKind; label: string }) {
  const exporter = useExport();
  return (
    <>
      {exporter.error && (
        <span className="notice error inline-notice" role="alert">
          {exporter.error}
        </span>
      )}
      <button
        type="button"
        className="button small"
        disabled={!exporter.ready || !exporter.recommended || exporter.busy !== null}
        onClick={() => exporter.run(kind)}
      >
        {label}
      </button>
    </>
  );
}
