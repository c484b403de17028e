/**
 * Everything the recommendation engine reads about the network, gathered once into flat
 * arrays indexed like the analysis's adjacency (CSR): who is a member, their sector, region,
 * groups, community, how central and how peripheral they are, and where the network would
 * split. Introductions and recruitment both start from this, so neither re-reads graphology
 * attributes in its inner loops.
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import type { NetworkAnalysis, PersonMeasures } from "../analysis/analyzeNetwork";
import type { Csr } from "../analysis/csr";
import { lowpoint, remainderPiece, type Lowpoint } from "../analysis/lowpoint";
import type { SectorDependency } from "../analysis/sectorDependencies";
import { sectorLabel, UNKNOWN_SECTOR } from "../analysis/sectors";
import { undirectedCsr, type AnyGraph } from "../analysis/undirected";
import { compareIds, valueKey } from "./text";

export interface RecommendContext {
  graph: AnyGraph;
  /** Symmetric weighted adjacency, node i = csr.nodes[i]. */
  csr: Csr;
  n: number;
  name: string[];
  /**
   * Registered people with status "member" (or no status at all): the only ones introductions
   * and targets consider.
   */
  isMember: Uint8Array;
  status: string[];
  /** Display values, null when missing. */
  sector: (string | null)[];
  region: (string | null)[];
  role: (string | null)[];
  /** Index into analysis.sectorMixing.sectors, -1 when the sector is missing. */
  sectorIndex: Int32Array;
  /** Declared groups as indices into groupNames, ascending. */
  groups: number[][];
  groupNames: string[];
  /** Active members per group. */
  groupMembers: number[];
  /** valueKey of region and sector, for comparisons. */
  regionKey: (string | null)[];
  sectorKey: (string | null)[];
  /** The same keys as small integers (-1 when missing), for the hot loops. */
  regionId: Int32Array;
  sectorId: Int32Array;
  /** Active members sharing each person's region and sector. */
  regionPeers: Int32Array;
  sectorPeers: Int32Array;
  /**
   * Warm-path evidence of sharing each group, and each person's region and sector: 1/log2(2 +
   * members) for a group, half that for a region or sector (see goals.ts, contextEvidence).
   */
  groupEvidence: Float64Array;
  regionEvidence: Float64Array;
  sectorEvidence: Float64Array;
  /** Louvain community, -1 when unknown, and the size of each person's community. */
  community: Int32Array;
  communitySize: Int32Array;
  degree: Int32Array;
  strength: Float64Array;
  /** Coreness over the largest coreness among members, in [0, 1]. */
  core: Float64Array;
  /** The top 5% by betweenness: brokers who already carry much of the community's traffic. */
  overloaded: Uint8Array;
  /** Members who joined on or after `newcomerSince`. */
  newcomer: Uint8Array;
  joined: (string | null)[];
  newcomerSince: string | null;
  /** One depth-first pass (articulation points and bridges), with each node's children by discovery. */
  lp: Lowpoint;
  /** People each person's departure would cut off (as analysis/articulation.ts counts them). */
  cutOff: Int32Array;
  /** Component of each person, named by the discovery time of its DFS root (components are contiguous). */
  component: Int32Array;
  childOffsets: Int32Array;
  children: Int32Array;
  sectors: string[];
  sectorTies(i: number, j: number): number;
  communityTies(c: number, d: number): number;
  groupTies(g: number, h: number): number;
  /** Who the connection between two sectors (indices into `sectors`) runs through, as the analysis measured it. */
  dependency(a: number, b: number): SectorDependency | undefined;
  analysis: NetworkAnalysis;
}

export interface ContextOptions {
  /** ISO date: members who joined on or after it are newcomers. Default: 6 months before the last tie date. */
  newcomerSince?: string;
}

/** How much sharing a country or a sector says about two people, against sharing a group. */
const REGION_EVIDENCE = 0.5;
const SECTOR_EVIDENCE = 0.5;

/** Share of people (by betweenness) counted as overloaded brokers. */
const OVERLOADED_SHARE = 0.05;

