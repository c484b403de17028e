import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  compareWithGroups,
  louvainCommunities,
  modularity,
  partitionAgreement,
} from "../../src/analysis/communities";
import { TOLERANCE } from "../reference/compare";
import {
  loadReferenceGraph,
  REFERENCE_NAMES,
  referenceGraphData,
  referenceValues,
} from "../reference/loadReferenceGraph";

describe.each(REFERENCE_NAMES)("modularity on %s", (name) => {
  const graph = loadReferenceGraph(name);
  const reference = referenceValues(name);

  it.each(reference.modularity)(
    "matches networkx for the $partition partition (weighted: $weighted)",
    (row) => {
      const q = modularity(graph, reference.partitions[row.partition]!, {
        weightAttribute: row.weighted ? "weight" : null,
      });
      expect(Math.abs(q! - row.modularity)).toBeLessThanOrEqual(TOLERANCE);
    },
  );

  it("agrees with igraph on how alike two fixed partitions are", () => {
    const people = Object.keys(reference.degree);
    for (const row of reference.agreement) {
      const a = people.map((p) => reference.partitions[row.a]![p]!);
      const b = people.map((p) => reference.partitions[row.b]![p]!);
      const result = partitionAgreement(a, b);
      expect(Math.abs(result.nmi - row.nmi)).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs(result.adjustedRand - row.adjusted_rand)).toBeLessThanOrEqual(TOLERANCE);
    }
  });
});

describe("Louvain communities", () => {
  it.each(REFERENCE_NAMES)(
    "repeats with the same seed and reports its partition's modularity on %s",
    (name) => {
      const graph = loadReferenceGraph(name);
      const first = louvainCommunities(graph, { seed: 7 });
      expect(louvainCommunities(graph, { seed: 7 })).toEqual(first);
      expect(Object.keys(first.communities)).toHaveLength(referenceValues(name).n);
      expect(first.modularity).toBeCloseTo(modularity(graph, first.communities)!, 12);
      expect(first.sizes.reduce((s, x) => s + x, 0)).toBe(referenceValues(name).n);
      expect([...first.sizes].sort((a, b) => b - a)).toEqual(first.sizes);
    },
  );

  it.each(REFERENCE_NAMES)("does at least about as well as networkx's greedy modularity on %s", (name) => {
    const greedy = referenceValues(name).modularity.find((r) => r.partition === "greedy" && r.weighted)!;
    const found = louvainCommunities(loadReferenceGraph(name), { seed: 1 });
    expect(found.modularity!).toBeGreaterThan(greedy.modularity - 0.02);
  });

  it("recovers the multisector network's sector silos closely", () => {
    const graph = loadReferenceGraph("multisector");
    const found = louvainCommunities(graph, { seed: 1 });
    const people = referenceGraphData("multisector").nodes.filter((node) => graph.degree(node.id) > 0);
    const score = partitionAgreement(
      people.map((node) => found.communities[node.id]!),
      people.map((node) => node.sector!),
    );
    expect(score.nmi).toBeGreaterThan(0.8);
  });

  it("puts everyone in a community of their own when there are no ties", () => {
    const graph = new Graph();
    ["a", "b"].forEach((node) => graph.addNode(node));
    const found = louvainCommunities(graph);
    expect(found.count).toBe(2);
    expect(found.modularity).toBeNull();
  });

  const twoTriangles = [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
    ["x", "y"],
    ["y", "z"],
    ["x", "z"],
    ["c", "x"],
  ] as const;

  it.each([
    ["a simple undirected graph", new Graph({ type: "undirected" })],
    ["a directed graph, read as undirected", new Graph({ type: "directed" })],
    ["a multigraph with self-ties", new Graph({ multi: true, allowSelfLoops: true })],
  ])("splits two triangles joined by one tie, as anyone would, in %s", (_kind, graph) => {
    for (const [u, v] of twoTriangles) graph.mergeEdge(u, v, { weight: 1 });
    if (graph.multi) graph.addEdge("a", "a", { weight: 5 });
    const { communities, modularity: q } = louvainCommunities(graph);
    expect(new Set([communities.a, communities.b, communities.c]).size).toBe(1);
    expect(new Set([communities.x, communities.y, communities.z]).size).toBe(1);
    expect(communities.a).not.toBe(communities.x);
    // Each triangle holds 3 of the 7 ties and 7 of the 14 ends: 2·(3/7 − (7/14)²).
    expect(q).toBeCloseTo(2 * (3 / 7 - 0.25), 12);
  });
});

describe("partition agreement", () => {
  it("is 1 for the same partition under other names, and handles one-block partitions", () => {
    expect(partitionAgreement([1, 1, 2, 2], ["x", "x", "y", "y"])).toEqual({ nmi: 1, adjustedRand: 1 });
    expect(partitionAgreement([0, 0, 0], [5, 5, 5])).toEqual({ nmi: 1, adjustedRand: 1 });
  });

  it("is 0 when one partition says nothing about the other", () => {
    const result = partitionAgreement([0, 0, 1, 1], [0, 1, 0, 1]);
    expect(result.nmi).toBeCloseTo(0, 12);
    expect(result.adjustedRand).toBeLessThanOrEqual(0);
  });
});

describe("communities against declared groups", () => {
  it("tabulates every membership and scores only people with exactly one group", () => {
    const graph = new Graph();
    graph.addNode("a", { groups: ["G1"] });
    graph.addNode("b", { groups: ["G1"] });
    graph.addNode("c", { groups: ["G1", "G2"] });
    graph.addNode("d", { groups: ["G2"] });
    graph.addNode("e", { groups: ["G2"] });
    graph.addNode("f", { groups: [] });
    const result = compareWithGroups(graph, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 });
    expect(result.groups).toEqual(["G1", "G2"]);
    expect(result.table).toEqual([
      [3, 1],
      [0, 2],
    ]);
    expect(result.noGroup).toEqual([0, 1]);
    expect(result.scoredPeople).toBe(4);
    expect(result.agreement).toEqual({ nmi: 1, adjustedRand: 1 });
    expect(result.dominant).toEqual([
      { community: 0, group: "G1", share: 1 },
      { community: 1, group: "G2", share: 2 / 3 },
    ]);
  });

  it("reads groups written as a ;-separated string", () => {
    const graph = new Graph();
    graph.addNode("a", { groups: "G1; G2" });
    const result = compareWithGroups(graph, { a: 0 });
    expect(result.table).toEqual([[1, 1]]);
    expect(result.agreement).toBeNull();
  });

  it("matches the multisector network's declared groups cell by cell", () => {
    const graph = loadReferenceGraph("multisector");
    const found = louvainCommunities(graph, { seed: 1 });
    const result = compareWithGroups(graph, found.communities);
    const nodes = referenceGraphData("multisector").nodes;
    result.communities.forEach((community, r) => {
      result.groups.forEach((group, g) => {
        const expected = nodes.filter(
          (node) => found.communities[node.id] === community && (node.groups ?? []).includes(group),
        ).length;
        expect(result.table[r]![g]).toBe(expected);
      });
    });
    expect(result.scoredPeople).toBe(nodes.filter((node) => node.groups?.length === 1).length);
  });
});
