import { describe, expect, it } from "vitest";
import { participation } from "../../src/analysis/participation";
import { handGraph, star } from "./bottleneckHandGraphs";

describe("participation", () => {
  it("measures how evenly distinct contacts spread over sectors", () => {
    const graph = handGraph(star("v", ["a", "b1", "b2", "c"]), {
      v: "A",
      a: "A",
      b1: "B",
      b2: "B",
      c: "C",
    });
    // 1 − (1/4)² − (2/4)² − (1/4)²
    expect(participation(graph).v).toBeCloseTo(1 - 1 / 16 - 4 / 16 - 1 / 16, 12);
    expect(participation(graph).b1).toBe(0);
  });

  it("ignores tie weights: a contact counts once", () => {
    const graph = handGraph(
      [
        ["v", "a", 10],
        ["v", "b", 1],
      ],
      { v: "A", a: "A", b: "B" },
    );
    expect(participation(graph).v).toBeCloseTo(0.5, 12);
  });

  it("is empty for people without contacts", () => {
    const graph = handGraph([["a", "b"]], { alone: "NGO", a: "NGO", b: "UN" });
    expect(participation(graph)).toEqual({ alone: null, a: 0, b: 0 });
  });
});
