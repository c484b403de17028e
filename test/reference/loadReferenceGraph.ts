/**
 * Typed access to the reference fixtures written by generate_reference.py: the reference
 * networks as real graphology graphs, and the values networkx computed on them.
 */
import Graph from "graphology";
import type { PersonAttributes, TieAttributes } from "../../src/model/types";
import graphsJson from "./graphs.json";
import networkxJson from "./networkx.json";

export type ReferenceName = "karate" | "florentine" | "davis" | "multisector";
export const REFERENCE_NAMES: ReferenceName[] = ["karate", "florentine", "davis", "multisector"];

export interface ReferenceNode {
  id: string;
  sector?: string;
  status?: "member" | "prospect" | "former";
  groups?: string[];
}

export interface ReferenceGraphData {
  nodes: ReferenceNode[];
  edges: { source: string; target: string; weight: number }[];
  /** Davis only: the raw (woman, event) attendance pairs before projection. */
  attendance?: [string, string][];
}

type PerNode<T> = Record<string, T>;

/** networkx's values for one reference graph (NaN written as null). */
export interface ReferenceValues {
  n: number;
  m: number;
  degree: PerNode<number>;
  strength: PerNode<number>;
  betweenness_centrality: PerNode<number>;
  closeness_centrality: PerNode<number>;
  /** Computed to tolerance 1e-12: the fixed point itself. */
  eigenvector_centrality: PerNode<number>;
  /** With networkx's default tol=1e-6, max_iter=100; null when networkx failed to converge. */
  eigenvector_centrality_nx_default: PerNode<number> | null;
  pagerank: PerNode<number>;
  pagerank_nx_default: PerNode<number> | null;
  clustering: PerNode<number>;
  core_number: PerNode<number>;
  articulation_points: string[];
  /** Each bridge as a sorted pair; the list sorted. */
  bridges: [string, string][];
  constraint: PerNode<number | null>;
  effective_size: PerNode<number | null>;
  /** Sorted members of each component, largest first. */
  components: string[][];
  number_of_components: number;
  density: number;
  isolates: string[];
  number_of_isolates: number;
  /** Fixed partitions as node → block label: "sector" (when every node has one) and "greedy". */
  partitions: Record<string, PerNode<number>>;
  modularity: { partition: string; weighted: boolean; modularity: number }[];
  /** Agreement between two fixed partitions, computed by igraph. */
  agreement: { a: string; b: string; nmi: number; adjusted_rand: number }[];
}

const graphs = graphsJson as unknown as Record<ReferenceName, ReferenceGraphData>;
const values = networkxJson as unknown as Record<ReferenceName, ReferenceValues>;

export function referenceGraphData(name: ReferenceName): ReferenceGraphData {
  return graphs[name];
}

/**
 * The reference network as an undirected graphology graph with Weaver's attributes: every
 * person registered (so people without ties are in the graph), status "member" unless the
 * fixture says otherwise, and one tie per edge carrying the fixture's weight.
 */
export function loadReferenceGraph(name: ReferenceName): Graph<PersonAttributes, TieAttributes> {
  const data = graphs[name];
  const graph = new Graph<PersonAttributes, TieAttributes>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  for (const node of data.nodes) {
    graph.addNode(node.id, {
      id: node.id,
      name: node.id,
      label: node.id,
      ...(node.sector === undefined ? {} : { sector: node.sector }),
      groups: node.groups ?? [],
      status: node.status ?? "member",
      registered: true,
    });
  }
  for (const edge of data.edges) {
    graph.addEdge(edge.source, edge.target, {
      weight: edge.weight,
      count: 1,
      types: [],
      sources: [name === "davis" ? "attendance" : "interaction"],
    });
  }
  return graph;
}

export function referenceValues(name: ReferenceName): ReferenceValues {
  return values[name];
}
