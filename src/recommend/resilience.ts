/**
 * Measuring, rather than guessing, what one new tie does for the network's resilience: the
 * articulation points and bridges recomputed with the tie added, and the dependency of a pair
 * of sectors on their main broker recomputed by the same shortest-path pass the analysis uses.
 * Each costs a pass over the whole network, so the engine runs them for its best candidates only.
 */
import type { Csr } from "../analysis/csr";
import { lowpoint, type Lowpoint } from "../analysis/lowpoint";
import { pathGraphOf, runPathPassSync } from "../analysis/pathKernelRun";
import { cutOffs, type RecommendContext } from "./context";
import type { ResilienceEvidence } from "./goals";

/** The adjacency with one more tie u–v (weight 1). */
export function withTie(csr: Csr, u: number, v: number): Csr {
  const n = csr.nodes.length;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(csr.targets.length + 2);
  const weights = new Float64Array(csr.targets.length + 2);
  let write = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = write;
    const start = csr.offsets[i]!;
    const end = csr.offsets[i + 1]!;
    targets.set(csr.targets.subarray(start, end), write);
    weights.set(csr.weights.subarray(start, end), write);
    write += end - start;
    const extra = i === u ? v : i === v ? u : -1;
    if (extra >= 0) {
      targets[write] = extra;
      weights[write++] = 1;
    }
  }
  offsets[n] = write;
  return { ...csr, offsets, targets, weights };
}

export function countBridges(lp: Lowpoint): number {
  let bridges = 0;
  for (let v = 0; v < lp.parent.length; v++) {
    const p = lp.parent[v]!;
    if (p >= 0 && lp.low[v]! > lp.disc[p]!) bridges++;
  }
  return bridges;
}

/**
 * Articulation points and bridges before and after adding u–v, by one more DFS pass. A tie
 * between two separate components is a different matter: it reconnects the whole smaller
 * one (everyone in it was cut off from the other) while becoming a bridge itself, so its
 * relief is the smaller component's size and no recount is needed.
 */
export function structuralEffect(
  ctx: RecommendContext,
  bridgesBefore: number,
  u: number,
  v: number,
): Omit<ResilienceEvidence, "dependency"> {
  if (ctx.component[u] !== ctx.component[v]) {
    const smaller = Math.min(ctx.lp.componentSize[u]!, ctx.lp.componentSize[v]!);
    return { relief: smaller, at: null, bridges: 0, exact: true };
  }
  const lp = lowpoint(withTie(ctx.csr, u, v));
  const after = cutOffs(lp);
  let relief = 0;
  let at: ResilienceEvidence["at"] = null;
  for (let x = 0; x < ctx.n; x++) {
    const drop = ctx.cutOff[x]! - after[x]!;
    if (drop === 0) continue;
    relief += drop;
    if (at === null || drop > at.before - at.after)
      at = { person: x, before: ctx.cutOff[x]!, after: after[x]! };
  }
  return { relief, at, bridges: bridgesBefore - countBridges(lp), exact: true };
}

/**
 * Share of the shortest connections between sectors A and B that a person carries, as
 * analysis/sectorDependencies.ts defines it, recomputed on demand. Sources are the members
 * of the smaller sector; above `maxSources` an evenly spaced subset of them, the same one
 * before and after, so the change is measured on the same pairs (an estimate, then).
 */
interface Plan {
  groupOf: Int32Array;
  sources: Int32Array;
  exact: boolean;
}

export class DependencyProbe {
  private readonly before = new Map<string, Float64Array>();
  private readonly plans = new Map<string, Plan>();

  constructor(
    private readonly ctx: RecommendContext,
    private readonly maxSources: number,
  ) {}

  /** Edge visits of measuring a tie for this pair: sources × (n + arcs), twice the first time. */
  work(a: string, b: string): number {
    const pass = this.plan(a, b).sources.length * (this.ctx.n + this.ctx.csr.targets.length);
    return this.before.has(`${a}\u0000${b}`) ? pass : 2 * pass;
  }

  /** Whether the pass for this pair uses every source (exact) or a subset (estimate). */
  exact(a: string, b: string): boolean {
    return this.plan(a, b).exact;
  }

  shareBefore(a: string, b: string, person: number): number {
    const key = `${a}\u0000${b}`;
    let shares = this.before.get(key);
    if (!shares) {
      shares = this.shares(this.ctx.csr, a, b);
      this.before.set(key, shares);
    }
    return shares[person]!;
  }

  shareAfter(a: string, b: string, person: number, u: number, v: number): number {
    return this.shares(withTie(this.ctx.csr, u, v), a, b)[person]!;
  }

  private plan(a: string, b: string): Plan {
    const key = `${a}\u0000${b}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = this.makePlan(a, b);
      this.plans.set(key, plan);
    }
    return plan;
  }

  private makePlan(a: string, b: string): Plan {
    const { ctx } = this;
    const ia = ctx.sectors.indexOf(a);
    const ib = ctx.sectors.indexOf(b);
    const groupOf = new Int32Array(ctx.n).fill(-1);
    const inA: number[] = [];
    const inB: number[] = [];
    for (let i = 0; i < ctx.n; i++) {
      if (ctx.sectorIndex[i] === ia) inA.push(i);
      else if (ctx.sectorIndex[i] === ib) inB.push(i);
    }
    const [small, large] = inA.length <= inB.length ? [inA, inB] : [inB, inA];
    for (const i of small) groupOf[i] = 0;
    for (const i of large) groupOf[i] = 1;
    const k = Math.min(small.length, this.maxSources);
    const sources = Int32Array.from({ length: k }, (_, j) => small[Math.floor((j * small.length) / k)]!);
    return { groupOf, sources, exact: k === small.length };
  }

  private shares(csr: Csr, a: string, b: string): Float64Array {
    const { groupOf, sources } = this.plan(a, b);
    const sums = runPathPassSync(
      pathGraphOf(csr),
      { betweenness: false, closeness: false, groupOf, groupCount: 2 },
      sources,
    );
    const n = this.ctx.n;
    const pairs = sums.groupPairs[1]!;
    return Float64Array.from({ length: n }, (_, v) => (pairs > 0 ? sums.groupDependency[n + v]! / pairs : 0));
  }
}
