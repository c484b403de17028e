/**
 * The five things a network weaver looks for in an introduction, each scored in [0, 1] for a
 * pair of members (u, v) who are not yet in touch. The user weighs them; the score of an
 * introduction is their expected value (see weightedScore).
 */
import { pieceOf, reliefAt, isBridge, type RecommendContext } from "./context";

export const GOALS = ["plausibility", "crossSector", "resilience", "inclusion", "bridging"] as const;
export type Goal = (typeof GOALS)[number];
export type GoalWeights = Record<Goal, number>;
export type GoalParts = Record<Goal, number>;

/**
 * A plain new tie counts twice as much as each other goal by default: enough for suggestions
 * to stay plausible while most of them bring more than a tie (precision and value measured
 * against Adamic–Adar in bench/recommend.bench.ts).
 */
export const DEFAULT_WEIGHTS: GoalWeights = {
  plausibility: 2,
  crossSector: 1,
  resilience: 1,
  inclusion: 1,
  bridging: 1,
};

export const GOAL_EXPLANATIONS: Record<Goal, { label: string; explanation: string }> = {
  plausibility: {
    label: "Warm path",
    explanation:
      "How natural the introduction is: contacts the two already share (a shared contact who knows " +
      "few other people counts more than a hub who knows everyone), the groups they both belong to, " +
      "and whether they work in the same country or sector.",
  },
  crossSector: {
    label: "Cross-sector value",
    explanation:
      "The two work in different sectors, and more so when those sectors have few working ties " +
      "between them: the first tie between two sectors is worth most.",
  },
  resilience: {
    label: "Resilience",
    explanation:
      "The new tie gives a second route where the community hangs on one person or one tie: fewer " +
      "people would be cut off if someone left, or two sectors would depend less on a single broker.",
  },
  inclusion: {
    label: "Inclusion",
    explanation:
      "It brings an isolated, peripheral or newly joined member into contact with someone at the " +
      "well-connected core of the community.",
  },
  bridging: {
    label: "Bridging",
    explanation:
      "It links two clusters of the network (detected communities) or two declared groups that " +
      "rarely work together.",
  },
};

/** Smallest detected community worth bridging: below this it is a handful of loose people. */
const MIN_COMMUNITY = 3;

/**
 * The warm-path evidence beyond shared contacts: each shared group counts 1/log2(2 + its
 * members), so sharing a 10-person working group is worth more than sharing a 200-person
 * community, and the same country or sector counts half as much as a group.
 */
export function contextEvidence(ctx: RecommendContext, u: number, v: number): number {
  let evidence = 0;
  const [a, b] = [ctx.groups[u]!, ctx.groups[v]!];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      evidence += ctx.groupEvidence[a[i]!]!;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  if (ctx.regionId[u]! >= 0 && ctx.regionId[u] === ctx.regionId[v]) evidence += ctx.regionEvidence[u]!;
  if (ctx.sectorId[u]! >= 0 && ctx.sectorId[u] === ctx.sectorId[v]) evidence += ctx.sectorEvidence[u]!;
  return evidence;
}

/**
 * Raw warm-path evidence to [0, 1): half-way at `half`, the evidence of the upper-quartile
 * two-step pair, so that plausibility adapts to how ties are weighted and most pairs stay low.
 */
export function plausibilityOf(raw: number, half: number): number {
  return raw <= 0 ? 0 : raw / (raw + half);
}

/** Different known sectors, worth 1/√(1 + ties already between them). */
export function crossSectorOf(ctx: RecommendContext, u: number, v: number): number {
  const [a, b] = [ctx.sectorIndex[u]!, ctx.sectorIndex[v]!];
  if (a < 0 || b < 0 || a === b) return 0;
  return rarity(ctx.sectorTies(a, b));
}

/**
 * How far out a member is: no contact at all 1, one contact 0.8, a newcomer with at most
 * three contacts 0.7, any other newcomer 0.4, two contacts 0.3, otherwise 0.
 */
export function peripheryOf(ctx: RecommendContext, v: number): number {
  const d = ctx.degree[v]!;
  if (d === 0) return 1;
  if (d === 1) return 0.8;
  if (ctx.newcomer[v]) return d <= 3 ? 0.7 : 0.4;
  return d === 2 ? 0.3 : 0;
}

export function inclusionOf(ctx: RecommendContext, u: number, v: number): number {
  return Math.max(peripheryOf(ctx, u) * ctx.core[v]!, peripheryOf(ctx, v) * ctx.core[u]!);
}

export interface BridgingEvidence {
  value: number;
  /** Ties between the two communities, when they differ. */
  communityTies: number | null;
  /** The pair of declared groups that meet least, when the two share no group. */
  groups: [number, number, number] | null;
}

