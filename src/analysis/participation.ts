import type { AbstractGraph, Attributes } from "graphology-types";
import type { MeasureDescriptor } from "./descriptor";
import { emptyRecord } from "./record";
import { indexSectors, type SectorOptions } from "./sectors";
import { undirectedCsr } from "./undirected";

/**
 * Participation coefficient over sectors (Guimerà & Amaral): how evenly a person's distinct
 * contacts are spread across sectors,
 *
 *     P_i = 1 − Σ_s (k_is / k_i)²
 *
 * with k_i the number of distinct contacts and k_is those in sector s (the person's own
 * sector included). 0 when every contact is in one sector; approaches 1 − 1/S when contacts
 * are spread evenly over S sectors. Null for people with no contacts, where it is undefined.
 * Tie weights are ignored: a contact counts once however often they interact.
 */
export function participation<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: SectorOptions = {},
): Record<string, number | null> {
  const csr = undirectedCsr(graph, { csr: options.csr, weightAttribute: null });
  const { nodes, offsets, targets } = csr;
  const { sectors, groupOf } = indexSectors(graph, nodes, options);
  const count = new Float64Array(sectors.length);
  const result = emptyRecord<number | null>();
  for (let v = 0; v < nodes.length; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    if (d === 0) {
      result[nodes[v]!] = null;
      continue;
    }
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const s = groupOf[targets[k]!]!;
      count[s] = count[s]! + 1;
    }
    let sum = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const s = groupOf[targets[k]!]!;
      if (count[s] === 0) continue;
      sum += (count[s]! / d) ** 2;
      count[s] = 0;
    }
    result[nodes[v]!] = 1 - sum;
  }
  return result;
}

export const participationDescriptor: MeasureDescriptor<
  Record<string, never>,
  Record<string, number | null>
> = {
  id: "participation",
  label: "Participation across sectors",
  family: "brokerage",
  parameters: [],
  outputs: [
    {
      id: "participation",
      label: "Participation",
      scope: "person",
      explanation:
        "How evenly a person's contacts are spread over the sectors: people with a high value work " +
        "with several sectors, people with 0 only with one.",
      reading:
        "0 = all contacts in one sector; towards 1 = contacts spread over many sectors. Empty without contacts.",
      definition: "1 − Σ_s (k_is / k_i)² over distinct contacts (Guimerà–Amaral participation coefficient).",
      nullable: true,
    },
  ],
  compute: (graph) => participation(graph),
};
