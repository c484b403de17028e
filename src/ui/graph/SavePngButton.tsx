import { FOCUS_TIES_LAYER } from "./focusTies";
import { useSigma, type WeaverSigma } from "./SigmaContainer";

/** Sigma's layers from the bottom up (with the focused person's ties); the mouse layer only catches events. */
const LAYERS = ["edges", "nodes", FOCUS_TIES_LAYER, "edgeLabels", "labels", "hovers", "hoverNodes"];

/**
 * The map as the user sees it, one PNG. Sigma v3 has no export of its own: it draws on
 * stacked canvases, some WebGL. A WebGL canvas keeps its pixels only until the browser
 * composites it, so the layers are copied in the same task as a synchronous render.
 */
export function renderToCanvas(sigma: WeaverSigma, background = "#FFFFFF"): HTMLCanvasElement {
  sigma.refresh();
  const canvases = sigma.getCanvases();
  const first = canvases.nodes ?? Object.values(canvases)[0];
  const out = document.createElement("canvas");
  out.width = first?.width ?? 0;
  out.height = first?.height ?? 0;
  const context = out.getContext("2d");
  if (!context) return out;
  context.fillStyle = background;
  context.fillRect(0, 0, out.width, out.height);
  for (const layer of LAYERS) {
    const canvas = canvases[layer];
    if (canvas) context.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SavePngButton() {
  const sigma = useSigma();
  const save = () => {
    renderToCanvas(sigma).toBlob((blob) => {
      if (blob) download(blob, "weaver-network.png");
    }, "image/png");
  };
  return (
    <button type="button" className="button" onClick={save} data-testid="save-png">
      Save view as PNG
    </button>
  );
}
