/**
 * Where people were on the map before: a restored workspace puts everyone back exactly where they
 * were, and a network rebuilt for another time window keeps everyone who is still in it in place,
 * so playback shows the network growing instead of a new picture at every step. People never seen
 * before start beside the people they are tied to (where they will end up anyway) or, with no
 * placed contact, somewhere inside the map, so that a few newcomers never set everyone moving.
 */
import { hash, twoRandoms, type Point } from "./initialPositions";
import type { RenderGraph } from "./renderGraph";

/** How far a newcomer starts from their contacts' centre, as a share of the map's width. */
const NEWCOMER_OFFSET = 0.01;

/**
 * Moves the people in `known` to their old positions and starts each newcomer beside their placed
 * contacts, or (with none) at a spot of their own inside the known map. Returns how many people
 * were not known: when that is most of the graph, the old positions say little and a layout should run.
 */
export function placeKnown(graph: RenderGraph, known: ReadonlyMap<string, Point>): number {
  if (known.size === 0) return graph.order;
  const unknown: string[] = [];
  graph.forEachNode((node) => {
    const point = known.get(node);
    if (point) graph.mergeNodeAttributes(node, point);
    else unknown.push(node);
  });
  const places = newcomerPlaces(unknown, (node, visit) => graph.forEachNeighbor(node, visit), known);
  for (const [node, point] of places) graph.mergeNodeAttributes(node, point);
  return unknown.length;
}

/**
 * Where each newcomer starts: beside the centre of their contacts that have a place in `known`,
 * or, with none, at a spot of their own inside the known map. `known` must not be empty.
 */
export function newcomerPlaces(
  newcomers: readonly string[],
  forEachContact: (node: string, visit: (contact: string) => void) => void,
  known: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const frame = boundsOf(known.values());
  const offset = NEWCOMER_OFFSET * Math.max(frame.width, frame.height, 1);
  const places = new Map<string, Point>();
  for (const node of newcomers) {
    let x = 0;
    let y = 0;
    let placed = 0;
    forEachContact(node, (contact) => {
      const point = known.get(contact);
      if (!point) return;
      x += point.x;
      y += point.y;
      placed++;
    });
    // Seeded by the person, so the same data always gives the same picture.
    const [u, v] = twoRandoms(hash(node));
    if (placed > 0) {
      const angle = 2 * Math.PI * u;
      places.set(node, {
        x: x / placed + offset * Math.cos(angle),
        y: y / placed + offset * Math.sin(angle),
      });
    } else {
      places.set(node, { x: frame.x + u * frame.width, y: frame.y + v * frame.height });
    }
  }
  return places;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest rectangle holding every point. */
export function boundsOf(points: Iterable<Point>): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Positions of everyone on `graph`, added to (and replacing) those known before. */
export function positionsWith(graph: RenderGraph, known: ReadonlyMap<string, Point>): Map<string, Point> {
  const merged = new Map(known);
  graph.forEachNode((node, { x, y }) => merged.set(node, { x, y }));
  return merged;
}
