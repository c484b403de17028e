import { expect } from "vitest";

/** Tolerance of every comparison with the networkx fixtures. */
export const TOLERANCE = 1e-6;

/**
 * Asserts that a per-person result has exactly the reference's people (so people without
 * ties are neither dropped nor invented) and that each value is within `tolerance`;
 * null in the reference (networkx's NaN) must be null here.
 */
export function expectPerPerson(
  actual: Record<string, number | null>,
  expected: Record<string, number | null>,
  tolerance = TOLERANCE,
): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  const off: string[] = [];
  for (const [person, value] of Object.entries(expected)) {
    const got = actual[person];
    const ok = value === null ? got === null : typeof got === "number" && Math.abs(got - value) <= tolerance;
    if (!ok) off.push(`${person}: got ${got}, networkx ${value}`);
  }
  expect(off, off.slice(0, 10).join("\n")).toEqual([]);
}
