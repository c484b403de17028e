import { useEffect, useEffectEvent, useRef } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { SectorPalette } from "../graph/palette";
import { RedrawQueue } from "../graph/redrawQueue";
import type { RenderGraph } from "../graph/renderGraph";
import { indexNow, useSigma } from "../graph/SigmaContainer";
import { rememberedPositions } from "../workspace/sessionMemory";
import { drawWindow, type CurrentLook } from "./drawnWindow";

interface WindowControllerProps {
  /** The drawing, kept across time windows (see drawnWindow.ts). */
  graph: RenderGraph;
  /** The network of the window shown. */
  network: WeaverGraph;
  palette: SectorPalette;
  lookOf: CurrentLook;
}

/**
 * Puts the window's newcomers on the drawing and redraws the ties whose weight changed, a slice
 * at a time. Newcomers are indexed at once: sigma can restyle or redraw only people and ties it
 * has indexed, and a restyle may come before its next frame.
 */
export function WindowController({ graph, network, palette, lookOf }: WindowControllerProps) {
  const sigma = useSigma();
  const queue = useRef<RedrawQueue | null>(null);
  useEffect(() => {
    const redraw = new RedrawQueue(sigma, () => undefined);
    queue.current = redraw;
    return () => redraw.dispose();
  }, [sigma]);
  // The look of the moment, without redrawing the window when only the look changes.
  const currentLook = useEffectEvent((node: string) => lookOf(node));
  useEffect(() => {
    // A task of its own, not one more effect in the commit that brought the window: on a hundred
    // thousand ties, each of the two does tens of milliseconds of work.
    const timer = setTimeout(() => {
      const { added, restyled } = drawWindow(graph, network, palette, currentLook, rememberedPositions());
      if (added) indexNow(sigma);
      else queue.current?.add([], restyled);
    }, 0);
    return () => clearTimeout(timer);
  }, [sigma, graph, network, palette]);
  return null;
}
