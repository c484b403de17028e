/**
 * The graph sigma draws: the imported network's topology with only what drawing
 * needs (position, size, colour, label, shape). The imported graph itself stays
 * untouched, so layout and appearance can change without touching the data, and
 * later views (filters, time windows) can hide or restyle without re-importing.
 */
import Graph from "graphology";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { groupedPositions, type Point } from "./initialPositions";
import type { SectorPalette } from "./palette";

export type NodeShape = "circle" | "ring";

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** sigma program: registry members are discs, unregistered people hollow rings. */
  type: NodeShape;
}

export type EdgeShape = "line" | "thin";

export interface RenderEdge {
  weight: number;
  size: number;
  color: string;
  type: EdgeShape;
}

export type RenderGraph = Graph<RenderNode, RenderEdge>;

/**
 * Ties go from a pale to a darker grey as their weight grows, so a few strong ties stand
 * out of many weak ones (shared webinars make many). Opaque on purpose: sigma blends
 * premultiplied colours, so a translucent rgba() edge would vanish on the white map.
 */
const WEAK_EDGE_RGB = [0xe1, 0xe5, 0xea];
const STRONG_EDGE_RGB = [0x6b, 0x77, 0x85];
/**
 * Beyond this many ties a network is large for the map: thick edges cost more than they tell,
 * so ties are drawn as thin lines, and labels are hidden while the map moves (SigmaContainer).
 */
export const THIN_EDGES_ABOVE = 5_000;

export function isLargeNetwork(graph: { size: number }): boolean {
  return graph.size > THIN_EDGES_ABOVE;
}

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 11;
const MIN_EDGE_SIZE = 0.5;
const MAX_EDGE_SIZE = 3;

/** Size grows with the square root of the number of contacts, so hubs stand out without hiding everyone else. */
export function nodeSize(contacts: number, maxContacts: number): number {
  if (maxContacts <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(contacts / maxContacts);
}

export function buildRenderGraph(data: WeaverGraph, palette: SectorPalette): RenderGraph {
  const render: RenderGraph = new Graph({ type: data.type, multi: false, allowSelfLoops: false });
  const positions = groupedPositions(data.mapNodes((key, a) => ({ key, group: a.sector?.trim() || "" })));
  addMissingPeople(render, data, palette, (node) => positions.get(node) ?? { x: 0, y: 0 });
  addMissingTies(render, data);
  return render;
}

/**
 * Draws the people of `data` that `render` lacks (all of them for a new map), sized by their
 * contacts in `data` and coloured by sector unless `start` says otherwise, at `start`'s
 * positions. Returns who was added.
 */
export function addMissingPeople(
  render: RenderGraph,
  data: WeaverGraph,
  palette: SectorPalette,
  start: (node: string) => Point & Partial<RenderNode>,
): string[] {
  const { contacts, maxContacts } = contactCounts(data);
  const added: string[] = [];
  data.forEachNode((node, attributes) => {
    if (render.hasNode(node)) return;
    render.addNode(node, {
      size: nodeSize(contacts.get(node) ?? 0, maxContacts),
      color: palette.colorOf(attributes.sector),
      label: attributes.label || attributes.name || node,
      type: attributes.registered ? "circle" : "ring",
      ...start(node),
    });
    added.push(node);
  });
  return added;
}

/** How many people each person is tied to, counted without building neighbour arrays. */
export function contactCounts(data: WeaverGraph): { contacts: Map<string, number>; maxContacts: number } {
  const contacts = new Map<string, number>();
  let maxContacts = 0;
  data.forEachNode((node) => {
    let n = 0;
    data.forEachNeighbor(node, () => n++);
    contacts.set(node, n);
    maxContacts = Math.max(maxContacts, n);
  });
  return { contacts, maxContacts };
}

/**
 * Draws the ties of `data` that `render` lacks, under the same keys, as `look` says (by default,
 * against the strongest tie of `data`); their people must be drawn.
 */
export function addMissingTies(
  render: RenderGraph,
  data: WeaverGraph,
  look: TieLooks = tieLooks(data),
): number {
  // A map that already has ties keeps their shape (the larger of the two decides).
  const type: EdgeShape = isLargeNetwork({ size: Math.max(render.size, data.size) }) ? "thin" : "line";
  let added = 0;
  data.forEachEdge((edge, attributes, source, target) => {
    if (render.hasEdge(edge)) return;
    render.addEdgeWithKey(edge, source, target, { ...look(attributes.weight), type });
    added++;
  });
  return added;
}

/** What a tie's weight decides of its look; its shape comes from the size of the whole map. */
export type TieLook = Pick<RenderEdge, "weight" | "size" | "color">;
export type TieLooks = (weight: number) => Readonly<TieLook>;

/**
 * How a tie of `data` looks given its weight, against the strongest tie of `data`. Ties share a
 * few weights: each weight's look is worked out once, not once per tie.
 */
export function tieLooks(data: WeaverGraph): TieLooks {
  let maxWeight = 0;
  data.forEachEdge((_, attributes) => (maxWeight = Math.max(maxWeight, attributes.weight)));
  const looks = new Map<number, TieLook>();
  return (weight) => {
    let look = looks.get(weight);
    if (look === undefined) {
      const share = maxWeight > 0 ? Math.sqrt(weight / maxWeight) : 0;
      look = {
        weight,
        size: MIN_EDGE_SIZE + (MAX_EDGE_SIZE - MIN_EDGE_SIZE) * share,
        color: edgeColor(share),
      };
      looks.set(weight, look);
    }
    return look;
  };
}

/** `share` in 0..1: the tie's weight relative to the strongest tie (square-rooted). */
export function edgeColor(share: number): string {
  const channel = (i: number) => {
    const weak = WEAK_EDGE_RGB[i] ?? 0;
    const value = Math.round(weak + ((STRONG_EDGE_RGB[i] ?? 0) - weak) * share);
    return value.toString(16).padStart(2, "0");
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
