/**
 * The People table's logic, apart from React: which columns are shown, which people
 * pass the filters, in what order, and the CSV of exactly that.
 */
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import {
  PERSON_COLUMNS,
  type CellValue,
  type ColumnFamily,
  type PersonColumn,
} from "../../analysis/registry";
import { toCsv } from "../../report/csv";
import { foldText } from "../graph/searchIndex";

export type SortDirection = "ascending" | "descending";

export interface SortState {
  column: string;
  direction: SortDirection;
}

export interface PeopleFilter {
  /** Matched, ignoring case and accents, against name, organisation, id, role and region. */
  text: string;
  /** null: every sector. */
  sector: string | null;
  /** null: every status. */
  status: string | null;
}

export const NO_FILTER: PeopleFilter = { text: "", sector: null, status: null };

/** Families of columns the user can show or hide; the name is always shown. */
export const COLUMN_FAMILIES: readonly ColumnFamily[] = [
  "person",
  "centrality",
  "bottlenecks",
  "brokerage",
  "communities",
];

export function visibleColumns(families: ReadonlySet<ColumnFamily>): PersonColumn[] {
  return PERSON_COLUMNS.filter((c) => c.id === "name" || families.has(c.family));
}

export function filterPeople(people: readonly PersonMeasures[], filter: PeopleFilter): PersonMeasures[] {
  const query = foldText(filter.text);
  return people.filter((p) => {
    if (filter.sector !== null && p.sector !== filter.sector) return false;
    if (filter.status !== null && p.status !== filter.status) return false;
    if (!query) return true;
    const haystack = foldText([p.name, p.organization, p.id, p.role, p.region].filter(Boolean).join(" "));
    return haystack.includes(query);
  });
}

/** Measures read best from the highest down; names, categories and ranks from the top of the alphabet or list. */
export function firstDirection(column: PersonColumn): SortDirection {
  return column.format === "text" || column.format === "rank" ? "ascending" : "descending";
}

/** A header click: the same column flips its direction, another column starts in its natural one. */
export function nextSort(current: SortState | null, column: PersonColumn): SortState {
  if (current?.column === column.id) {
    return { column: column.id, direction: current.direction === "ascending" ? "descending" : "ascending" };
  }
  return { column: column.id, direction: firstDirection(column) };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

function isMissing(value: CellValue): boolean {
  return value === null || value === "" || (typeof value === "number" && !Number.isFinite(value));
}

/**
 * Sorted copy: people without a value last whichever the direction (an empty constraint
 * is not "lowest"), equal values by name so the order never jumps between renders.
 */
export function sortPeople(
  people: readonly PersonMeasures[],
  column: PersonColumn,
  direction: SortDirection,
): PersonMeasures[] {
  const sign = direction === "ascending" ? 1 : -1;
  const keyed = people.map((person) => ({ person, value: column.value(person) }));
  keyed.sort((x, y) => {
    const xMissing = isMissing(x.value);
    const yMissing = isMissing(y.value);
    if (xMissing || yMissing) return xMissing === yMissing ? byName(x.person, y.person) : xMissing ? 1 : -1;
    return sign * compareValues(x.value, y.value) || byName(x.person, y.person);
  });
  return keyed.map((k) => k.person);
}

function byName(a: PersonMeasures, b: PersonMeasures): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The CSV of the rows and columns on screen, in their order, values unrounded; formulas neutralised. */
export function peopleCsv(rows: readonly PersonMeasures[], columns: readonly PersonColumn[]): string {
  return toCsv([columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => c.value(row)))]);
}

/** Distinct values of a text field with how many people have each, for the filter menus. */
export function valueCounts(
  people: readonly PersonMeasures[],
  field: (p: PersonMeasures) => string | null,
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const person of people) {
    const value = field(person);
    if (value !== null && value !== "") counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => collator.compare(a.value, b.value));
}
