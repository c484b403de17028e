import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  betweenness,
  betweennessDescriptor,
  chooseBetweennessMode,
  EXACT_WORK_LIMIT,
  MIN_PIVOTS,
} from "../../src/analysis/betweenness";
import { closeness } from "../../src/analysis/closeness";
import { sectorDependencies } from "../../src/analysis/sectorDependencies";
import {
  betweennessErrorBound,
  choosePivots,
  createRandom,
  pivotsForErrorBound,
} from "../../src/analysis/sampling";
import { powerlawClusterGraph, toGraphology } from "../../bench/lib/powerlawCluster";
import { expectPerPerson } from "../reference/compare";
import { loadReferenceGraph, referenceValues, REFERENCE_NAMES } from "../reference/loadReferenceGraph";

const exact = { mode: { mode: "exact" as const } };

describe("betweenness against networkx", () => {
  for (const name of REFERENCE_NAMES) {
    it(`matches betweenness_centrality on ${name}`, () => {
      const result = betweenness(loadReferenceGraph(name), exact);
      expectPerPerson(result.values, referenceValues(name).betweenness_centrality);
      expect(result.errorBound).toBe(0);
    });
  }

  it("gives the Medici their published betweenness of 0.522", () => {
    const values = betweenness(loadReferenceGraph("florentine"), exact).values;
    expect(values["Medici"]).toBeCloseTo(0.522, 3);
    expect(Object.keys(values)).toHaveLength(15);
  });

  it("counts people without ties in n, with 0", () => {
    // a-b-c: b carries the one pair {a,c}; with an isolate d, n = 4 and 2/((n-1)(n-2)) = 1/3.
    const graph = new Graph({ type: "undirected" });
    graph.mergeEdge("a", "b");
    graph.mergeEdge("b", "c");
    expect(betweenness(graph, exact).values["b"]).toBeCloseTo(1, 12);
    graph.addNode("d");
    const values = betweenness(graph, exact).values;
    expect(values["b"]).toBeCloseTo(1 / 3, 12);
    expect(values["d"]).toBe(0);
  });

  it("reads a directed graph as undirected and ignores weights", () => {
    const directed = new Graph({ type: "directed" });
    directed.mergeEdge("a", "b", { weight: 10 });
    directed.mergeEdge("c", "b", { weight: 1 });
    directed.mergeEdge("c", "d", { weight: 1 });
    const values = betweenness(directed, exact).values;
    expect(values["b"]).toBeCloseTo(2 / 3, 12);
    expect(values["c"]).toBeCloseTo(2 / 3, 12);
  });

  it("handles the empty graph and graphs too small to have intermediaries", () => {
    expect(betweenness(new Graph(), exact).values).toEqual({});
    const pair = new Graph({ type: "undirected" });
    pair.mergeEdge("a", "b");
    expect({ ...betweenness(pair, exact).values }).toEqual({ a: 0, b: 0 });
  });
});

