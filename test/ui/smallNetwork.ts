/**
 * A small hand-made community analysed by the real engine, for the UI's pure modules:
 * two sectors joined through one broker (Bruno), a pendant member hanging on Ana, an
 * isolated prospect, a name a spreadsheet would execute and accented names.
 */
import Graph from "graphology";
import type { WeaverGraph } from "../../src/graph/buildNetwork";
import type { PersonAttributes, TieAttributes } from "../../src/model/types";
import { DEFAULT_ANALYSIS_SETTINGS } from "../../src/analysis/registry";
import { runAnalysis, type AnalysisPayload } from "../../src/worker/analysisHandler";

type Row = [
  id: string,
  name: string,
  sector: string | undefined,
  status: PersonAttributes["status"],
  groups?: string[],
];

const PEOPLE: Row[] = [
  ["a", "Ana López", "Sport", "member", ["Youth"]],
  ["b", "Bruno Díaz", "Health", "member", ["Youth", "Health"]],
  ["c", "Carla Núñez", "Health", "member"],
  ["d", '=HYPERLINK("x")', "Health", "member", ["Health"]],
  ["e", "Eva Martín", "Sport", "member", ["Youth"]],
  ["f", "Félix Ortega", "Sport", "former"],
  ["g", "Gloria Paz", undefined, "prospect"],
];

const TIES: [string, string, number][] = [
  ["a", "e", 2],
  ["a", "b", 1],
  ["e", "b", 1],
  ["b", "c", 3],
  ["b", "d", 1],
  ["c", "d", 1],
  ["a", "f", 1],
];

export function smallGraph(): WeaverGraph {
  const graph: WeaverGraph = new Graph({ type: "undirected" });
  for (const [id, name, sector, status, groups] of PEOPLE) {
    graph.addNode(id, {
      id,
      name,
      label: name,
      ...(sector ? { sector } : {}),
      groups: groups ?? [],
      status,
      registered: true,
    });
  }
  for (const [s, t, weight] of TIES) {
    const tie: TieAttributes = { weight, count: 1, types: ["meeting"], sources: ["interaction"] };
    graph.addEdge(s, t, tie);
  }
  return graph;
}

export async function smallAnalysis(): Promise<{ graph: WeaverGraph; analysis: AnalysisPayload }> {
  const graph = smallGraph();
  return { graph, analysis: await runAnalysis(graph, 1, DEFAULT_ANALYSIS_SETTINGS) };
}
