/**
 * Two periods side by side (A the earlier, B the later): which ties formed and which were lost,
 * who arrived and who fell silent, whose brokerage between sectors rose or fell, and how the
 * share of cross-sector ties moved, with a few sentences a coordinator can read out.
 *
 * Each period's network is built by buildNetwork with that period as its window, so ties and
 * measures are exactly what the app shows for the window. Definitions:
 * - Tie formed: the pair is tied in B and not in A; lost: tied in A and not in B.
 * - Active in a period: an interaction or an attendance dated inside it (as in ./timeline).
 * - Newcomer: a registry member (member or former) active in B, or who joined during B, whose
 *   entry date (earlier of joined and first activity) is after A ended; so nobody active in A is
 *   new, and someone who arrived between the periods is new since A (when A has no end, nobody is).
 * - Lapsed: a registry member (status member) active in A and not in B.
 * - Brokerage: the Gould–Fernandez total over sectors (analysis/brokerage) and betweenness
 *   (analysis/betweenness) in each period's network; a person absent from a period's network
 *   counts 0 there. Rose and fell list the largest changes of the chosen measure.
 * - Cross-sector share: ties between people of different sectors over all ties, as the Overview
 *   shows it (analyzeNetwork's crossSectorShare); null for a period without ties.
 * Ordering is fixed: by size of change or weight, then by id in code-unit order, never by locale.
 */
import { betweenness, type BetweennessModeOption } from "../analysis/betweenness";
import { brokerage } from "../analysis/brokerage";
import { sectorMixing } from "../analysis/sectorMixing";
import { sectorLabel } from "../analysis/sectors";
import { resolveIdentities, type ResolveOptions } from "../model/identity";
import type { Dataset } from "../model/types";
import { buildNetwork, type WeaverGraph } from "./buildNetwork";
import { pairKey } from "./projectAttendance";
import { canBeNewcomer, canLapse, forEachActivity, personActivity } from "./timeline";
import { isInWindow, type TimeWindow } from "./timeWindow";

export interface ComparePeriod extends TimeWindow {
  /** How sentences name the period; default from its dates ("Nov 2024 – Oct 2025"). */
  label?: string;
}

export interface CompareOptions extends ResolveOptions {
  /** As buildNetwork's (default DEFAULT_MAX_EVENT_SIZE). */
  maxEventSize?: number;
  /** Betweenness computation (default "auto"); large networks are sampled with the same seed in both periods. */
  betweenness?: BetweennessModeOption;
  /** Which change ranks brokerageRose and brokerageFell (default "brokerage"). */
  rankBy?: "brokerage" | "betweenness";
  /** Most people listed in brokerageRose and in brokerageFell (default 10). */
  limit?: number;
}

export interface PersonRef {
  id: string;
  name: string;
  sector: string | null;
}

export interface TieChange {
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  /** Weight of the tie in the period where it exists (B for formed, A for lost). */
  weight: number;
  /** Interactions and shared events behind it in that period. */
  count: number;
}

export interface Change {
  a: number;
  b: number;
  change: number;
}

export interface BrokerageChange extends PersonRef {
  /** Gould–Fernandez brokerage total. */
  brokerage: Change;
  /** Normalised betweenness. */
  betweenness: Change;
}

export interface PeriodFacts {
  window: TimeWindow;
  label: string;
  /** People active in the period (any status). */
  active: number;
  ties: number;
  crossSectorShare: number | null;
}

