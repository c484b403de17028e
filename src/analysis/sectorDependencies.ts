import type { Csr } from "./csr";
import type { MeasureDescriptor } from "./descriptor";
import type { PathOptions, PathSums } from "./pathKernel";
import { pathGraphOf, runPathPassSync } from "./pathKernelRun";
import type { RunControl } from "./parallel/pool";
import { choosePivots } from "./sampling";
import { indexSectors, UNKNOWN_SECTOR } from "./sectors";
import { undirectedCsr, type AnyGraph, type CsrInput } from "./undirected";

/**
 * Sector dependencies: for two sectors A and B, how much of their connection runs
 * through each person. Precisely, person X's share for (A, B) is
 *
 *   share(X) = Σ_{s∈A, t∈B, t reachable from s} σ_st(X)/σ_st  ÷  #{(s, t): s∈A, t∈B, t reachable from s}
 *
 * where σ_st counts the shortest paths (on hops) from s to t and σ_st(X) those that pass
 * through X as an intermediary (X ≠ s, t). It is the average, over every connected
 * pair of one member of A and one of B, of the fraction of their shortest paths that X
 * carries: "if X leaves, public health and sport lose 70% of their connection" reads as
 * share(X) = 0.7 (their members would need longer detours, or lose touch). X may belong
 * to A, B or any other sector. Direct ties between A and B dilute every share, since
 * those pairs need nobody.
 *
 * Computed by the betweenness kernel with dependencies split by the target's sector
 * (Brandes' accumulation restricted to sources in A and targets in B), in the same pass
 * as betweenness and closeness when computePathMeasures asks for all of them. People
 * without a sector are neither sources nor targets but can be intermediaries.
 */

export interface SectorDependencyPerson {
  id: string;
  share: number;
}

export interface SectorDependency {
  /** The two sectors, in alphabetical order. */
  sectors: [string, string];
  /** Ties directly between a member of one and a member of the other. */
  directTies: number;
  /** Pairs (one member of each sector) joined by at least one path. */
  connectedPairs: number;
  /** People carrying the largest shares of the pair's shortest paths, largest first. */
  people: SectorDependencyPerson[];
  /** True when the shares were estimated from a sample of each sector's members (large networks). */
  estimated: boolean;
}

export interface SectorDependencyOptions extends CsrInput, RunControl, SectorPlanOptions {
  /** Node attribute holding the sector. Default "sector". */
  sectorAttribute?: string;
  /** People listed per sector pair. Default 5; Infinity lists everyone with a share. */
  top?: number;
}

export interface SectorPlan {
  /** Sector names in the kernel's order: smallest sector first (see planSectorDependencies). */
  sectors: string[];
  /** Sector index per CSR node, -1 for people without a sector. */
  groupOf: Int32Array;
  /** Sources the pass needs: people in a sector that has a later sector to pair with. */
  sources: Int32Array;
  /** Set when only some members of large sectors serve as sources (groupSources[s] = 1). */
  groupSources?: Uint8Array;
  /** Per sector: members ÷ members used as sources (1 when every member is used). */
  sourceScale: Float64Array;
}

export interface SectorPlanOptions {
  sectorAttribute?: string;
  /**
   * At most this many members of each sector start paths; the shares are then averages over
   * a uniform sample of each sector's members (seeded, so results repeat). Default: everyone.
   */
  maxSourcesPerSector?: number;
  seed?: number;
}

export function planSectorDependencies(
  graph: AnyGraph,
  csr: Csr,
  options: SectorPlanOptions = {},
): SectorPlan {
  const index = indexSectors(graph, csr.nodes, {
    sectorAttribute: options.sectorAttribute ?? "sector",
    unknownSector: UNKNOWN_SECTOR,
  });
  const unknown = index.sectors.indexOf(UNKNOWN_SECTOR);
  const size = new Array<number>(index.sectors.length).fill(0);
  for (const g of index.groupOf) size[g]!++;
  // The kernel serves each pair (a, b), a < b, from the sources in a, with vectors as wide
  // as the number of sectors after a: putting the smallest sectors first makes both cheap.
  const known = index.sectors.map((_, i) => i).filter((i) => i !== unknown);
  known.sort((x, y) => size[x]! - size[y]! || x - y);
  const rank = new Int32Array(index.sectors.length).fill(-1);
  known.forEach((g, r) => (rank[g] = r));
  const sectors = known.map((g) => index.sectors[g]!);
  const groupOf = index.groupOf.map((g) => rank[g]!);
  const members: number[][] = sectors.map(() => []);
  groupOf.forEach((g, i) => {
    if (g >= 0 && g < sectors.length - 1) members[g]!.push(i);
  });
  const limit = options.maxSourcesPerSector ?? Infinity;
  const sourceScale = new Float64Array(sectors.length).fill(1);
  const sources: number[] = [];
  let groupSources: Uint8Array | undefined;
  members.forEach((list, g) => {
    if (list.length <= limit) {
      sources.push(...list);
      return;
    }
    groupSources ??= new Uint8Array(csr.nodes.length);
    const chosen = choosePivots(list.length, limit, (options.seed ?? 1) + g);
    for (const k of chosen) {
      sources.push(list[k]!);
      groupSources[list[k]!] = 1;
    }
    sourceScale[g] = list.length / chosen.length;
  });
  if (groupSources)
    for (const list of members) if (list.length <= limit) for (const v of list) groupSources[v] = 1;
  return {
    sectors,
    groupOf,
    sources: Int32Array.from(sources).sort(),
    ...(groupSources ? { groupSources } : {}),
    sourceScale,
  };
}

