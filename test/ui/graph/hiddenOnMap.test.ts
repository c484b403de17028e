import { describe, expect, it } from "vitest";
import { hiddenByEither, unionOf } from "../../../src/ui/graph/hiddenOnMap";

describe("unionOf", () => {
  it("holds the keys of either set, each iterated once", () => {
    const union = unionOf(new Set(["a", "b"]), new Set(["b", "c"]));
    expect([...union].sort()).toEqual(["a", "b", "c"]);
    for (const key of ["a", "b", "c"]) expect(union.has(key)).toBe(true);
    expect(union.has("d")).toBe(false);
  });
});

describe("hiddenByEither", () => {
  it("hides what a filter or the time window hides, and only what the filter hides without a window", () => {
    const filter = { hiddenNodes: new Set(["p1"]), hiddenEdges: new Set(["t1"]) };
    const window = { hiddenNodes: new Set(["p2"]), hiddenEdges: new Set(["t2", "t1"]) };
    const both = hiddenByEither(filter, window);
    expect([...both.hiddenNodes].sort()).toEqual(["p1", "p2"]);
    expect([...both.hiddenEdges].sort()).toEqual(["t1", "t2"]);
    expect(hiddenByEither(filter, null)).toBe(filter);
  });
});
