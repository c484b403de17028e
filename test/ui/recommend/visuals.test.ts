import { describe, expect, it } from "vitest";
import { sectorPalette } from "../../../src/ui/graph/palette";
import { buildRenderGraph } from "../../../src/ui/graph/renderGraph";
import { isoDate, visualRows } from "../../../src/ui/exports/visuals";
import { smallGraph } from "../smallNetwork";

describe("the map as the exports read it", () => {
  it("is every person's drawn position, size and colour, or a colour of the caller's choosing", () => {
    const graph = smallGraph();
    const render = buildRenderGraph(graph, sectorPalette(graph));
    render.setNodeAttribute("a", "color", "#123456");
    const rows = visualRows(render);
    expect(rows).toHaveLength(graph.order);
    const a = rows.find((r) => r[0] === "a")!;
    const drawn = render.getNodeAttributes("a");
    expect(a).toEqual(["a", drawn.x, drawn.y, drawn.size, "#123456"]);
    expect(visualRows(render, () => "#abcdef").every((r) => r[4] === "#abcdef")).toBe(true);
  });

  it("dates exports on the user's calendar day", () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(isoDate(new Date(2026, 10, 22, 0, 1))).toBe("2026-11-22");
  });
});
