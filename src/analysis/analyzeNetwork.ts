import type { WeaverGraph } from "../graph/buildNetwork";
import { articulationPoints, type ArticulationPoint } from "./articulation";
import type { BetweennessModeOption, BetweennessResult } from "./betweenness";
import { bridges as findBridges } from "./bridges";
import { BROKERAGE_ROLES, brokerage, type BrokerageRole } from "./brokerage";
import { clustering } from "./clustering";
import { compareWithGroups, louvainCommunities, type GroupComparison } from "./communities";
import { structuralHoles } from "./constraint";
import { coreness } from "./coreness";
import { toCsr } from "./csr";
import { degree, strength } from "./degree";
import { eiIndex, type EiIndexResult } from "./eiIndex";
import { eigenvectorCentrality } from "./eigenvector";
import { DEFAULT_KEY_PLAYERS, keyPlayers, type KeyPlayersResult } from "./keyPlayers";
import { pagerank } from "./pagerank";
import type { PathWorkerPool } from "./parallel/pool";
import { participation } from "./participation";
import { computePathMeasures } from "./pathKernelMeasures";
import type { SectorDependency } from "./sectorDependencies";
import { sectorMixing, type SectorMixingResult } from "./sectorMixing";
import { sectorLabel } from "./sectors";
import { structure } from "./structure";
import { undirectedCsr } from "./undirected";

/**
 * Every measure Weaver shows, computed once from one shared adjacency: the document the
 * CLI prints as JSON and the app's analysis worker sends to the UI. The per-measure
 * modules stay the source of truth; this file only orders them and names the results.
 */
export interface PersonMeasures {
  id: string;
  name: string;
  sector: string | null;
  organization: string | null;
  region: string | null;
  role: string | null;
  status: string;
  registered: boolean;
  community: number | null;
  degree: number;
  strength: number;
  betweenness: number;
  closeness: number;
  eigenvector: number;
  pagerank: number;
  constraint: number | null;
  effectiveSize: number | null;
  clustering: number;
  coreness: number;
  articulationPoint: boolean;
  /** People who would lose their connection to the rest if this person left. */
  cutOff: number;
  participation: number | null;
  eiIndex: number | null;
  brokerage: Record<BrokerageRole | "total", number>;
  isolate: boolean;
  peripheral: boolean;
  keyPlayerRank: number | null;
}

export interface AnalysisSummary {
  people: number;
  ties: number;
  components: number;
  largestComponent: number;
  density: number;
  isolates: number;
  peripheral: number;
  silentMembers: number;
  /** E-I index over sectors, null without ties. */
  eiIndex: number | null;
  crossSectorShare: number | null;
  modularity: number | null;
  communities: number;
}

export interface NetworkAnalysis {
  summary: AnalysisSummary;
  people: PersonMeasures[];
  ties: { source: string; target: string; weight: number }[];
  /** Each bridge with how many people are on its smaller side (who would lose touch without it). */
  bridges: { source: string; target: string; separated: number }[];
  articulationPoints: ArticulationPoint[];
  keyPlayers: KeyPlayersResult;
  sectorDependencies: SectorDependency[];
  sectorMixing: SectorMixingResult;
  eiIndex: EiIndexResult;
  communities: { count: number; sizes: number[]; modularity: number | null; groups: GroupComparison };
  betweenness: Pick<BetweennessResult, "mode" | "errorBound" | "accuracy">;
  silentMembers: string[];
}

export interface AnalyzeOptions {
  betweenness?: BetweennessModeOption;
  keyPlayers?: number;
  louvainSeed?: number;
  /** Members per sector that start paths for sector dependencies; Infinity for exact. */
  sectorDependencySources?: number;
  /** Workers for the all-pairs pass; without one it runs in the calling thread. */
  pool?: PathWorkerPool;
  signal?: AbortSignal;
  /** Stage name and overall fraction done (0..1). */
  onProgress?: (stage: string, fraction: number) => void;
}

/** Share of the overall progress bar given to the all-pairs pass, by far the longest stage. */
const PATH_SHARE = 0.8;

/**
 * Sector dependencies accumulate one dependency vector per pair of sectors, which costs about
 * (sectors − 1)/2 betweenness sweeps; above this many members a sector's share is estimated from
 * a seeded sample of them (ratio of sums over the same sources, so it stays an average over
 * real member pairs). 400 sources put the standard error of a share near 0.025.
 */
export const SECTOR_DEPENDENCY_SOURCES = 400;

