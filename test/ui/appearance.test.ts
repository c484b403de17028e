import { beforeAll, describe, expect, it } from "vitest";
import type { WeaverGraph } from "../../src/graph/buildNetwork";
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from "../../src/ui/graph/renderGraph";
import {
  categoryOf,
  colouring,
  emphasisFor,
  measuresById,
  SIZE_OPTIONS,
  sizeLegend,
  sizes,
} from "../../src/ui/network/appearance";
import type { AnalysisPayload } from "../../src/worker/analysisHandler";
import { smallAnalysis } from "./smallNetwork";

let graph: WeaverGraph;
let analysis: AnalysisPayload;

beforeAll(async () => {
  ({ graph, analysis } = await smallAnalysis());
});

describe("colour by", () => {
  it("reads each person's category for every colouring", () => {
    const byId = measuresById(analysis);
    const b = graph.getNodeAttributes("b");
    expect(categoryOf(b, byId.get("b"), "sector")).toBe("Health");
    expect(categoryOf(b, byId.get("b"), "group")).toBe("Several groups");
    expect(categoryOf(graph.getNodeAttributes("c"), byId.get("c"), "group")).toBeUndefined();
    expect(categoryOf(graph.getNodeAttributes("f"), byId.get("f"), "status")).toBe("Former member");
    expect(categoryOf(b, byId.get("b"), "community")).toBe(`Community ${byId.get("b")!.community}`);
    expect(categoryOf(b, undefined, "community")).toBeUndefined();
  });

  it("gives a legend that accounts for everyone, and the same colour to people of one category", () => {
    for (const mode of ["sector", "community", "role", "group", "status"] as const) {
      const { palette, colourOf } = colouring(graph, measuresById(analysis), mode);
      expect(palette.entries.reduce((sum, e) => sum + e.count, 0)).toBe(graph.order);
      for (const node of graph.nodes()) expect(colourOf(node)).toMatch(/^#[0-9A-F]{6}$/i);
    }
    const bySector = colouring(graph, measuresById(analysis), "sector");
    expect(bySector.colourOf("b")).toBe(bySector.colourOf("c"));
    expect(bySector.colourOf("a")).not.toBe(bySector.colourOf("b"));
    const byStatus = colouring(graph, measuresById(analysis), "status");
    expect(byStatus.palette.entries.map((e) => e.label).sort()).toEqual([
      "Former member",
      "Member",
      "Prospect",
    ]);
  });
});

describe("size by", () => {
  it("scales contacts and measures between the smallest and largest circle", () => {
    const byContacts = sizes(graph, measuresById(analysis), "contacts");
    expect(byContacts.get("b")).toBe(MAX_NODE_SIZE);
    expect(byContacts.get("g")).toBe(MIN_NODE_SIZE);
    const byBetweenness = sizes(graph, measuresById(analysis), "betweenness");
    expect(byBetweenness.get("b")).toBe(MAX_NODE_SIZE);
    expect(byBetweenness.get("c")).toBe(MIN_NODE_SIZE);
    // Constraint is undefined for the isolated person: smallest circle, not an error.
    expect(sizes(graph, measuresById(analysis), "constraint").get("g")).toBe(MIN_NODE_SIZE);
  });

  it("falls back to contacts before the analysis, and says what size means", () => {
    expect(sizes(graph, new Map(), "betweenness")).toEqual(sizes(graph, new Map(), "contacts"));
    expect(sizeLegend("contacts")).toBe("more contacts");
    expect(sizeLegend("betweenness")).toBe("higher betweenness");
    expect(SIZE_OPTIONS.every((o) => o.value === "contacts" || o.needsAnalysis)).toBe(true);
  });
});

describe("highlight", () => {
  it("emphasises articulation points and bridges, or the key players", () => {
    const bottlenecks = emphasisFor(graph, analysis, "bottlenecks")!;
    expect([...bottlenecks.nodes].sort()).toEqual(["a", "b"]);
    expect([...bottlenecks.edges]).toEqual([graph.edge("a", "f")]);
    expect([...bottlenecks.context!].sort()).toEqual(["a", "f"]);
    const keyPlayers = emphasisFor(graph, analysis, "keyPlayers")!;
    expect([...keyPlayers.nodes]).toEqual(analysis.keyPlayers.players);
    expect(emphasisFor(graph, analysis, "none")).toBeNull();
    expect(emphasisFor(graph, null, "bottlenecks")).toBeNull();
  });
});
