import { describe, expect, it } from "vitest";
import { brokerage } from "../../src/analysis/brokerage";
import { directedHandGraph, handGraph, star } from "./bottleneckHandGraphs";

const rolesOf = (result: ReturnType<typeof brokerage>, node: string) =>
  Object.fromEntries(Object.entries(result).map(([role, counts]) => [role, counts[node]]));

describe("brokerage", () => {
  it("makes the centre of a star across two sectors a representative, gatekeeper and itinerant", () => {
    // Centre in A with one contact in A and two in B; no contact knows another.
    const graph = handGraph(star("v", ["a1", "b1", "b2"]), { v: "A", a1: "A", b1: "B", b2: "B" });
    expect(rolesOf(brokerage(graph), "v")).toEqual({
      coordinator: 0,
      itinerant: 2, // (b1, b2) and (b2, b1): two B people through an A person
      representative: 2, // (a1, b1), (a1, b2)
      gatekeeper: 2, // (b1, a1), (b2, a1)
      liaison: 0,
      total: 6,
    });
    expect(rolesOf(brokerage(graph), "a1")).toMatchObject({ total: 0 });
  });

  it("makes the centre of a three-sector star a liaison, and of a one-sector star a coordinator", () => {
    const threeSectors = handGraph(star("v", ["b", "c"]), { v: "A", b: "B", c: "C" });
    expect(rolesOf(brokerage(threeSectors), "v")).toMatchObject({ liaison: 2, total: 2 });
    const oneSector = handGraph(star("v", ["a", "b", "c"]), { v: "A", a: "A", b: "A", c: "A" });
    expect(rolesOf(brokerage(oneSector), "v")).toMatchObject({ coordinator: 6, total: 6 });
  });

  it("does not count contacts who already know each other", () => {
    const graph = handGraph([...star("v", ["a1", "b1", "b2"]), ["b1", "b2"]], {
      v: "A",
      a1: "A",
      b1: "B",
      b2: "B",
    });
    expect(rolesOf(brokerage(graph), "v")).toMatchObject({
      itinerant: 0,
      representative: 2,
      gatekeeper: 2,
      total: 4,
    });
    const triangle = handGraph([
      ["a", "b"],
      ["b", "c"],
      ["c", "a"],
    ]);
    expect(Object.values(brokerage(triangle).total)).toEqual([0, 0, 0]);
  });

  it("puts people without a sector in one shared Unknown group", () => {
    const graph = handGraph(star("v", ["x", "y"]), { v: "A", x: undefined, y: " " });
    expect(rolesOf(brokerage(graph), "v")).toMatchObject({ itinerant: 2, liaison: 0 });
    expect(rolesOf(brokerage(graph, { unknownSector: "?" }), "v")).toMatchObject({ itinerant: 2 });
  });

  it("symmetrises a directed network", () => {
    const graph = directedHandGraph([
      ["a", "v"],
      ["v", "b"],
      ["b", "v"],
    ]);
    expect(brokerage(graph).coordinator.v).toBe(2);
  });

  it("reads the sector from another attribute when asked", () => {
    const graph = handGraph(star("v", ["b", "c"]));
    graph.setNodeAttribute("v", "org", "A");
    graph.setNodeAttribute("b", "org", "B");
    graph.setNodeAttribute("c", "org", "C");
    expect(brokerage(graph, { sectorAttribute: "org" }).liaison.v).toBe(2);
    expect(brokerage(graph).coordinator.v).toBe(2);
  });
});