export function readGroups(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(";") : [];
  return [...new Set(list.map((g) => String(g).trim()).filter((g) => g !== ""))];
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const s = String(value).trim();
  return s === "" ? null : s;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The first day of the six calendar months that end on `last`: 2026-10-31 gives 2026-05-01,
 * 2026-08-31 gives 2026-03-01 (February has no 31st, so the count starts after its last day).
 */
export function sixMonthsBefore(last: string): string {
  const [y, m, d] = last.slice(0, 10).split("-").map(Number) as [number, number, number];
  let year = y;
  let month = m - 6;
  if (month < 1) {
    month += 12;
    year -= 1;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const start = new Date(Date.UTC(year, month - 1, Math.min(d, daysInMonth) + 1));
  return isoDay(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate());
}

function lastTieDate(graph: AnyGraph): string | null {
  let last: string | null = null;
  graph.forEachEdge((_e, attributes) => {
    const date = text(attributes.lastDate ?? attributes.date);
    if (date && /^\d{4}-\d{2}-\d{2}/.test(date) && (last === null || date > last)) last = date.slice(0, 10);
  });
  return last;
}

/** Each node's DFS children in discovery order, as CSR-style offsets, for piece look-ups. */
function childrenByDiscovery(lp: Lowpoint): { childOffsets: Int32Array; children: Int32Array } {
  const n = lp.disc.length;
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[lp.disc[v]!] = v;
  const childOffsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) if (lp.parent[v]! >= 0) childOffsets[lp.parent[v]! + 1]!++;
  for (let v = 0; v < n; v++) childOffsets[v + 1]! += childOffsets[v]!;
  const cursor = childOffsets.slice(0, n);
  const children = new Int32Array(childOffsets[n]!);
  for (let t = 0; t < n; t++) {
    const v = order[t]!;
    const p = lp.parent[v]!;
    if (p >= 0) children[cursor[p]!++] = v;
  }
  return { childOffsets, children };
}

function pairCounter(): { add(key: number): void; get(key: number): number } {
  const counts = new Map<number, number>();
  return {
    add: (key) => counts.set(key, (counts.get(key) ?? 0) + 1),
    get: (key) => counts.get(key) ?? 0,
  };
}

export function buildContext<N extends Attributes, E extends Attributes>(
  input: AbstractGraph<N, E>,
  analysis: NetworkAnalysis,
  options: ContextOptions = {},
): RecommendContext {
  const graph = input as unknown as AnyGraph;
  const csr = undirectedCsr(graph);
  const n = csr.nodes.length;
  const byId = new Map<string, PersonMeasures>(analysis.people.map((p) => [p.id, p]));
  const sectors = analysis.sectorMixing.sectors;
  const sectorPosition = new Map(sectors.map((s, i) => [s, i]));

  const name: string[] = [];
  const status: string[] = [];
  const sector: (string | null)[] = [];
  const region: (string | null)[] = [];
  const role: (string | null)[] = [];
  const joined: (string | null)[] = [];
  const groups: number[][] = [];
  const groupIndex = new Map<string, number>();
  const groupNames: string[] = [];
  const declared: string[][] = [];
  const isMember = new Uint8Array(n);
  const sectorIndex = new Int32Array(n).fill(-1);
  const community = new Int32Array(n).fill(-1);
  const degree = new Int32Array(n);
  const strength = new Float64Array(n);
  const coreness = new Float64Array(n);
  const betweenness = new Float64Array(n);

  csr.nodes.forEach((id, i) => {
    const a = graph.getNodeAttributes(id);
    const measures = byId.get(id);
    name.push(text(a.name) ?? text(a.label) ?? id);
    // A graph without statuses (not built by buildNetwork) is taken as a registry of members.
    const state = String(a.status ?? "member");
    status.push(state);
    isMember[i] = state === "member" && a.registered !== false ? 1 : 0;
    const s = text(a.sector);
    sector.push(s);
    const label = sectorLabel(s);
    if (s !== null && label !== UNKNOWN_SECTOR) sectorIndex[i] = sectorPosition.get(label) ?? -1;
    region.push(text(a.region));
    role.push(text(a.role));
    joined.push(text(a.joined));
    declared.push(readGroups(a.groups));
    community[i] = measures?.community ?? -1;
    coreness[i] = measures?.coreness ?? 0;
    betweenness[i] = measures?.betweenness ?? 0;
    degree[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
    for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) strength[i]! += csr.weights[k]!;
  });
  // Groups numbered alphabetically so results never depend on registry order.
  const allGroups = [...new Set(declared.flat())].sort(compareIds);
  for (const g of allGroups) {
    const key = valueKey(g);
    if (!groupIndex.has(key)) {
      groupIndex.set(key, groupNames.length);
      groupNames.push(g);
    }
  }
  for (const list of declared) {
    groups.push([...new Set(list.map((g) => groupIndex.get(valueKey(g))!))].sort((x, y) => x - y));
  }

  const groupMembers = new Array<number>(groupNames.length).fill(0);
  const regionKey = region.map((r) => (r === null ? null : valueKey(r)));
  const sectorKey = sector.map((s) => (s === null ? null : valueKey(s)));
  const regionMembers = new Map<string, number>();
  const sectorMembers = new Map<string, number>();
  let maxCore = 0;
  for (let i = 0; i < n; i++) {
    if (!isMember[i]) continue;
    for (const g of groups[i]!) groupMembers[g]!++;
    const r = regionKey[i];
    if (r) regionMembers.set(r, (regionMembers.get(r) ?? 0) + 1);
    const s = sectorKey[i];
    if (s) sectorMembers.set(s, (sectorMembers.get(s) ?? 0) + 1);
    maxCore = Math.max(maxCore, coreness[i]!);
  }
  const regionPeers = Int32Array.from(regionKey, (r) => (r === null ? 0 : (regionMembers.get(r) ?? 0)));
  const sectorPeers = Int32Array.from(sectorKey, (s) => (s === null ? 0 : (sectorMembers.get(s) ?? 0)));
  const numbering = (keys: (string | null)[]) => {
    const ids = new Map<string, number>();
    return Int32Array.from(keys, (k) => {
      if (k === null) return -1;
      if (!ids.has(k)) ids.set(k, ids.size);
      return ids.get(k)!;
    });
  };
  const core = Float64Array.from(coreness, (c) => (maxCore > 0 ? Math.min(1, c / maxCore) : 0));

  const ranked = [...betweenness.keys()].filter((i) => betweenness[i]! > 0);
  ranked.sort((x, y) => betweenness[y]! - betweenness[x]! || compareIds(csr.nodes[x]!, csr.nodes[y]!));
  const overloaded = new Uint8Array(n);
  const connected = degree.reduce((c, d) => c + (d > 0 ? 1 : 0), 0);
  const overloadedCount = Math.min(ranked.length, Math.max(1, Math.ceil(OVERLOADED_SHARE * connected)));
  for (const i of ranked.slice(0, overloadedCount)) overloaded[i] = 1;

  const last = lastTieDate(graph);
  const newcomerSince = options.newcomerSince ?? (last ? sixMonthsBefore(last) : null);
  const newcomer = new Uint8Array(n);
  if (newcomerSince) {
    joined.forEach((date, i) => {
      if (isMember[i] && date !== null && date.slice(0, 10) >= newcomerSince) newcomer[i] = 1;
    });
  }

  const sizes = new Map<number, number>();
  for (const c of community) if (c >= 0) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  let communityCount = 0;
  for (const c of sizes.keys()) communityCount = Math.max(communityCount, c + 1);
  const communitySize = Int32Array.from(community, (c) => (c >= 0 ? sizes.get(c)! : 0));
  const G = groupNames.length;
  const communityPairs = pairCounter();
  const groupPairs = pairCounter();
  for (let u = 0; u < n; u++) {
    for (let k = csr.offsets[u]!; k < csr.offsets[u + 1]!; k++) {
      const v = csr.targets[k]!;
      if (v < u) continue;
      const [cu, cv] = [community[u]!, community[v]!];
      if (cu >= 0 && cv >= 0 && cu !== cv)
        communityPairs.add(Math.min(cu, cv) * communityCount + Math.max(cu, cv));
      for (const g of groups[u]!) {
        for (const h of groups[v]!) if (g !== h) groupPairs.add(Math.min(g, h) * G + Math.max(g, h));
      }
    }
  }

  const S = sectors.length;
  const dependencies = new Map<number, SectorDependency>();
  for (const d of analysis.sectorDependencies) {
    const [a, b] = [sectorPosition.get(d.sectors[0]), sectorPosition.get(d.sectors[1])];
    if (a !== undefined && b !== undefined) dependencies.set(Math.min(a, b) * S + Math.max(a, b), d);
  }
  const mixing = analysis.sectorMixing.ties;
  const lp = lowpoint(csr);

  return {
    cutOff: cutOffs(lp),
    component: componentStarts(lp),
    graph,
    csr,
    n,
    name,
    isMember,
    status,
    sector,
    region,
    role,
    sectorIndex,
    groups,
    groupNames,
    groupMembers,
    regionKey,
    sectorKey,
    regionId: numbering(regionKey),
    sectorId: numbering(sectorKey),
    regionPeers,
    sectorPeers,
    groupEvidence: Float64Array.from(groupMembers, (m) => 1 / Math.log2(2 + m)),
    regionEvidence: Float64Array.from(regionPeers, (m) => REGION_EVIDENCE / Math.log2(2 + m)),
    sectorEvidence: Float64Array.from(sectorPeers, (m) => SECTOR_EVIDENCE / Math.log2(2 + m)),
    community,
    communitySize,
    degree,
    strength,
    core,
    overloaded,
    newcomer,
    joined,
    newcomerSince,
    lp,
    ...childrenByDiscovery(lp),
    sectors,
    sectorTies: (i, j) => mixing[i]?.[j] ?? 0,
    communityTies: (c, d) => communityPairs.get(Math.min(c, d) * communityCount + Math.max(c, d)),
    groupTies: (g, h) => groupPairs.get(Math.min(g, h) * G + Math.max(g, h)),
    dependency: (a, b) => dependencies.get(Math.min(a, b) * S + Math.max(a, b)),
    analysis,
  };
}

/**
 * Which of the pieces left by x's departure holds v (v ≠ x, same component): the DFS child
 * of x whose subtree holds v when that subtree is cut off, or -1 for the rest of the component.
 */
export function pieceOf(ctx: RecommendContext, x: number, v: number): number {
  const { disc, size, low } = ctx.lp;
  const dv = disc[v]!;
  if (dv < disc[x]! || dv >= disc[x]! + size[x]!) return -1;
  let lo = ctx.childOffsets[x]!;
  let hi = ctx.childOffsets[x + 1]! - 1;
  // Children are in discovery order; find the last one discovered at or before v.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (disc[ctx.children[mid]!]! <= dv) lo = mid;
    else hi = mid - 1;
  }
  const child = ctx.children[lo]!;
  return low[child]! >= disc[x]! ? child : -1;
}

