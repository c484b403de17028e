import { describe, expect, it } from "vitest";
import { sectorNetwork } from "../../src/analysis/sectorNetwork";
import { mixingGraph } from "./bottleneckHandGraphs";

describe("sectorNetwork", () => {
  it("has one node per sector and one tie per pair of sectors in contact", () => {
    const sectors = sectorNetwork(mixingGraph());
    expect(sectors.nodes()).toEqual(["Health", "NGO", "UN agency", "Unknown"]);
    expect(sectors.getNodeAttributes("NGO")).toEqual({
      label: "NGO",
      people: 2,
      internalTies: 1,
      internalWeight: 2,
    });
    expect(sectors.getNodeAttributes("Health")).toEqual({
      label: "Health",
      people: 1,
      internalTies: 0,
      internalWeight: 0,
    });
    expect(sectors.degree("Health")).toBe(0);
    expect(sectors.size).toBe(2);
    expect(sectors.getEdgeAttributes("NGO", "UN agency")).toEqual({ weight: 2, tieWeight: 3.5 });
    expect(sectors.getEdgeAttributes("UN agency", "Unknown")).toEqual({ weight: 1, tieWeight: 1 });
    expect(sectors.hasEdge("NGO", "Unknown")).toBe(false);
  });
});