export interface PeriodComparison {
  a: PeriodFacts;
  b: PeriodFacts;
  tiesFormed: TieChange[];
  tiesLost: TieChange[];
  /** Pairs tied in both periods. */
  tiesKept: number;
  newcomers: PersonRef[];
  lapsed: PersonRef[];
  brokerageRose: BrokerageChange[];
  brokerageFell: BrokerageChange[];
  crossSectorShare: { a: number | null; b: number | null; change: number | null };
  /** Plain sentences, most important first. */
  summary: string[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatDay(date: string, wholeMonth: boolean): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return wholeMonth
    ? `${month} ${date.slice(0, 4)}`
    : `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

/** "Nov 2024 – Oct 2025" for whole months, "3 Nov 2024 – 2 Feb 2025" otherwise, "since …", "until …", "all time". */
export function describePeriod(window: TimeWindow): string {
  const from = window.from?.slice(0, 10);
  const to = window.to?.slice(0, 10);
  const whole = (!from || from.endsWith("-01")) && (!to || isLastDay(to));
  if (from && to) {
    const [start, end] = [formatDay(from, whole), formatDay(to, whole)];
    return start === end ? start : `${start} – ${end}`;
  }
  if (from) return `since ${formatDay(from, whole)}`;
  if (to) return `until ${formatDay(to, whole)}`;
  return "all time";
}

function isLastDay(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}

function ref(graph: WeaverGraph, id: string): PersonRef {
  const a = graph.getNodeAttributes(id);
  return { id, name: a.label || a.name || id, sector: a.sector ? sectorLabel(a.sector) : null };
}

interface TieInfo {
  source: string;
  target: string;
  weight: number;
  count: number;
}

function tiesOf(graph: WeaverGraph): Map<string, TieInfo> {
  const ties = new Map<string, TieInfo>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const [s, t] = source < target ? [source, target] : [target, source];
    ties.set(pairKey(s, t), { source: s, target: t, weight: attributes.weight, count: attributes.count });
  });
  return ties;
}

function tieChanges(
  from: Map<string, TieInfo>,
  other: Map<string, TieInfo>,
  graph: WeaverGraph,
): TieChange[] {
  const changes: TieChange[] = [];
  for (const [key, tie] of from) {
    if (other.has(key)) continue;
    changes.push({
      ...tie,
      sourceName: ref(graph, tie.source).name,
      targetName: ref(graph, tie.target).name,
    });
  }
  return changes.sort(
    (x, y) => y.weight - x.weight || byCodeUnit(x.source, y.source) || byCodeUnit(x.target, y.target),
  );
}

function crossSectorShare(graph: WeaverGraph): number | null {
  const mixing = sectorMixing(graph);
  const all = mixing.between.ties + mixing.within.ties;
  return all === 0 ? null : mixing.between.ties / all;
}

interface PeriodNetwork {
  graph: WeaverGraph;
  brokerage: Record<string, number>;
  betweenness: Record<string, number>;
}

function periodNetwork(dataset: Dataset, window: TimeWindow, options: CompareOptions): PeriodNetwork {
  const { graph } = buildNetwork(dataset, { ...options, window });
  return {
    graph,
    brokerage: brokerage(graph).total,
    betweenness: betweenness(graph, { mode: options.betweenness ?? "auto" }).values,
  };
}

function brokerageChanges(a: PeriodNetwork, b: PeriodNetwork, options: CompareOptions) {
  const ids = new Set([...a.graph.nodes(), ...b.graph.nodes()]);
  const rows: BrokerageChange[] = [...ids].map((id) => {
    const change = (x: number, y: number): Change => ({ a: x, b: y, change: y - x });
    return {
      ...ref(b.graph.hasNode(id) ? b.graph : a.graph, id),
      brokerage: change(a.brokerage[id] ?? 0, b.brokerage[id] ?? 0),
      betweenness: change(a.betweenness[id] ?? 0, b.betweenness[id] ?? 0),
    };
  });
  const [first, second] =
    options.rankBy === "betweenness"
      ? (["betweenness", "brokerage"] as const)
      : (["brokerage", "betweenness"] as const);
  const limit = options.limit ?? 10;
  const order = (sign: 1 | -1) => (x: BrokerageChange, y: BrokerageChange) =>
    sign * (y[first].change - x[first].change) ||
    sign * (y[second].change - x[second].change) ||
    byCodeUnit(x.id, y.id);
  return {
    rose: rows
      .filter((r) => r[first].change > 0)
      .sort(order(1))
      .slice(0, limit),
    fell: rows
      .filter((r) => r[first].change < 0)
      .sort(order(-1))
      .slice(0, limit),
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function summarise(c: Omit<PeriodComparison, "summary">, rankBy: "brokerage" | "betweenness"): string[] {
  const sentences = [
    `From ${c.a.label} to ${c.b.label}: ${plural(c.tiesFormed.length, "tie", "ties")} formed and ` +
      `${c.tiesLost.length} lost; ${c.tiesKept} continued (${c.a.ties} ties in the first period, ${c.b.ties} in the second).`,
    `${plural(c.newcomers.length, "newcomer", "newcomers")} arrived; ` +
      `${plural(c.lapsed.length, "member", "members")} active in ${c.a.label} ${c.lapsed.length === 1 ? "was" : "were"} silent in ${c.b.label}.`,
    `${c.a.active} people took part in ${c.a.label}, ${c.b.active} in ${c.b.label}.`,
  ];
  const { a, b } = c.crossSectorShare;
  if (a !== null && b !== null) {
    const points = Math.round(b * 100) - Math.round(a * 100);
    sentences.push(
      points === 0
        ? `Cross-sector ties stayed at about ${percent(b)} of all ties.`
        : `Cross-sector ties went from ${percent(a)} to ${percent(b)} of all ties (${points > 0 ? "+" : ""}${points} points).`,
    );
  }
  const measure = rankBy === "betweenness" ? "Betweenness" : "Brokerage between sectors";
  const who = (r: BrokerageChange) => `${r.name}${r.sector ? ` (${r.sector})` : ""}`;
  const top = c.brokerageRose[0];
  const bottom = c.brokerageFell[0];
  if (top && bottom) sentences.push(`${measure} rose most for ${who(top)} and fell most for ${who(bottom)}.`);
  else if (top) sentences.push(`${measure} rose most for ${who(top)}; it fell for nobody.`);
  else if (bottom) sentences.push(`${measure} fell most for ${who(bottom)}; it rose for nobody.`);
  return sentences;
}

/** Compares period A (the earlier) with period B; see the definitions at the top of this file. */
export function comparePeriods(
  dataset: Dataset,
  periodA: ComparePeriod,
  periodB: ComparePeriod,
  options: CompareOptions = {},
): PeriodComparison {
  const windowOf = ({ from, to }: ComparePeriod): TimeWindow => ({
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  const [windowA, windowB] = [windowOf(periodA), windowOf(periodB)];
  const a = periodNetwork(dataset, windowA, options);
  const b = periodNetwork(dataset, windowB, options);

  const resolved = resolveIdentities(dataset, options);
  const people = personActivity(resolved);
  const activeA = new Set<string>();
  const activeB = new Set<string>();
  forEachActivity(resolved, (key, day) => {
    if (isInWindow(day, windowA)) activeA.add(key);
    if (isInWindow(day, windowB)) activeB.add(key);
  });
  const afterA = (day: string) => windowA.to !== undefined && day.slice(0, 10) > windowA.to.slice(0, 10);
  const graphOf = (id: string) => (b.graph.hasNode(id) ? b.graph : a.graph);
  const listed = (ids: string[]) => ids.sort(byCodeUnit).map((id) => ref(graphOf(id), id));
  const newcomers = [...people.values()].filter(
    (p) =>
      canBeNewcomer(p.status) &&
      p.entry !== undefined &&
      afterA(p.entry) &&
      isInWindow(p.entry, { to: windowB.to }) &&
      (activeB.has(p.key) || (p.joined !== undefined && isInWindow(p.joined, windowB))),
  );
  const lapsed = [...people.values()].filter(
    (p) => canLapse(p.status) && activeA.has(p.key) && !activeB.has(p.key),
  );

  const tiesA = tiesOf(a.graph);
  const tiesB = tiesOf(b.graph);
  const shareA = crossSectorShare(a.graph);
  const shareB = crossSectorShare(b.graph);
  const { rose, fell } = brokerageChanges(a, b, options);
  const comparison: Omit<PeriodComparison, "summary"> = {
    a: {
      window: windowA,
      label: periodA.label ?? describePeriod(windowA),
      active: activeA.size,
      ties: tiesA.size,
      crossSectorShare: shareA,
    },
    b: {
      window: windowB,
      label: periodB.label ?? describePeriod(windowB),
      active: activeB.size,
      ties: tiesB.size,
      crossSectorShare: shareB,
    },
    tiesFormed: tieChanges(tiesB, tiesA, b.graph),
    tiesLost: tieChanges(tiesA, tiesB, a.graph),
    tiesKept: [...tiesA.keys()].filter((key) => tiesB.has(key)).length,
    newcomers: listed(newcomers.map((p) => p.key)),
    lapsed: listed(lapsed.map((p) => p.key)),
    brokerageRose: rose,
    brokerageFell: fell,
    crossSectorShare: {
      a: shareA,
      b: shareB,
      change: shareA === null || shareB === null ? null : shareB - shareA,
    },
  };
  return { ...comparison, summary: summarise(comparison, options.rankBy ?? "brokerage") };
}
