/**
 * Recruitment gaps: where the community falls short of its target frame, each with what is
 * observed, what the target is, and a reason in plain words.
 *
 * Only active members count. An active member is a registered person with status "member",
 * whether or not they interacted in the period analysed: a silent member is still on the
 * team's books, and a sector whose only members are silent is better described as
 * "peripheral" (present, but out of the loop: reach out to them) than as "absent" (recruit
 * someone). Prospects, former members and unregistered people never count.
 *
 * Kinds, with what `observed` and `target` measure:
 * - absent: no active member at all (members; or share, for a share target);
 * - underrepresented: fewer active members than min_count, or a smaller share of the active
 *   members in scope (the group, or the whole community) than min_share;
 * - peripheral: present, but every one of them has one contact or none (observed: members
 *   with two contacts or more, 0; target 1);
 * - fragile: they reach the other members through a single person (observed: people their
 *   connection runs through, 1, or 0 with no connection at all; target 2). See fragility.ts.
 * Besides the target frame, every declared group is checked for fragility (dimension "group").
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import type { NetworkAnalysis } from "../analysis/analyzeNetwork";
import { buildContext, type ContextOptions, type RecommendContext } from "./context";
import { findFragility } from "./fragility";
import { defaultTargets, type Target, type TargetDimension } from "./targets";
import { compareIds, count, nameList, percent, valueKey } from "./text";

export type GapKind = "absent" | "underrepresented" | "peripheral" | "fragile";
export type GapDimension = TargetDimension | "group";

export interface Gap {
  dimension: GapDimension;
  value: string;
  group: string | null;
  kind: GapKind;
  observed: number;
  target: number;
  /** What observed and target count. */
  measure: "members" | "share" | "connected members" | "routes";
  reason: string;
  /** Active members matching the value (in the group, when there is one). */
  members: number;
  /**
   * People concerned: for absent, the prospects who could fill it; for peripheral, the members
   * on the periphery; for fragile, the one person it hangs on; empty for underrepresented.
   */
  people: string[];
}

export const GAP_KIND_EXPLANATIONS: Record<GapKind, string> = {
  absent: "No active member brings this sector, region or role: recruit, starting with the prospects listed.",
  underrepresented: "Present, but below the minimum count or share the team set for it.",
  peripheral:
    "Present, but every member concerned has one contact or none: before recruiting more, bring them into the conversation.",
  fragile:
    "Its members reach the rest of the community through one person only: if that person left, they would be cut off.",
};

const KIND_ORDER: GapKind[] = ["absent", "fragile", "underrepresented", "peripheral"];
const DIMENSION_ORDER: GapDimension[] = ["sector", "region", "role", "group"];

export interface GapOptions extends ContextOptions {
  /** Check every declared group for fragility too. Default true. */
  groupFragility?: boolean;
  context?: RecommendContext;
}

export interface Scope {
  dimension: GapDimension;
  value: string;
  group: string | null;
}

/**
 * For a scope, whether person i brings its value (sector, region or role; membership for
 * "group") within its group. Keys are normalised once per scope, not once per person.
 */
export function matcher(ctx: RecommendContext): (scope: Scope) => (i: number) => boolean {
  const groupIndex = new Map(ctx.groupNames.map((g, i) => [valueKey(g), i]));
  const roleKey = ctx.role.map((r) => (r === null ? null : valueKey(r)));
  const inGroup = (group: string) => {
    const g = groupIndex.get(valueKey(group)) ?? -1;
    return (i: number) => ctx.groups[i]!.includes(g);
  };
  return ({ dimension, value, group }) => {
    const scoped = group === null ? () => true : inGroup(group);
    const key = valueKey(value);
    const keys = dimension === "sector" ? ctx.sectorKey : dimension === "region" ? ctx.regionKey : roleKey;
    const has = dimension === "group" ? inGroup(value) : (i: number) => keys[i] === key;
    return (i) => scoped(i) && has(i);
  };
}

function subject({ dimension, value, group }: Scope): string {
  const within = group !== null && dimension !== "group" ? ` in ${group}` : "";
  if (dimension === "role") return `the ${value} role${within}`;
  return `${value}${within}`;
}

function absentReason(scope: Scope, target: Target, prospects: string[]): string {
  const { dimension, value, group } = scope;
  const within = group !== null ? ` in ${group}` : "";
  const what =
    dimension === "sector"
      ? `No active member works in ${value}${within}`
      : dimension === "region"
        ? `No active member is based in ${value}${within}`
        : `No active member holds the ${value} role${within}`;
  const goal =
    target.minCount !== null ? `at least ${target.minCount}` : `${percent(target.minShare!)} of members`;
  const fill =
    prospects.length > 0
      ? `; ${count(prospects.length, "prospect")} could fill it (${nameList(prospects)})`
      : "; no prospect in the registry could fill it yet";
  return `${what} (target: ${goal})${fill}.`;
}

