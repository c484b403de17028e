import type { AbstractGraph, Attributes } from "graphology-types";
import type { MeasureDescriptor } from "./descriptor";
import { emptyRecord } from "./record";
import { lowpoint, remainderPiece } from "./lowpoint";
import { undirectedCsr, type CsrInput } from "./undirected";

/**
 * Articulation points (cut vertices): people whose departure splits the part of the
 * network they belong to into pieces that can no longer reach each other. Same set as
 * networkx's `articulation_points` (directed graphs are read as undirected).
 *
 * "Cut off" is defined as follows. When v leaves, the other c − 1 people of its component
 * fall into pieces; the largest piece is "the rest of the network" and everyone in the
 * other pieces is cut off from it:
 *
 *     cutOff(v) = (c − 1) − size of the largest remaining piece
 *
 * e.g. the middle of a 5-person path cuts off 2 people (pieces 2 and 2: one of them is the
 * largest, the other is cut off), the hub of a 5-person star cuts off 3 (four pieces of 1).
 * It is 0 for everyone who is not an articulation point. Isolated people, dyads and other
 * components are only split within themselves: a point never "cuts off" another component.
 *
 * Runs in O(n + m) with one iterative depth-first pass (see lowpoint.ts).
 */
export interface ArticulationPoint {
  node: string;
  /** People no longer connected to the largest remaining part of the component. */
  cutOff: number;
  /** Number of pieces the component falls into. */
  pieces: number;
  /** Size of the component (including the point itself) before the departure. */
  componentSize: number;
  /** Size of the largest piece left. */
  largestPiece: number;
}

export interface ArticulationResult {
  /** Articulation points, most people cut off first (ties in graph order). */
  points: ArticulationPoint[];
  /** Per person: people cut off by their departure (0 when not an articulation point). */
  cutOff: Record<string, number>;
  /** Per person: whether they are an articulation point. */
  isArticulationPoint: Record<string, boolean>;
}

export function articulationPoints<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: Pick<CsrInput, "csr"> = {},
): ArticulationResult {
  const csr = undirectedCsr(graph, { csr: options.csr, weightAttribute: null });
  const lp = lowpoint(csr);
  const points: ArticulationPoint[] = [];
  const cutOff = emptyRecord<number>();
  const isArticulationPoint = emptyRecord<boolean>();
  csr.nodes.forEach((node, v) => {
    const rest = remainderPiece(lp, v);
    const pieces = lp.cutChildren[v]! + (rest > 0 ? 1 : 0);
    const isPoint = pieces >= 2;
    isArticulationPoint[node] = isPoint;
    if (!isPoint) {
      cutOff[node] = 0;
      return;
    }
    const largestPiece = Math.max(lp.cutMax[v]!, rest);
    const componentSize = lp.componentSize[v]!;
    cutOff[node] = componentSize - 1 - largestPiece;
    points.push({ node, cutOff: cutOff[node], pieces, componentSize, largestPiece });
  });
  points.sort((a, b) => b.cutOff - a.cutOff);
  return { points, cutOff, isArticulationPoint };
}

export const articulationDescriptor: MeasureDescriptor<Record<string, never>, ArticulationResult> = {
  id: "articulationPoints",
  label: "Articulation points",
  family: "bottlenecks",
  parameters: [],
  outputs: [
    {
      id: "articulationPoint",
      label: "Articulation point",
      scope: "person",
      explanation:
        "A person who is the only link between parts of the community: if they left, some people " +
        "would no longer be connected to the rest at all.",
      reading: "Worth a second link around them, so the community does not depend on one person.",
      definition: "Cut vertex: removing the node increases the number of connected components.",
    },
    {
      id: "cutOff",
      label: "People cut off",
      scope: "person",
      explanation: "How many people would lose every path to the rest of the community if this person left.",
      reading: "0 for people whose departure splits nothing; the higher, the more fragile.",
      definition:
        "(c − 1) − size of the largest piece left, where c is the size of the node's connected " +
        "component; 0 for non-articulation points.",
    },
  ],
  compute: (graph) => articulationPoints(graph),
};
