/**
 * Suggested introductions: pairs of members who are not yet in touch and whom a coordinator
 * could usefully introduce, each with who can make the introduction, a score, the parts of
 * the score (see goals.ts) and reasons in plain words.
 *
 * How the list is made:
 * 1. candidates come from warm paths, peripheral members, articulation points and sector
 *    brokers (candidates.ts), never from all n² pairs;
 * 2. every candidate is scored on the five goals, combined as an expected value (the chance
 *    the introduction takes times what it brings, goals.ts); resilience is exact for pairs with one
 *    shared contact and a lower bound otherwise, and a sector pair's dependency on its broker
 *    is first estimated;
 * 3. the best candidates are re-measured: articulation points and bridges recomputed with the
 *    tie added, and the sector pair's dependency recomputed by the shortest-path pass;
 * 4. the list is picked under two diversity caps (nobody in more than `maxPerPerson`
 *    suggestions, no pair of sectors in more than `maxSectorPairShare` of them), each goal's
 *    two best candidates first, then by score; it is returned best first.
 * Ties in score are broken by ids, so the same input always gives the same list.
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import type { NetworkAnalysis } from "../analysis/analyzeNetwork";
import { DEPENDENCY_THRESHOLD, generateCandidates, halfEvidence, type CandidatePair } from "./candidates";
import { buildContext, type ContextOptions, type RecommendContext } from "./context";
import {
  GOALS,
  bridgingOf,
  crossSectorOf,
  inclusionOf,
  peripheryOf,
  plausibilityOf,
  resilienceOf,
  resolveWeights,
  weightedScore,
  type GoalParts,
  type GoalWeights,
  type ResilienceEvidence,
} from "./goals";
import { findIntroducers, type IntroducerKind } from "./introducers";
import { introductionReasons } from "./reasons";
import { countBridges, DependencyProbe, structuralEffect } from "./resilience";
import { compareIds } from "./text";

export interface Introduction {
  /** Ids of the two members; `a` is the one who gains most (the more peripheral). */
  a: string;
  b: string;
  /** Who can introduce them, best first: shared contacts, else leads of a shared group. */
  via: string[];
  /** plausibility × (w_p + Σ w_g·part_g) / Σ w, in [0, 1] (see goals.ts, weightedScore). */
  score: number;
  parts: GoalParts;
  /** One or two sentences for a coordinator. */
  reasons: string[];
  introducedBy: IntroducerKind | null;
  sharedContacts: number;
  sectors: [string | null, string | null];
  resilience: {
    /** Fewer people cut off by someone's departure, summed over everyone whose departure cuts some off. */
    reconnected: number;
    /** Ties that would stop being the only link between two parts. */
    bridgesClosed: number;
    /** The departure whose effect the tie softens most. */
    articulationPoint: { id: string; cutOffBefore: number; cutOffAfter: number } | null;
    /** A pair of sectors' dependency on its main broker, before and after. */
    dependency: { sectors: [string, string]; id: string; before: number; after: number } | null;
    /** True when measured with the tie added; false when a screening estimate. */
    measured: boolean;
  };
}

export interface IntroductionOptions extends ContextOptions {
  weights?: Partial<GoalWeights>;
  /** Length of the list. Default 50. */
  limit?: number;
  /** Suggestions any one person may appear in. Default 3. */
  maxPerPerson?: number;
  /** Largest share of the list one pair of sectors may take (of `limit`, at least 1). Default 0.3. */
  maxSectorPairShare?: number;
  /** Candidates below this plausibility are not suggested at all. Default 0.1. */
  minPlausibility?: number;
  /** Two-step candidates kept per person. Default 8. */
  candidatesPerPerson?: number;
  /** Best candidates whose resilience is recomputed with the tie added. Default max(150, 3·limit). */
  measuredCandidates?: number;
  /** Best cross-sector candidates whose sector dependency is recomputed. Default 60. */
  dependencyChecks?: number;
  /** Sources of a dependency pass; beyond this the smaller sector is subsampled. Default 64. */
  dependencySources?: number;
  /** Budget of those passes, in edge visits (≈ 1 s per 2·10⁸). Default 2·10⁸. */
  dependencyWork?: number;
  /** Best candidates of each weighed goal (part ≥ 0.5) guaranteed a place in the list. Default 2. */
  championsPerGoal?: number;
  /** A context already built for this graph and analysis (shared with recruitment). */
  context?: RecommendContext;
}

interface Scored {
  pair: CandidatePair;
  resilience: ResilienceEvidence;
  parts: GoalParts;
  score: number;
}

type Dependency = NonNullable<ResilienceEvidence["dependency"]>;

