/**
 * Escaping for XML (GEXF) and HTML (the report), shared so both treat imported text the
 * same way: as text, never as markup. Characters XML 1.0 forbids or discourages (C0 and C1
 * controls other than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF)
 * are removed, because a single one makes a GEXF file unreadable to Gephi or networkx.
 */

const FORBIDDEN =
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Inside attributes, a parser turns raw tabs and line breaks into spaces; references keep them.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Text without the characters XML cannot carry. */
export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/** Safe inside element content and inside double- or single-quoted attribute values. */
export function escapeMarkup(value: string | number | boolean): string {
  return cleanText(String(value)).replace(/[&<>"'\t\n\r]/g, (ch) => ENTITIES[ch]!);
}

/** Element content, where line breaks and tabs may stay as they are. */
export function escapeText(value: string | number | boolean): string {
  return cleanText(String(value)).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
