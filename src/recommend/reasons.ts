/**
 * Why an introduction is suggested, in a coordinator's words: a first sentence on the warm
 * path (shared contacts, shared groups, who can introduce them), a second on what the tie
 * would do for the community, with the names and numbers behind the score.
 */
import type { RecommendContext } from "./context";
import { sharedGroups } from "./context";
import { bridgingOf, peripheryOf, type GoalParts, type GoalWeights, type ResilienceEvidence } from "./goals";
import type { Introducers } from "./introducers";
import { count, nameList, ordinal, percent, sentence, valueKey } from "./text";

/** A change in a sector pair's dependency worth telling (5 percentage points). */
const MATERIAL_DROP = 0.05;

function dependencyDrop(r: ResilienceEvidence): number {
  return r.dependency ? r.dependency.before - r.dependency.after : 0;
}

/**
 * A goal shows up in the reasons once its part reaches this (before weighting): for sectors or
 * clusters, at most 15 ties between them today; "the 31st tie between" is not news.
 */
const MENTION = 0.25;

function warmSentence(ctx: RecommendContext, u: number, v: number, intro: Introducers): string {
  const name = (i: number) => ctx.name[i]!;
  const groups = sharedGroups(ctx, u, v).map((g) => ctx.groupNames[g]!);
  const shared = intro.sharedContacts;
  const clauses: string[] = [];
  const both = groups.length > 0 ? `both belong to ${nameList(groups, 2)}` : commonGround(ctx, u, v);
  if (shared.length > 0) {
    clauses.push(
      `${name(u)} and ${name(v)} have ${count(shared.length, "contact")} in common ` +
        `(${nameList(shared.map(name))})${both ? ` and ${both}` : ""}`,
    );
  } else {
    clauses.push(`${name(u)} and ${name(v)} have no contact in common yet${both ? `, but ${both}` : ""}`);
  }
  const [first] = intro.people;
  if (first !== undefined) {
    const role = intro.kind === "group lead" ? ` (${ctx.role[first]!.toLowerCase()})` : "";
    clauses.push(`${name(first)}${role} can introduce them`);
  }
  return sentence(clauses);
}

function commonGround(ctx: RecommendContext, u: number, v: number): string {
  const same = (a: string | null, b: string | null) =>
    a !== null && b !== null && valueKey(a) === valueKey(b);
  const where = same(ctx.region[u]!, ctx.region[v]!) ? ctx.region[u]! : null;
  const sector = same(ctx.sector[u]!, ctx.sector[v]!) ? ctx.sector[u]! : null;
  if (where && sector) return `both work in ${sector} in ${where}`;
  if (where) return `both work in ${where}`;
  if (sector) return `both work in ${sector}`;
  return "";
}

function dependencyClause(ctx: RecommendContext, d: NonNullable<ResilienceEvidence["dependency"]>): string {
  const who = ctx.name[d.person]!;
  const today =
    d.before >= 0.995
      ? `on ${who} alone`
      : `on ${who} for ${percent(d.before)} of their shortest connections`;
  return `which today depend ${today} (${percent(d.after)} with this tie)`;
}

function crossSectorClause(ctx: RecommendContext, u: number, v: number, r: ResilienceEvidence): string {
  const [a, b] = [ctx.sector[u]!, ctx.sector[v]!];
  const ties = ctx.sectorTies(ctx.sectorIndex[u]!, ctx.sectorIndex[v]!);
  const nth = ties === 0 ? "first" : ordinal(ties + 1);
  const base = `it would be the ${nth} tie between ${a} and ${b}`;
  return r.dependency && dependencyDrop(r) >= MATERIAL_DROP
    ? `${base}, ${dependencyClause(ctx, r.dependency)}`
    : base;
}

function resilienceClause(ctx: RecommendContext, r: ResilienceEvidence): string {
  if (r.at && r.at.before > 0) {
    const who = ctx.name[r.at.person]!;
    const after = r.at.after === 0 ? "none would" : `${r.at.after} would`;
    return `if ${who} left, ${count(r.at.before, "person", "people")} would lose touch with the rest of the community; with this tie, ${after}`;
  }
  if (r.dependency && dependencyDrop(r) >= MATERIAL_DROP) {
    const [a, b] = r.dependency.sectors;
    return `${a} and ${b} ${dependencyClause(ctx, r.dependency)}`;
  }
  if (r.bridges > 0) {
    return `it closes a loop around ${count(r.bridges, "tie")} that today ${r.bridges === 1 ? "is" : "are"} the only link between two parts of the network`;
  }
  return "";
}

function inclusionClause(ctx: RecommendContext, u: number, v: number): string {
  const [p, c] = peripheryOf(ctx, u) * ctx.core[v]! >= peripheryOf(ctx, v) * ctx.core[u]! ? [u, v] : [v, u];
  const d = ctx.degree[p]!;
  const who = ctx.name[p]!;
  let state: string;
  if (d === 0) state = `${who} has no recorded contact yet`;
  else if (ctx.newcomer[p] && ctx.joined[p])
    state = `${who} joined on ${ctx.joined[p]!.slice(0, 10)} and has ${count(d, "contact")}`;
  else state = `${who} has only ${count(d, "contact")}`;
  return `${state}, and ${ctx.name[c]!} is among the best-connected members`;
}

function bridgingClause(ctx: RecommendContext, u: number, v: number): string {
  const b = bridgingOf(ctx, u, v);
  const ties = (t: number) => (t === 0 ? "no tie" : `only ${count(t, "tie")}`);
  if (b.groups && (b.communityTies === null || b.groups[2] <= b.communityTies)) {
    const [g, h, t] = b.groups;
    return `it links ${ctx.groupNames[g]!} and ${ctx.groupNames[h]!}, which have ${ties(t)} between them`;
  }
  if (b.communityTies !== null)
    return `it links two clusters of the network that have ${ties(b.communityTies)} between them`;
  return "";
}

export function introductionReasons(
  ctx: RecommendContext,
  u: number,
  v: number,
  parts: GoalParts,
  weights: GoalWeights,
  resilience: ResilienceEvidence,
  intro: Introducers,
): string[] {
  const clauses: Record<Exclude<keyof GoalParts, "plausibility">, () => string> = {
    crossSector: () => crossSectorClause(ctx, u, v, resilience),
    resilience: () => resilienceClause(ctx, resilience),
    inclusion: () => inclusionClause(ctx, u, v),
    bridging: () => bridgingClause(ctx, u, v),
  };
  const goals = (Object.keys(clauses) as (keyof typeof clauses)[])
    .filter((g) => parts[g] >= MENTION && weights[g] > 0)
    .sort((x, y) => weights[y] * parts[y] - weights[x] * parts[x]);
  // The dependency is already told with the cross-sector clause when both are mentioned.
  const chosen = goals.slice(0, 2);
  const toldWithSectors =
    dependencyDrop(resilience) >= MATERIAL_DROP && !(resilience.at && resilience.at.before > 0);
  if (chosen.includes("crossSector") && toldWithSectors) {
    const i = chosen.indexOf("resilience");
    if (i >= 0) chosen.splice(i, 1);
  }
  const value = sentence(chosen.map((g) => clauses[g]()));
  return [warmSentence(ctx, u, v, intro), ...(value ? [value] : [])];
}