/**
 * Per pair of sectors, the broker they depend on when the share reaches the threshold, with a
 * screening guess of the share after one more tie between them: one more direct route among
 * the ties they already have.
 */
function dependencyTable(ctx: RecommendContext): (Dependency | null)[] {
  const S = ctx.sectors.length;
  const table: (Dependency | null)[] = new Array<Dependency | null>(S * S).fill(null);
  for (let a = 0; a < S; a++) {
    for (let b = a + 1; b < S; b++) {
      const d = ctx.dependency(a, b);
      const top = d?.people[0];
      const person = top ? ctx.csr.index.get(top.id) : undefined;
      if (!d || !top || top.share < DEPENDENCY_THRESHOLD || person === undefined) continue;
      const guess = {
        sectors: d.sectors,
        person,
        before: top.share,
        after: top.share * (1 - 1 / (2 + d.directTies)),
      };
      table[a * S + b] = table[b * S + a] = guess;
    }
  }
  return table;
}

function partsOf(
  ctx: RecommendContext,
  u: number,
  v: number,
  raw: number,
  r: ResilienceEvidence,
  half: number,
): GoalParts {
  return {
    plausibility: plausibilityOf(raw, half),
    crossSector: crossSectorOf(ctx, u, v),
    resilience: resilienceOf(r),
    inclusion: inclusionOf(ctx, u, v),
    bridging: bridgingOf(ctx, u, v).value,
  };
}

function byScore(ctx: RecommendContext): (x: Scored, y: Scored) => number {
  const id = (i: number) => ctx.csr.nodes[i]!;
  return (x, y) =>
    y.score - x.score || compareIds(id(x.pair.u), id(y.pair.u)) || compareIds(id(x.pair.v), id(y.pair.v));
}

const DEPENDENCY_WORK = 2e8;

/**
 * Re-measures the best candidates' resilience with the tie actually added: structure for all
 * of them, sector dependency for the first `dependencyChecks` within the work budget (the
 * others keep their screening estimate and say so with measured: false).
 */
function measure(
  ctx: RecommendContext,
  ranked: Scored[],
  options: IntroductionOptions,
): ResilienceEvidence[] {
  const limit = options.limit ?? 50;
  const measured = options.measuredCandidates ?? Math.max(150, 3 * limit);
  let dependencyChecks = options.dependencyChecks ?? 60;
  let work = options.dependencyWork ?? DEPENDENCY_WORK;
  const probe = new DependencyProbe(ctx, options.dependencySources ?? 64);
  const bridgesBefore = countBridges(ctx.lp);
  return ranked.slice(0, measured).map(({ pair, resilience }) => {
    const next: ResilienceEvidence = pair.resilience.exact
      ? { ...pair.resilience }
      : { ...structuralEffect(ctx, bridgesBefore, pair.u, pair.v), dependency: null };
    const d = resilience.dependency;
    const cost = d ? probe.work(d.sectors[0], d.sectors[1]) : 0;
    if (d && dependencyChecks > 0 && cost <= work) {
      dependencyChecks--;
      work -= cost;
      const [a, b] = d.sectors;
      next.dependency = {
        sectors: d.sectors,
        person: d.person,
        before: probe.shareBefore(a, b, d.person),
        after: probe.shareAfter(a, b, d.person, pair.u, pair.v),
      };
      next.exact = next.exact && probe.exact(a, b);
    } else if (d) {
      next.dependency = d;
      next.exact = false;
    }
    return next;
  });
}

function sectorPairKey(ctx: RecommendContext, pair: CandidatePair): string {
  const [a, b] = [ctx.sectorKey[pair.u] ?? "", ctx.sectorKey[pair.v] ?? ""].sort(compareIds);
  return `${a}\u0000${b}`;
}

/** A goal's part from which a candidate can be that goal's champion. */
const CHAMPION_PART = 0.5;

/**
 * Picks the list: first, for each goal the user weighs, its best candidates (highest score
 * among those scoring at least 0.5 on it), so that the few introductions that would reconnect
 * a cut-off cluster or bring in an isolated member are never crowded out by warm but ordinary
 * ones; then the rest by score. Both passes respect the caps; the list is returned best first.
 */
