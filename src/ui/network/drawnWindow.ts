/**
 * A time window shown on the map already drawn, instead of a new drawing.
 *
 * A network rebuilt for another window (a preset, a playback step) is the same community seen
 * over other months: its people and ties are (mostly) ones the map has drawn before, under the
 * same keys (graph/buildNetwork). Handing sigma a new graph for it means sigma indexing every
 * person and tie again, in one task it cannot split: a few hundred milliseconds for a hundred
 * thousand ties on a modest computer, each time the window moves. Here the drawing keeps
 * everyone it has shown: the window hides those it leaves out (like a filter, a slice at a time),
 * adds only those never drawn, and gives each tie the look of its weight in this window.
 * Everyone keeps their place, so playback shows the network growing on a still map.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { HiddenOnMap } from "../graph/hiddenOnMap";
import type { Point } from "../graph/initialPositions";
import { newcomerPlaces, positionsWith } from "../graph/knownPositions";
import type { SectorPalette } from "../graph/palette";
import {
  addMissingPeople,
  addMissingTies,
  tieLooks,
  type RenderGraph,
  type TieLooks,
} from "../graph/renderGraph";

/** The people and ties on the drawing that `network` (the window's) does not have. */
export function outsideWindow(drawn: RenderGraph, network: WeaverGraph): HiddenOnMap {
  const hiddenNodes = new Set<string>();
  drawn.forEachNode((node) => {
    if (!network.hasNode(node)) hiddenNodes.add(node);
  });
  const hiddenEdges = new Set<string>();
  drawn.forEachEdge((edge) => {
    if (!network.hasEdge(edge)) hiddenEdges.add(edge);
  });
  return { hiddenNodes, hiddenEdges };
}

/** How the map shows a person now (their colour and size), for people drawn for the first time. */
export type CurrentLook = (node: string) => { color?: string; size?: number };

/**
 * Brings the people and ties of `network` onto the drawing: those never drawn are added (at
 * their `remembered` place, else beside their contacts, looking as `lookOf` says), and every tie takes the
 * look of its weight in this window. Returns whether anyone or any tie was added (sigma must then
 * index the drawing again) and the ties whose look changed, for the map to redraw.
 */
export function drawWindow(
  drawn: RenderGraph,
  network: WeaverGraph,
  palette: SectorPalette,
  lookOf: CurrentLook,
  remembered: ReadonlyMap<string, Point>,
): { added: boolean; restyled: string[] } {
  const newcomers = network.filterNodes((node) => !drawn.hasNode(node));
  if (newcomers.length > 0) {
    const known = positionsWith(drawn, remembered);
    const unplaced = newcomers.filter((node) => !known.has(node));
    const placed =
      known.size > 0
        ? newcomerPlaces(unplaced, (node, visit) => network.forEachNeighbor(node, visit), known)
        : new Map<string, Point>();
    addMissingPeople(drawn, network, palette, (node) => {
      const { color, size } = lookOf(node);
      return {
        ...(known.get(node) ?? placed.get(node) ?? { x: 0, y: 0 }),
        ...(color === undefined ? {} : { color }),
        ...(size === undefined ? {} : { size }),
      };
    });
  }
  // One look for the window, for the ties added and those restyled alike.
  const look = tieLooks(network);
  const ties = addMissingTies(drawn, network, look);
  return { added: newcomers.length + ties > 0, restyled: restyleTies(drawn, network, look) };
}

/**
 * Gives each tie of `network` on the drawing the look of its weight in `network`. Written into
 * the drawing's attributes without graphology's update events on purpose: on those sigma would
 * redraw every tie at once, the long task this module exists to avoid; the map redraws the ties
 * returned instead, a slice at a time (ui/graph/redrawQueue).
 */
export function restyleTies(
  drawn: RenderGraph,
  network: WeaverGraph,
  look: TieLooks = tieLooks(network),
): string[] {
  const changed: string[] = [];
  // Weight, size and colour only: a tie keeps the shape it was drawn with.
  network.forEachEdge((edge, { weight }) => {
    const current = drawn.getEdgeAttributes(edge);
    const next = look(weight);
    if (current.weight === next.weight && current.size === next.size && current.color === next.color) return;
    current.weight = next.weight;
    current.size = next.size;
    current.color = next.color;
    changed.push(edge);
  });
  return changed;
}
