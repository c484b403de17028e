import { useId } from "react";
import type { FieldSpec } from "../../ingest/fields";

interface FieldSelectProps {
  spec: FieldSpec;
  header: string[];
  column: number | null;
  onChange: (column: number | null) => void;
}

const NONE = "";

export function FieldSelect({ spec, header, column, onChange }: FieldSelectProps) {
  const id = useId();
  return (
    <div className="field-select">
      <label htmlFor={id}>
        {spec.label}
        {spec.required && <span className="required"> (required)</span>}
      </label>
      <select
        id={id}
        value={column === null ? NONE : String(column)}
        onChange={(event) => onChange(event.target.value === NONE ? null : Number(event.target.value))}
        aria-describedby={`${id}-help`}
        data-field={spec.field}
      >
        <option value={NONE}>— not in this file —</option>
        {header.map((name, index) => (
          <option key={index} value={String(index)}>
            {name ? `${name} (column ${index + 1})` : `Column ${index + 1}`}
          </option>
        ))}
      </select>
      <span id={`${id}-help`} className="field-help">
        {spec.help}
      </span>
    </div>
  );
}
