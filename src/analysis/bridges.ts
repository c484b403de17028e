import type { AbstractGraph, Attributes } from "graphology-types";
import type { MeasureDescriptor } from "./descriptor";
import { lowpoint } from "./lowpoint";
import { undirectedCsr, type CsrInput } from "./undirected";

/**
 * Bridges: ties whose loss splits the network, i.e. the only route between two groups of
 * people. Same set as networkx's `bridges` on the simple undirected graph (parallel
 * interactions between a pair are one tie in Weaver, so they never protect each other).
 *
 * A DFS tree tie parent→child is a bridge exactly when nothing in child's subtree reaches
 * back above the child (low[child] > disc[parent]); one iterative pass, O(n + m).
 */
export interface Bridge {
  /** Endpoints as the graph stores the tie (graph.source / graph.target of `edge`). */
  source: string;
  target: string;
  /** Key of the graph edge carrying the tie. */
  edge: string;
  /** People on the smaller side of the split (ties broken towards the child's side). */
  separated: number;
}

export interface BridgesResult {
  /** Bridges, largest split first (ties in discovery order). */
  bridges: Bridge[];
}

export function bridges<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: Pick<CsrInput, "csr"> = {},
): BridgesResult {
  const csr = undirectedCsr(graph, { csr: options.csr, weightAttribute: null });
  const lp = lowpoint(csr);
  const found: Bridge[] = [];
  for (let child = 0; child < csr.nodes.length; child++) {
    const parent = lp.parent[child]!;
    if (parent < 0 || lp.low[child]! <= lp.disc[parent]!) continue;
    const a = csr.nodes[parent]!;
    const b = csr.nodes[child]!;
    // edges() rather than edge(): the latter throws on multigraphs.
    const edge = graph.edges(a, b)[0] ?? graph.edges(b, a)[0]!;
    const side = lp.size[child]!;
    found.push({
      source: graph.source(edge),
      target: graph.target(edge),
      edge,
      separated: Math.min(side, lp.componentSize[child]! - side),
    });
  }
  found.sort((x, y) => y.separated - x.separated);
  return { bridges: found };
}

export const bridgesDescriptor: MeasureDescriptor<Record<string, never>, BridgesResult> = {
  id: "bridges",
  label: "Bridges",
  family: "bottlenecks",
  parameters: [],
  outputs: [
    {
      id: "bridges",
      label: "Bridges",
      scope: "tie",
      explanation:
        "A tie that is the only connection between two parts of the community: if these two people " +
        "stopped working together, the parts would lose touch completely.",
      reading:
        "A tie leading to one person who has no other contact is a bridge too; larger splits matter more.",
      definition: "Edge whose removal increases the number of connected components.",
    },
    {
      id: "separated",
      label: "People on the smaller side",
      scope: "tie",
      explanation: "How many people would end up on the smaller side if this tie were lost.",
      definition: "min(s, c − s), where s is the size of one side and c the size of the component.",
    },
  ],
  compute: (graph) => bridges(graph),
};
