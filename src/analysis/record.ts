/**
 * An empty per-person (or per-sector) record without a prototype: ids come from the
 * coordinator's files, and a person called "__proto__" or "constructor" must stay an ordinary
 * key instead of reaching Object.prototype.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
