import { describe, expect, it } from "vitest";
import { formatScore, formatSigned, formatValue, NO_VALUE, ordinal } from "../../src/ui/common/measureFormat";

describe("formatValue", () => {
  it("reads each format the same way everywhere", () => {
    expect(formatValue(12345, "integer")).toBe("12,345");
    expect(formatValue(41.999999, "decimal")).toBe("42");
    expect(formatValue(0.52164, "score")).toBe("0.522");
    expect(formatValue(-0.25, "signed")).toBe("\u22120.25");
    expect(formatValue(0.7, "share")).toBe("70%");
    expect(formatValue(2, "rank")).toBe("#2");
    expect(formatValue(true, "yesNo")).toBe("Yes");
    expect(formatValue(false, "yesNo")).toBe("No");
    expect(formatValue("Public health", "text")).toBe("Public health");
  });

  it("shows a dash for undefined values, never 0 or NaN", () => {
    expect(formatValue(null, "score")).toBe(NO_VALUE);
    expect(formatValue(Number.NaN, "decimal")).toBe(NO_VALUE);
    expect(formatValue("", "text")).toBe(NO_VALUE);
  });
});

describe("formatScore", () => {
  it("keeps two significant digits for small values and hides noise below 0.0001", () => {
    expect(formatScore(0)).toBe("0");
    expect(formatScore(0.0036590573)).toBe("0.0037");
    expect(formatScore(0.00012)).toBe("0.00012");
    expect(formatScore(0.00000001)).toBe("<0.0001");
    expect(formatScore(-0.5)).toBe("\u22120.500");
  });
});

describe("formatSigned and ordinal", () => {
  it("always shows the sign of an E-I index, and ranks read as in a sentence", () => {
    expect(formatSigned(0.333)).toBe("+0.33");
    expect(formatSigned(-0.001)).toBe("0.00");
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "101st",
      "111th",
    ]);
  });
});
