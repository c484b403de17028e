import type { ColumnMapping, FieldSpec } from "../../ingest/fields";

interface PreviewTableProps {
  header: string[];
  rows: string[][];
  mapping: ColumnMapping;
  fields: FieldSpec[];
  caption: string;
}

/** The first rows as read, with the field each column will become, so a wrong guess is easy to spot. */
export function PreviewTable({ header, rows, mapping, fields, caption }: PreviewTableProps) {
  const fieldOfColumn = new Map<number, string>();
  for (const spec of fields) {
    const column = mapping[spec.field];
    if (column !== null && column !== undefined) fieldOfColumn.set(column, spec.label);
  }
  return (
    <div className="table-scroll">
      <table className="preview-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header.map((name, column) => (
              <th key={column} scope="col">
                <span className="column-name">{name || `Column ${column + 1}`}</span>
                <span className={fieldOfColumn.has(column) ? "column-field" : "column-field unused"}>
                  {fieldOfColumn.has(column) ? `→ ${fieldOfColumn.get(column)}` : "not used"}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {header.map((_, column) => (
                <td key={column}>{row[column] ?? ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
