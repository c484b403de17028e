/**
 * The registry columns the map can be coloured by beyond sector, role, group and status:
 * organisation, region, and the registry's own extra columns (kept in `extra`) when they sort
 * people into a few groups. Pure: from the imported graph to the choices and each person's value.
 *
 * Which extra columns are categorical: between 2 and MAX_CATEGORIES distinct values, and at
 * least two people per value on average. A colour legend stays readable up to about twenty
 * entries (the palette has twelve colours and folds the rest into "Other"), so a column with
 * more values would paint most people the same "Other" grey; and a column where nearly every
 * value is different (e-mails, phone numbers, dates, notes) says nothing as a colour even in a
 * small registry, where it could stay under twenty values. A column with one value colours
 * everyone alike. Organisation and region are offered whenever anyone has one: they are meant
 * to group people, and with many organisations the largest still get their own colour.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";
import { extraValue, type PersonAttributes } from "../../model/types";

export const MAX_CATEGORIES = 20;
const EXTRA_PREFIX = "extra:";

export interface ColourColumn {
  /** "organization", "region" or "extra:<column name as in the registry>". */
  id: string;
  /** How the choice and the legend name it. */
  label: string;
}

const NAMED_COLUMNS: readonly (ColourColumn & { id: "organization" | "region" })[] = [
  { id: "organization", label: "organisation" },
  { id: "region", label: "region" },
];

/** The value a person has in a column choice; undefined when blank or not a column id. */
export function columnValue(attributes: PersonAttributes, id: string): string | undefined {
  const raw =
    id === "organization" || id === "region"
      ? attributes[id]
      : id.startsWith(EXTRA_PREFIX)
        ? extraValue(attributes, id.slice(EXTRA_PREFIX.length))
        : undefined;
  return raw?.trim() || undefined;
}

export function extraColumnId(name: string): string {
  return `${EXTRA_PREFIX}${name}`;
}

/** Whether values (one per person who has one) sort people into a few groups; see the module comment. */
export function isCategorical(values: readonly string[]): boolean {
  const distinct = new Set(values).size;
  return distinct >= 2 && distinct <= MAX_CATEGORIES && distinct * 2 <= values.length;
}

/** The column choices this graph offers, organisation and region first, then extra columns by name. */
export function colourColumns(graph: WeaverGraph): ColourColumn[] {
  const extras = new Map<string, string[]>();
  const named = new Set<string>();
  graph.forEachNode((_, attributes) => {
    for (const { id } of NAMED_COLUMNS) if (columnValue(attributes, id) !== undefined) named.add(id);
    for (const [name, raw] of Object.entries(attributes.extra ?? {})) {
      const value = raw.trim();
      if (!value) continue;
      const list = extras.get(name) ?? [];
      list.push(value);
      extras.set(name, list);
    }
  });
  const categorical = [...extras]
    .filter(([, values]) => isCategorical(values))
    .map(([name]) => name)
    .sort((a, b) => a.localeCompare(b));
  return [
    ...NAMED_COLUMNS.filter(({ id }) => named.has(id)),
    ...categorical.map((name) => ({ id: extraColumnId(name), label: name })),
  ];
}

/** The legend's words for people without a value, and for the values folded into one colour. */
export function columnLegendLabels(id: string): { unknown: string; other: string } {
  if (id === "organization") return { unknown: "No organisation", other: "Other organisations" };
  if (id === "region") return { unknown: "No region", other: "Other regions" };
  return { unknown: "No value", other: "Other values" };
}
