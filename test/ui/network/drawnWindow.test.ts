import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/cli/loadDataset";
import { buildNetwork, type WeaverGraph } from "../../../src/graph/buildNetwork";
import type { Dataset, FileKind } from "../../../src/model/types";
import { sectorPalette } from "../../../src/ui/graph/palette";
import { buildRenderGraph, edgeColor } from "../../../src/ui/graph/renderGraph";
import { drawWindow, outsideWindow, restyleTies } from "../../../src/ui/network/drawnWindow";
import { SAMPLE_DIR } from "./sampleNetwork";

let dataset: Dataset;
let all: WeaverGraph;
/** The sample's last three months and its first six: each leaves people and ties of the other out. */
let late: WeaverGraph;
let early: WeaverGraph;

beforeAll(() => {
  const kinds: FileKind[] = ["people", "interactions", "attendance"];
  dataset = loadDataset(kinds.map((kind) => ({ kind, path: path.join(SAMPLE_DIR, `${kind}.csv`) }))).dataset;
  all = buildNetwork(dataset).graph;
  const dates = dataset.interactions.flatMap((r) => (r.date ? [r.date] : [])).sort();
  const last = new Date(dates.at(-1)!);
  const first = new Date(dates[0]!);
  const monthsFrom = (d: Date, months: number) =>
    new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()))
      .toISOString()
      .slice(0, 10);
  late = buildNetwork(dataset, { window: { from: monthsFrom(last, -3) } }).graph;
  early = buildNetwork(dataset, { window: { to: monthsFrom(first, 6) } }).graph;
});

/** Ties whose look depends only on their weight in `network`: the same rule buildRenderGraph uses. */
function looksOf(network: WeaverGraph): Map<string, { weight: number; color: string }> {
  const fresh = buildRenderGraph(network, sectorPalette(network));
  return new Map(fresh.mapEdges((edge, { weight, color }) => [edge, { weight, color }]));
}

describe("outsideWindow", () => {
  it("hides exactly the people and ties drawn that the window's network lacks", () => {
    const drawn = buildRenderGraph(all, sectorPalette(all));
    const outside = outsideWindow(drawn, late);
    const hiddenNodes = new Set(outside.hiddenNodes);
    const hiddenEdges = new Set(outside.hiddenEdges);
    expect(hiddenEdges.size).toBeGreaterThan(0);
    expect(hiddenEdges.size).toBe(all.size - late.size);
    drawn.forEachNode((node) => expect(hiddenNodes.has(node), node).toBe(!late.hasNode(node)));
    drawn.forEachEdge((edge, _a, source, target) => {
      const inWindow = late.hasNode(source) && late.hasNode(target) && late.hasEdge(source, target);
      expect(hiddenEdges.has(edge), edge).toBe(!inWindow);
    });
  });
});

describe("drawWindow", () => {
  it("adds the people and ties never drawn, newcomers beside their contacts, and keeps everyone else in place", () => {
    const drawn = buildRenderGraph(late, sectorPalette(late));
    const before = new Map(drawn.mapNodes((node, { x, y }) => [node, { x, y }]));
    const { added } = drawWindow(drawn, all, sectorPalette(all), () => ({ color: "#123456" }), new Map());
    expect(added).toBe(true);
    expect(drawn.order).toBe(all.order);
    expect(drawn.size).toBe(all.size);
    all.forEachEdge((edge, _a, source, target) =>
      expect(drawn.extremities(edge).sort()).toEqual([source, target].sort()),
    );
    for (const [node, point] of before) expect(drawn.getNodeAttributes(node)).toMatchObject(point);

    const xs = [...before.values()].map((p) => p.x);
    const ys = [...before.values()].map((p) => p.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    let besideContacts = 0;
    drawn.forEachNode((node, { x, y, color }) => {
      if (before.has(node)) return;
      expect(color, node).toBe("#123456");
      const placed = all.filterNeighbors(node, (n) => before.has(n)).map((n) => before.get(n)!);
      if (placed.length === 0) return;
      const cx = placed.reduce((sum, p) => sum + p.x, 0) / placed.length;
      const cy = placed.reduce((sum, p) => sum + p.y, 0) / placed.length;
      expect(Math.hypot(x - cx, y - cy), node).toBeLessThanOrEqual(0.011 * span);
      besideContacts++;
    });
    expect(besideContacts).toBeGreaterThan(0);
  });

  it("puts a newcomer the workspace remembers back in their place", () => {
    const drawn = buildRenderGraph(late, sectorPalette(late));
    const newcomer = all.findNode((node) => !late.hasNode(node))!;
    expect(newcomer).toBeDefined();
    const remembered = new Map([[newcomer, { x: 1234.5, y: -678.25 }]]);
    drawWindow(drawn, all, sectorPalette(all), () => ({}), remembered);
    expect(drawn.getNodeAttributes(newcomer)).toMatchObject({ x: 1234.5, y: -678.25 });
  });

  it("adds nothing for a narrower window of the records drawn, and every tie takes its look in the window", () => {
    const drawn = buildRenderGraph(all, sectorPalette(all));
    const { added, restyled } = drawWindow(drawn, early, sectorPalette(early), () => ({}), new Map());
    expect(added).toBe(false);
    expect(drawn.order).toBe(all.order);
    const expected = looksOf(early);
    expect(restyled.length).toBeGreaterThan(0);
    for (const [edge, look] of expected) expect(drawn.getEdgeAttributes(edge)).toMatchObject(look);
    // Only ties whose look changed are redrawn.
    const unchanged = looksOf(all);
    for (const edge of restyled) expect(unchanged.get(edge)).not.toEqual(expected.get(edge));
  });
});

describe("restyleTies", () => {
  it("writes the looks without graphology's update events, which would have sigma redraw every tie at once", () => {
    const drawn = buildRenderGraph(all, sectorPalette(all));
    const events: string[] = [];
    for (const name of [
      "edgeAttributesUpdated",
      "eachEdgeAttributesUpdated",
      "nodeAttributesUpdated",
    ] as const) {
      drawn.on(name, () => events.push(name));
    }
    const restyled = restyleTies(drawn, early);
    expect(restyled.length).toBeGreaterThan(0);
    expect(events).toEqual([]);
    // Redrawing it again changes nothing.
    expect(restyleTies(drawn, early)).toEqual([]);
    expect(drawn.getEdgeAttribute(restyled[0]!, "color")).toMatch(/^#[0-9a-f]{6}$/);
    expect(edgeColor(1)).toBe("#6b7785");
  });
});
