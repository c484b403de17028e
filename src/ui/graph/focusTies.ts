/**
 * The ties of the person in focus (hovered or selected), drawn on a 2D canvas of their own
 * while sigma draws no ties at all (tiePrograms.ts). Showing only one person's ties through
 * sigma would mean asking it to hide every other tie, one by one: a hundred thousand of them
 * on a large network, at each move of the pointer. This way a change of focus costs the
 * person's own ties, and the other ties come back untouched.
 *
 * The layer lies above the faded people, so that on a crowded map their ties are not buried
 * under them, and below sigma's hover layer, where the person and their contacts are drawn.
 */
import type { WeaverSigma } from "./SigmaContainer";
import { clearedOverlay } from "./overlayCanvas";

export const FOCUS_TIES_LAYER = "focusTies";
export const FOCUS_EDGE_COLOR = "#6B7785";

/** Creates the layer; returns the canvas. */
export function createFocusTiesLayer(sigma: WeaverSigma): HTMLCanvasElement {
  const canvas = sigma.createCanvas(FOCUS_TIES_LAYER, {
    afterLayer: "nodes",
    style: { pointerEvents: "none", top: "0", left: "0" },
  });
  canvas.dataset.testid = "focus-ties";
  return canvas;
}

/**
 * Draws the ties of `centre` that are not hidden, as sigma would draw them in focus: grey,
 * as thick as on the map. `centre` null clears the layer.
 */
export function drawFocusTies(
  sigma: WeaverSigma,
  canvas: HTMLCanvasElement,
  centre: string | null,
  isHidden: (edge: string) => boolean,
): void {
  const context = clearedOverlay(sigma, canvas);
  if (!context) return;
  const graph = sigma.getGraph();
  if (centre === null || !graph.hasNode(centre)) return;
  const from = sigma.getNodeDisplayData(centre);
  if (!from || from.hidden) return;
  const p = sigma.framedGraphToViewport(from);
  context.strokeStyle = FOCUS_EDGE_COLOR;
  context.lineCap = "round";
  graph.forEachEdge(centre, (edge, attributes, source, target) => {
    if (isHidden(edge)) return;
    const to = sigma.getNodeDisplayData(source === centre ? target : source);
    if (!to || to.hidden) return;
    const q = sigma.framedGraphToViewport(to);
    context.lineWidth = attributes.type === "thin" ? 1 : Math.max(1, sigma.scaleSize(attributes.size));
    context.beginPath();
    context.moveTo(p.x, p.y);
    context.lineTo(q.x, q.y);
    context.stroke();
  });
}
