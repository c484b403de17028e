/**
 * Which pairs of members are worth scoring at all. Enumerating every pair is out of the
 * question on 20,000 people (2·10⁸ pairs), and most pairs have nothing going for them, so
 * candidates come from where introductions make sense:
 *
 * - warm paths: members two steps apart (they share a contact), the top few per person;
 * - inclusion: isolated, peripheral and new members × the best-connected members of their
 *   groups, country and sector;
 * - resilience: people behind an articulation point × people on the other side of it;
 * - dependency: contacts of the broker a pair of sectors depends on, one from each sector.
 */
import { largestPiece, pieceOf, pieceSize, type RecommendContext } from "./context";
import { contextEvidence, NO_RESILIENCE, peripheryOf, viaOneContact, type ResilienceEvidence } from "./goals";
import { compareIds } from "./text";

export interface CandidatePair {
  /** CSR indices, u < v. */
  u: number;
  v: number;
  /** Weighted resource allocation over shared contacts: Σ_z (w_uz + w_zv) / strength(z). */
  ra: number;
  common: number;
  /** A shared contact (the only one when common === 1), -1 when none. */
  z: number;
  /** Warm-path evidence: ra plus shared groups, country and sector. */
  raw: number;
  resilience: ResilienceEvidence;
}

/** Screening score of a pair from what the two-step pass knows, without building the pair. */
export type PairScorer = (u: number, v: number, raw: number, resilience: ResilienceEvidence) => number;

/** Reusable per-node scratch arrays: one pass touches few nodes, so only those are reset. */
class Scratch {
  readonly ra: Float64Array;
  readonly common: Int32Array;
  readonly z: Int32Array;
  readonly tied: Int32Array;
  readonly touched: number[] = [];

  constructor(n: number) {
    this.ra = new Float64Array(n);
    this.common = new Int32Array(n);
    this.z = new Int32Array(n).fill(-1);
    this.tied = new Int32Array(n).fill(-1);
  }

  reset(): void {
    for (const v of this.touched) {
      this.ra[v] = 0;
      this.common[v] = 0;
      this.z[v] = -1;
    }
    this.touched.length = 0;
  }
}

/** Marks u's contacts in scratch.tied and accumulates every two-step member v of u. */
function accumulateTwoSteps(ctx: RecommendContext, scratch: Scratch, u: number, membersOnly: boolean): void {
  const { offsets, targets, weights } = ctx.csr;
  for (let k = offsets[u]!; k < offsets[u + 1]!; k++) scratch.tied[targets[k]!] = u;
  for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
    const z = targets[k]!;
    const wuz = weights[k]!;
    const sz = ctx.strength[z]!;
    for (let j = offsets[z]!; j < offsets[z + 1]!; j++) {
      const v = targets[j]!;
      if (v === u || scratch.tied[v] === u || (membersOnly && !ctx.isMember[v])) continue;
      if (scratch.common[v] === 0) scratch.touched.push(v);
      scratch.ra[v]! += sz > 0 ? (wuz + weights[j]!) / sz : 0;
      scratch.common[v]!++;
      scratch.z[v] = z;
    }
  }
}

function makePair(
  ctx: RecommendContext,
  a: number,
  b: number,
  ra: number,
  common: number,
  z: number,
): CandidatePair {
  const [u, v] = a < b ? [a, b] : [b, a];
  return {
    u,
    v,
    ra,
    common,
    z,
    raw: ra + contextEvidence(ctx, u, v),
    resilience: knownResilience(ctx, u, v, common, z),
  };
}

/** Screening value for pairs without a shared contact: nothing measured yet. */
const LOWER_BOUND_ZERO: ResilienceEvidence = { ...NO_RESILIENCE, exact: false };

/**
 * Resilience known without recomputation: with one shared contact z it is exact (and nil
 * unless z is an articulation point: if z splits nothing, u–z and z–v cannot be bridges
 * either, since z has another contact beyond each); with several it is nil; with none it is
 * not known yet.
 */
function knownResilience(
  ctx: RecommendContext,
  u: number,
  v: number,
  common: number,
  z: number,
): ResilienceEvidence {
  if (common === 0) return LOWER_BOUND_ZERO;
  return common === 1 && ctx.cutOff[z]! > 0 ? viaOneContact(ctx, u, v, z) : NO_RESILIENCE;
}

/**
 * Shared contacts of one pair, for pairs that did not come from the two-step pass: a's ties
 * are marked, then b's are walked, O(deg a + deg b).
 */
