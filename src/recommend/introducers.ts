/**
 * Who can make an introduction. A shared contact who is a member first, preferring people who
 * are not already overloaded brokers (asking the one person everyone goes through to do even
 * more is how brokers burn out), then the strongest ties to both. Prospects, former members
 * and unregistered people are never proposed: introductions stay among members. Without a
 * shared member contact, the coordinator or facilitator of a group both belong to (or, failing
 * that, of either person's group): introducing members is part of their role.
 */
import type { RecommendContext } from "./context";
import { sharedGroups } from "./context";
import { compareIds, valueKey } from "./text";

export type IntroducerKind = "mutual contact" | "group lead";

export interface Introducers {
  people: number[];
  kind: IntroducerKind | null;
  /** Every shared contact, members first (not only the ones proposed), for the reasons. */
  sharedContacts: number[];
}

const LEAD_ROLES = ["coordinator", "facilitator"];
const MAX_INTRODUCERS = 3;

function weightsFrom(ctx: RecommendContext, u: number): Map<number, number> {
  const weights = new Map<number, number>();
  for (let k = ctx.csr.offsets[u]!; k < ctx.csr.offsets[u + 1]!; k++) {
    weights.set(ctx.csr.targets[k]!, ctx.csr.weights[k]!);
  }
  return weights;
}

export function findIntroducers(ctx: RecommendContext, u: number, v: number): Introducers {
  const fromU = weightsFrom(ctx, u);
  const fromV = weightsFrom(ctx, v);
  const shared: { z: number; strength: number }[] = [];
  for (const [z, w] of fromU) {
    const w2 = fromV.get(z);
    if (w2 !== undefined) shared.push({ z, strength: Math.min(w, w2) });
  }
  const id = (i: number) => ctx.csr.nodes[i]!;
  shared.sort(
    (x, y) =>
      ctx.isMember[y.z]! - ctx.isMember[x.z]! ||
      ctx.overloaded[x.z]! - ctx.overloaded[y.z]! ||
      y.strength - x.strength ||
      compareIds(id(x.z), id(y.z)),
  );
  const sharedContacts = shared.map((s) => s.z);
  const members = sharedContacts.filter((z) => ctx.isMember[z]);
  if (members.length > 0) {
    return { people: members.slice(0, MAX_INTRODUCERS), kind: "mutual contact", sharedContacts };
  }
  const common = sharedGroups(ctx, u, v);
  const groups = common.length > 0 ? common : [...new Set([...ctx.groups[u]!, ...ctx.groups[v]!])];
  const leads: number[] = [];
  for (let i = 0; i < ctx.n; i++) {
    if (i === u || i === v || !ctx.isMember[i]) continue;
    const role = ctx.role[i];
    if (!role || !LEAD_ROLES.includes(valueKey(role))) continue;
    if (ctx.groups[i]!.some((g) => groups.includes(g))) leads.push(i);
  }
  const knows = (i: number) => (fromU.has(i) ? 1 : 0) + (fromV.has(i) ? 1 : 0);
  const roleRank = (i: number) => LEAD_ROLES.indexOf(valueKey(ctx.role[i]!));
  leads.sort(
    (x, y) =>
      knows(y) - knows(x) ||
      roleRank(x) - roleRank(y) ||
      ctx.overloaded[x]! - ctx.overloaded[y]! ||
      compareIds(id(x), id(y)),
  );
  return {
    people: leads.slice(0, MAX_INTRODUCERS),
    kind: leads.length > 0 ? "group lead" : null,
    sharedContacts,
  };
}
