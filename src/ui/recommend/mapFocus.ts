/**
 * What the map shows of the recommendations: a suggestion the user clicked (the pair, who
 * can introduce them and the warm path through them), every suggested introduction at
 * once, or the recruitment candidates with the members they already know. Pure: from the
 * choice and the recommendations to the people and ties HighlightController keeps in
 * colour, and the suggested ties (which do not exist yet) that SuggestionLayer draws dashed.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { Introduction, RecruitmentCandidate } from "../../recommend";
import type { Emphasis } from "../graph/HighlightController";

export type MapSelection = { kind: "introduction"; a: string; b: string } | { kind: "candidate"; id: string };

export interface MapFocus {
  /** Every suggested introduction drawn on the map. */
  introductions: boolean;
  /** Every recruitment candidate marked on the map. */
  candidates: boolean;
  /** The one suggestion or candidate the user chose, drawn above the rest. */
  selected: MapSelection | null;
}

export const NO_FOCUS: MapFocus = { introductions: false, candidates: false, selected: null };

/** A tie that would exist if the introduction were made. */
export interface SuggestedTie {
  source: string;
  target: string;
  /** The chosen suggestion, drawn darker and thicker. */
  chosen: boolean;
}

export interface MapOverlay {
  emphasis: Emphasis | null;
  ties: SuggestedTie[];
  /** Everyone shown, for the camera to frame. */
  frame: string[];
}

interface Lists {
  introductions: readonly Introduction[];
  candidates: readonly RecruitmentCandidate[];
}

/** Introducers named on the map for the chosen suggestion: enough to choose from, not a crowd. */
const SHOWN_INTRODUCERS = 3;
/** Beyond this many people, names would cover the map: the rest stay in colour, unnamed. */
const MAX_NAMED = 40;

const NOTHING: MapOverlay = { emphasis: null, ties: [], frame: [] };

export function isSameSelection(a: MapSelection | null, b: MapSelection | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === "introduction" && b.kind === "introduction") return a.a === b.a && a.b === b.b;
  return a.kind === "candidate" && b.kind === "candidate" && a.id === b.id;
}

export function hasFocus(focus: MapFocus): boolean {
  return focus.introductions || focus.candidates || focus.selected !== null;
}

export function mapOverlay(graph: WeaverGraph, focus: MapFocus, lists: Lists | null): MapOverlay {
  if (!lists || !hasFocus(focus)) return NOTHING;
  const named = new Set<string>();
  const context = new Set<string>();
  const edges = new Set<string>();
  const ties: SuggestedTie[] = [];
  const has = (id: string) => graph.hasNode(id);
  const tieBetween = (u: string, v: string) => {
    if (!has(u) || !has(v)) return;
    for (const edge of graph.edges(u, v)) edges.add(edge);
    for (const edge of graph.edges(v, u)) edges.add(edge);
  };
  const keep = (id: string, name: boolean) => {
    if (!has(id)) return;
    if (name) named.add(id);
    else context.add(id);
  };

  const selected = focus.selected;
  if (focus.introductions) {
    const nameAll = lists.introductions.length * 2 <= MAX_NAMED;
    for (const s of lists.introductions) {
      if (!has(s.a) || !has(s.b)) continue;
      keep(s.a, nameAll);
      keep(s.b, nameAll);
      ties.push({ source: s.a, target: s.b, chosen: false });
    }
  }
  if (focus.candidates) {
    const nameAll = lists.candidates.length <= MAX_NAMED;
    for (const c of lists.candidates) {
      keep(c.id, nameAll);
      for (const member of c.warmTies) {
        keep(member, false);
        tieBetween(c.id, member);
      }
    }
  }
  if (selected?.kind === "introduction") {
    const s = lists.introductions.find((i) => i.a === selected.a && i.b === selected.b);
    if (s && has(s.a) && has(s.b)) {
      keep(s.a, true);
      keep(s.b, true);
      for (const via of s.via.slice(0, SHOWN_INTRODUCERS)) {
        keep(via, true);
        tieBetween(via, s.a);
        tieBetween(via, s.b);
      }
      const others = ties.filter((t) => !(t.source === s.a && t.target === s.b));
      ties.length = 0;
      ties.push(...others, { source: s.a, target: s.b, chosen: true });
    }
  }
  if (selected?.kind === "candidate") {
    const c = lists.candidates.find((x) => x.id === selected.id);
    if (c) {
      keep(c.id, true);
      for (const member of c.warmTies) {
        keep(member, true);
        tieBetween(c.id, member);
      }
    }
  }
  for (const id of named) context.delete(id);
  if (named.size + context.size === 0) return NOTHING;
  return { emphasis: { nodes: named, edges, context }, ties, frame: [...named, ...context] };
}