function warmPath(ctx: RecommendContext, scratch: Scratch, a: number, b: number): CandidatePair {
  const { offsets, targets, weights } = ctx.csr;
  for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
    scratch.ra[targets[k]!] = weights[k]!;
    scratch.common[targets[k]!] = 1;
    scratch.touched.push(targets[k]!);
  }
  let ra = 0;
  let common = 0;
  let z = -1;
  for (let k = offsets[b]!; k < offsets[b + 1]!; k++) {
    const w = targets[k]!;
    if (scratch.common[w] === 0) continue;
    const wa = scratch.ra[w]!;
    const sz = ctx.strength[w]!;
    ra += sz > 0 ? (wa + weights[k]!) / sz : 0;
    common++;
    z = w;
  }
  scratch.reset();
  return makePair(ctx, a, b, ra, common, z);
}

/**
 * Quantile of the warm-path evidence of two-step pairs where plausibility reads 0.5: the
 * upper quartile keeps suggestions close to Adamic–Adar's precision while leaving room for
 * value (0.5 and 0.9 measured too, see bench/recommend.bench.ts).
 */
const HALF_QUANTILE = 0.75;

/**
 * Warm-path evidence of the upper-quartile two-step pair, from up to 300 evenly spaced
 * members: the point where plausibility reads 0.5.
 */
export function halfEvidence(ctx: RecommendContext): number {
  const members = [...ctx.isMember.keys()].filter((i) => ctx.isMember[i]);
  const step = Math.max(1, Math.floor(members.length / 300));
  const scratch = new Scratch(ctx.n);
  const values: number[] = [];
  for (let s = 0; s < members.length; s += step) {
    const u = members[s]!;
    accumulateTwoSteps(ctx, scratch, u, true);
    for (const v of scratch.touched) values.push(scratch.ra[v]! + contextEvidence(ctx, u, v));
    scratch.reset();
  }
  values.sort((x, y) => x - y);
  const half = values[Math.floor(values.length * HALF_QUANTILE)];
  return half !== undefined && half > 0 ? half : 0.1;
}

export interface GenerateOptions {
  /** Two-step candidates kept per person. */
  perPerson: number;
  score: PairScorer;
  /** An upper bound of the score from the warm-path evidence alone, to skip hopeless pairs cheaply. */
  bound: (raw: number) => number;
}

const key = (ctx: RecommendContext, u: number, v: number) => (u < v ? u * ctx.n + v : v * ctx.n + u);

export function generateCandidates(
  ctx: RecommendContext,
  options: GenerateOptions,
): Map<number, CandidatePair> {
  const pool = new Map<number, CandidatePair>();
  const scratch = new Scratch(ctx.n);
  for (let u = 0; u < ctx.n; u++) {
    if (!ctx.isMember[u]) continue;
    accumulateTwoSteps(ctx, scratch, u, true);
    const best: { v: number; score: number }[] = [];
    for (const v of scratch.touched) {
      const raw = scratch.ra[v]! + contextEvidence(ctx, u, v);
      if (best.length === options.perPerson && options.bound(raw) <= best[best.length - 1]!.score) continue;
      const score = options.score(u, v, raw, knownResilience(ctx, u, v, scratch.common[v]!, scratch.z[v]!));
      if (best.length === options.perPerson && score <= best[best.length - 1]!.score) continue;
      let at = best.length;
      while (at > 0 && score > best[at - 1]!.score) at--;
      best.splice(at, 0, { v, score });
      if (best.length > options.perPerson) best.pop();
    }
    for (const { v } of best) {
      const k = key(ctx, u, v);
      if (!pool.has(k)) pool.set(k, makePair(ctx, u, v, scratch.ra[v]!, scratch.common[v]!, scratch.z[v]!));
    }
    scratch.reset();
  }

  const add = (a: number, b: number) => {
    if (a === b || !ctx.isMember[a] || !ctx.isMember[b]) return;
    const k = key(ctx, a, b);
    if (pool.has(k) || isTied(ctx, a, b)) return;
    pool.set(k, warmPath(ctx, scratch, a, b));
  };
  for (const [a, b] of inclusionPairs(ctx)) add(a, b);
  for (const [a, b] of separatedPairs(ctx)) add(a, b);
  for (const [a, b] of dependencyPairs(ctx)) add(a, b);
  return pool;
}

function isTied(ctx: RecommendContext, a: number, b: number): boolean {
  const { offsets, targets } = ctx.csr;
  const [x, y] = offsets[a + 1]! - offsets[a]! <= offsets[b + 1]! - offsets[b]! ? [a, b] : [b, a];
  for (let k = offsets[x]!; k < offsets[x + 1]!; k++) if (targets[k] === y) return true;
  return false;
}

/** Most central first: core, then contacts, then id. */
function byCentrality(ctx: RecommendContext): (x: number, y: number) => number {
  return (x, y) =>
    ctx.core[y]! - ctx.core[x]! ||
    ctx.degree[y]! - ctx.degree[x]! ||
    compareIds(ctx.csr.nodes[x]!, ctx.csr.nodes[y]!);
}

