import type { WeaverSigma } from "./SigmaContainer";

/**
 * Centres the camera on a person and zooms in, as after a search: close enough to read
 * the names around them on a large network, not so close that a small one is lost.
 */
export function zoomToNode(sigma: WeaverSigma, node: string): Promise<void> {
  const display = sigma.getNodeDisplayData(node);
  if (!display) return Promise.resolve();
  const ratio = Math.min(1, Math.max(0.1, Math.sqrt(30 / Math.max(1, sigma.getGraph().order))));
  return sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration: 500 });
}
