/**
 * Owns the app's single sigma instance. It is created once, when its container first
 * mounts, and lives as long as that element; imports swap its graph, they never
 * create a new renderer. Everything else drives it through small controller
 * components that read it with useSigma().
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { RenderEdge, RenderNode } from "./renderGraph";
import { NodeRingProgram } from "./ringProgram";

export type WeaverSigma = Sigma<RenderNode, RenderEdge>;

const SigmaContext = createContext<WeaverSigma | null>(null);

export function useSigma(): WeaverSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error("useSigma must be used inside <SigmaContainer>");
  return sigma;
}

const SETTINGS: Partial<Settings<RenderNode, RenderEdge>> = {
  // The container may be hidden (another tab is shown); sigma then waits for a size.
  allowInvalidContainer: true,
  zIndex: true,
  labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  labelSize: 12,
  labelColor: { color: "#1F2933" },
  labelRenderedSizeThreshold: 8,
  defaultEdgeColor: "#C9CFD6",
  hideEdgesOnMove: true,
  nodeProgramClasses: { circle: NodeCircleProgram, ring: NodeRingProgram },
  // "thin" draws one-pixel lines: far cheaper when a network has tens of thousands of ties.
  edgeProgramClasses: { line: EdgeRectangleProgram, thin: EdgeLineProgram },
};

interface SigmaContainerProps {
  label: string;
  children?: ReactNode;
}

export function SigmaContainer({ label, children }: SigmaContainerProps) {
  const [sigma, setSigma] = useState<WeaverSigma | null>(null);

  // A ref callback with cleanup (React 19): runs when the element mounts and unmounts, never on re-render.
  const attach = useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    const instance: WeaverSigma = new Sigma<RenderNode, RenderEdge>(
      new Graph<RenderNode, RenderEdge>(),
      element,
      SETTINGS,
    );
    const observer = new ResizeObserver(() => instance.resize().refresh());
    observer.observe(element);
    setSigma(instance);
    return () => {
      observer.disconnect();
      instance.kill();
      setSigma(null);
    };
  }, []);

  return (
    <div className="sigma-area">
      <div
        ref={attach}
        className="sigma-container"
        role="img"
        aria-label={label}
        data-testid="sigma-container"
      />
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