/** How many well-connected people each peripheral member is paired with per shared trait. */
const CORE_PER_TRAIT = 4;
/** Periphery from which a member gets targeted candidates: no contact, one, or a newcomer with ≤ 3. */
const TARGETED_PERIPHERY = 0.7;

/** Peripheral members × the best-connected members sharing a group, country or sector with them. */
function inclusionPairs(ctx: RecommendContext): [number, number][] {
  const byTrait = new Map<string, number[]>();
  const traits = (i: number): string[] => [
    ...ctx.groups[i]!.map((g) => `g:${g}`),
    ...(ctx.regionKey[i] ? [`r:${ctx.regionKey[i]!}`] : []),
    ...(ctx.sectorKey[i] ? [`s:${ctx.sectorKey[i]!}`] : []),
  ];
  for (let i = 0; i < ctx.n; i++) {
    if (!ctx.isMember[i] || peripheryOf(ctx, i) > 0 || ctx.core[i]! === 0) continue;
    for (const t of traits(i)) byTrait.set(t, [...(byTrait.get(t) ?? []), i]);
  }
  const order = byCentrality(ctx);
  for (const list of byTrait.values()) list.sort(order).splice(CORE_PER_TRAIT * 4);
  const pairs: [number, number][] = [];
  for (let p = 0; p < ctx.n; p++) {
    // Members with a few contacts already get two-step candidates; targets are for the others.
    if (!ctx.isMember[p] || peripheryOf(ctx, p) < TARGETED_PERIPHERY) continue;
    for (const t of traits(p)) {
      let taken = 0;
      for (const c of byTrait.get(t) ?? []) {
        if (taken === CORE_PER_TRAIT) break;
        if (c === p || isTied(ctx, p, c)) continue;
        pairs.push([p, c]);
        taken++;
      }
    }
  }
  return pairs;
}

/** Articulation points examined, most people cut off first. */
const POINTS_EXAMINED = 50;
const PER_SIDE = 3;

/**
 * For the articulation points that cut off the most people: their contacts in each cut-off
 * piece × their contacts in the largest piece (the point itself can introduce them).
 */
function separatedPairs(ctx: RecommendContext): [number, number][] {
  const points = [...ctx.cutOff.keys()].filter((x) => ctx.cutOff[x]! > 0);
  points.sort((x, y) => ctx.cutOff[y]! - ctx.cutOff[x]! || compareIds(ctx.csr.nodes[x]!, ctx.csr.nodes[y]!));
  const order = byCentrality(ctx);
  const pairs: [number, number][] = [];
  const { offsets, targets } = ctx.csr;
  for (const x of points.slice(0, POINTS_EXAMINED)) {
    const largest = largestPiece(ctx, x);
    const main: number[] = [];
    const cut = new Map<number, number[]>();
    for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
      const w = targets[k]!;
      if (!ctx.isMember[w]) continue;
      const piece = pieceOf(ctx, x, w);
      if (pieceSize(ctx, x, piece) === largest && main.length < 4 * PER_SIDE) main.push(w);
      else cut.set(piece, [...(cut.get(piece) ?? []), w]);
    }
    main.sort(order);
    for (const inside of cut.values()) {
      inside.sort(order);
      for (const a of inside.slice(0, PER_SIDE)) for (const b of main.slice(0, PER_SIDE)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Sector pairs examined, most dependent first, and the share that makes a broker worth bypassing. */
const DEPENDENCIES_EXAMINED = 20;
export const DEPENDENCY_THRESHOLD = 0.25;

/** Contacts of a dominant sector broker, one from each of the two sectors. */
function dependencyPairs(ctx: RecommendContext): [number, number][] {
  const pairs: [number, number][] = [];
  const order = byCentrality(ctx);
  const { offsets, targets } = ctx.csr;
  const dependencies = ctx.analysis.sectorDependencies.filter(
    (d) => (d.people[0]?.share ?? 0) >= DEPENDENCY_THRESHOLD,
  );
  for (const d of dependencies.slice(0, DEPENDENCIES_EXAMINED)) {
    const x = ctx.csr.index.get(d.people[0]!.id);
    if (x === undefined) continue;
    const [ia, ib] = [ctx.sectors.indexOf(d.sectors[0]), ctx.sectors.indexOf(d.sectors[1])];
    const sideA: number[] = [];
    const sideB: number[] = [];
    for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
      const w = targets[k]!;
      if (!ctx.isMember[w]) continue;
      if (ctx.sectorIndex[w] === ia) sideA.push(w);
      else if (ctx.sectorIndex[w] === ib) sideB.push(w);
    }
    sideA.sort(order);
    sideB.sort(order);
    for (const a of sideA.slice(0, PER_SIDE)) for (const b of sideB.slice(0, PER_SIDE)) pairs.push([a, b]);
  }
  return pairs;
}