export function sectorPathOptions(
  plan: SectorPlan,
): Pick<PathOptions, "groupOf" | "groupCount" | "groupSources"> {
  return {
    groupOf: plan.groupOf,
    groupCount: plan.sectors.length,
    ...(plan.groupSources ? { groupSources: plan.groupSources } : {}),
  };
}

function countDirectTies(csr: Csr, groupOf: Int32Array, groups: number): Float64Array {
  const ties = new Float64Array(groups * groups);
  for (let u = 0; u < csr.nodes.length; u++) {
    const a = groupOf[u]!;
    if (a < 0) continue;
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const b = groupOf[csr.targets[e]!]!;
      if (b > a) ties[a * groups + b]! += 1;
    }
  }
  return ties;
}

/** Shares from the pass's sums; pairs of sectors with no path between them are left out. */
export function sectorDependenciesFromSums(
  csr: Csr,
  plan: SectorPlan,
  sums: PathSums,
  top = 5,
): SectorDependency[] {
  const n = csr.nodes.length;
  const groups = plan.sectors.length;
  const direct = countDirectTies(csr, plan.groupOf, groups);
  const result: SectorDependency[] = [];
  for (let a = 0; a < groups; a++) {
    for (let b = a + 1; b < groups; b++) {
      const pairs = sums.groupPairs[a * groups + b]!;
      if (pairs === 0) continue;
      const base = (a * groups + b) * n;
      const people: SectorDependencyPerson[] = [];
      for (let v = 0; v < n; v++) {
        const share = sums.groupDependency[base + v]! / pairs;
        // Sums of path fractions can leave round-off dust where the true value is 0.
        if (share > 1e-12) people.push({ id: csr.nodes[v]!, share });
      }
      people.sort((x, y) => y.share - x.share || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      const names = [plan.sectors[a]!, plan.sectors[b]!].sort() as [string, string];
      result.push({
        sectors: names,
        directTies: direct[a * groups + b]!,
        // The pairs a sample reached, scaled to the whole source sector; shares need no scaling
        // because numerator and denominator come from the same sources.
        connectedPairs: Math.round(pairs * plan.sourceScale[a]!),
        people: people.slice(0, top),
        estimated: plan.sourceScale[a]! !== 1,
      });
    }
  }
  // Most dependent pairs first: that is where a departure would hurt.
  const key = (d: SectorDependency) => d.sectors.join("\u0000");
  return result.sort(
    (x, y) =>
      (y.people[0]?.share ?? 0) - (x.people[0]?.share ?? 0) ||
      (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0),
  );
}

/** Sector dependencies in the calling thread. */
export function sectorDependencies(
  graph: AnyGraph,
  options: SectorDependencyOptions = {},
): SectorDependency[] {
  const csr = undirectedCsr(graph, options);
  const plan = planSectorDependencies(graph, csr, options);
  const sums = runPathPassSync(
    pathGraphOf(csr),
    { betweenness: false, closeness: false, ...sectorPathOptions(plan) },
    plan.sources,
    options,
  );
  return sectorDependenciesFromSums(csr, plan, sums, options.top);
}

export interface SectorDependencyParams extends Record<string, number | string> {
  top: number;
}

export const sectorDependenciesDescriptor: MeasureDescriptor<SectorDependencyParams, SectorDependency[]> = {
  id: "sectorDependencies",
  label: "Sector dependencies",
  family: "bottlenecks",
  parameters: [
    {
      id: "top",
      label: "People per sector pair",
      type: "number",
      default: 5,
      min: 1,
      max: 50,
      step: 1,
      help: "How many of the people carrying each pair of sectors' connection to list.",
    },
  ],
  outputs: [
    {
      id: "sectorDependencies",
      label: "Who holds two sectors together",
      scope: "sector",
      explanation:
        "For each pair of sectors whose members can reach each other, the people through whom their " +
        "shortest connections run. A share of 70% for Ana between public health and sport means that, " +
        "on average over every public-health/sport pair of people, 70% of their shortest routes go " +
        "through Ana: if she leaves, the two sectors lose most of their connection.",
      reading:
        "A single person with a high share is a fragile bridge worth backing up with new ties; shares " +
        "spread over many people, or many direct ties between the sectors, mean a robust connection.",
      definition:
        "For sectors A, B and person X: Σ σ_st(X)/σ_st over s in A, t in B with t reachable from s, " +
        "divided by the number of such pairs (σ = number of shortest paths on hops; X ≠ s, t).",
    },
  ],
  compute: (graph, params) => sectorDependencies(graph, { top: params.top }),
};
