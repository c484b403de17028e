import type { WeaverSigma } from "./SigmaContainer";

/**
 * A 2D canvas laid over the map, sized to it (sharp on high-density screens), cleared and ready
 * to draw in the map's viewport pixels; null when the browser gives no 2D context.
 */
export function clearedOverlay(
  sigma: WeaverSigma,
  canvas: HTMLCanvasElement,
): CanvasRenderingContext2D | null {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}
