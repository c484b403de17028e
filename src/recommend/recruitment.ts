/**
 * Whom to recruit: prospects from the registry and "friends of the network" (people who turn
 * up in the interactions but are not in the registry), ranked by
 * - the gaps they would fill: their sector, region or role (in the gap's group) is absent,
 *   underrepresented, peripheral or fragile among members. A peripheral gap is only filled by
 *   someone who already knows two members or more (else they would be peripheral too), a
 *   fragile one only by someone who already knows a member outside that part of the community
 *   (a second route);
 * - their warm ties: the members they already know, who can introduce them;
 * - how much they would add to cross-sector bridging: the sectors they connect (their own and
 *   their member contacts'), counted more where those sectors have few ties between them.
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import type { NetworkAnalysis } from "../analysis/analyzeNetwork";
import { buildContext, type ContextOptions, type RecommendContext } from "./context";
import { matcher, type Gap, type GapDimension, type GapKind, type Scope } from "./gaps";
import { compareIds, count, nameList, sentence, valueKey } from "./text";

export interface FilledGap {
  dimension: GapDimension;
  value: string;
  group: string | null;
  kind: GapKind;
}

export interface RecruitmentWeights {
  fills: number;
  warmTies: number;
  bridging: number;
}

export interface RecruitmentCandidate {
  id: string;
  name: string;
  status: "prospect" | "unregistered";
  fills: FilledGap[];
  /** Weighted mean of the parts, in [0, 1]. */
  score: number;
  parts: RecruitmentWeights;
  /** Ids of the members they already know, strongest tie first. */
  warmTies: string[];
  reasons: string[];
}

export interface RecruitmentOptions extends ContextOptions {
  /** Length of the list. Default 50. */
  limit?: number;
  weights?: Partial<RecruitmentWeights>;
  context?: RecommendContext;
}

export const DEFAULT_RECRUITMENT_WEIGHTS: RecruitmentWeights = { fills: 0.6, warmTies: 0.25, bridging: 0.15 };

export const RECRUITMENT_EXPLANATIONS: Record<
  keyof RecruitmentWeights,
  { label: string; explanation: string }
> = {
  fills: {
    label: "Gaps filled",
    explanation:
      "The sectors, regions and roles this person would bring where the community falls short: an " +
      "absence counts most, then a shortfall or a fragile connection, then a peripheral presence.",
  },
  warmTies: {
    label: "Warm ties",
    explanation: "Members this person already knows, who can make the introduction and help them settle in.",
  },
  bridging: {
    label: "Cross-sector bridging",
    explanation:
      "The sectors this person would connect (their own and their contacts'), counted more where those " +
      "sectors have few ties between them.",
  },
};

/** What filling one gap is worth, by kind: an absence matters most. */
const GAP_VALUE: Record<GapKind, number> = {
  absent: 1,
  underrepresented: 0.6,
  fragile: 0.6,
  peripheral: 0.4,
};

const FILL_LABEL: Record<GapKind, string> = {
  absent: "none today",
  underrepresented: "below target",
  peripheral: "all on the periphery",
  fragile: "a second route",
};

function fillLabel(fill: FilledGap): string {
  const what =
    fill.dimension === "role"
      ? `${fill.value}${fill.group ? ` in ${fill.group}` : ""}`
      : `${fill.value}${fill.group && fill.dimension !== "group" ? ` in ${fill.group}` : ""}`;
  return `${what} (${FILL_LABEL[fill.kind]})`;
}

interface Contact {
  j: number;
  weight: number;
}

function memberContacts(ctx: RecommendContext, c: number): Contact[] {
  const contacts: Contact[] = [];
  for (let k = ctx.csr.offsets[c]!; k < ctx.csr.offsets[c + 1]!; k++) {
    const j = ctx.csr.targets[k]!;
    if (ctx.isMember[j]) contacts.push({ j, weight: ctx.csr.weights[k]! });
  }
  const id = (i: number) => ctx.csr.nodes[i]!;
  return contacts.sort((x, y) => y.weight - x.weight || compareIds(id(x.j), id(y.j)));
}

