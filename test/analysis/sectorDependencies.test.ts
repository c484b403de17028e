import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { computePathMeasures } from "../../src/analysis/pathKernelMeasures";
import {
  sectorDependencies,
  sectorDependenciesDescriptor,
  type SectorDependency,
} from "../../src/analysis/sectorDependencies";
import { TOLERANCE } from "../reference/compare";
import { loadReferenceGraph, type ReferenceName } from "../reference/loadReferenceGraph";
import referenceJson from "../reference/sector_dependencies.json";

interface ReferencePair {
  sectors: [string, string];
  connectedPairs: number;
  directTies: number;
  shares: Record<string, number>;
}
interface HandGraph {
  nodes: { id: string; sector?: string }[];
  edges: [string, string][];
}
const reference = referenceJson as unknown as Record<string, { graph?: HandGraph; pairs: ReferencePair[] }>;

function handGraph(data: HandGraph): Graph {
  const graph = new Graph({ type: "undirected" });
  for (const node of data.nodes)
    graph.addNode(node.id, node.sector === undefined ? {} : { sector: node.sector });
  for (const [a, b] of data.edges) graph.addEdge(a, b, { weight: 1 });
  return graph;
}

function graphFor(name: string): Graph {
  const hand = reference[name]!.graph;
  return hand ? handGraph(hand) : (loadReferenceGraph(name as ReferenceName) as unknown as Graph);
}

function expectMatches(actual: SectorDependency[], expected: ReferencePair[]) {
  const key = (s: [string, string]) => s.join(" | ");
  expect(actual.map((d) => key(d.sectors)).sort()).toEqual(expected.map((p) => key(p.sectors)).sort());
  for (const pair of expected) {
    const got = actual.find((d) => key(d.sectors) === key(pair.sectors))!;
    expect(got.connectedPairs).toBe(pair.connectedPairs);
    expect(got.directTies).toBe(pair.directTies);
    const shares = Object.fromEntries(got.people.map((p) => [p.id, p.share]));
    expect(Object.keys(shares).sort()).toEqual(Object.keys(pair.shares).sort());
    for (const [person, share] of Object.entries(pair.shares)) {
      expect(Math.abs(shares[person]! - share), `${key(pair.sectors)} ${person}`).toBeLessThanOrEqual(
        TOLERANCE,
      );
    }
  }
}

const names = Object.keys(reference).filter((name) => name !== "_meta");

describe("sector dependencies against brute force over nx.all_shortest_paths", () => {
  it("covers hand-made and reference graphs", () => {
    expect(names).toEqual(expect.arrayContaining(["broker", "direct", "karate", "multisector"]));
  });

  for (const name of names) {
    it(`matches on ${name}`, () => {
      expectMatches(sectorDependencies(graphFor(name), { top: Infinity }), reference[name]!.pairs);
    });

    it(`gives the same from the shared pass with betweenness and closeness on ${name}`, async () => {
      const measures = await computePathMeasures(graphFor(name), { sectorDependencies: { top: Infinity } });
      expectMatches(measures.sectorDependencies!, reference[name]!.pairs);
      expect(measures.betweenness).toBeDefined();
      expect(measures.closeness).toBeDefined();
    });
  }
});

describe("sector dependencies on a hand-made network", () => {
  const graph = graphFor("broker");

  it("finds who carries sport and public health: X and the person without a sector, half each", () => {
    const pair = sectorDependencies(graph).find((d) => d.sectors.join() === "public health,sport")!;
    expect(pair.directTies).toBe(0);
    // S4 is isolated and H3 is in another component: 3 sport × 2 health people are connected.
    expect(pair.connectedPairs).toBe(6);
    expect(pair.people.slice(0, 2)).toEqual([
      { id: "U", share: 0.5 },
      { id: "X", share: 0.5 },
    ]);
  });

  it("lists at most `top` people, largest share first, most dependent pairs first", () => {
    const result = sectorDependencies(graph, { top: 2 });
    for (const pair of result) {
      expect(pair.people.length).toBeLessThanOrEqual(2);
      const shares = pair.people.map((p) => p.share);
      expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    }
    const tops = result.map((d) => d.people[0]?.share ?? 0);
    expect([...tops].sort((a, b) => b - a)).toEqual(tops);
  });

  it("leaves out sectors that cannot reach each other", () => {
    const pairs = sectorDependencies(graph).map((d) => d.sectors.join());
    expect(pairs).not.toContain("UN agency,sport");
    expect(pairs).not.toContain("UN agency,academia");
  });

  it("has a plain-language explanation and computes through its descriptor", () => {
    expect(sectorDependenciesDescriptor.outputs[0]!.explanation).toMatch(/if she leaves/);
    expect(sectorDependenciesDescriptor.compute(graph as never, { top: 1 })[0]!.people).toHaveLength(1);
  });
});

describe("sector dependencies estimated from a sample of each sector's members", () => {
  const graph = loadReferenceGraph("multisector") as unknown as Graph;
  const exact = sectorDependencies(graph, { top: Infinity });
  const key = (d: SectorDependency) => d.sectors.join(" | ");

  it("equals the exact result when the sample holds every member", () => {
    const all = sectorDependencies(graph, { top: Infinity, maxSourcesPerSector: graph.order });
    expect(all).toEqual(exact);
    expect(exact.every((d) => !d.estimated)).toBe(true);
  });

  it("stays close to the exact shares, and scales the pairs reached back to the whole sector", () => {
    const estimate = sectorDependencies(graph, { top: Infinity, maxSourcesPerSector: 8, seed: 5 });
    expect(estimate.some((d) => d.estimated)).toBe(true);
    let errorSum = 0;
    let count = 0;
    for (const d of estimate) {
      const truth = exact.find((e) => key(e) === key(d))!;
      expect(d.connectedPairs / truth.connectedPairs).toBeGreaterThan(0.6);
      expect(d.connectedPairs / truth.connectedPairs).toBeLessThan(1.4);
      const trueShares = new Map(truth.people.map((p) => [p.id, p.share]));
      for (const p of d.people) {
        errorSum += Math.abs(p.share - (trueShares.get(p.id) ?? 0));
        count++;
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(errorSum / count).toBeLessThan(0.05);
  });

  it("repeats for the same seed", () => {
    const options = { top: Infinity, maxSourcesPerSector: 8, seed: 5 };
    expect(sectorDependencies(graph, options)).toEqual(sectorDependencies(graph, options));
  });
});
