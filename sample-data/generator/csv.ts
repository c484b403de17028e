/** Minimal RFC 4180 writer: quotes a cell only when it must, LF line endings, trailing newline. */

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\n") + "\n";
}