/** Sectors a person would connect, and 1 − exp(−Σ 1/√(1 + ties)) over the pairs of them. */
function bridgingOfCandidate(
  ctx: RecommendContext,
  c: number,
  contacts: Contact[],
): { value: number; weakest: [number, number, number] | null } {
  const sectors = new Set<number>();
  if (ctx.sectorIndex[c]! >= 0) sectors.add(ctx.sectorIndex[c]!);
  for (const { j } of contacts) if (ctx.sectorIndex[j]! >= 0) sectors.add(ctx.sectorIndex[j]!);
  const list = [...sectors].sort((a, b) => a - b);
  let sum = 0;
  let weakest: [number, number, number] | null = null;
  for (let x = 0; x < list.length; x++) {
    for (let y = x + 1; y < list.length; y++) {
      const ties = ctx.sectorTies(list[x]!, list[y]!);
      sum += 1 / Math.sqrt(1 + ties);
      if (weakest === null || ties < weakest[2]) weakest = [list[x]!, list[y]!, ties];
    }
  }
  return { value: 1 - Math.exp(-sum), weakest };
}

function describe(ctx: RecommendContext, c: number): string {
  const name = ctx.name[c]!;
  if (ctx.status[c] !== "prospect") return `${name} is not in the registry but appears in the interactions`;
  // "member" as a role says nothing about what the person would bring.
  const role = ctx.role[c] !== null && valueKey(ctx.role[c]!) !== "member" ? ctx.role[c] : null;
  const traits = [role, ctx.sector[c], ctx.region[c]].filter((t): t is string => t !== null);
  return `${name} (prospect${traits.length > 0 ? `; ${traits.join(", ")}` : ""})`;
}

export function rankRecruitmentCandidates<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  analysis: NetworkAnalysis,
  gaps: Gap[],
  options: RecruitmentOptions = {},
): RecruitmentCandidate[] {
  const ctx = options.context ?? buildContext(graph, analysis, options);
  const weights = { ...DEFAULT_RECRUITMENT_WEIGHTS, ...options.weights };
  const weightSum = weights.fills + weights.warmTies + weights.bridging;
  const matches = matcher(ctx);
  const id = (i: number) => ctx.csr.nodes[i]!;
  const scopes = gaps.map((gap) => {
    const scope: Scope = { dimension: gap.dimension, value: gap.value, group: gap.group };
    return { gap, brings: matches(scope) };
  });

  const candidates: RecruitmentCandidate[] = [];
  for (let c = 0; c < ctx.n; c++) {
    const registered = ctx.status[c] !== "unregistered";
    if (registered && ctx.status[c] !== "prospect") continue;
    const contacts = memberContacts(ctx, c);
    const fills: FilledGap[] = [];
    for (const { gap, brings } of scopes) {
      if (!brings(c)) continue;
      if (gap.kind === "peripheral" && contacts.length < 2) continue;
      if (gap.kind === "fragile" && !contacts.some(({ j }) => !brings(j) && !gap.people.includes(id(j))))
        continue;
      fills.push({ dimension: gap.dimension, value: gap.value, group: gap.group, kind: gap.kind });
    }
    if (fills.length === 0 && contacts.length === 0) continue;
    const bridging = bridgingOfCandidate(ctx, c, contacts);
    const parts: RecruitmentWeights = {
      fills: 1 - fills.reduce((keep, f) => keep * (1 - GAP_VALUE[f.kind]), 1),
      warmTies: contacts.length / (contacts.length + 2),
      bridging: bridging.value,
    };
    const score =
      weightSum > 0
        ? (weights.fills * parts.fills +
            weights.warmTies * parts.warmTies +
            weights.bridging * parts.bridging) /
          weightSum
        : 0;

    const names = contacts.map(({ j }) => ctx.name[j]!);
    const reasons = [
      sentence([
        fills.length > 0
          ? `${describe(ctx, c)} would fill ${count(fills.length, "gap")}: ${nameList(fills.map(fillLabel), 4)}`
          : `${describe(ctx, c)}; fills no gap of the target frame`,
      ]),
      contacts.length > 0
        ? sentence([
            `Already in touch with ${count(contacts.length, "member")}: ${nameList(names)}, a warm introduction`,
          ])
        : "No tie to any member yet: a cold approach.",
    ];
    if (bridging.weakest && bridging.value >= 0.3) {
      const [x, y, ties] = bridging.weakest;
      reasons.push(
        sentence([
          `Would connect ${ctx.sectors[x]!} and ${ctx.sectors[y]!}, which have ${ties === 0 ? "no tie" : `only ${count(ties, "tie")}`} between them`,
        ]),
      );
    }
    candidates.push({
      id: id(c),
      name: ctx.name[c]!,
      status: registered ? "prospect" : "unregistered",
      fills,
      score,
      parts,
      warmTies: contacts.map(({ j }) => id(j)),
      reasons,
    });
  }
  candidates.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
  return candidates.slice(0, options.limit ?? 50);
}