export async function analyzeNetwork(
  graph: WeaverGraph,
  options: AnalyzeOptions = {},
): Promise<NetworkAnalysis> {
  const report = options.onProgress ?? (() => {});
  const checkCancelled = () => options.signal?.throwIfAborted();
  const csr = undirectedCsr(graph, { csr: toCsr(graph) });
  const shared = { csr };

  report("shortest paths", 0);
  const paths = await computePathMeasures(
    graph,
    {
      csr,
      betweenness: options.betweenness ?? "auto",
      closeness: true,
      sectorDependencies: {
        maxSourcesPerSector: options.sectorDependencySources ?? SECTOR_DEPENDENCY_SOURCES,
      },
    },
    {
      pool: options.pool,
      signal: options.signal,
      onProgress: (fraction) => report("shortest paths", fraction * PATH_SHARE),
    },
  );
  checkCancelled();

  report("centrality", PATH_SHARE);
  const degrees = degree(graph, shared);
  const strengths = strength(graph, shared);
  const eigenvector = eigenvectorCentrality(graph, shared);
  const pageranks = pagerank(graph, shared);
  const clusterings = clustering(graph, shared);
  const cores = coreness(graph, shared);
  checkCancelled();

  report("bottlenecks", PATH_SHARE + 0.05);
  const holes = structuralHoles(graph, shared);
  const articulation = articulationPoints(graph, shared);
  const bridgeList = findBridges(graph, shared);
  const players = keyPlayers(graph, { csr, k: options.keyPlayers ?? DEFAULT_KEY_PLAYERS });
  checkCancelled();

  report("sectors", PATH_SHARE + 0.1);
  const roles = brokerage(graph, shared);
  const participations = participation(graph, shared);
  const mixing = sectorMixing(graph, shared);
  const ei = eiIndex(graph, shared);
  checkCancelled();

  report("communities", PATH_SHARE + 0.15);
  const louvain = louvainCommunities(graph, { csr, seed: options.louvainSeed ?? 1 });
  const groups = compareWithGroups(graph, louvain.communities);
  const shape = structure(graph, shared);
  const isolateSet = new Set(shape.isolates);
  const peripheralSet = new Set(shape.peripheral);

  const people = csr.nodes.map((id): PersonMeasures => {
    const a = graph.getNodeAttributes(id);
    return {
      id,
      name: a.name || a.label || id,
      sector: a.sector ? sectorLabel(a.sector) : null,
      organization: a.organization ?? null,
      region: a.region ?? null,
      role: a.role ?? null,
      status: a.status,
      registered: a.registered,
      community: louvain.communities[id] ?? null,
      degree: degrees[id]!,
      strength: strengths[id]!,
      betweenness: paths.betweenness?.values[id] ?? 0,
      closeness: paths.closeness?.[id] ?? 0,
      eigenvector: eigenvector[id]!,
      pagerank: pageranks[id]!,
      constraint: holes.constraint[id] ?? null,
      effectiveSize: holes.effectiveSize[id] ?? null,
      clustering: clusterings[id]!,
      coreness: cores[id]!,
      articulationPoint: articulation.isArticulationPoint[id] ?? false,
      cutOff: articulation.cutOff[id] ?? 0,
      participation: participations[id] ?? null,
      eiIndex: ei.byPerson[id] ?? null,
      brokerage: Object.fromEntries(
        [...BROKERAGE_ROLES, "total" as const].map((role) => [role, roles[role][id] ?? 0]),
      ) as Record<BrokerageRole | "total", number>,
      isolate: isolateSet.has(id),
      peripheral: peripheralSet.has(id),
      keyPlayerRank: players.rank[id] ?? null,
    };
  });

  const ties: NetworkAnalysis["ties"] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    ties.push({ source, target, weight: attributes.weight });
  });
  const betweenTies = mixing.between.ties;
  const allTies = betweenTies + mixing.within.ties;
  report("done", 1);
  return {
    summary: {
      people: shape.people,
      ties: shape.ties,
      components: shape.sizes.length,
      largestComponent: Math.max(0, ...shape.sizes),
      density: shape.density,
      isolates: shape.isolates.length,
      peripheral: shape.peripheral.length,
      silentMembers: shape.silentMembers.length,
      eiIndex: ei.network,
      crossSectorShare: allTies === 0 ? null : betweenTies / allTies,
      modularity: louvain.modularity,
      communities: louvain.count,
    },
    people,
    ties,
    bridges: bridgeList.bridges.map(({ source, target, separated }) => ({ source, target, separated })),
    articulationPoints: articulation.points,
    keyPlayers: players,
    sectorDependencies: paths.sectorDependencies ?? [],
    sectorMixing: mixing,
    eiIndex: ei,
    communities: { count: louvain.count, sizes: louvain.sizes, modularity: louvain.modularity, groups },
    betweenness: {
      mode: paths.betweenness!.mode,
      errorBound: paths.betweenness!.errorBound,
      accuracy: paths.betweenness!.accuracy,
    },
    silentMembers: shape.silentMembers,
  };
}
