/**
 * Sigma's two tie programs, drawing nothing while the map moves or while someone on it is in
 * focus.
 *
 * While someone is in focus the focus layer (focusTies.ts) draws that person's ties alone.
 * Hiding the other ties through sigma's reducers would mean restyling each of them, a hundred
 * thousand on a large network, at each move of the pointer; and a tie layer merely hidden from
 * view would still be drawn, which costs a software renderer (a computer without a graphics
 * card) hundreds of milliseconds.
 *
 * While the map moves (a drag, the wheel, a camera animation) only people are drawn, as sigma's
 * own `hideEdgesOnMove` would; but that setting also has sigma re-index the whole graph after
 * every drag, a few hundred milliseconds with a hundred thousand ties, where drawing again is
 * enough (redrawAfterDrag).
 */
import type Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import type { RenderEdge, RenderNode } from "./renderGraph";

type TieSigma = Sigma<RenderNode, RenderEdge>;

const focusedMaps = new WeakSet<TieSigma>();

/** Whether sigma draws all ties on this map (nobody in focus), taken into account at the next frame. */
export function setTiesDrawn(sigma: TieSigma, drawn: boolean): void {
  if (drawn) focusedMaps.delete(sigma);
  else focusedMaps.add(sigma);
}

/** Moving as sigma itself tells it for `hideEdgesOnMove`: a camera animation, a drag, the wheel. */
function moving(sigma: TieSigma): boolean {
  const mouse = sigma.getMouseCaptor();
  return (
    sigma.getCamera().isAnimated() ||
    mouse.isMoving ||
    mouse.draggedEvents > 0 ||
    mouse.currentWheelDirection !== 0
  );
}

function tiesDrawnNow(sigma: TieSigma): boolean {
  return !focusedMaps.has(sigma) && !moving(sigma);
}

/**
 * A drag released without momentum leaves no camera move to draw the ties again: draw once
 * more when sigma has counted the drag as over (in a task it queues on release). Returns the
 * cleanup.
 */
export function redrawAfterDrag(sigma: TieSigma): () => void {
  const mouse = sigma.getMouseCaptor();
  const redraw = () => setTimeout(() => sigma.scheduleRender(), 0);
  mouse.on("mouseup", redraw);
  return () => mouse.off("mouseup", redraw);
}

/** Thick ties, for networks of a few thousand ties. */
export class TieRectangleProgram extends EdgeRectangleProgram<RenderNode, RenderEdge> {
  override render(params: RenderParams): void {
    if (tiesDrawnNow(this.renderer)) super.render(params);
  }
}

/** One-pixel ties, far cheaper to draw on large networks. */
export class TieLineProgram extends EdgeLineProgram<RenderNode, RenderEdge> {
  override render(params: RenderParams): void {
    if (tiesDrawnNow(this.renderer)) super.render(params);
  }
}