/** Ties between u's and v's communities when they are two different ones worth bridging, else -1. */
function communityGap(ctx: RecommendContext, u: number, v: number): number {
  const [cu, cv] = [ctx.community[u]!, ctx.community[v]!];
  if (cu < 0 || cv < 0 || cu === cv) return -1;
  if (ctx.communitySize[u]! < MIN_COMMUNITY || ctx.communitySize[v]! < MIN_COMMUNITY) return -1;
  return ctx.communityTies(cu, cv);
}

/** When u and v both declared groups but share none, the pair of their groups that meets least. */
function weakestGroups(ctx: RecommendContext, u: number, v: number): [number, number, number] | null {
  const [gu, gv] = [ctx.groups[u]!, ctx.groups[v]!];
  if (gu.length === 0 || gv.length === 0) return null;
  let weakest: [number, number, number] | null = null;
  for (const g of gu) {
    for (const h of gv) {
      if (g === h) return null;
      const ties = ctx.groupTies(g, h);
      if (weakest === null || ties < weakest[2]) weakest = [g, h, ties];
    }
  }
  return weakest;
}

const rarity = (ties: number) => 1 / Math.sqrt(1 + ties);

export function bridgingOf(ctx: RecommendContext, u: number, v: number): BridgingEvidence {
  const community = communityGap(ctx, u, v);
  const groups = weakestGroups(ctx, u, v);
  const value = Math.max(community >= 0 ? rarity(community) : 0, groups ? rarity(groups[2]) : 0);
  return { value, communityTies: community >= 0 ? community : null, groups };
}

/** What a new tie does for the network's resilience, measured rather than guessed. */
export interface ResilienceEvidence {
  /** Fewer people cut off, summed over everyone whose departure would cut some off. */
  relief: number;
  /** The person whose departure cuts off fewer people the most, with before and after. */
  at: { person: number; before: number; after: number } | null;
  /** Ties that stop being the only link between two parts. */
  bridges: number;
  /** The broker two sectors depend on, and their share of the connection before and after. */
  dependency: { sectors: [string, string]; person: number; before: number; after: number } | null;
  /** False while relief is only a lower bound (screening), true once recomputed with the tie. */
  exact: boolean;
}

export function resilienceOf(e: ResilienceEvidence): number {
  const structural = e.relief + 0.5 * e.bridges;
  const rStruct = structural / (structural + 3);
  const drop = e.dependency ? Math.max(0, e.dependency.before - e.dependency.after) : 0;
  const rDep = Math.min(1, drop / 0.3);
  return 1 - (1 - rStruct) * (1 - rDep);
}

/**
 * Exact structural effect of a tie between u and v who have exactly one contact z in common:
 * every other path between them avoids nobody but z, so z is the only person whose pieces
 * the tie can join, and u–z, z–v are the only bridges it can close.
 */
export function viaOneContact(ctx: RecommendContext, u: number, v: number, z: number): ResilienceEvidence {
  const pu = pieceOf(ctx, z, u);
  const pv = pieceOf(ctx, z, v);
  const relief = reliefAt(ctx, z, pu, pv);
  const before = ctx.cutOff[z]!;
  return {
    relief,
    at: relief > 0 ? { person: z, before, after: before - relief } : null,
    bridges: (isBridge(ctx, u, z) ? 1 : 0) + (isBridge(ctx, z, v) ? 1 : 0),
    dependency: null,
    exact: true,
  };
}

export const NO_RESILIENCE: ResilienceEvidence = {
  relief: 0,
  at: null,
  bridges: 0,
  dependency: null,
  exact: true,
};

/**
 * The score of an introduction as an expected value: the chance it takes (plausibility) times
 * what it brings, where a plain new working tie is worth the plausibility weight and each other
 * goal adds its weight times its part:
 *
 *     score = plausibility × (w_plausibility + Σ_g w_g · part_g) / (w_plausibility + Σ_g w_g)
 *
 * so it stays in [0, 1], an implausible introduction scores low whatever it would do for the
 * network, and with every other weight at 0 the ranking is by plausibility alone.
 */
export function weightedScore(parts: GoalParts, weights: GoalWeights): number {
  // Spelled out rather than looped over GOALS: this runs for every candidate pair.
  const sum =
    weights.plausibility + weights.crossSector + weights.resilience + weights.inclusion + weights.bridging;
  if (sum <= 0) return parts.plausibility;
  const value =
    weights.plausibility +
    weights.crossSector * parts.crossSector +
    weights.resilience * parts.resilience +
    weights.inclusion * parts.inclusion +
    weights.bridging * parts.bridging;
  return (parts.plausibility * value) / sum;
}

export function resolveWeights(weights: Partial<GoalWeights> = {}): GoalWeights {
  const resolved = { ...DEFAULT_WEIGHTS };
  for (const goal of GOALS) {
    const w = weights[goal];
    if (w !== undefined && Number.isFinite(w) && w >= 0) resolved[goal] = w;
  }
  return resolved;
}
