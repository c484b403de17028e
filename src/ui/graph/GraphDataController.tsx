import { useEffect } from "react";
import type { RenderGraph } from "./renderGraph";
import { useSigma } from "./SigmaContainer";

/** Hands a new network to the one sigma instance and frames it. */
export function GraphDataController({ graph }: { graph: RenderGraph }) {
  const sigma = useSigma();
  useEffect(() => {
    sigma.setGraph(graph);
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }, [sigma, graph]);
  return null;
}
