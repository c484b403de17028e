/** The Overview's pictures as plain data: counts per month, per degree and per sector. */
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { MonthActivity } from "../../graph/timeline";
import type { Bar } from "./BarChart";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Mar 25" for "2025-03". */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(2, 4)}`;
}

export function activityBars(months: MonthActivity[]): Bar[] {
  return months.map((m) => ({ label: monthLabel(m.month), values: [m.active] }));
}

export function arrivalBars(months: MonthActivity[]): Bar[] {
  return months.map((m) => ({ label: monthLabel(m.month), values: [m.newcomers.length, m.lapsed.length] }));
}

/** People per number of contacts: 0, 1, 2, …, with the long tail gathered in one last bar. */
export function degreeBars(graph: WeaverGraph, maxBars = 16): Bar[] {
  const counts: number[] = [];
  graph.forEachNode((node) => {
    const degree = Math.min(graph.degree(node), maxBars - 1);
    counts[degree] = (counts[degree] ?? 0) + 1;
  });
  return Array.from({ length: counts.length }, (_, d) => ({
    label: d === maxBars - 1 ? `${d}+` : String(d),
    values: [counts[d] ?? 0],
  }));
}

/** Registry people per sector, largest first ("Unknown" for no sector). */
export function sectorBars(graph: WeaverGraph): Bar[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, attributes) => {
    if (!attributes.registered) return;
    const sector = attributes.sector || "Unknown";
    counts.set(sector, (counts.get(sector) ?? 0) + 1);
  });
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([label, n]) => ({ label, values: [n] }));
}