function componentStarts(lp: Lowpoint): Int32Array {
  const n = lp.disc.length;
  const start = new Int32Array(n);
  const byTime = new Int32Array(n);
  for (let v = 0; v < n; v++) byTime[lp.disc[v]!] = v;
  let current = 0;
  for (let t = 0; t < n; t++) {
    const v = byTime[t]!;
    if (lp.parent[v] === -1) current = t;
    start[v] = current;
  }
  return start;
}

/** cutOff(v) = (component size − 1) − largest piece left, for articulation points; 0 otherwise. */
export function cutOffs(lp: Lowpoint): Int32Array {
  const n = lp.disc.length;
  const result = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (lp.disc[v]! < 0) continue;
    const rest = remainderPiece(lp, v);
    if (lp.cutChildren[v]! + (rest > 0 ? 1 : 0) < 2) continue;
    result[v] = lp.componentSize[v]! - 1 - Math.max(lp.cutMax[v]!, rest);
  }
  return result;
}

export function pieceSize(ctx: RecommendContext, x: number, piece: number): number {
  return piece === -1 ? remainderPiece(ctx.lp, x) : ctx.lp.size[piece]!;
}

export function largestPiece(ctx: RecommendContext, x: number): number {
  return Math.max(ctx.lp.cutMax[x]!, remainderPiece(ctx.lp, x));
}

/**
 * People no longer cut off by x's departure once a tie joins pieces pa and pb of x: the
 * largest piece left behind can only grow, and everyone outside it counts as cut off.
 */
export function reliefAt(ctx: RecommendContext, x: number, pa: number, pb: number): number {
  if (pa === pb) return 0;
  const before = largestPiece(ctx, x);
  return Math.max(before, pieceSize(ctx, x, pa) + pieceSize(ctx, x, pb)) - before;
}

/** Whether the tie u–v (present in the graph) is a bridge, from the DFS pass. */
export function isBridge(ctx: RecommendContext, u: number, v: number): boolean {
  const { parent, low, disc } = ctx.lp;
  if (parent[v] === u) return low[v]! > disc[u]!;
  if (parent[u] === v) return low[u]! > disc[v]!;
  return false;
}

/** Declared groups two people share (both lists ascending). */
export function sharedGroups(ctx: RecommendContext, u: number, v: number): number[] {
  const a = ctx.groups[u]!;
  const b = ctx.groups[v]!;
  const shared: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
