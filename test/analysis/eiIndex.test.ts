import { describe, expect, it } from "vitest";
import { eiIndex } from "../../src/analysis/eiIndex";
import { handGraph } from "./bottleneckHandGraphs";

describe("eiIndex", () => {
  // A: a1-a2-a3 triangle; B: b1-b2; cross ties a1-b1, a3-b1; c1 in C with no ties.
  const graph = handGraph(
    [
      ["a1", "a2"],
      ["a2", "a3"],
      ["a3", "a1"],
      ["b1", "b2"],
      ["a1", "b1"],
      ["a3", "b1"],
    ],
    { a1: "A", a2: "A", a3: "A", b1: "B", b2: "B", c1: "C" },
  );

  it("compares ties between and within sectors for the whole network", () => {
    const result = eiIndex(graph);
    expect(result).toMatchObject({ external: 2, internal: 4 });
    expect(result.network).toBeCloseTo((2 - 4) / 6, 12);
  });

  it("counts each internal tie once per sector", () => {
    const { bySector } = eiIndex(graph);
    expect(bySector.A).toBeCloseTo((2 - 3) / 5, 12);
    expect(bySector.B).toBeCloseTo((2 - 1) / 3, 12);
    expect(bySector.C).toBeNull();
  });

  it("compares each person's contacts outside and inside their sector", () => {
    const { byPerson } = eiIndex(graph);
    expect(byPerson).toMatchObject({ a1: (1 - 2) / 3, a2: -1, b1: (2 - 1) / 3, b2: -1, c1: null });
  });

  it("is empty for a network without ties", () => {
    expect(eiIndex(handGraph([], { x: "A" })).network).toBeNull();
  });

  it("keeps a sector called __proto__ as an ordinary key", () => {
    const odd = handGraph([["a", "b"]]);
    odd.setNodeAttribute("a", "sector", "__proto__");
    odd.setNodeAttribute("b", "sector", "constructor");
    expect(Object.keys(eiIndex(odd).bySector).sort()).toEqual(["__proto__", "constructor"]);
    expect(eiIndex(odd).bySector["__proto__"]).toBe(1);
  });
});
