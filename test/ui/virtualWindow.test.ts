import { describe, expect, it } from "vitest";
import { rowWindow, scrollToReveal } from "../../src/ui/common/virtualWindow";
import { placePopover } from "../../src/ui/common/popoverPosition";

describe("rowWindow", () => {
  const base = { rowHeight: 30, rowCount: 10_000, headerHeight: 60, overscan: 5 };

  it("renders the rows in view plus the overscan, spacers standing for the rest", () => {
    const w = rowWindow({ ...base, scrollTop: 3_000, viewportHeight: 660 });
    // Rows 100..120 are in view (600 px below a 60 px header).
    expect(w).toEqual({ start: 95, end: 125, padTop: 95 * 30, padBottom: (10_000 - 125) * 30 });
    expect(w.padTop + (w.end - w.start) * 30 + w.padBottom).toBe(10_000 * 30);
  });

  it("starts at the top and stops at the last row", () => {
    expect(rowWindow({ ...base, scrollTop: 0, viewportHeight: 360 })).toMatchObject({
      start: 0,
      end: 15,
      padTop: 0,
    });
    const bottom = rowWindow({ ...base, scrollTop: 10_000 * 30 - 300, viewportHeight: 360 });
    expect(bottom.end).toBe(10_000);
    expect(bottom.padBottom).toBe(0);
  });

  it("handles short, empty and not yet measured tables", () => {
    expect(rowWindow({ ...base, rowCount: 3, scrollTop: 0, viewportHeight: 800 })).toEqual({
      start: 0,
      end: 3,
      padTop: 0,
      padBottom: 0,
    });
    expect(rowWindow({ ...base, rowCount: 0, scrollTop: 0, viewportHeight: 800 })).toEqual({
      start: 0,
      end: 0,
      padTop: 0,
      padBottom: 0,
    });
    // Hidden in a tab: height 0 still renders a few rows, never the whole table.
    const hidden = rowWindow({ ...base, scrollTop: 0, viewportHeight: 0 });
    expect(hidden.end - hidden.start).toBeLessThanOrEqual(1 + base.overscan);
  });

  it("clamps a scroll position beyond the end (the table shrank after filtering)", () => {
    const w = rowWindow({ ...base, rowCount: 20, scrollTop: 9_999, viewportHeight: 300 });
    expect(w.end).toBe(20);
    expect(w.start).toBeLessThan(20);
    expect(w.padBottom).toBe(0);
  });
});

describe("scrollToReveal", () => {
  it("moves as little as needed to show a row below the sticky header", () => {
    // Visible rows area: 300 - 60 = 240 px, 8 rows of 30 px.
    expect(scrollToReveal(5, 0, 300, 30, 60)).toBe(0);
    expect(scrollToReveal(8, 0, 300, 30, 60)).toBe(30);
    expect(scrollToReveal(2, 300, 300, 30, 60)).toBe(60);
    expect(scrollToReveal(12, 300, 300, 30, 60)).toBe(300);
  });
});

describe("placePopover", () => {
  const viewport = { width: 1280, height: 800 };
  const size = { width: 300, height: 200 };

  it("opens below its button, or above when there is no room below", () => {
    expect(placePopover({ top: 100, left: 50, width: 20, height: 20 }, size, viewport)).toEqual({
      top: 126,
      left: 50,
    });
    expect(placePopover({ top: 700, left: 50, width: 20, height: 20 }, size, viewport)).toEqual({
      top: 494,
      left: 50,
    });
  });

  it("stays inside the viewport near its right edge", () => {
    const { left } = placePopover({ top: 100, left: 1250, width: 20, height: 20 }, size, viewport);
    expect(left + size.width).toBeLessThanOrEqual(viewport.width - 8);
  });
});
