/**
 * Text normalisation for matching what people type in headers and cells against
 * Weaver's vocabulary: "Organización", "ORGANIZATION" and "organization_name" must all
 * be recognised, whatever the accents, case or separators.
 */

/** Lower-case words without accents: "Fecha de la Reunión" -> ["fecha", "de", "la", "reunion"]; camelCase splits. */
export function headerWords(h: string): string[] {
  return h
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** Case/accent/space/underscore/hyphen insensitive form of a header: "E-mail" and "email" both give "email". */
export function normalizeHeader(h: string): string {
  return headerWords(h).join("");
}

/** Case/accent/whitespace insensitive key for comparing cell values ("Activo " = "activo"). */
export function normalizeKey(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}
