/**
 * Where people were on the map before: a restored workspace puts everyone back exactly where they
 * were, and a network rebuilt for another time window keeps everyone who is still in it in place,
 * so playback shows the network growing instead of a new picture at every step. People never seen
 * before start beside the people they are tied to (where they will end up anyway) or, with no
 * placed contact, where the sector patches put them.
 */
import { hash, type Point } from "./initialPositions";
import type { RenderGraph } from "./renderGraph";

/** Moves the people in `known` to their old positions; returns how many were not known. */
export function placeKnown(graph: RenderGraph, known: ReadonlyMap<string, Point>): number {
  if (known.size === 0) return graph.order;
  const unknown: string[] = [];
  graph.forEachNode((node) => {
    const point = known.get(node);
    if (point) graph.mergeNodeAttributes(node, point);
    else unknown.push(node);
  });
  for (const node of unknown) {
    let x = 0;
    let y = 0;
    let placed = 0;
    graph.forEachNeighbor(node, (neighbour) => {
      const point = known.get(neighbour);
      if (!point) return;
      x += point.x;
      y += point.y;
      placed++;
    });
    if (placed === 0) continue;
    // A small offset from the contacts' centre, stable per person, so two newcomers with the same contacts don't coincide.
    const angle = ((hash(node) % 360) * Math.PI) / 180;
    graph.mergeNodeAttributes(node, { x: x / placed + Math.cos(angle), y: y / placed + Math.sin(angle) });
  }
  return unknown.length;
}

/** Positions of everyone on `graph`, added to (and replacing) those known before. */
export function withPositionsOf(
  graph: RenderGraph,
  known: ReadonlyMap<string, Point>,
): [string, number, number][] {
  const merged = new Map(known);
  graph.forEachNode((node, { x, y }) => merged.set(node, { x, y }));
  return [...merged].map(([id, { x, y }]) => [id, x, y]);
}
