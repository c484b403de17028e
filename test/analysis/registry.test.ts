/**
 * The registry is the one place the app reads measures from: it must hold every
 * descriptor the analysis modules export, and a column for every per-person measure
 * analyzeNetwork produces, each explained.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PersonMeasures } from "../../src/analysis/analyzeNetwork";
import {
  columnById,
  DEFAULT_ANALYSIS_SETTINGS,
  MEASURE_DESCRIPTORS,
  measureOutput,
  normaliseParameter,
  normaliseSettings,
  PERSON_COLUMNS,
  SETTINGS_GROUPS,
  type AnalysisSettings,
} from "../../src/analysis/registry";
import { smallAnalysis } from "../ui/smallNetwork";

const ANALYSIS_DIR = path.resolve(import.meta.dirname, "../../src/analysis");

describe("MEASURE_DESCRIPTORS", () => {
  it("lists every descriptor the analysis modules export, once", async () => {
    const exported = new Set<unknown>();
    for (const file of readdirSync(ANALYSIS_DIR).filter((f) => f.endsWith(".ts"))) {
      const module = (await import(path.join(ANALYSIS_DIR, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module))
        if (name.endsWith("Descriptor")) exported.add(value);
    }
    expect(exported.size).toBeGreaterThan(15);
    expect(new Set(MEASURE_DESCRIPTORS)).toEqual(exported);
    const ids = MEASURE_DESCRIPTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds an output by id and refuses an unknown one", () => {
    expect(measureOutput("betweenness").explanation).toMatch(/shortest path/);
    expect(() => measureOutput("charisma")).toThrow(/charisma/);
  });
});

describe("PERSON_COLUMNS", () => {
  it("has unique ids, a label and a plain-language explanation for each column", () => {
    const ids = PERSON_COLUMNS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const column of PERSON_COLUMNS) {
      expect(column.label.length).toBeGreaterThan(2);
      expect(column.explanation.length).toBeGreaterThan(20);
    }
    expect(() => columnById("nope")).toThrow();
  });

  it("covers every per-person measure analyzeNetwork produces, with values of the declared kind", async () => {
    const { analysis } = await smallAnalysis();
    const people = analysis.people;
    const person = people.find((p) => p.name === "Bruno Díaz")!;
    const notMeasures = new Set<keyof PersonMeasures>(["id", "registered", "isolate", "peripheral"]);
    // A column shows a field when it gives that field's value for everyone; a new measure without one fails here.
    const shows = (field: (p: PersonMeasures) => unknown) =>
      PERSON_COLUMNS.some((c) => people.every((p) => c.value(p) === field(p)));
    for (const key of Object.keys(person) as (keyof PersonMeasures)[]) {
      if (notMeasures.has(key)) continue;
      if (key === "brokerage") {
        for (const role of Object.keys(person.brokerage) as (keyof PersonMeasures["brokerage"])[]) {
          expect(
            shows((p) => p.brokerage[role]),
            `brokerage.${role}`,
          ).toBe(true);
        }
      } else {
        expect(
          shows((p) => p[key]),
          key,
        ).toBe(true);
      }
    }
    for (const column of PERSON_COLUMNS) {
      const value = column.value(person);
      if (column.format === "text") expect(["string", "object"]).toContain(typeof value);
      else if (column.format === "yesNo") expect(typeof value).toBe("boolean");
      else expect(value === null || typeof value === "number").toBe(true);
    }
  });

  it("offers only amounts for sizing people on the map", () => {
    const sizeable = PERSON_COLUMNS.filter((c) => c.numeric).map((c) => c.id);
    expect(sizeable).toContain("betweenness");
    expect(sizeable).not.toContain("community");
    expect(sizeable).not.toContain("keyPlayerRank");
    expect(sizeable).not.toContain("articulationPoint");
  });
});

describe("analysis settings", () => {
  it("default to the descriptors' defaults", () => {
    for (const group of SETTINGS_GROUPS) {
      for (const parameter of group.descriptor.parameters) {
        expect((DEFAULT_ANALYSIS_SETTINGS[group.key] as Record<string, unknown>)[parameter.id]).toBe(
          parameter.default,
        );
      }
    }
    expect(DEFAULT_ANALYSIS_SETTINGS.keyPlayers.k).toBe(5);
    expect(DEFAULT_ANALYSIS_SETTINGS.betweenness.mode).toBe("auto");
  });

  it("are brought within each parameter's bounds and choices", () => {
    const messy = {
      betweenness: { mode: "quick", pivots: "2.5", seed: "abc" },
      keyPlayers: { k: 500 },
    } as unknown as AnalysisSettings;
    expect(normaliseSettings(messy)).toEqual({
      betweenness: { mode: "auto", pivots: 10, seed: 1 },
      keyPlayers: { k: 50 },
    });
    const k = SETTINGS_GROUPS[1]!.descriptor.parameters[0]!;
    expect(normaliseParameter(k, 0)).toBe(1);
    expect(normaliseParameter(k, "7")).toBe(7);
  });

  it("show the sample size and seed only for an estimate", () => {
    const group = SETTINGS_GROUPS.find((g) => g.key === "betweenness")!;
    const shown = (mode: string) =>
      group.descriptor.parameters.filter((p) => group.relevant(p, { mode })).map((p) => p.id);
    expect(shown("auto")).toEqual(["mode"]);
    expect(shown("sampled")).toEqual(["mode", "pivots", "seed"]);
  });
});
