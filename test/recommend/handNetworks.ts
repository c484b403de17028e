/**
 * Small hand-made communities for the recommendation tests: real graphology graphs with
 * Weaver's person and tie attributes, analysed by the real analysis engine.
 */
import Graph from "graphology";
import { analyzeNetwork, type NetworkAnalysis } from "../../src/analysis/analyzeNetwork";
import type { WeaverGraph } from "../../src/graph/buildNetwork";
import type { NodeStatus, PersonAttributes, TieAttributes } from "../../src/model/types";

export interface PersonSpec {
  sector?: string;
  region?: string;
  role?: string;
  groups?: string[];
  status?: NodeStatus;
  joined?: string;
  name?: string;
}

export type TieSpec = [string, string, number?];

/** People (id → attributes; a capitalised name is made up from the id) and ties, dated 2026-01-31. */
export function community(people: Record<string, PersonSpec>, ties: TieSpec[]): WeaverGraph {
  const graph: WeaverGraph = new Graph<PersonAttributes, TieAttributes>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  const add = (id: string, spec: PersonSpec = {}) => {
    if (graph.hasNode(id)) return;
    const status = spec.status ?? "member";
    const name = spec.name ?? `${id.charAt(0).toUpperCase()}${id.slice(1)}`;
    graph.addNode(id, {
      id,
      name,
      label: name,
      groups: spec.groups ?? [],
      status,
      registered: status !== "unregistered",
      ...(spec.sector === undefined ? {} : { sector: spec.sector }),
      ...(spec.region === undefined ? {} : { region: spec.region }),
      ...(spec.role === undefined ? {} : { role: spec.role }),
      ...(spec.joined === undefined ? {} : { joined: spec.joined }),
    });
  };
  for (const [id, spec] of Object.entries(people)) add(id, spec);
  for (const [a, b, weight] of ties) {
    add(a);
    add(b);
    graph.addEdge(a, b, {
      weight: weight ?? 1,
      count: 1,
      firstDate: "2026-01-31",
      lastDate: "2026-01-31",
      types: ["meeting"],
      sources: ["interaction"],
    });
  }
  return graph;
}

/** Every pair of the given people tied. */
export function clique(ids: string[], weight = 1): TieSpec[] {
  const ties: TieSpec[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) ties.push([ids[i]!, ids[j]!, weight]);
  return ties;
}

/** The same attributes for several people. */
export function alike(ids: string[], spec: PersonSpec): Record<string, PersonSpec> {
  return Object.fromEntries(ids.map((id) => [id, spec]));
}

export async function analysed(
  graph: WeaverGraph,
): Promise<{ graph: WeaverGraph; analysis: NetworkAnalysis }> {
  return { graph, analysis: await analyzeNetwork(graph) };
}

/** A tie in either order, as a sorted key. */
export const pair = (a: string, b: string) => [a, b].sort().join("–");
