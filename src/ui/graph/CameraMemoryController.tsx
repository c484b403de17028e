import { useEffect } from "react";
import { currentSession, rememberSession, takeRestoredCamera } from "../workspace/sessionMemory";
import type { RenderGraph } from "./renderGraph";
import { useSigma } from "./SigmaContainer";

/** A pan or zoom is remembered once the camera has rested this long, not at every frame. */
const REST_MS = 400;

/**
 * Keeps where the camera looks in the workspace, and puts it back for a restored workspace.
 * Rendered after GraphDataController, whose framing of each new graph it then overrides once.
 */
export function CameraMemoryController({ graph }: { graph: RenderGraph }) {
  const sigma = useSigma();

  useEffect(() => {
    const camera = takeRestoredCamera();
    if (camera) sigma.getCamera().setState(camera);
  }, [sigma, graph]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const remember = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio, angle } = sigma.getCamera().getState();
        rememberSession({ layout: { ...currentSession().layout, camera: { x, y, ratio, angle } } });
      }, REST_MS);
    };
    const camera = sigma.getCamera();
    camera.on("updated", remember);
    return () => {
      camera.off("updated", remember);
      if (timer !== null) clearTimeout(timer);
    };
  }, [sigma]);

  return null;
}
