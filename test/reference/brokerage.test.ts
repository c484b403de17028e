import { describe, expect, it } from "vitest";
import { BROKERAGE_ROLES, brokerage } from "../../src/analysis/brokerage";
import { eiIndex } from "../../src/analysis/eiIndex";
import { participation } from "../../src/analysis/participation";
import { sectorMixing } from "../../src/analysis/sectorMixing";
import { sectorNetwork } from "../../src/analysis/sectorNetwork";
import { undirectedCsr } from "../../src/analysis/undirected";
import referenceJson from "./brokerage_reference.json";
import { expectPerPerson, TOLERANCE } from "./compare";
import { loadReferenceGraph, REFERENCE_NAMES } from "./loadReferenceGraph";

/** Values written by brokerage_reference.py, which implements each definition with plain loops. */
interface BrokerageReference {
  brokerage: Record<string, Record<string, number>>;
  participation: Record<string, number | null>;
  ei: {
    network: number | null;
    external: number;
    internal: number;
    bySector: Record<string, number | null>;
    byPerson: Record<string, number | null>;
  };
  mixing: {
    people: Record<string, number>;
    cells: { a: string; b: string; ties: number; weight: number }[];
  };
}

const reference = referenceJson as unknown as Record<string, BrokerageReference>;
describe.each(REFERENCE_NAMES)("cross-sector measures match the reference script on %s", (name) => {
  const graph = loadReferenceGraph(name);
  const expected = reference[name]!;

  it("counts brokerage roles as sna::brokerage", () => {
    const result = brokerage(graph);
    for (const role of [...BROKERAGE_ROLES, "total" as const]) {
      expect(result[role], role).toEqual(expected.brokerage[role]);
    }
  });

  it("computes the participation coefficient", () => {
    expectPerPerson(participation(graph), expected.participation);
  });

  it("computes the E-I index for the network, each sector and each person", () => {
    const result = eiIndex(graph);
    expect(result.external).toBe(expected.ei.external);
    expect(result.internal).toBe(expected.ei.internal);
    expectPerPerson({ network: result.network }, { network: expected.ei.network });
    expectPerPerson(result.bySector, expected.ei.bySector);
    expectPerPerson(result.byPerson, expected.ei.byPerson);
  });

  it("builds the sector mixing matrix and the sector network", () => {
    const mixing = sectorMixing(graph);
    expect(Object.fromEntries(mixing.sectors.map((s, i) => [s, mixing.people[i]]))).toEqual(
      expected.mixing.people,
    );
    const cell = (a: string, b: string) => {
      const i = mixing.sectors.indexOf(a);
      const j = mixing.sectors.indexOf(b);
      return { ties: mixing.ties[i]![j]!, reverse: mixing.ties[j]![i]!, weight: mixing.weights[i]![j]! };
    };
    let ties = 0;
    for (const { a, b, ties: count, weight } of expected.mixing.cells) {
      const found = cell(a, b);
      expect(found.ties, `${a} / ${b}`).toBe(count);
      expect(found.reverse, `${b} / ${a}`).toBe(count);
      expect(Math.abs(found.weight - weight)).toBeLessThan(TOLERANCE);
      ties += count;
    }
    expect(mixing.within.ties + mixing.between.ties).toBe(ties);
    expect(mixing.pairs).toHaveLength(expected.mixing.cells.length);

    const sectors = sectorNetwork(graph);
    const between = expected.mixing.cells.filter((c) => c.a !== c.b);
    expect(sectors.order).toBe(Object.keys(expected.mixing.people).length);
    expect(sectors.size).toBe(between.length);
    for (const { a, b, ties: count } of between) {
      expect(sectors.getEdgeAttribute(a, b, "weight")).toBe(count);
    }
  });

  it("gives the same results from a CSR shared between measures", () => {
    const csr = undirectedCsr(graph);
    expect(brokerage(graph, { csr })).toEqual(brokerage(graph));
    expect(participation(graph, { csr })).toEqual(participation(graph));
    expect(eiIndex(graph, { csr })).toEqual(eiIndex(graph));
    expect(sectorMixing(graph, { csr })).toEqual(sectorMixing(graph));
  });
});
