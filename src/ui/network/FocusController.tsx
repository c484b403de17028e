import { useEffect } from "react";
import { useSigma } from "../graph/SigmaContainer";
import { zoomToNode } from "../graph/zoomToNode";

/** A request to fly to a person, from another view; `id` changes with every request. */
export interface FocusRequest {
  node: string;
  id: number;
}

/**
 * Flies the camera to a person chosen in another view (People, Bottlenecks, Bridges).
 * Waits a frame so the map, hidden until now, has its size again.
 */
export function FocusController({ request }: { request: FocusRequest | null }) {
  const sigma = useSigma();
  useEffect(() => {
    if (!request || !sigma.getGraph().hasNode(request.node)) return;
    const frame = requestAnimationFrame(() => void zoomToNode(sigma, request.node));
    return () => cancelAnimationFrame(frame);
  }, [sigma, request]);
  return null;
}
