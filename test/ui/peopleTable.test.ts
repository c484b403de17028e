import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import type { PersonMeasures } from "../../src/analysis/analyzeNetwork";
import { columnById } from "../../src/analysis/registry";
import {
  COLUMN_FAMILIES,
  filterPeople,
  firstDirection,
  nextSort,
  NO_FILTER,
  peopleCsv,
  sortPeople,
  valueCounts,
  visibleColumns,
} from "../../src/ui/people/peopleTable";
import { smallAnalysis } from "./smallNetwork";

let people: PersonMeasures[];

beforeAll(async () => {
  people = (await smallAnalysis()).analysis.people;
});

const names = (rows: PersonMeasures[]) => rows.map((p) => p.name);

describe("filterPeople", () => {
  it("matches text ignoring case and accents, in names and identifiers", () => {
    expect(names(filterPeople(people, { ...NO_FILTER, text: "nunez" }))).toEqual(["Carla Núñez"]);
    expect(names(filterPeople(people, { ...NO_FILTER, text: "  DÍAZ " }))).toEqual(["Bruno Díaz"]);
    expect(names(filterPeople(people, { ...NO_FILTER, text: "g" }))).toContain("Gloria Paz");
    expect(filterPeople(people, NO_FILTER)).toHaveLength(people.length);
  });

  it("keeps only the chosen sector and status, combined with the text", () => {
    expect(names(filterPeople(people, { ...NO_FILTER, sector: "Sport" })).sort()).toEqual([
      "Ana López",
      "Eva Martín",
      "Félix Ortega",
    ]);
    expect(names(filterPeople(people, { ...NO_FILTER, sector: "Sport", status: "former" }))).toEqual([
      "Félix Ortega",
    ]);
    expect(filterPeople(people, { text: "ana", sector: "Health", status: null })).toEqual([]);
  });
});

describe("sortPeople", () => {
  it("orders a measure from the highest down, equal values by name", () => {
    const byContacts = sortPeople(people, columnById("degree"), "descending");
    expect(byContacts[0]!.name).toBe("Bruno Díaz");
    const degrees = byContacts.map((p) => p.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    const ties = byContacts.filter((p) => p.degree === 2).map((p) => p.name);
    expect(ties).toEqual([...ties].sort((a, b) => a.localeCompare(b)));
  });

  it("puts people without a value last in both directions", () => {
    const constraint = columnById("constraint");
    for (const direction of ["ascending", "descending"] as const) {
      const sorted = sortPeople(people, constraint, direction);
      expect(sorted.at(-1)!.name).toBe("Gloria Paz");
      expect(sorted.slice(0, -1).every((p) => p.constraint !== null)).toBe(true);
    }
  });

  it("sorts names alphabetically with accents in their place, and yes before no when descending", () => {
    expect(names(sortPeople(people, columnById("name"), "ascending")).slice(1)).toEqual([
      "Ana López",
      "Bruno Díaz",
      "Carla Núñez",
      "Eva Martín",
      "Félix Ortega",
      "Gloria Paz",
    ]);
    const cut = sortPeople(people, columnById("articulationPoint"), "descending");
    expect(cut[0]!.articulationPoint).toBe(true);
    expect(cut.at(-1)!.articulationPoint).toBe(false);
  });

  it("does not change the list it is given", () => {
    const before = names(people);
    sortPeople(people, columnById("betweenness"), "descending");
    expect(names(people)).toEqual(before);
  });
});

describe("nextSort", () => {
  it("starts measures high-to-low and names A to Z, and flips on a second click", () => {
    expect(firstDirection(columnById("betweenness"))).toBe("descending");
    expect(firstDirection(columnById("name"))).toBe("ascending");
    expect(firstDirection(columnById("keyPlayerRank"))).toBe("ascending");
    const first = nextSort({ column: "name", direction: "ascending" }, columnById("betweenness"));
    expect(first).toEqual({ column: "betweenness", direction: "descending" });
    expect(nextSort(first, columnById("betweenness"))).toEqual({
      column: "betweenness",
      direction: "ascending",
    });
  });
});

describe("visibleColumns", () => {
  it("always shows the name and otherwise only the chosen families", () => {
    expect(visibleColumns(new Set()).map((c) => c.id)).toEqual(["name"]);
    const centrality = visibleColumns(new Set(["centrality"]));
    expect(centrality[0]!.id).toBe("name");
    expect(centrality.slice(1).every((c) => c.family === "centrality")).toBe(true);
    expect(visibleColumns(new Set(COLUMN_FAMILIES)).length).toBeGreaterThan(25);
  });
});

describe("peopleCsv", () => {
  it("holds the rows and columns shown, in order, with formulas neutralised", () => {
    const columns = visibleColumns(new Set(["person"]));
    const rows = sortPeople(
      filterPeople(people, { ...NO_FILTER, sector: "Health" }),
      columnById("name"),
      "ascending",
    );
    const parsed = Papa.parse<string[]>(peopleCsv(rows, columns), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(columns.map((c) => c.label));
    expect(parsed.slice(1).map((r) => r[0])).toEqual([`'=HYPERLINK("x")`, "Bruno Díaz", "Carla Núñez"]);
    expect(parsed).toHaveLength(rows.length + 1);
  });

  it("writes numbers unrounded and missing values as empty cells", () => {
    const columns = [columnById("name"), columnById("betweenness"), columnById("constraint")];
    const parsed = Papa.parse<string[]>(peopleCsv(people, columns), { skipEmptyLines: true }).data;
    people.forEach((person, i) => {
      const [, betweenness, constraint] = parsed[i + 1]!;
      expect(Number(betweenness)).toBe(person.betweenness);
      expect(constraint).toBe(person.constraint === null ? "" : String(person.constraint));
    });
  });
});

describe("valueCounts", () => {
  it("lists each sector once with its number of people, alphabetically, skipping blanks", () => {
    expect(valueCounts(people, (p) => (p.sector === "Unknown" ? null : p.sector))).toEqual([
      { value: "Health", count: 3 },
      { value: "Sport", count: 3 },
    ]);
  });
});
