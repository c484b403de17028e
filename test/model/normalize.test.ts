import { describe, expect, it } from "vitest";
import {
  boundedEditDistance,
  looksLikeEmail,
  nameSimilarity,
  normalizeEmail,
  normalizeName,
  tokenSimilarity,
} from "../../src/model/normalize";

describe("normalizeName", () => {
  it("lowercases, strips accents and collapses whitespace", () => {
    expect(normalizeName("  Ana   MARÍA\tLópez ")).toBe("ana maria lopez");
    expect(normalizeName("José Ñúñez")).toBe("jose nunez");
    expect(normalizeName("Zoë Ørsted-Łukasz")).toBe("zoe orsted lukasz");
    expect(normalizeName("Straße")).toBe("strasse");
  });

  it('turns "Last, First" into "First Last"', () => {
    expect(normalizeName("López, Ana María")).toBe("ana maria lopez");
    expect(normalizeName("López , Ana María")).toBe(normalizeName("Ana María López"));
  });

  it("does not reorder around a trailing suffix or degree", () => {
    expect(normalizeName("John Smith, Jr.")).toBe("john smith jr");
    expect(normalizeName("Ana Lopez, PhD")).toBe("ana lopez phd");
  });

  it("drops apostrophes and turns other punctuation into spaces", () => {
    expect(normalizeName("Seán O'Brien")).toBe("sean obrien");
    expect(normalizeName("Seán O’Brien")).toBe("sean obrien");
    expect(normalizeName("Jean-Pierre  M. Dupont")).toBe("jean pierre m dupont");
  });

  it("keeps non-Latin scripts and is idempotent", () => {
    expect(normalizeName("Дмитрий Иванов")).toBe("дмитрий иванов");
    expect(normalizeName("Σωκράτης")).toBe("σωκρατης");
    expect(normalizeName("अमित  कुमार")).toBe("अमित कुमार");
    const once = normalizeName("Pérez, Juan Carlos");
    expect(normalizeName(once)).toBe(once);
  });

  it("gives an empty string for names with no letters", () => {
    expect(normalizeName(" ... ")).toBe("");
  });
});

describe("normalizeEmail", () => {
  it("trims and lowercases, and reads mailto: and Name <address> forms", () => {
    expect(normalizeEmail("  Ana.Lopez@Example.ORG ")).toBe("ana.lopez@example.org");
    expect(normalizeEmail("mailto:ana@example.org")).toBe("ana@example.org");
    expect(normalizeEmail("Ana López <Ana@Example.org>")).toBe("ana@example.org");
  });

  it("tells addresses from names", () => {
    expect(looksLikeEmail("ana@example.org")).toBe(true);
    expect(looksLikeEmail("Ana <ana@example.org>")).toBe(true);
    expect(looksLikeEmail("Ana López")).toBe(false);
    expect(looksLikeEmail("@ana")).toBe(false);
  });
});

describe("boundedEditDistance", () => {
  it("counts substitutions, insertions, deletions and adjacent transpositions", () => {
    expect(boundedEditDistance("john", "john", 2)).toBe(0);
    expect(boundedEditDistance("jon", "john", 2)).toBe(1);
    expect(boundedEditDistance("jhon", "john", 2)).toBe(1);
    expect(boundedEditDistance("kitten", "sitting", 5)).toBe(3);
    expect(boundedEditDistance("christina", "kristina", 3)).toBe(2);
  });

  it("gives up past the bound", () => {
    expect(boundedEditDistance("kitten", "sitting", 2)).toBe(3);
    expect(boundedEditDistance("a", "abcdef", 1)).toBe(2);
  });
});

describe("tokenSimilarity", () => {
  it("matches initials weakly and typos by edit distance", () => {
    expect(tokenSimilarity("m", "maria")).toBe(0.8);
    expect(tokenSimilarity("m", "lopez")).toBe(0);
    expect(tokenSimilarity("jon", "john")).toBe(0.75);
    expect(tokenSimilarity("lopez", "perez")).toBe(0);
  });
});

describe("nameSimilarity", () => {
  it("is 1 for names equal once normalised, whatever the accents or order", () => {
    expect(nameSimilarity("Ana Maria Lopez", "Ana María López")).toBe(1);
    expect(nameSimilarity("López, Ana María", "ana maria lopez")).toBe(1);
    expect(nameSimilarity("Lopez Ana", "Ana Lopez")).toBe(1);
  });

  it("rates typical near-matches at 0.8 or more", () => {
    // Hand computation: words jon~john 0.75 and smith=smith 1, shared 1.75 of 2 and 2 → (0.875+0.875)/2.
    expect(nameSimilarity("Jon Smith", "John Smith")).toBeCloseTo(0.875, 12);
    // ana=ana 1, m~maria 0.8, lopez=lopez 1: shared 2.8 of 3 and 3.
    expect(nameSimilarity("Ana M. Lopez", "Ana María López")).toBeCloseTo(2.8 / 3, 12);
    // A missing middle name: Dice 2·2/5 = 0.8, coverage 2/2 = 1.
    expect(nameSimilarity("Ana Lopez", "Ana María López")).toBeCloseTo(0.9, 12);
    expect(nameSimilarity("Jhon Perez", "John Pérez")).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity("Kristina Rojas", "Christina Rojas")).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity("Ana de la Cruz", "Ana Cruz")).toBeGreaterThanOrEqual(0.8);
  });

  it("rates different people below 0.8", () => {
    expect(nameSimilarity("Ana Lopez", "Ana Perez")).toBe(0.5);
    expect(nameSimilarity("Maria de la Cruz", "Juan de la Cruz")).toBeLessThan(0.8);
    expect(nameSimilarity("Ana", "Ana Lopez")).toBeLessThan(0.8);
    expect(nameSimilarity("Carlos Mendes", "Luisa Fernandez")).toBe(0);
  });

  it("is 0 when names share only particles, or one is empty", () => {
    expect(nameSimilarity("Pedro de la Vega", "Rosa de la Torre")).toBe(0);
    expect(nameSimilarity("", "Ana")).toBe(0);
  });

  it("is symmetric", () => {
    const names = [
      "Ana M. Lopez",
      "Ana María López",
      "Jon Smith",
      "John Smith",
      "A. Lopez",
      "Ana de la Cruz",
    ];
    for (const a of names)
      for (const b of names) expect(nameSimilarity(a, b)).toBeCloseTo(nameSimilarity(b, a), 12);
  });
});