function pickDiverse(
  ctx: RecommendContext,
  ranked: Scored[],
  options: IntroductionOptions,
  weights: GoalWeights,
): Scored[] {
  const limit = options.limit ?? 50;
  const perPerson = options.maxPerPerson ?? 3;
  const perSectorPair = Math.max(1, Math.floor((options.maxSectorPairShare ?? 0.3) * limit));
  const minPlausibility = options.minPlausibility ?? 0.1;
  const champions = options.championsPerGoal ?? 2;
  const people = new Map<number, number>();
  const sectorPairs = new Map<string, number>();
  const picked = new Set<Scored>();
  const take = (s: Scored): boolean => {
    if (picked.size === limit || picked.has(s) || s.parts.plausibility < minPlausibility) return false;
    const { u, v } = s.pair;
    const key = sectorPairKey(ctx, s.pair);
    if ((people.get(u) ?? 0) >= perPerson || (people.get(v) ?? 0) >= perPerson) return false;
    if ((sectorPairs.get(key) ?? 0) >= perSectorPair) return false;
    people.set(u, (people.get(u) ?? 0) + 1);
    people.set(v, (people.get(v) ?? 0) + 1);
    sectorPairs.set(key, (sectorPairs.get(key) ?? 0) + 1);
    picked.add(s);
    return true;
  };
  for (const goal of GOALS) {
    if (goal === "plausibility" || weights[goal] === 0) continue;
    let taken = 0;
    for (const s of ranked) {
      if (taken === champions) break;
      if (s.parts[goal] >= CHAMPION_PART && take(s)) taken++;
    }
  }
  for (const s of ranked) if (picked.size < limit) take(s);
  return ranked.filter((s) => picked.has(s));
}

function toIntroduction(ctx: RecommendContext, s: Scored, weights: GoalWeights): Introduction {
  const { pair, resilience: r } = s;
  const id = (i: number) => ctx.csr.nodes[i]!;
  const gain = (i: number) => peripheryOf(ctx, i);
  const [a, b] =
    gain(pair.u) > gain(pair.v) ||
    (gain(pair.u) === gain(pair.v) &&
      (ctx.degree[pair.u]! < ctx.degree[pair.v]! ||
        (ctx.degree[pair.u] === ctx.degree[pair.v] && compareIds(id(pair.u), id(pair.v)) <= 0)))
      ? [pair.u, pair.v]
      : [pair.v, pair.u];
  const intro = findIntroducers(ctx, a, b);
  return {
    a: id(a),
    b: id(b),
    via: intro.people.map(id),
    score: s.score,
    parts: s.parts,
    reasons: introductionReasons(ctx, a, b, s.parts, weights, r, intro),
    introducedBy: intro.kind,
    sharedContacts: intro.sharedContacts.length,
    sectors: [ctx.sector[a] ?? null, ctx.sector[b] ?? null],
    resilience: {
      reconnected: r.relief,
      bridgesClosed: r.bridges,
      articulationPoint: r.at
        ? { id: id(r.at.person), cutOffBefore: r.at.before, cutOffAfter: r.at.after }
        : null,
      dependency: r.dependency
        ? {
            sectors: r.dependency.sectors,
            id: id(r.dependency.person),
            before: r.dependency.before,
            after: r.dependency.after,
          }
        : null,
      measured: r.exact,
    },
  };
}

export function suggestIntroductions<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  analysis: NetworkAnalysis,
  options: IntroductionOptions = {},
): Introduction[] {
  const ctx = options.context ?? buildContext(graph, analysis, options);
  const weights = resolveWeights(options.weights);
  const half = halfEvidence(ctx);
  const dependencies = dependencyTable(ctx);
  const S = ctx.sectors.length;
  /** The screening evidence: what is known, plus the guessed dependency relief. */
  const screening = (u: number, v: number, known: ResilienceEvidence): ResilienceEvidence => {
    const [a, b] = [ctx.sectorIndex[u]!, ctx.sectorIndex[v]!];
    const d = a >= 0 && b >= 0 ? dependencies[a * S + b] : null;
    if (!d || d.person === u || d.person === v) return known;
    return { ...known, dependency: d, exact: false };
  };
  const score = (pair: CandidatePair, r: ResilienceEvidence): Scored => {
    const parts = partsOf(ctx, pair.u, pair.v, pair.raw, r, half);
    return { pair, resilience: r, parts, score: weightedScore(parts, weights) };
  };
  const pool = generateCandidates(ctx, {
    perPerson: options.candidatesPerPerson ?? 8,
    score: (u, v, raw, known) =>
      weightedScore(partsOf(ctx, u, v, raw, screening(u, v, known), half), weights),
    // Every part is at most 1, so the score is at most the plausibility.
    bound: (raw) => plausibilityOf(raw, half),
  });
  const order = byScore(ctx);
  const screened = [...pool.values()]
    .map((pair) => score(pair, screening(pair.u, pair.v, pair.resilience)))
    .sort(order);
  const measured = measure(ctx, screened, options);
  const rescored = screened.map((s, i) => (i < measured.length ? score(s.pair, measured[i]!) : s));
  rescored.sort(order);
  return pickDiverse(ctx, rescored, options, weights).map((s) => toIntroduction(ctx, s, weights));
}
