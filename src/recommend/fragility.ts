/**
 * Whether a part of the community (the active members of a sector, a region, a role or a
 * group: call them S) reaches the rest (R: every other active member) through a single person.
 *
 * Definition. S is fragile when some person x (in S, in R or neither) stands on every path
 * from S to R: after x's departure no member of S other than x can reach any member of R,
 * although before it some could. Paths may run through anyone, members or not, since
 * information flows through anybody; members of S with no path to R at all (isolated, or in
 * a cluster of their own) neither make nor break the condition. If S has connected members
 * and none of them reaches R, S is fragile with no route at all.
 *
 * Such an x is an articulation point (removing it disconnects some member of S from R), and
 * S is cut off from R exactly when every piece x's departure leaves is pure: it holds members
 * of S or of R, not both. The DFS pass (analysis/lowpoint.ts) lists each point's pieces as
 * DFS subtrees, i.e. contiguous ranges of discovery times, so with prefix counts of S and R
 * over discovery order every piece is counted in O(1): O(n) per part of the community.
 */
import { remainderPiece } from "../analysis/lowpoint";
import type { RecommendContext } from "./context";
import { compareIds } from "./text";

export interface Fragility {
  /** The person every route runs through; null when S does not reach R at all. */
  through: number | null;
  /** Members of S (other than `through`) who would be cut off from R. */
  cutOff: number;
}

interface Prefix {
  s: Int32Array;
  r: Int32Array;
}

/** Counts of S and R among the first t nodes in discovery order. */
function prefixCounts(ctx: RecommendContext, inS: Uint8Array, inR: Uint8Array): Prefix {
  const n = ctx.n;
  const s = new Int32Array(n + 1);
  const r = new Int32Array(n + 1);
  const byTime = new Int32Array(n);
  for (let v = 0; v < n; v++) byTime[ctx.lp.disc[v]!] = v;
  for (let t = 0; t < n; t++) {
    const v = byTime[t]!;
    s[t + 1] = s[t]! + inS[v]!;
    r[t + 1] = r[t]! + inR[v]!;
  }
  return { s, r };
}

export function findFragility(ctx: RecommendContext, inS: Uint8Array, inR: Uint8Array): Fragility | null {
  const { lp, n } = ctx;
  const prefix = prefixCounts(ctx, inS, inR);
  const starts = ctx.component;
  const range = (from: number, length: number) => ({
    s: prefix.s[from + length]! - prefix.s[from]!,
    r: prefix.r[from + length]! - prefix.r[from]!,
  });

  // Components holding both S and R, and how many members of S have a tie at all.
  const mixed: number[] = [];
  let sWithTies = 0;
  if (prefix.r[n] === 0) return null;
  const seen = new Set<number>();
  for (let v = 0; v < n; v++) {
    if (inS[v] && ctx.degree[v]! > 0) sWithTies++;
    const start = starts[v]!;
    if (seen.has(start)) continue;
    seen.add(start);
    const c = range(start, lp.componentSize[v]!);
    if (c.s > 0 && c.r > 0) mixed.push(start);
  }
  if (mixed.length === 0) return sWithTies >= 2 ? { through: null, cutOff: sWithTies } : null;
  if (mixed.length > 1) return null;

  let best: (Fragility & { side: number }) | null = null;
  for (let x = 0; x < n; x++) {
    if (starts[x] !== mixed[0] || lp.cutChildren[x]! + (remainderPiece(lp, x) > 0 ? 1 : 0) < 2) continue;
    const component = range(starts[x]!, lp.componentSize[x]!);
    let restS = component.s - inS[x]!;
    let restR = component.r - inR[x]!;
    let sSide = 0;
    let sCut = 0;
    let rPieces = 0;
    let pure = true;
    for (let k = ctx.childOffsets[x]!; k < ctx.childOffsets[x + 1]! && pure; k++) {
      const c = ctx.children[k]!;
      if (lp.low[c]! < lp.disc[x]!) continue;
      const piece = range(lp.disc[c]!, lp.size[c]!);
      restS -= piece.s;
      restR -= piece.r;
      if (piece.s > 0 && piece.r > 0) pure = false;
      else if (piece.s > 0) {
        sSide += lp.size[c]!;
        sCut += piece.s;
      } else if (piece.r > 0) rPieces++;
    }
    if (!pure || (restS > 0 && restR > 0)) continue;
    if (restS > 0) {
      sSide += remainderPiece(lp, x);
      sCut += restS;
    } else if (restR > 0) rPieces++;
    // S must lose a member other than x, and there must be members of R to lose touch with.
    if (sCut === 0 || (rPieces === 0 && !inR[x])) continue;
    // Several people may each cut S off (a chain of them); name the one closest to S.
    if (
      best === null ||
      sSide < best.side ||
      (sSide === best.side && compareIds(ctx.csr.nodes[x]!, ctx.csr.nodes[best.through!]!) < 0)
    ) {
      best = { through: x, cutOff: sCut, side: sSide };
    }
  }
  return best === null ? null : { through: best.through, cutOff: best.cutOff };
}
