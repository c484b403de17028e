import { describe, expect, it } from "vitest";
import { articulationPoints } from "../../src/analysis/articulation";
import { bridges } from "../../src/analysis/bridges";
import { structuralHoles } from "../../src/analysis/constraint";
import { keyPlayers } from "../../src/analysis/keyPlayers";
import { undirectedCsr } from "../../src/analysis/undirected";
import { expectPerPerson } from "./compare";
import { loadReferenceGraph, REFERENCE_NAMES, referenceValues } from "./loadReferenceGraph";

describe.each(REFERENCE_NAMES)("bottlenecks match networkx on %s", (name) => {
  const graph = loadReferenceGraph(name);
  const expected = referenceValues(name);

  it("finds networkx's articulation points", () => {
    const { points, isArticulationPoint } = articulationPoints(graph);
    expect(points.map((p) => p.node).sort()).toEqual([...expected.articulation_points].sort());
    expect(Object.values(isArticulationPoint).filter(Boolean)).toHaveLength(
      expected.articulation_points.length,
    );
  });

  it("finds networkx's bridges", () => {
    const found = bridges(graph)
      .bridges.map((b) => [b.source, b.target].sort().join(" | "))
      .sort();
    expect(found).toEqual(expected.bridges.map((pair) => [...pair].sort().join(" | ")).sort());
  });

  it("computes networkx's weighted constraint and effective size", () => {
    const { constraint, effectiveSize } = structuralHoles(graph);
    expectPerPerson(constraint, expected.constraint);
    expectPerPerson(effectiveSize, expected.effective_size);
  });

  it("gives the same results from a CSR shared between measures", () => {
    const csr = undirectedCsr(graph);
    expect(articulationPoints(graph, { csr })).toEqual(articulationPoints(graph));
    expect(bridges(graph, { csr })).toEqual(bridges(graph));
    expect(structuralHoles(graph, { csr })).toEqual(structuralHoles(graph));
    expect(keyPlayers(graph, { csr, k: 3 })).toEqual(keyPlayers(graph, { k: 3 }));
  });
});
