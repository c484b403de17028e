/**
 * The WCAG arithmetic the accessibility test relies on, checked against published figures:
 * WCAG 2.1's 21:1 extremes, #777777 on white (4.48:1, the classic "just fails AA" grey),
 * #767676 (4.54:1, the lightest grey that passes) and #595959 (7:1, AAA).
 */
import { describe, expect, test } from "vitest";
import {
  blend,
  composite,
  contrastRatio,
  formatRatio,
  parseColour,
  requiredTextRatio,
  toHex,
  WHITE,
  type Rgba,
} from "./contrast";

const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const grey = (hex: string) => parseColour(hex)!;

describe("WCAG contrast", () => {
  test("black on white is 21:1 and a colour on itself 1:1, in either order", () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 6);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 6);
    expect(contrastRatio(grey("#1f4e79"), grey("#1f4e79"))).toBe(1);
  });

  test("published greys on white", () => {
    expect(formatRatio(contrastRatio(grey("#777777"), WHITE))).toBe("4.48:1");
    expect(formatRatio(contrastRatio(grey("#767676"), WHITE))).toBe("4.54:1");
    expect(formatRatio(contrastRatio(grey("#595959"), WHITE))).toBe("7.00:1");
    expect(contrastRatio(grey("#777"), WHITE)).toBeLessThan(4.5);
  });

  test("computed colours as Chromium writes them", () => {
    expect(parseColour("rgb(31, 78, 121)")).toEqual({ r: 31, g: 78, b: 121, a: 1 });
    expect(parseColour("rgba(0, 0, 0, 0.25)")).toEqual({ r: 0, g: 0, b: 0, a: 0.25 });
    expect(parseColour("rgb(255 255 255 / 92%)")).toEqual({ r: 255, g: 255, b: 255, a: 0.92 });
    expect(parseColour("transparent")?.a).toBe(0);
    expect(parseColour("linear-gradient(red, blue)")).toBeNull();
    expect(toHex(grey("#1F4E79"))).toBe("#1f4e79");
  });

  test("half-transparent black over white is the middle grey", () => {
    const half = blend({ ...BLACK, a: 0.5 }, WHITE);
    expect(toHex(half)).toBe("#808080");
    expect(toHex(composite([{ background: { ...BLACK, a: 0.5 }, opacity: 1 }], null))).toBe("#808080");
  });

  test("opacity fades a group as one: white text on black at 50% is white on grey", () => {
    const layers = [
      { background: WHITE, opacity: 1 },
      { background: BLACK, opacity: 0.5 },
    ];
    expect(toHex(composite(layers, WHITE))).toBe("#ffffff");
    expect(toHex(composite(layers, null))).toBe("#808080");
    // A transparent layer lets the one below show through.
    expect(
      toHex(
        composite(
          [
            { background: BLACK, opacity: 1 },
            { background: WHITE, opacity: 0 },
          ],
          null,
        ),
      ),
    ).toBe("#000000");
  });

  test("large text needs 3:1 from 24px, or 18.66px when bold", () => {
    expect(requiredTextRatio(15, 400)).toBe(4.5);
    expect(requiredTextRatio(24, 400)).toBe(3);
    expect(requiredTextRatio(19, 400)).toBe(4.5);
    expect(requiredTextRatio(19, 700)).toBe(3);
    expect(requiredTextRatio(18, 700)).toBe(4.5);
  });
});
