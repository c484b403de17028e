import { useEffect } from "react";
import type { Bounds } from "./knownPositions";
import type { RenderGraph } from "./renderGraph";
import { showGraph, useSigma } from "./SigmaContainer";

interface GraphDataControllerProps {
  graph: RenderGraph;
  /**
   * A fixed area to frame (everyone ever placed), kept across rebuilt maps together with the
   * camera, so a zoomed-in analyst stays where they were; null to fit the new graph and recentre.
   */
  frame: Bounds | null;
}

/** Hands a new network to the one sigma instance and frames it. */
export function GraphDataController({ graph, frame }: GraphDataControllerProps) {
  const sigma = useSigma();
  useEffect(() => {
    sigma.setCustomBBox(
      frame && { x: [frame.x, frame.x + frame.width], y: [frame.y, frame.y + frame.height] },
    );
    showGraph(sigma, graph);
    if (!frame) sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    // A frame comes with its graph (one map object), so this runs once per new map.
  }, [sigma, graph, frame]);
  return null;
}
