/**
 * Draws suggested introductions on the map as dashed lines: ties that do not exist yet, so
 * they are not in the graph (the layout, the analysis and the exports never see them).
 * Sigma v3 has no dashed edge program, and a handful of lines needs none: a 2D canvas
 * between sigma's edge and node layers, redrawn after each frame from the nodes' display
 * positions, ignoring the pointer. Also lets the exports read the map as drawn.
 */
import { useEffect, useRef } from "react";
import { useSigma, type WeaverSigma } from "../graph/SigmaContainer";
import type { SuggestedTie } from "./mapFocus";
import { useMapAccess } from "./RecommendationsContext";
import { clearedOverlay } from "../graph/overlayCanvas";

const LAYER = "suggestions";
/** Purple, unlike anything else on the map: ties that do not exist yet. */
const TIE_COLOR = "#8E6BBF";
const CHOSEN_COLOR = "#4B1D8F";

interface SuggestionLayerProps {
  ties: SuggestedTie[];
  /** People the camera frames whenever what is shown changes. */
  frame: readonly string[];
}

export function SuggestionLayer({ ties, frame }: SuggestionLayerProps) {
  const sigma = useSigma();
  const access = useMapAccess();
  const shown = useRef<SuggestedTie[]>([]);
  const canvas = useRef<HTMLCanvasElement | null>(null);

  useEffect(() => {
    access.register(() => sigma.getGraph());
    return () => access.register(null);
  }, [sigma, access]);

  useEffect(() => {
    const element = sigma.createCanvas(LAYER, {
      beforeLayer: "nodes",
      style: { pointerEvents: "none", top: "0", left: "0" },
    });
    element.dataset.testid = "suggested-ties";
    canvas.current = element;
    const draw = () => drawTies(sigma, element, shown.current);
    sigma.on("afterRender", draw);
    return () => {
      sigma.off("afterRender", draw);
      sigma.killLayer(LAYER);
      canvas.current = null;
    };
  }, [sigma]);

  useEffect(() => {
    shown.current = ties;
    if (canvas.current) {
      canvas.current.dataset.ties = String(ties.length);
      canvas.current.dataset.chosen = String(ties.filter((t) => t.chosen).length);
    }
    sigma.refresh({ skipIndexation: true });
  }, [sigma, ties]);

  // Only a change of who is shown moves the camera, not a recomputation that shows the same people.
  const frameKey = frame.join("\u0000");
  useEffect(() => {
    if (frameKey === "") return;
    // A frame later, so a map that was hidden until now has its size again.
    const request = requestAnimationFrame(() => void frameNodes(sigma, frameKey.split("\u0000")));
    return () => cancelAnimationFrame(request);
  }, [sigma, frameKey]);

  return null;
}

/** Moves the camera so that these people fill the view, never closer than a small neighbourhood. */
function frameNodes(sigma: WeaverSigma, nodes: readonly string[]): Promise<void> {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const display = sigma.getNodeDisplayData(node);
    if (!display) continue;
    minX = Math.min(minX, display.x);
    maxX = Math.max(maxX, display.x);
    minY = Math.min(minY, display.y);
    maxY = Math.max(maxY, display.y);
  }
  if (minX > maxX) return Promise.resolve();
  const ratio = Math.min(1, Math.max(0.2, Math.max(maxX - minX, maxY - minY) * 1.3));
  return sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
}

function drawTies(sigma: WeaverSigma, canvas: HTMLCanvasElement, ties: readonly SuggestedTie[]): void {
  const context = clearedOverlay(sigma, canvas);
  if (!context) return;
  // The chosen tie last, so it is drawn over the others.
  for (const tie of [...ties].sort((a, b) => Number(a.chosen) - Number(b.chosen))) {
    const from = sigma.getNodeDisplayData(tie.source);
    const to = sigma.getNodeDisplayData(tie.target);
    if (!from || !to || from.hidden || to.hidden) continue;
    const p = sigma.framedGraphToViewport(from);
    const q = sigma.framedGraphToViewport(to);
    context.beginPath();
    context.setLineDash(tie.chosen ? [9, 6] : [5, 5]);
    context.lineWidth = tie.chosen ? 3 : 1.75;
    context.lineCap = "round";
    context.strokeStyle = tie.chosen ? CHOSEN_COLOR : TIE_COLOR;
    context.moveTo(p.x, p.y);
    context.lineTo(q.x, q.y);
    context.stroke();
  }
}
