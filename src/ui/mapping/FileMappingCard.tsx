import { useId } from "react";
import { FIELDS, FILE_KINDS, missingRequired } from "../../ingest/fields";
import type { FileKind } from "../../model/types";
import { delimiterLabel, encodingLabel, KIND_LABELS } from "../common/labels";
import { plural } from "../common/format";
import type { StagedFile } from "../state/appState";
import { useAppDispatch } from "../state/AppContext";
import { FieldSelect } from "./FieldSelect";
import { PreviewTable } from "./PreviewTable";

const SKIP = "";

export function FileMappingCard({ file }: { file: StagedFile }) {
  const dispatch = useAppDispatch();
  const kindId = useId();
  const { preview, kind, mapping } = file;
  const missing = kind ? missingRequired(kind, mapping) : [];
  const fields = kind ? FIELDS[kind] : [];

  return (
    <section
      className="card mapping-card"
      aria-label={`Columns of ${preview.fileName}`}
      data-file={preview.fileName}
    >
      <header className="mapping-card-header">
        <h2>{preview.fileName}</h2>
        <p className="muted">
          {preview.kind
            ? `Detected: ${KIND_LABELS[preview.kind]}`
            : "Weaver could not tell what this file holds"}
          {" · "}
          {delimiterLabel(preview.delimiter)} · {encodingLabel(preview.encoding)} ·{" "}
          {plural(preview.header.length, "column", "columns")}
        </p>
      </header>

      <div className="kind-select">
        <label htmlFor={kindId}>This file is</label>
        <select
          id={kindId}
          value={kind ?? SKIP}
          data-testid="kind-select"
          onChange={(event) =>
            dispatch({
              type: "setKind",
              fileId: file.fileId,
              kind: event.target.value === SKIP ? null : (event.target.value as FileKind),
            })
          }
        >
          {FILE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
          <option value={SKIP}>Not to be imported</option>
        </select>
      </div>

      <PreviewTable
        header={preview.header}
        rows={preview.sampleRows.slice(0, 5)}
        mapping={mapping}
        fields={fields}
        caption={`First rows of ${preview.fileName}`}
      />

      {kind && (
        <fieldset className="field-grid">
          <legend>Which column holds what</legend>
          {fields.map((spec) => (
            <FieldSelect
              key={spec.field}
              spec={spec}
              header={preview.header}
              column={mapping[spec.field] ?? null}
              onChange={(column) =>
                dispatch({ type: "setColumn", fileId: file.fileId, field: spec.field, column })
              }
            />
          ))}
        </fieldset>
      )}

      {missing.length > 0 && (
        <p className="notice warning" role="status">
          Still needed before import: {missing.join(", ")}.
        </p>
      )}
    </section>
  );
}
