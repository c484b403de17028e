import type { AbstractGraph, Attributes } from "graphology-types";
import type { MeasureDescriptor } from "./descriptor";
import { emptyRecord } from "./record";
import { indexSectors, type SectorOptions } from "./sectors";
import { undirectedCsr } from "./undirected";

/**
 * Gould–Fernandez brokerage roles with the sector as the group, as R's `sna::brokerage`
 * counts them on the symmetrised network: for each broker v, every ordered pair (a, b) of
 * distinct contacts of v who are not in contact with each other is one brokered pair,
 * classified by the sectors of a, v and b:
 *
 *   coordinator     a, v, b all in one sector
 *   itinerant       a and b share a sector, v is from another
 *   representative  a in v's sector, b in another (v speaks for its sector)
 *   gatekeeper      b in v's sector, a in another (v lets outsiders in)
 *   liaison         a, v, b in three different sectors
 *
 * On undirected ties every pair is seen in both orders, so coordinator, itinerant and
 * liaison counts are even and representative = gatekeeper. Raw counts, not sna's z-scores.
 *
 * Counted without enumerating pairs: per broker, all pairs by sector come from the number of
 * contacts in each sector, minus the pairs who are in contact (one triangle walk), so a hub
 * with thousands of contacts costs Σ deg of its contacts, not deg².
 */
export const BROKERAGE_ROLES = [
  "coordinator",
  "itinerant",
  "representative",
  "gatekeeper",
  "liaison",
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export type BrokerageResult = Record<BrokerageRole | "total", Record<string, number>>;

export function brokerage<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: SectorOptions = {},
): BrokerageResult {
  const csr = undirectedCsr(graph, { csr: options.csr, weightAttribute: null });
  const { nodes, offsets, targets } = csr;
  const { sectors, groupOf } = indexSectors(graph, nodes, options);
  const n = nodes.length;
  const result = Object.fromEntries(
    [...BROKERAGE_ROLES, "total"].map((role) => [role, emptyRecord<number>()]),
  ) as BrokerageResult;

  const perSector = new Float64Array(sectors.length);
  const isContact = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const g = groupOf[v]!;
    const d = offsets[v + 1]! - offsets[v]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      isContact[targets[k]!] = 1;
      const h = groupOf[targets[k]!]!;
      perSector[h] = perSector[h]! + 1;
    }
    const own = perSector[g]!;
    let sameOther = 0; // unordered pairs within one sector other than v's
    let sumSquaresOther = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const h = groupOf[targets[k]!]!;
      if (h === g || perSector[h] === 0) continue;
      const c = perSector[h]!;
      sameOther += (c * (c - 1)) / 2;
      sumSquaresOther += c * c;
      perSector[h] = 0; // count each sector once
    }
    const others = d - own;
    // Unordered pairs of contacts, by the sectors involved, before removing connected pairs.
    let coordinator = own > 1 ? (own * (own - 1)) / 2 : 0; // not own * -1 / 2 = -0 for 0
    let itinerant = sameOther;
    let mixed = own * others;
    let liaison = (others * others - sumSquaresOther) / 2;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const a = targets[k]!;
      const ga = groupOf[a]!;
      for (let j = offsets[a]!; j < offsets[a + 1]!; j++) {
        const b = targets[j]!;
        if (b <= a || !isContact[b]) continue;
        const gb = groupOf[b]!;
        if (ga === g && gb === g) coordinator--;
        else if (ga === gb) itinerant--;
        else if (ga === g || gb === g) mixed--;
        else liaison--;
      }
    }
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      isContact[targets[k]!] = 0;
      perSector[groupOf[targets[k]!]!] = 0;
    }
    const node = nodes[v]!;
    result.coordinator[node] = 2 * coordinator;
    result.itinerant[node] = 2 * itinerant;
    result.representative[node] = mixed;
    result.gatekeeper[node] = mixed;
    result.liaison[node] = 2 * liaison;
    result.total[node] = 2 * (coordinator + itinerant + mixed + liaison);
  }
  return result;
}

export const brokerageDescriptor: MeasureDescriptor<Record<string, never>, BrokerageResult> = {
  id: "brokerage",
  label: "Brokerage roles",
  family: "brokerage",
  parameters: [],
  outputs: [
    {
      id: "coordinator",
      label: "Coordinator",
      scope: "person",
      explanation: "Connects people of their own sector who are not in touch with each other.",
      definition:
        "Ordered pairs (a, b) of non-adjacent contacts with a, v, b in one sector (sna::brokerage w_I).",
    },
    {
      id: "itinerant",
      label: "Itinerant",
      scope: "person",
      explanation: "Connects two people of another sector who do not talk to each other directly.",
      definition: "Ordered non-adjacent pairs with a, b in one sector and v in another (w_O).",
    },
    {
      id: "representative",
      label: "Representative",
      scope: "person",
      explanation: "Carries their own sector's knowledge out to people in other sectors.",
      definition: "Ordered non-adjacent pairs with a in v's sector and b in another (b_IO).",
    },
    {
      id: "gatekeeper",
      label: "Gatekeeper",
      scope: "person",
      explanation: "Brings knowledge from other sectors into their own sector.",
      reading:
        "With two-way ties every representative pair is also a gatekeeper pair, so the counts are equal.",
      definition: "Ordered non-adjacent pairs with b in v's sector and a in another (b_OI).",
    },
    {
      id: "liaison",
      label: "Liaison",
      scope: "person",
      explanation:
        "Links two other sectors that have no direct contact through these people: a true cross-sector bridge.",
      definition: "Ordered non-adjacent pairs with a, v, b in three different sectors (b_O).",
    },
    {
      id: "brokerageTotal",
      label: "Brokered pairs",
      scope: "person",
      explanation: "How many pairs of this person's contacts rely on them to be connected at one step.",
      definition: "Sum of the five roles: ordered pairs of non-adjacent contacts.",
    },
  ],
  compute: (graph) => brokerage(graph),
};
