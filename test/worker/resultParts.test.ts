/**
 * Large results cut into slices and put back together, on the sample community's real network
 * (graphology's export of the graph the import pipeline builds) and its analysis, each slice
 * passed through structuredClone as postMessage would pass it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AnalysisPayload } from "../../src/worker/analysisHandler";
import type { ImportedNetwork } from "../../src/worker/protocol";
import { joinResult, splitResult, type SliceRule } from "../../src/worker/resultParts";
import { sampleAnalysis, sampleNetwork } from "./sampleResults";

let network: ImportedNetwork;
let analysis: AnalysisPayload;

beforeAll(async () => {
  network = sampleNetwork();
  analysis = await sampleAnalysis(network);
});

/** Sizes that leave a short last slice of the sample's 344 people and 3,218 ties. */
const NETWORK_RULES: SliceRule<ImportedNetwork>[] = [
  { path: "graph.nodes", size: 50 },
  { path: "graph.edges", size: 300 },
];

/** The messages as the page receives them: every slice and the rest copied by structured clone. */
function overTheWire<T>(split: { parts: { path: string; items: unknown[] }[]; rest: T }) {
  return { parts: split.parts.map((part) => structuredClone(part)), rest: structuredClone(split.rest) };
}

describe("splitResult and joinResult", () => {
  it("give back the network exactly, in slices of at most the size asked for", () => {
    expect(network.graph.nodes.length).toBeGreaterThan(50);
    expect(network.graph.edges.length).toBeGreaterThan(300);
    const before = structuredClone(network);

    const split = splitResult(network, NETWORK_RULES);
    const nodeParts = split.parts.filter((p) => p.path === "graph.nodes");
    const edgeParts = split.parts.filter((p) => p.path === "graph.edges");
    expect(nodeParts).toHaveLength(Math.ceil(network.graph.nodes.length / 50) - 1);
    expect(edgeParts).toHaveLength(Math.ceil(network.graph.edges.length / 300) - 1);
    for (const part of nodeParts) expect(part.items).toHaveLength(50);
    for (const part of edgeParts) expect(part.items).toHaveLength(300);
    expect(split.rest.graph.nodes.length).toBeLessThanOrEqual(50);
    expect(split.rest.graph.edges.length).toBeLessThanOrEqual(300);

    const received = overTheWire(split);
    expect(joinResult(received.rest, received.parts)).toEqual(network);
    // The worker keeps the result it split (for later analyses): it must be left as it was.
    expect(network).toEqual(before);
  });

  it("keep the order of the items, so the graph rebuilt from the joined export is the same graph", () => {
    const received = overTheWire(splitResult(network, NETWORK_RULES));
    const joined = joinResult(received.rest, received.parts);
    expect(joined.graph.edges.map((e) => `${e.source}>${e.target}`)).toEqual(
      network.graph.edges.map((e) => `${e.source}>${e.target}`),
    );
    expect(joined.graph.nodes.map((n) => n.key)).toEqual(network.graph.nodes.map((n) => n.key));
  });

  it("give back the analysis with its people in slices", () => {
    const split = splitResult(analysis, [{ path: "people", size: 64 }]);
    expect(split.parts).toHaveLength(Math.ceil(analysis.people.length / 64) - 1);
    const received = overTheWire(split);
    expect(joinResult(received.rest, received.parts)).toEqual(analysis);
  });

  it("send a result no larger than its slices as it is, with no parts", () => {
    const split = splitResult(network, [
      { path: "graph.nodes", size: network.graph.nodes.length },
      { path: "identity.nearMisses", size: 1_000 },
    ]);
    expect(split.parts).toEqual([]);
    expect(split.rest).toBe(network);
  });

  it("leave a full last slice in the result when the length is a multiple of the size", () => {
    const half = network.graph.nodes.length / 2;
    const even = {
      ...network,
      graph: { ...network.graph, nodes: network.graph.nodes.slice(0, 2 * Math.floor(half)) },
    };
    const size = Math.floor(half);
    const split = splitResult(even, [{ path: "graph.nodes", size }]);
    expect(split.parts).toHaveLength(1);
    expect(split.rest.graph.nodes).toHaveLength(size);
    expect(joinResult(split.rest, split.parts)).toEqual(even);
  });

  it("refuse a slice of no items, which would never end", () => {
    expect(() => splitResult(network, [{ path: "graph.edges", size: 0 }])).toThrow(RangeError);
  });

  it("refuse parts for an array the result does not have", () => {
    const { parts, rest } = splitResult(network, NETWORK_RULES);
    const { graph: _graph, ...withoutGraph } = rest;
    expect(() => joinResult(withoutGraph, parts)).toThrow(/graph\.nodes/);
  });
});