describe("sampled betweenness (Brandes–Pich pivots)", () => {
  const graph = loadReferenceGraph("multisector");
  const expected = referenceValues("multisector").betweenness_centrality;
  const n = graph.order;

  it("is exact when every person is a pivot", () => {
    const result = betweenness(graph, { mode: { mode: "sampled", pivots: n, seed: 9 } });
    expectPerPerson(result.values, expected);
    expect(result.mode).toEqual({ mode: "exact" });
  });

  it("stays within its stated bound for every person, for every seed tried", () => {
    const k = 40;
    const bound = betweennessErrorBound(n, k, { simultaneous: true });
    for (let seed = 1; seed <= 20; seed++) {
      const result = betweenness(graph, { mode: { mode: "sampled", pivots: k, seed } });
      expect(result.errorBound).toBeCloseTo(betweennessErrorBound(n, k), 12);
      const worst = Math.max(...Object.keys(expected).map((p) => Math.abs(result.values[p]! - expected[p]!)));
      expect(worst).toBeLessThanOrEqual(bound);
    }
  });

  it("is unbiased: the average over many seeds approaches the exact values", () => {
    const k = 20;
    const runs = 200;
    const mean: Record<string, number> = {};
    let singleRunError = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const values = betweenness(graph, { mode: { mode: "sampled", pivots: k, seed } }).values;
      for (const p of Object.keys(expected)) mean[p] = (mean[p] ?? 0) + values[p]! / runs;
      if (seed === 1)
        singleRunError = Math.max(...Object.keys(expected).map((p) => Math.abs(values[p]! - expected[p]!)));
    }
    const meanError = Math.max(...Object.keys(expected).map((p) => Math.abs(mean[p]! - expected[p]!)));
    // Averaging 200 independent estimates shrinks the error about √200 ≈ 14 times.
    expect(meanError).toBeLessThan(singleRunError / 4);
    expect(meanError).toBeLessThan(0.02);
  });

  it("repeats exactly with the same seed and differs with another", () => {
    const run = (seed: number) => betweenness(graph, { mode: { mode: "sampled", pivots: 30, seed } }).values;
    expect(run(4)).toEqual(run(4));
    expect(run(4)).not.toEqual(run(5));
  });

  it("chooses k distinct pivots", () => {
    const pivots = choosePivots(1000, 300, 1);
    expect(new Set(pivots).size).toBe(300);
    expect(Math.min(...pivots)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...pivots)).toBeLessThan(1000);
  });

  it("states the bound in plain terms: ±0.061 for 500 pivots at 95% confidence", () => {
    expect(betweennessErrorBound(100_000, 500)).toBeCloseTo(Math.sqrt(Math.log(40) / 1000), 4);
    expect(betweennessErrorBound(100_000, 500)).toBeCloseTo(0.0607, 4);
    expect(betweennessErrorBound(100, 100)).toBe(0);
    const k = pivotsForErrorBound(50_000, 0.03);
    expect(betweennessErrorBound(50_000, k)).toBeLessThanOrEqual(0.03);
    expect(betweennessErrorBound(50_000, k - 1)).toBeGreaterThan(0.03);
  });
});

describe("choosing exact or sampled", () => {
  it("is exact for communities up to about 20,000 people with 5 ties each", () => {
    expect(chooseBetweennessMode(300, 1500)).toEqual({ mode: "exact" });
    expect(chooseBetweennessMode(20_000, 100_000)).toEqual({ mode: "exact" });
  });

  it("samples larger networks within the work budget, never below the minimum of pivots", () => {
    const mode = chooseBetweennessMode(100_000, 500_000);
    expect(mode.mode).toBe("sampled");
    if (mode.mode !== "sampled") return;
    expect(mode.pivots).toBeGreaterThanOrEqual(MIN_PIVOTS);
    expect(mode.pivots).toBeLessThan(100_000);
    expect(mode.pivots * (100_000 + 2 * 500_000)).toBeLessThanOrEqual(EXACT_WORK_LIMIT);
    const huge = chooseBetweennessMode(5_000_000, 25_000_000);
    expect(huge).toMatchObject({ mode: "sampled", pivots: MIN_PIVOTS });
  });
});

describe("betweenness descriptor", () => {
  it("explains the measure and computes it with the chosen mode", () => {
    const output = betweennessDescriptor.outputs[0]!;
    expect(output.explanation).toMatch(/shortest path between two others/);
    const graph = loadReferenceGraph("karate");
    const result = betweennessDescriptor.compute(graph, { mode: "exact", pivots: 500, seed: 1 });
    expectPerPerson(result.values, referenceValues("karate").betweenness_centrality);
    const sampled = betweennessDescriptor.compute(graph, { mode: "sampled", pivots: 10, seed: 1 });
    expect(sampled.mode).toEqual({ mode: "sampled", pivots: 10, seed: 1 });
    expect(sampled.accuracy).toMatch(/within ±0\.\d+ of the exact one with 95% confidence/);
  });
});

/**
 * Textbook Brandes (2001) with predecessor lists and a stack, written as plainly as
 * possible and independently of the kernel's tricks (direction-optimising BFS, pulled or
 * pushed coefficients, renumbering), for graphs too large for the networkx fixtures.
 * Returns raw dependency sums, distance sums, reach counts and, for sector pairs a < b,
 * Σ over s in a of the dependencies restricted to targets in b.
 */
