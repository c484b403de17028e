/**
 * Owns the app's single sigma instance. It is created once, when its container first
 * mounts, and lives as long as that element; imports swap its graph, they never
 * create a new renderer. Everything else drives it through small controller
 * components that read it with useSigma().
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import Graph from "graphology";
import Sigma from "sigma";
import { NodeCircleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { isLargeNetwork, type RenderEdge, type RenderGraph, type RenderNode } from "./renderGraph";
import { NodeRingProgram } from "./ringProgram";
import { redrawAfterDrag, TieLineProgram, TieRectangleProgram } from "./tiePrograms";

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
  // While the map moves (drag, wheel, camera animation), only people are drawn: drawing tens of
  // thousands of ties at every frame is what makes a large map stutter. The tie programs do it
  // (tiePrograms.ts): sigma's hideEdgesOnMove would also re-index the whole graph after each drag.
  hideEdgesOnMove: false,
  // Labels too, on a large network (see showGraph).
  hideLabelsOnMove: false,
  // No tie is ever hovered or clicked: sigma then never draws the ties again to pick one.
  enableEdgeEvents: false,
  nodeProgramClasses: { circle: NodeCircleProgram, ring: NodeRingProgram },
  // "thin" draws one-pixel lines: far cheaper when a network has tens of thousands of ties.
  // Neither draws while the map moves or someone is in focus (see tiePrograms.ts).
  edgeProgramClasses: { line: TieRectangleProgram, thin: TieLineProgram },
};

/**
 * Hands a network to sigma. A large one also hides its labels while the map moves; on a small
 * one they stay, as they cost little. The setting changes only when it must: each change makes
 * sigma index the graph it holds again.
 */
export function showGraph(sigma: WeaverSigma, graph: RenderGraph): void {
  const hideLabels = isLargeNetwork(graph);
  if (sigma.getSetting("hideLabelsOnMove") !== hideLabels) sigma.setSetting("hideLabelsOnMove", hideLabels);
  sigma.setGraph(graph);
}

/**
 * Sigma chooses which labels to show when it indexes the map, for the map's size then. This
 * has it index again at the next frame, without asking the reducers about every person and
 * tie again: on a large network that is the longest step of a full refresh.
 */
export function scheduleReindex(sigma: WeaverSigma): void {
  sigma.refresh({ partialGraph: { nodes: [] }, schedule: true });
}

/** Has sigma index and draw the graph it holds now, without asking the reducers again. */
export function indexNow(sigma: WeaverSigma): void {
  sigma.refresh({ partialGraph: { nodes: [] } });
}

/** A change of size by more than this share has sigma choose the labels again. */
const REINDEX_RESIZE = 0.25;

/**
 * After the container changed size. Panels opening and closing around the map resize it by a
 * few lines at a time: redrawing is enough for that. Indexing the whole map again (a few
 * hundred milliseconds for a hundred thousand ties on a modest computer) waits for a large
 * change, such as the map shown again after another tab.
 */
function fitToContainer(sigma: WeaverSigma): void {
  const before = sigma.getDimensions();
  sigma.resize();
  const after = sigma.getDimensions();
  // Hidden (another tab): nothing to draw; showing it again is a large change, indexed then.
  if (after.width === 0 || after.height === 0) return;
  const changed = (a: number, b: number) => a === 0 || Math.abs(b - a) / a > REINDEX_RESIZE;
  if (changed(before.width, after.width) || changed(before.height, after.height)) scheduleReindex(sigma);
  else sigma.scheduleRender();
}

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
    const observer = new ResizeObserver(() => fitToContainer(instance));
    observer.observe(element);
    const stopRedrawing = redrawAfterDrag(instance);
    setSigma(instance);
    return () => {
      stopRedrawing();
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
