import type { AbstractGraph, Attributes } from "graphology-types";
import type { MeasureDescriptor } from "./descriptor";
import { emptyRecord } from "./record";
import { sectorMixing } from "./sectorMixing";
import { indexSectors, type SectorOptions } from "./sectors";
import { undirectedCsr } from "./undirected";

/**
 * Krackhardt–Stern E-I index with sectors as the groups, on distinct ties (weights ignored):
 *
 *     E-I = (E − I) / (E + I)
 *
 * - network: E = ties between different sectors, I = ties within a sector;
 * - sector: E = ties from its members to other sectors, I = ties among its members, each
 *   counted once (Krackhardt & Stern's EL and IL; UCINET's group figure instead counts an
 *   internal tie from both ends);
 * - person: E = contacts in other sectors, I = contacts in their own sector.
 *
 * −1 = all ties inside the sector, +1 = all ties outside. Null where there are no ties.
 */
export interface EiIndexResult {
  network: number | null;
  external: number;
  internal: number;
  bySector: Record<string, number | null>;
  byPerson: Record<string, number | null>;
}

export function eiRatio(external: number, internal: number): number | null {
  return external + internal === 0 ? null : (external - internal) / (external + internal);
}

export function eiIndex<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: SectorOptions = {},
): EiIndexResult {
  const csr = undirectedCsr(graph, { csr: options.csr, weightAttribute: null });
  const mixing = sectorMixing(graph, { ...options, csr });
  const bySector = emptyRecord<number | null>();
  mixing.sectors.forEach((sector, i) => {
    const row = mixing.ties[i]!;
    const internal = row[i]!;
    const external = row.reduce((sum, t) => sum + t, 0) - internal;
    bySector[sector] = eiRatio(external, internal);
  });

  const { groupOf } = indexSectors(graph, csr.nodes, options);
  const byPerson = emptyRecord<number | null>();
  csr.nodes.forEach((node, v) => {
    let internal = 0;
    let external = 0;
    for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
      if (groupOf[csr.targets[k]!] === groupOf[v]) internal++;
      else external++;
    }
    byPerson[node] = eiRatio(external, internal);
  });

  const { ties: external } = mixing.between;
  const { ties: internal } = mixing.within;
  return { network: eiRatio(external, internal), external, internal, bySector, byPerson };
}

export const eiIndexDescriptor: MeasureDescriptor<Record<string, never>, EiIndexResult> = {
  id: "eiIndex",
  label: "E-I index",
  family: "brokerage",
  parameters: [],
  outputs: [
    {
      id: "eiIndex",
      label: "E-I index (network)",
      scope: "network",
      explanation:
        "Whether the community's working relationships mostly stay inside sectors or cross them: " +
        "−1 means every tie is within a sector (silos), +1 means every tie crosses sectors.",
      definition: "(E − I) / (E + I) over distinct ties, E between sectors, I within (Krackhardt–Stern).",
      nullable: true,
    },
    {
      id: "eiIndexSector",
      label: "E-I index (sector)",
      scope: "sector",
      explanation:
        "For one sector: does it mostly talk to itself (towards −1) or to other sectors (towards +1)?",
      definition:
        "(EL − IL) / (EL + IL): ties from members to other sectors vs ties among members, each once.",
      nullable: true,
    },
    {
      id: "eiIndexPerson",
      label: "E-I index (person)",
      scope: "person",
      explanation:
        "For one person: are their contacts mostly in their own sector (−1) or in other sectors (+1)?",
      definition: "(E − I) / (E + I) over the person's distinct contacts. Empty without contacts.",
      nullable: true,
    },
  ],
  compute: (graph) => eiIndex(graph),
};
