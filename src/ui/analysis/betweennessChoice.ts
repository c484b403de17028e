/**
 * Betweenness can be exact or estimated; the settings say in words what each choice
 * means for the network on screen, and what "Automatic" picked and why.
 */
import {
  chooseBetweennessMode,
  resolveBetweennessMode,
  type BetweennessMode,
  type BetweennessParams,
} from "../../analysis/betweenness";
import { describeErrorBound } from "../../analysis/sampling";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { formatCount, plural } from "../common/format";

/** Ties as the path measures count them: distinct pairs of people, whatever the direction. */
export function undirectedTieCount(graph: WeaverGraph): number {
  if (graph.type === "undirected") return graph.size;
  const pairs = new Set<string>();
  graph.forEachEdge((_edge, _attributes, source, target) => {
    pairs.add(source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`);
  });
  return pairs.size;
}

export interface ModeDescription {
  /** A few words, e.g. "exact: 344 people". */
  summary: string;
  /** A sentence or two on what it means. */
  detail: string;
}

/** What a resolved mode means for n people. */
export function describeMode(mode: BetweennessMode, n: number): ModeDescription {
  if (mode.mode === "exact") {
    return {
      summary: `exact: ${plural(n, "person", "people")}`,
      detail: "Every person is used as a starting point, so the values are exact.",
    };
  }
  return {
    summary: `estimated from ${formatCount(mode.pivots)} of ${plural(n, "person", "people")}`,
    detail: describeErrorBound(n, mode.pivots),
  };
}

/** What the chosen settings will do on a network of n people and m ties, and why. */
export function describeBetweennessChoice(params: BetweennessParams, n: number, m: number): ModeDescription {
  if (params.mode === "auto") {
    const mode = chooseBetweennessMode(n, m);
    const described = describeMode(mode, n);
    const why =
      mode.mode === "exact"
        ? `${plural(n, "person", "people")} and ${plural(m, "tie", "ties")} are few enough to follow every shortest path.`
        : `Following every shortest path among ${plural(n, "person", "people")} would take minutes, so Automatic estimates. `;
    return { summary: described.summary, detail: mode.mode === "exact" ? why : why + described.detail };
  }
  const option: BetweennessMode =
    params.mode === "exact"
      ? { mode: "exact" }
      : { mode: "sampled", pivots: params.pivots, seed: params.seed };
  const mode = resolveBetweennessMode(option, n, m);
  const described = describeMode(mode, n);
  if (params.mode === "sampled" && mode.mode === "exact") {
    return { ...described, detail: "The sample would include everyone, so the values are exact." };
  }
  return described;
}