interface Counted {
  members: number[];
  population: number;
}

export function findRecruitmentGaps<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  analysis: NetworkAnalysis,
  targets: Target[] = defaultTargets(graph),
  options: GapOptions = {},
): Gap[] {
  const ctx = options.context ?? buildContext(graph, analysis, options);
  const matches = matcher(ctx);
  const gaps: Gap[] = [];
  const name = (i: number) => ctx.name[i]!;
  const id = (i: number) => ctx.csr.nodes[i]!;

  const countScope = (scope: Scope): Counted => {
    const members: number[] = [];
    let population = 0;
    const inScope =
      scope.group === null ? () => true : matches({ dimension: "group", value: scope.group, group: null });
    const brings = matches(scope);
    for (let i = 0; i < ctx.n; i++) {
      if (!ctx.isMember[i]) continue;
      if (inScope(i)) population++;
      if (brings(i)) members.push(i);
    }
    return { members, population };
  };

  const structural = (scope: Scope, { members }: Counted, checkPeripheral: boolean) => {
    const label = subject(scope);
    if (checkPeripheral && members.length > 0 && members.every((i) => ctx.degree[i]! <= 1)) {
      const who = members.map((i) => `${name(i)} (${ctx.degree[i]})`);
      gaps.push({
        ...scope,
        kind: "peripheral",
        observed: 0,
        target: 1,
        measure: "connected members",
        reason:
          `All ${count(members.length, "active member")} of ${label} ${members.length === 1 ? "is" : "are"} on the ` +
          `periphery, with one contact or none: ${nameList(who, 5)}.`,
        members: members.length,
        people: members.map(id),
      });
    }
    const inS = new Uint8Array(ctx.n);
    const inR = new Uint8Array(ctx.n);
    for (const i of members) inS[i] = 1;
    for (let i = 0; i < ctx.n; i++) if (ctx.isMember[i] && !inS[i]) inR[i] = 1;
    const fragility = findFragility(ctx, inS, inR);
    if (!fragility) return;
    const x = fragility.through;
    gaps.push({
      ...scope,
      kind: "fragile",
      observed: x === null ? 0 : 1,
      target: 2,
      measure: "routes",
      reason:
        x === null
          ? `The ${count(members.length, "active member")} of ${label} have no connection to any other member of the community.`
          : `The ${count(members.length, "active member")} of ${label} reach the rest of the community only through ` +
            `${name(x)}: if ${name(x)} left, ${fragility.cutOff} of them would be cut off.`,
      members: members.length,
      people: x === null ? [] : [id(x)],
    });
  };

  for (const target of targets) {
    const scope: Scope = { dimension: target.dimension, value: target.value, group: target.group };
    const counted = countScope(scope);
    const observed = counted.members.length;
    const share = counted.population > 0 ? observed / counted.population : 0;
    const label = subject(scope);
    const base = { ...scope, members: observed, people: [] as string[] };
    if (observed === 0) {
      if ((target.minCount ?? 0) === 0 && (target.minShare ?? 0) === 0) continue;
      const brings = matches(scope);
      const prospects = [...ctx.isMember.keys()]
        .filter((i) => ctx.status[i] === "prospect" && brings(i))
        .sort((a, b) => compareIds(id(a), id(b)));
      gaps.push({
        ...base,
        kind: "absent",
        observed: 0,
        target: target.minCount ?? target.minShare!,
        measure: target.minCount !== null ? "members" : "share",
        reason: absentReason(scope, target, prospects.map(name)),
        people: prospects.map(id),
      });
      continue;
    }
    if (target.minCount !== null && observed < target.minCount) {
      gaps.push({
        ...base,
        kind: "underrepresented",
        observed,
        target: target.minCount,
        measure: "members",
        reason: `${label.charAt(0).toUpperCase()}${label.slice(1)} has ${count(observed, "active member")}, below the target of ${target.minCount}.`,
      });
    } else if (target.minShare !== null && share < target.minShare) {
      const among =
        target.group !== null
          ? `the ${counted.population} active members of ${target.group}`
          : `the ${counted.population} active members`;
      gaps.push({
        ...base,
        kind: "underrepresented",
        observed: share,
        target: target.minShare,
        measure: "share",
        reason: `${target.value} makes up ${percent(share)} of ${among} (${observed}), below the target of ${percent(target.minShare)}.`,
      });
    }
    structural(scope, counted, true);
  }

  if (options.groupFragility ?? true) {
    ctx.groupNames.forEach((group) => {
      const scope: Scope = { dimension: "group", value: group, group: null };
      const counted = countScope(scope);
      // Groups are not in the target frame: only their fragility is a gap.
      if (counted.members.length > 0) structural(scope, counted, false);
    });
  }

  return gaps.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension) ||
      compareIds(a.group ?? "", b.group ?? "") ||
      compareIds(a.value, b.value),
  );
}
