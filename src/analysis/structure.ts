import type { Csr } from "./csr";
import type { MeasureDescriptor } from "./descriptor";
import { undirectedCsr, type AnyGraph, type CsrInput } from "./undirected";

export interface Components {
  /** Members of each component, largest first (ties broken by graph order). */
  components: string[][];
  sizes: number[];
  /** Person → index into `components`. */
  membership: Record<string, number>;
}

/** Component label per node, numbered in order of discovery, by breadth-first search. */
export function componentLabels(csr: Csr): { labels: Int32Array; count: number } {
  const n = csr.nodes.length;
  const labels = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (labels[s] !== -1) continue;
    labels[s] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
        const u = csr.targets[k]!;
        if (labels[u] === -1) {
          labels[u] = count;
          queue[tail++] = u;
        }
      }
    }
    count++;
  }
  return { labels, count };
}

/**
 * Connected components: groups of people linked by some chain of ties, with no tie
 * between groups. A registered person with no ties is a component of one.
 */
export function components(graph: AnyGraph, options: CsrInput = {}): Components {
  const csr = undirectedCsr(graph, options);
  const { labels, count } = componentLabels(csr);
  const groups: string[][] = Array.from({ length: count }, () => []);
  csr.nodes.forEach((node, i) => groups[labels[i]!]!.push(node));
  // Discovery order follows graph order, so a stable sort by size keeps ties in graph order.
  const order = groups.map((_, c) => c).sort((a, b) => groups[b]!.length - groups[a]!.length);
  const rename = new Int32Array(count);
  order.forEach((c, r) => (rename[c] = r));
  const membership = Object.create(null) as Record<string, number>;
  csr.nodes.forEach((node, i) => (membership[node] = rename[labels[i]!]!));
  const sorted = order.map((c) => groups[c]!);
  return { components: sorted, sizes: sorted.map((g) => g.length), membership };
}

/** Number of distinct ties in the symmetric CSR (self-ties are not stored). */
function tieCount(csr: Csr): number {
  return csr.targets.length / 2;
}

/**
 * Density as networkx's `density(G)`: ties present over ties possible, n(n−1)/2;
 * 0 for fewer than two people.
 */
export function density(graph: AnyGraph, options: CsrInput = {}): number {
  const csr = undirectedCsr(graph, options);
  const n = csr.nodes.length;
  return n < 2 ? 0 : tieCount(csr) / ((n * (n - 1)) / 2);
}

function byDegree(
  graph: AnyGraph,
  options: CsrInput,
  keep: (degree: number, node: string) => boolean,
): string[] {
  const csr = undirectedCsr(graph, options);
  return csr.nodes.filter((node, i) => keep(csr.offsets[i + 1]! - csr.offsets[i]!, node));
}

/** People with no tie at all, in graph order. */
export function isolates(graph: AnyGraph, options: CsrInput = {}): string[] {
  return byDegree(graph, options, (d) => d === 0);
}

/** People on the periphery: one contact or none, in graph order. */
export function peripheral(graph: AnyGraph, options: CsrInput = {}): string[] {
  return byDegree(graph, options, (d) => d <= 1);
}

/**
 * Registered members (status "member") with no tie in the graph given. For "no interaction
 * in the chosen period", pass the graph of that period with every registered person kept.
 */
export function silentMembers(graph: AnyGraph, options: CsrInput = {}): string[] {
  return byDegree(graph, options, (d, node) => {
    if (d !== 0) return false;
    const attributes = graph.getNodeAttributes(node);
    return attributes.status === "member" && attributes.registered !== false;
  });
}

export interface StructureSummary extends Components {
  people: number;
  ties: number;
  density: number;
  isolates: string[];
  peripheral: string[];
  silentMembers: string[];
}

/** Every structural figure at once, from one CSR. */
export function structure(graph: AnyGraph, options: CsrInput = {}): StructureSummary {
  const csr = undirectedCsr(graph, options);
  const shared = { csr };
  return {
    people: csr.nodes.length,
    ties: tieCount(csr),
    density: density(graph, shared),
    ...components(graph, shared),
    isolates: isolates(graph, shared),
    peripheral: peripheral(graph, shared),
    silentMembers: silentMembers(graph, shared),
  };
}

export const structureDescriptor: MeasureDescriptor<Record<string, never>, StructureSummary> = {
  id: "structure",
  label: "Structure and engagement",
  family: "structure",
  parameters: [],
  outputs: [
    {
      id: "components",
      label: "Separate groups",
      scope: "network",
      explanation:
        "How many separate groups the network falls into, with no chain of contacts between them. One is the healthy case; each extra group is a part of the community cut off from the rest.",
      definition: "Number of connected components; each registered person with no ties counts as one.",
    },
    {
      id: "component",
      label: "Group",
      scope: "person",
      explanation: "Which separate group this person belongs to (0 is the largest).",
      definition: "Index of the person's connected component, components ordered by size.",
    },
    {
      id: "density",
      label: "Density",
      scope: "network",
      explanation: "The share of all possible pairs of people who are actually in touch.",
      reading: "Large communities are naturally sparse; compare over time rather than against 1.",
      definition: "Ties / (n(n−1)/2), n including people with no ties.",
    },
    {
      id: "isolates",
      label: "Isolated people",
      scope: "network",
      explanation: "People in the community with no recorded contact at all.",
      definition: "Nodes of degree 0.",
    },
    {
      id: "peripheral",
      label: "People on the periphery",
      scope: "network",
      explanation: "People with one contact or none: they depend on a single tie to stay in the loop.",
      definition: "Nodes of degree ≤ 1.",
    },
    {
      id: "silentMembers",
      label: "Members without interaction",
      scope: "network",
      explanation:
        "Registered members who had no interaction with anyone in the chosen period: candidates for a personal check-in.",
      definition: "Registered nodes with status member and degree 0 in the period's network.",
    },
  ],
  compute: (graph) => structure(graph),
};
