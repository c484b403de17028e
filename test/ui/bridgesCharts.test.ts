import { beforeAll, describe, expect, it } from "vitest";
import {
  circlePoints,
  heatColour,
  labelAnchor,
  maxCell,
  mixingHighlights,
  relativeLuminance,
  sectorEiRows,
  sectorNetworkLayout,
  topBrokers,
  wrapLabel,
} from "../../src/ui/bridges/bridgesCharts";
import type { AnalysisPayload } from "../../src/worker/analysisHandler";
import { smallAnalysis } from "./smallNetwork";

let analysis: AnalysisPayload;

beforeAll(async () => {
  analysis = (await smallAnalysis()).analysis;
});

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function contrast(a: string, b: string): number {
  const [x, y] = [relativeLuminance(rgb(a)), relativeLuminance(rgb(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe("heatColour", () => {
  it("darkens with the value and keeps the number in the cell readable (WCAG 4.5:1)", () => {
    let previous = Infinity;
    for (let value = 0; value <= 400; value += 7) {
      const { fill, text } = heatColour(value, 400);
      expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5);
      const luminance = relativeLuminance(rgb(fill));
      expect(luminance).toBeLessThanOrEqual(previous);
      previous = luminance;
    }
    expect(heatColour(0, 400).fill).toBe("#FFFFFF");
  });

  it("finds the largest cell for the scale", () => {
    expect(
      maxCell([
        [1, 5],
        [5, 3],
      ]),
    ).toBe(5);
    expect(maxCell([])).toBe(0);
  });
});

describe("circle layout and labels", () => {
  it("spreads points evenly from the top, clockwise", () => {
    const points = circlePoints(4, { x: 0, y: 0 }, 10);
    expect(points.map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([
      [0, -10],
      [10, 0],
      [0, 10],
      [-10, 0],
    ]);
    expect(labelAnchor(points[1]!, { x: 0, y: 0 })).toBe("start");
    expect(labelAnchor(points[3]!, { x: 0, y: 0 })).toBe("end");
    expect(labelAnchor(points[0]!, { x: 0, y: 0 })).toBe("middle");
  });

  it("wraps long sector names on spaces", () => {
    expect(wrapLabel("National Olympic Committee", 15)).toEqual(["National", "Olympic", "Committee"]);
    expect(wrapLabel("Public health", 15)).toEqual(["Public health"]);
    expect(wrapLabel("Intergovernmentalorganisation x", 10)).toEqual(["Intergovernmentalorganisation", "x"]);
  });
});

describe("the sector pictures of the small community", () => {
  it("draw one node per sector with people and one line per pair in contact", () => {
    const { nodes, links } = sectorNetworkLayout(analysis.sectorMixing, { x: 100, y: 100 }, 50);
    expect(nodes.map((n) => n.sector)).toEqual(["Health", "Sport", "Unknown"]);
    expect(nodes.map((n) => n.people)).toEqual([3, 3, 1]);
    expect(links).toEqual([{ a: "Health", b: "Sport", ties: 2, width: 14 }]);
    expect(nodes[2]!.radius).toBeLessThan(nodes[0]!.radius);
  });

  it("list the pairs that work together most and those that never do, the unknown group aside", () => {
    const { strongest, missing } = mixingHighlights(analysis.sectorMixing, "Unknown");
    expect(strongest.map((p) => [p.a, p.b, p.ties])).toEqual([["Health", "Sport", 2]]);
    expect(missing).toEqual([]);
    const apart = {
      ...analysis.sectorMixing,
      ties: [
        [3, 0, 0],
        [0, 2, 0],
        [0, 0, 0],
      ],
    };
    expect(mixingHighlights(apart, "Unknown").missing).toEqual([["Health", "Sport"]]);
  });

  it("rank brokers by brokered pairs and sectors from inward- to outward-looking", () => {
    const brokers = topBrokers(analysis.people, 3);
    expect(brokers[0]!.name).toBe("Bruno Díaz");
    expect(brokers.every((p) => p.brokerage.total > 0)).toBe(true);
    const rows = sectorEiRows({ Sport: 0.2, Health: -0.5, Unknown: null });
    expect(rows).toEqual([
      { sector: "Health", value: -0.5 },
      { sector: "Sport", value: 0.2 },
    ]);
  });
});
