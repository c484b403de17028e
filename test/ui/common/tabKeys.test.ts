import { describe, expect, test } from "vitest";
import { tabIndexForKey } from "../../../src/ui/common/tabKeys";

describe("tab row keys", () => {
  test("arrows step along the row and wrap round at both ends", () => {
    expect(tabIndexForKey("ArrowRight", 0, 4)).toBe(1);
    expect(tabIndexForKey("ArrowRight", 3, 4)).toBe(0);
    expect(tabIndexForKey("ArrowLeft", 2, 4)).toBe(1);
    expect(tabIndexForKey("ArrowLeft", 0, 4)).toBe(3);
  });

  test("Home and End go to the first and last tab", () => {
    expect(tabIndexForKey("Home", 2, 4)).toBe(0);
    expect(tabIndexForKey("End", 1, 4)).toBe(3);
  });

  test("other keys, and an empty row, move nothing", () => {
    expect(tabIndexForKey("ArrowDown", 1, 4)).toBeNull();
    expect(tabIndexForKey("Enter", 1, 4)).toBeNull();
    expect(tabIndexForKey("ArrowRight", 0, 0)).toBeNull();
  });
});
