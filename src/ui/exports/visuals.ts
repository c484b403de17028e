/**
 * The map as drawn, for the exports: each person's position and size from the graph sigma
 * renders, and a colour. GEXF keeps the colours on screen; the printed report colours by
 * sector (its legend is by sector), whatever the map is coloured by.
 */
import type { RenderGraph } from "../graph/renderGraph";
import type { VisualRow } from "../../worker/recommendProtocol";

export function visualRows(render: RenderGraph, colourOf?: (node: string) => string): VisualRow[] {
  return render.mapNodes((node, a): VisualRow => [
    node,
    a.x,
    a.y,
    a.size,
    colourOf ? colourOf(node) : a.color,
  ]);
}

/** Today's date as the exports write it (YYYY-MM-DD), on the user's clock. */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
