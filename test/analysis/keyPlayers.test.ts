import { connectedComponents } from "graphology-components";
import type Graph from "graphology";
import { describe, expect, it } from "vitest";
import { fragmentation, keyPlayers } from "../../src/analysis/keyPlayers";
import { handGraph, path, randomGraph, star, without } from "./bottleneckHandGraphs";

/** Borgatti's F of the network left once `gone` have left, by recounting components. */
function fragmentationWithout(graph: Graph, gone: string[]): number {
  const rest = without(graph, gone);
  const pairs = connectedComponents(rest).reduce((sum, c) => sum + c.length * (c.length - 1), 0);
  return fragmentation(pairs, rest.order);
}

describe("keyPlayers", () => {
  it("takes the middle of a path first, and reports fragmentation before and after", () => {
    const result = keyPlayers(path(5), { k: 1 });
    expect(result.players).toEqual(["p2"]);
    expect(result.fragmentationBefore).toBe(0);
    // Two pieces of 2 among the 4 people left: 1 − (2 + 2) / 12.
    expect(result.fragmentationAfter).toBeCloseTo(2 / 3, 12);
    expect(result.steps).toEqual([
      { node: "p2", fragmentation: result.fragmentationAfter, gain: result.fragmentationAfter },
    ]);
  });

  it("takes the two hubs of two joined stars, bigger star first, leaving only isolates", () => {
    const graph = handGraph([...star("h1", ["a", "b", "c", "d"]), ...star("h2", ["e", "f"]), ["h1", "h2"]]);
    const result = keyPlayers(graph, { k: 2 });
    expect(result.players).toEqual(["h1", "h2"]);
    expect(result.fragmentationAfter).toBe(1);
    expect(result.steps[0]!.gain + result.steps[1]!.gain).toBeCloseTo(1 - result.fragmentationBefore, 12);
    expect(result.rank).toMatchObject({ h1: 1, h2: 2, a: null });
  });

  it("counts people without ties in n before anyone leaves", () => {
    const graph = handGraph(
      [
        ["a", "b"],
        ["b", "c"],
      ],
      { alone: "NGO" },
    );
    // pairs 3·2 = 6 among 4 people: 1 − 6/12.
    expect(keyPlayers(graph, { k: 1 }).fragmentationBefore).toBeCloseTo(0.5, 12);
    expect(keyPlayers(graph, { k: 1 }).players).toEqual(["b"]);
  });

  it("never asks for more people than leaves a pair behind", () => {
    expect(keyPlayers(path(3), { k: 5 }).k).toBe(1);
    expect(keyPlayers(handGraph([], { a: "x" })).players).toEqual([]);
  });

  it("reports fragmentation as recounted on the network without the set", () => {
    for (const seed of [21, 22, 23]) {
      const graph = randomGraph(60, 0.05, seed);
      const result = keyPlayers(graph, { k: 4 });
      expect(result.players).toHaveLength(4);
      expect(result.fragmentationBefore).toBeCloseTo(fragmentationWithout(graph, []), 12);
      result.steps.forEach((step, i) => {
        expect(step.fragmentation).toBeCloseTo(
          fragmentationWithout(graph, result.players.slice(0, i + 1)),
          12,
        );
      });
      expect(result.fragmentationAfter).toBeGreaterThan(result.fragmentationBefore);
    }
  });

  it("finds a set no single swap can improve, at least as good as plain greedy", () => {
    for (const seed of [31, 32, 33, 34]) {
      const graph = randomGraph(30, 0.08, seed);
      const greedy = keyPlayers(graph, { k: 3, improve: false });
      const improved = keyPlayers(graph, { k: 3 });
      expect(improved.fragmentationAfter).toBeGreaterThanOrEqual(greedy.fragmentationAfter - 1e-12);
      const best = improved.fragmentationAfter;
      for (const member of improved.players) {
        for (const outsider of graph.nodes().filter((v) => !improved.players.includes(v))) {
          const swapped = improved.players.map((v) => (v === member ? outsider : v));
          expect(
            fragmentationWithout(graph, swapped),
            `seed ${seed}: ${member} → ${outsider}`,
          ).toBeLessThanOrEqual(best + 1e-12);
        }
      }
    }
  });
});
