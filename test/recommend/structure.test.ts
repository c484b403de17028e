/**
 * The structural measurements behind resilience and fragility, checked against brute force:
 * remove a person (or add a tie) and look again, on seeded random networks.
 */
import { describe, expect, it } from "vitest";
import { analyzeNetwork } from "../../src/analysis/analyzeNetwork";
import { articulationPoints } from "../../src/analysis/articulation";
import { bridges } from "../../src/analysis/bridges";
import { sectorDependencies } from "../../src/analysis/sectorDependencies";
import type { WeaverGraph } from "../../src/graph/buildNetwork";
import { buildContext, type RecommendContext } from "../../src/recommend/context";
import { findFragility } from "../../src/recommend/fragility";
import { viaOneContact } from "../../src/recommend/goals";
import { countBridges, DependencyProbe, structuralEffect } from "../../src/recommend/resilience";
import { community, type PersonSpec, type TieSpec } from "./handNetworks";

function randomCommunity(n: number, p: number, seed: number): WeaverGraph {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const people: Record<string, PersonSpec> = {};
  for (let i = 0; i < n; i++) people[`n${i}`] = { sector: `s${Math.floor(random() * 3)}` };
  const ties: TieSpec[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (random() < p) ties.push([`n${i}`, `n${j}`]);
  return community(people, ties);
}

/** People reachable from `from` without passing through `removed`. */
function reach(graph: WeaverGraph, from: string[], removed: string | null): Set<string> {
  const seen = new Set(from.filter((v) => v !== removed));
  const queue = [...seen];
  while (queue.length > 0) {
    for (const w of graph.neighbors(queue.pop()!)) {
      if (w === removed || seen.has(w)) continue;
      seen.add(w);
      queue.push(w);
    }
  }
  return seen;
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

async function contextOf(graph: WeaverGraph): Promise<RecommendContext> {
  return buildContext(graph, await analyzeNetwork(graph));
}

describe("findFragility", () => {
  it("agrees with removing each person in turn", async () => {
    let fragileSeen = 0;
    let robustSeen = 0;
    for (const seed of SEEDS) {
      for (const p of [0.08, 0.15]) {
        const graph = randomCommunity(24, p, seed);
        const ctx = await contextOf(graph);
        const ids = ctx.csr.nodes;
        // Parts of the community to test: a sector, and the circles of a few people.
        const parts = [
          ids.filter((id) => graph.getNodeAttribute(id, "sector") === "s0"),
          ...ids.slice(0, 8).map((c) => [c, ...graph.neighbors(c)]),
        ];
        for (const S of parts) {
          const inS = Uint8Array.from(ids, (id) => (S.includes(id) ? 1 : 0));
          const inR = Uint8Array.from(inS, (x) => 1 - x);
          const R = ids.filter((_, i) => inR[i]);
          const before = reach(graph, R, null);
          const separators = ids.filter((x) => {
            if (!S.some((s) => s !== x && before.has(s))) return false;
            const rest = R.filter((r) => r !== x);
            const after = reach(graph, rest, x);
            return !S.some((s) => s !== x && after.has(s));
          });
          const island =
            R.length > 0 &&
            S.every((s) => !before.has(s)) &&
            S.filter((s) => graph.degree(s) > 0).length >= 2;
          const found = findFragility(ctx, inS, inR);
          if (separators.length > 0) {
            fragileSeen++;
            expect(found).not.toBeNull();
            const x = ids[found!.through!]!;
            expect(separators).toContain(x);
            const component = reach(graph, [x], null);
            expect(found!.cutOff).toBe(S.filter((s) => s !== x && component.has(s)).length);
          } else if (island) {
            expect(found).toEqual({ through: null, cutOff: S.filter((s) => graph.degree(s) > 0).length });
          } else {
            robustSeen++;
            expect(found).toBeNull();
          }
        }
      }
    }
    // The check must have met both fragile and robust cases.
    expect(fragileSeen).toBeGreaterThan(10);
    expect(robustSeen).toBeGreaterThan(10);
  });
});

describe("structuralEffect and viaOneContact", () => {
  it("match articulation points and bridges recomputed with the tie added", async () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const graph = randomCommunity(20, 0.12, seed);
      const ctx = await contextOf(graph);
      const totalCutOff = (g: WeaverGraph) =>
        Object.values(articulationPoints(g).cutOff).reduce((s, c) => s + c, 0);
      const before = totalCutOff(graph);
      const bridgesBefore = countBridges(ctx.lp);
      expect(bridgesBefore).toBe(bridges(graph).bridges.length);
      const ids = ctx.csr.nodes;
      for (let u = 0; u < ids.length; u++) {
        for (let v = u + 1; v < ids.length; v++) {
          const [a, b] = [ids[u]!, ids[v]!];
          if (graph.hasEdge(a, b) || ctx.component[u] !== ctx.component[v]) continue;
          const added = graph.copy() as WeaverGraph;
          added.addEdge(a, b, { weight: 1, count: 1, types: [], sources: ["interaction"] });
          const effect = structuralEffect(ctx, bridgesBefore, u, v);
          expect(effect.relief).toBe(before - totalCutOff(added));
          expect(effect.bridges).toBe(bridgesBefore - bridges(added).bridges.length);
          const common = graph.neighbors(a).filter((z) => graph.hasEdge(z, b));
          if (common.length === 1) {
            const one = viaOneContact(ctx, u, v, ctx.csr.index.get(common[0]!)!);
            expect(one.relief).toBe(effect.relief);
            expect(one.bridges).toBe(effect.bridges);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("counts a tie between two separate components as reconnecting the smaller one", async () => {
    const graph = community({}, [
      ["a", "b"],
      ["b", "c"],
      ["x", "y"],
    ]);
    const ctx = await contextOf(graph);
    const [a, x] = [ctx.csr.index.get("a")!, ctx.csr.index.get("x")!];
    expect(structuralEffect(ctx, countBridges(ctx.lp), a, x).relief).toBe(2);
  });
});

describe("DependencyProbe", () => {
  it("recomputes a sector pair's dependency exactly as the analysis defines it", async () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const graph = randomCommunity(22, 0.12, seed);
      const ctx = await contextOf(graph);
      const probe = new DependencyProbe(ctx, 64);
      const ids = ctx.csr.nodes;
      const [u, v] = [0, ids.length - 1];
      if (graph.hasEdge(ids[u]!, ids[v]!)) continue;
      const added = graph.copy() as WeaverGraph;
      added.addEdge(ids[u]!, ids[v]!, { weight: 1, count: 1, types: [], sources: ["interaction"] });
      const reference = (g: WeaverGraph) =>
        sectorDependencies(g, { top: Infinity }).find((d) => d.sectors.join() === "s0,s1")!;
      expect(probe.exact("s0", "s1")).toBe(true);
      for (const { id, share } of reference(graph).people) {
        expect(probe.shareBefore("s0", "s1", ctx.csr.index.get(id)!)).toBeCloseTo(share, 12);
      }
      const after = new Map(reference(added).people.map((p) => [p.id, p.share]));
      ids.forEach((id, i) =>
        expect(probe.shareAfter("s0", "s1", i, u, v)).toBeCloseTo(after.get(id) ?? 0, 12),
      );
    }
  });
});
