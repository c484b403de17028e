/**
 * Recruitment gaps as the Recruitment view lays them out: grouped by kind (absent,
 * underrepresented, peripheral, fragile), each with what it concerns in words and its
 * observed value against the target.
 */
import type { Gap, GapKind } from "../../recommend";
import { formatPercent } from "../common/format";

export const GAP_KINDS: readonly GapKind[] = ["absent", "underrepresented", "peripheral", "fragile"];

export const GAP_KIND_TITLES: Record<GapKind, string> = {
  absent: "Absent",
  underrepresented: "Underrepresented",
  peripheral: "On the periphery",
  fragile: "Fragile",
};

export function gapsByKind(gaps: readonly Gap[]): { kind: GapKind; gaps: Gap[] }[] {
  return GAP_KINDS.map((kind) => ({ kind, gaps: gaps.filter((g) => g.kind === kind) }));
}

/** "sector", "role in Sport and youth crime prevention", "group". */
export function gapScope(gap: Gap): string {
  if (gap.dimension === "group") return "group";
  return gap.group === null ? gap.dimension : `${gap.dimension} in ${gap.group}`;
}

/** Observed against target in words: "0 of 2 members", "12% against 15%", "1 route of 2". */
export function observedText(gap: Gap): string {
  switch (gap.measure) {
    case "share":
      return `${formatPercent(gap.observed)} of members; target ${formatPercent(gap.target)}`;
    case "members":
      return `${gap.observed} of ${gap.target} members`;
    case "connected members":
      return `${gap.observed} of ${gap.target} with two contacts or more`;
    case "routes":
      return `${gap.observed} ${gap.observed === 1 ? "route" : "routes"} to the rest; ${gap.target} wanted`;
  }
}

/** How far observed is toward target, in [0, 1], for the bar. */
export function fillShare(gap: Gap): number {
  if (gap.target <= 0) return 1;
  return Math.max(0, Math.min(1, gap.observed / gap.target));
}
