import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/graph/buildNetwork";
import { layoutNetwork } from "../../src/report/layout";
import { sectorPalette } from "../../src/ui/graph/palette";
import { smallDataset } from "./fixtures";

describe("layoutNetwork", () => {
  const graph = buildNetwork(smallDataset()).graph;

  it("places everyone at a finite position, coloured as the app colours sectors", () => {
    const { visuals, sectorColors } = layoutNetwork(graph);
    expect(visuals).not.toBeNull();
    expect([...visuals!.keys()].sort()).toEqual(graph.nodes().sort());
    const palette = sectorPalette(graph);
    graph.forEachNode((id, a) => {
      const v = visuals!.get(id)!;
      expect(Number.isFinite(v.x) && Number.isFinite(v.y)).toBe(true);
      expect(v.color).toBe(palette.colorOf(a.sector));
      expect(v.size).toBeGreaterThan(0);
    });
    expect(sectorColors.get("Public health")).toBe(palette.colorOf("Public health"));
    expect(sectorColors.get("Unknown")).toBe(palette.colorOf(undefined));
  });

  it("gives the same picture every time, and a settled one rather than the starting patches", () => {
    const a = layoutNetwork(graph).visuals!;
    const b = layoutNetwork(graph).visuals!;
    expect([...a.entries()]).toEqual([...b.entries()]);
    const start = layoutNetwork(graph, { iterations: 0 }).visuals!;
    expect([...a.entries()]).not.toEqual([...start.entries()]);
  });

  it("draws tied people closer than untied ones, on average", () => {
    const v = layoutNetwork(graph).visuals!;
    const distance = (s: string, t: string) =>
      Math.hypot(v.get(s)!.x - v.get(t)!.x, v.get(s)!.y - v.get(t)!.y);
    const tied: number[] = [];
    const untied: number[] = [];
    const nodes = graph.nodes().filter((n) => graph.degree(n) > 0);
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++)
        (graph.hasEdge(nodes[i]!, nodes[j]!) ? tied : untied).push(distance(nodes[i]!, nodes[j]!));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(tied)).toBeLessThan(mean(untied));
  });

  it("computes no layout above the size limit, but still the sector colours", () => {
    const { visuals, sectorColors } = layoutNetwork(graph, { maxPeople: 5 });
    expect(visuals).toBeNull();
    expect(sectorColors.size).toBeGreaterThan(1);
  });
});