function textbook(graph: Graph, sectorOf: (node: string) => string | undefined) {
  const nodes = graph.nodes();
  const sectors = [...new Set(nodes.map(sectorOf).filter((s): s is string => s !== undefined))].sort();
  const bc = new Map(nodes.map((v) => [v, 0]));
  const dist = new Map<string, number>();
  const reach = new Map<string, number>();
  const pair = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const s of nodes) {
    const stack: string[] = [];
    const preds = new Map<string, string[]>(nodes.map((v) => [v, []]));
    const sigma = new Map(nodes.map((v) => [v, 0]));
    const d = new Map<string, number>([[s, 0]]);
    sigma.set(s, 1);
    const queue = [s];
    while (queue.length > 0) {
      const v = queue.shift()!;
      stack.push(v);
      for (const w of graph.neighbors(v)) {
        if (!d.has(w)) {
          d.set(w, d.get(v)! + 1);
          queue.push(w);
        }
        if (d.get(w) === d.get(v)! + 1) {
          sigma.set(w, sigma.get(w)! + sigma.get(v)!);
          preds.get(w)!.push(v);
        }
      }
    }
    dist.set(
      s,
      [...d.values()].reduce((a, b) => a + b, 0),
    );
    reach.set(s, d.size - 1);
    const a = sectorOf(s);
    const targetsIn = a === undefined ? [] : sectors.filter((b) => b > a);
    const delta = new Map(nodes.map((v) => [v, 0]));
    const deltaIn = new Map(targetsIn.map((b) => [b, new Map(nodes.map((v) => [v, 0]))]));
    for (const b of targetsIn) {
      const key = `${a}|${b}`;
      pairs.set(key, (pairs.get(key) ?? 0) + stack.filter((t) => t !== s && sectorOf(t) === b).length);
    }
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of preds.get(w)!) {
        const ratio = sigma.get(v)! / sigma.get(w)!;
        delta.set(v, delta.get(v)! + ratio * (1 + delta.get(w)!));
        for (const b of targetsIn) {
          const db = deltaIn.get(b)!;
          db.set(v, db.get(v)! + ratio * ((sectorOf(w) === b ? 1 : 0) + db.get(w)!));
        }
      }
      if (w !== s) {
        bc.set(w, bc.get(w)! + delta.get(w)!);
        for (const b of targetsIn) {
          const key = `${a}|${b}|${w}`;
          pair.set(key, (pair.get(key) ?? 0) + deltaIn.get(b)!.get(w)!);
        }
      }
    }
  }
  return { bc, dist, reach, pair, pairs };
}

describe("the kernel against textbook Brandes on larger, disconnected networks", () => {
  // Two power-law cluster components of different density, a path hanging off one, and
  // isolates: the kernel switches BFS direction and sweep direction on these.
  const graph = toGraphology(powerlawClusterGraph(450, 4, 0.3, 3)) as Graph;
  const second = toGraphology(powerlawClusterGraph(150, 2, 0.05, 4));
  second.forEachNode((node) => graph.addNode(`b${node}`));
  second.forEachEdge((_e, _a, u, v) => graph.addEdge(`b${u}`, `b${v}`));
  for (let i = 0; i < 6; i++) graph.mergeEdge(i === 0 ? "0" : `tail${i - 1}`, `tail${i}`);
  graph.addNode("alone1");
  graph.addNode("alone2");
  const random = createRandom(8);
  const sectorNames = ["a", "b", "c"];
  graph.forEachNode((node) => {
    if (random() < 0.9) graph.setNodeAttribute(node, "sector", sectorNames[Math.floor(random() * 3)]);
  });
  const sectorOf = (node: string) => graph.getNodeAttribute(node, "sector") as string | undefined;
  const expected = textbook(graph, sectorOf);
  const n = graph.order;

  it("gives the same betweenness", () => {
    const values = betweenness(graph, exact).values;
    const scale = 1 / ((n - 1) * (n - 2));
    for (const node of graph.nodes()) expect(values[node]).toBeCloseTo(expected.bc.get(node)! * scale, 12);
  });

  it("gives the same closeness", () => {
    const values = closeness(graph);
    for (const node of graph.nodes()) {
      const total = expected.dist.get(node)!;
      const r = expected.reach.get(node)!;
      expect(values[node]).toBeCloseTo(total > 0 ? (r / total) * (r / (n - 1)) : 0, 12);
    }
  });

  it("gives the same sector dependencies", () => {
    const result = sectorDependencies(graph, { top: Infinity });
    expect(result.map((d) => d.sectors.join("|")).sort()).toEqual(["a|b", "a|c", "b|c"]);
    for (const dep of result) {
      const key = dep.sectors.join("|");
      expect(dep.connectedPairs).toBe(expected.pairs.get(key));
      const shares = new Map(dep.people.map((p) => [p.id, p.share]));
      for (const node of graph.nodes()) {
        const want = (expected.pair.get(`${key}|${node}`) ?? 0) / dep.connectedPairs;
        expect(shares.get(node) ?? 0).toBeCloseTo(want, 12);
      }
    }
  });
});
