import type { AbstractGraph, Attributes } from "graphology-types";
import type { MeasureDescriptor } from "./descriptor";
import { indexSectors, type SectorOptions } from "./sectors";
import { undirectedCsr } from "./undirected";

/**
 * Sector mixing matrix: how many ties (and how much tie weight) run within each sector and
 * between each pair of sectors. Ties are distinct pairs of people (a directed graph is
 * symmetrised; its weight is the sum of both directions). Every sector that has people
 * appears, even without ties, so empty rows show silos that talk to nobody.
 */
export interface SectorPairTies {
  /** The two sectors, in `sectors` order; a === b for ties within a sector. */
  a: string;
  b: string;
  ties: number;
  weight: number;
}

export interface SectorMixingResult {
  /** Sectors, alphabetical, the "Unknown" group last. */
  sectors: string[];
  /** People per sector, isolated people included. */
  people: number[];
  /** ties[i][j]: ties between sectors i and j (symmetric); ties[i][i]: ties within sector i. */
  ties: number[][];
  weights: number[][];
  within: { ties: number; weight: number };
  between: { ties: number; weight: number };
  /** Non-empty cells with a ≤ b, most ties first. */
  pairs: SectorPairTies[];
}

export function sectorMixing<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: SectorOptions = {},
): SectorMixingResult {
  const csr = undirectedCsr(graph, { csr: options.csr });
  const { nodes, offsets, targets, weights: arcWeights } = csr;
  const { sectors, groupOf } = indexSectors(graph, nodes, options);
  const s = sectors.length;
  const people = new Array<number>(s).fill(0);
  const ties = Array.from({ length: s }, () => new Array<number>(s).fill(0));
  const weights = Array.from({ length: s }, () => new Array<number>(s).fill(0));
  for (let u = 0; u < nodes.length; u++) {
    const gu = groupOf[u]!;
    people[gu]!++;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = targets[k]!;
      if (v < u) continue; // each tie once
      const gv = groupOf[v]!;
      ties[gu]![gv]!++;
      weights[gu]![gv]! += arcWeights[k]!;
      if (gu !== gv) {
        ties[gv]![gu]!++;
        weights[gv]![gu]! += arcWeights[k]!;
      }
    }
  }
  const within = { ties: 0, weight: 0 };
  const between = { ties: 0, weight: 0 };
  const pairs: SectorPairTies[] = [];
  for (let i = 0; i < s; i++) {
    for (let j = i; j < s; j++) {
      const cell = { ties: ties[i]![j]!, weight: weights[i]![j]! };
      const total = i === j ? within : between;
      total.ties += cell.ties;
      total.weight += cell.weight;
      if (cell.ties > 0) pairs.push({ a: sectors[i]!, b: sectors[j]!, ...cell });
    }
  }
  pairs.sort((x, y) => y.ties - x.ties);
  return { sectors, people, ties, weights, within, between, pairs };
}

export const sectorMixingDescriptor: MeasureDescriptor<Record<string, never>, SectorMixingResult> = {
  id: "sectorMixing",
  label: "Sector mixing",
  family: "brokerage",
  parameters: [],
  outputs: [
    {
      id: "sectorMixing",
      label: "Ties between sectors",
      scope: "sector",
      explanation:
        "A table of how many working relationships exist inside each sector and between every two " +
        "sectors. Empty cells are pairs of sectors that do not work together at all.",
      reading:
        "A heavy diagonal means sector silos; the off-diagonal cells are the cross-sector collaboration.",
      definition:
        "Symmetric matrix of distinct ties (and summed tie weight) by the sectors of their two ends.",
    },
  ],
  compute: (graph) => sectorMixing(graph),
};
