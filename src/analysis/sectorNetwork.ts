import Graph from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import type { MeasureDescriptor } from "./descriptor";
import { sectorMixing } from "./sectorMixing";
import type { SectorOptions } from "./sectors";

/**
 * The network seen from above: one node per sector, one tie per pair of sectors in contact.
 * A tie's `weight` is the number of person-to-person ties between the two sectors (so layouts
 * and measures weigh it by how many working relationships it stands for); `tieWeight` keeps the
 * summed weight of those ties. Nodes carry the number of people and the ties within the sector.
 */
export interface SectorNodeAttributes {
  label: string;
  people: number;
  internalTies: number;
  internalWeight: number;
}

export interface SectorEdgeAttributes {
  weight: number;
  tieWeight: number;
}

export type SectorGraph = Graph<SectorNodeAttributes, SectorEdgeAttributes>;

export function sectorNetwork<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: SectorOptions = {},
): SectorGraph {
  const mixing = sectorMixing(graph, options);
  const result: SectorGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  mixing.sectors.forEach((sector, i) => {
    result.addNode(sector, {
      label: sector,
      people: mixing.people[i]!,
      internalTies: mixing.ties[i]![i]!,
      internalWeight: mixing.weights[i]![i]!,
    });
  });
  for (const pair of mixing.pairs) {
    if (pair.a !== pair.b) result.addEdge(pair.a, pair.b, { weight: pair.ties, tieWeight: pair.weight });
  }
  return result;
}

export const sectorNetworkDescriptor: MeasureDescriptor<Record<string, never>, SectorGraph> = {
  id: "sectorNetwork",
  label: "Sector network",
  family: "brokerage",
  parameters: [],
  outputs: [
    {
      id: "sectorNetwork",
      label: "Sectors and their ties",
      scope: "sector",
      explanation:
        "The community drawn as sectors instead of people: each circle is a sector (sized by its " +
        "people), each line the working relationships between two sectors (thicker = more ties). " +
        "Missing lines are sectors that never work together.",
      definition: "Quotient graph by sector; edge weight = number of ties between the two sectors.",
    },
  ],
  compute: (graph) => sectorNetwork(graph),
};
