import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  components,
  density,
  isolates,
  peripheral,
  silentMembers,
  structure,
} from "../../src/analysis/structure";
import { TOLERANCE } from "../reference/compare";
import {
  loadReferenceGraph,
  REFERENCE_NAMES,
  referenceGraphData,
  referenceValues,
} from "../reference/loadReferenceGraph";

const asSets = (groups: string[][]) =>
  groups.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

describe.each(REFERENCE_NAMES)("structure of %s", (name) => {
  const graph = loadReferenceGraph(name);
  const reference = referenceValues(name);

  it("finds networkx's connected components, largest first", () => {
    const result = components(graph);
    expect(asSets(result.components)).toEqual(asSets(reference.components));
    expect(result.sizes).toEqual(reference.components.map((c) => c.length));
    for (const [c, members] of result.components.entries()) {
      for (const person of members) expect(result.membership[person]).toBe(c);
    }
  });

  it("matches networkx's density, counting people without ties in n", () => {
    expect(Math.abs(density(graph) - reference.density)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("lists networkx's isolates and, as peripheral, everyone with degree at most 1", () => {
    expect([...isolates(graph)].sort()).toEqual(reference.isolates);
    const expected = Object.entries(reference.degree)
      .filter(([, d]) => d <= 1)
      .map(([person]) => person);
    expect([...peripheral(graph)].sort()).toEqual(expected.sort());
  });

  it("lists as silent the isolates whose registry status is member", () => {
    const status = new Map(referenceGraphData(name).nodes.map((node) => [node.id, node.status ?? "member"]));
    const expected = reference.isolates.filter((person) => status.get(person) === "member");
    expect([...silentMembers(graph)].sort()).toEqual(expected);
  });

  it("summarises people and ties as networkx counts them", () => {
    const summary = structure(graph);
    expect(summary.people).toBe(reference.n);
    expect(summary.ties).toBe(reference.m);
    expect(summary.sizes.length).toBe(reference.number_of_components);
  });
});

describe("structure, published and hand-made cases", () => {
  it("gives the Florentine marriage network 20 ties among 15 families, density 20/105", () => {
    const summary = structure(loadReferenceGraph("florentine"));
    expect(summary.ties).toBe(20);
    expect(summary.density).toBeCloseTo(20 / 105, 12);
    expect(summary.sizes).toEqual([15]);
  });

  it("keeps former members, prospects and unregistered people out of the silent members", () => {
    const graph = new Graph();
    graph.addNode("m", { status: "member", registered: true });
    graph.addNode("f", { status: "former", registered: true });
    graph.addNode("p", { status: "prospect", registered: true });
    graph.addNode("u", { status: "member", registered: false });
    graph.addNode("busy", { status: "member", registered: true });
    graph.addNode("other", { status: "member", registered: true });
    graph.addEdge("busy", "other");
    expect(silentMembers(graph)).toEqual(["m"]);
    expect(isolates(graph)).toEqual(["m", "f", "p", "u"]);
  });

  it("has density 0 and one component per person when there are no ties", () => {
    const graph = new Graph();
    graph.addNode("a");
    expect(density(graph)).toBe(0);
    expect(density(new Graph())).toBe(0);
    graph.addNode("b");
    expect(components(graph).sizes).toEqual([1, 1]);
  });
});
