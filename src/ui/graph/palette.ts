/**
 * Colour by sector. The palette is ordered so that the largest sectors get the most
 * distinct hues; every colour keeps at least 3:1 contrast on the white map and the
 * set avoids relying on red/green alone. People with no sector are "Unknown" grey.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";

const SECTOR_COLORS = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#332288",
  "#A6761D",
  "#882255",
  "#00838F",
  "#6B8E23",
  "#7570B3",
  "#E7298A",
  "#5D4037",
];

export const UNKNOWN_COLOR = "#8A8A8A";
export const OTHER_COLOR = "#3B3B3B";
export const UNKNOWN_LABEL = "Unknown";

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
  /** Sectors folded into this entry when there are more sectors than colours. */
  members?: string[];
}

export interface SectorPalette {
  entries: LegendEntry[];
  colorOf(sector: string | undefined): string;
}

export function sectorPalette(graph: WeaverGraph): SectorPalette {
  return categoryPalette(
    graph.mapNodes((_, attributes) => attributes.sector),
    { other: "Other sectors" },
  );
}

/**
 * The same colouring for any categorical value (sector, community, role, group, status):
 * most frequent first, an "Other" entry past the last distinct colour, missing values grey.
 */
export function categoryPalette(
  values: Iterable<string | undefined>,
  labels: { unknown?: string; other?: string } = {},
): SectorPalette {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const value of values) {
    const category = value?.trim();
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
    else unknown++;
  }
  const sectors = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const overflow = sectors.length > SECTOR_COLORS.length;
  const named = overflow ? sectors.slice(0, SECTOR_COLORS.length - 1) : sectors;
  const rest = overflow ? sectors.slice(SECTOR_COLORS.length - 1) : [];

  const colors = new Map<string, string>();
  const entries: LegendEntry[] = named.map(([label, count], index) => {
    const color = SECTOR_COLORS[index] ?? OTHER_COLOR;
    colors.set(label, color);
    return { label, color, count };
  });
  if (rest.length > 0) {
    for (const [label] of rest) colors.set(label, OTHER_COLOR);
    entries.push({
      label: `${labels.other ?? "Other"} (${rest.length})`,
      color: OTHER_COLOR,
      count: rest.reduce((sum, [, count]) => sum + count, 0),
      members: rest.map(([label]) => label),
    });
  }
  if (unknown > 0)
    entries.push({ label: labels.unknown ?? UNKNOWN_LABEL, color: UNKNOWN_COLOR, count: unknown });

  return {
    entries,
    colorOf: (sector) => (sector?.trim() ? (colors.get(sector.trim()) ?? OTHER_COLOR) : UNKNOWN_COLOR),
  };
}
