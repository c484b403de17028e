/**
 * The geometry and colours of the Bridges view's pictures (mixing heatmap, sector
 * network, E-I bars), kept apart from React so they can be checked directly.
 */
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import type { SectorMixingResult } from "../../analysis/sectorMixing";
import { UNKNOWN_SECTOR } from "../../analysis/sectors";
import { UNKNOWN_COLOR, type SectorPalette } from "../graph/palette";

const LIGHT = [0xf3, 0xf6, 0xf9];
const DARK = [0x1f, 0x4e, 0x79];

/**
 * Cell colour for `value` out of `max`: pale to dark blue on a square-root scale (a few
 * large cells would otherwise wash out the rest), with a text colour that stays readable.
 */
export function heatColour(value: number, max: number): { fill: string; text: string } {
  if (value <= 0 || max <= 0) return { fill: "#FFFFFF", text: "#000000" };
  const t = Math.sqrt(Math.min(1, value / max));
  const channel = (i: number) => Math.round(LIGHT[i]! + (DARK[i]! - LIGHT[i]!) * t);
  const rgb = [channel(0), channel(1), channel(2)];
  const hex = `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  // White or black, whichever contrasts more: one of the two always reaches WCAG's 4.5:1.
  const luminance = relativeLuminance(rgb);
  return { fill: hex, text: 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? "#FFFFFF" : "#000000" };
}

/** WCAG relative luminance of an sRGB colour given as 0..255 channels. */
export function relativeLuminance([r, g, b]: number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** The largest off- or on-diagonal cell, for the colour scale. */
export function maxCell(matrix: readonly (readonly number[])[]): number {
  let max = 0;
  for (const row of matrix) for (const value of row) max = Math.max(max, value);
  return max;
}

export interface Point {
  x: number;
  y: number;
}

/** `count` points evenly on a circle, the first at the top, going clockwise. */
export function circlePoints(count: number, centre: Point, radius: number): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, count);
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
}

/** Text anchor for a label placed outside a circle at this point, so it reads away from the centre. */
export function labelAnchor(point: Point, centre: Point): "start" | "middle" | "end" {
  const dx = point.x - centre.x;
  if (Math.abs(dx) < 1) return "middle";
  return dx > 0 ? "start" : "end";
}

export interface SectorNode extends Point {
  sector: string;
  people: number;
  internalTies: number;
  radius: number;
}

export interface SectorLink {
  a: string;
  b: string;
  ties: number;
  width: number;
}

/**
 * The sector network on a circle: one node per sector with people (area ∝ people), one
 * line per pair of sectors in contact (width ∝ √ties).
 */
export function sectorNetworkLayout(
  mixing: SectorMixingResult,
  centre: Point,
  radius: number,
  sizes: { minNode: number; maxNode: number; maxLine: number } = { minNode: 6, maxNode: 26, maxLine: 14 },
): { nodes: SectorNode[]; links: SectorLink[] } {
  const present = mixing.sectors.map((sector, i) => ({ sector, i })).filter(({ i }) => mixing.people[i]! > 0);
  const points = circlePoints(present.length, centre, radius);
  const maxPeople = Math.max(1, ...present.map(({ i }) => mixing.people[i]!));
  const nodes = present.map(({ sector, i }, k) => ({
    sector,
    people: mixing.people[i]!,
    internalTies: mixing.ties[i]![i]!,
    radius: sizes.minNode + (sizes.maxNode - sizes.minNode) * Math.sqrt(mixing.people[i]! / maxPeople),
    ...points[k]!,
  }));
  const between = mixing.pairs.filter((p) => p.a !== p.b);
  const maxTies = Math.max(1, ...between.map((p) => p.ties));
  const links = between.map((p) => ({
    a: p.a,
    b: p.b,
    ties: p.ties,
    width: Math.max(0.75, sizes.maxLine * Math.sqrt(p.ties / maxTies)),
  }));
  // Thin lines first, so the strong ones are drawn on top.
  links.sort((x, y) => x.ties - y.ties);
  return { nodes, links };
}

/**
 * A sector's colour as on the map of people. The analysis names people without a sector
 * "Unknown", which the people map's palette has no entry for: they are grey there too.
 */
export function sectorColour(palette: SectorPalette, sector: string): string {
  return sector === UNKNOWN_SECTOR ? UNKNOWN_COLOR : palette.colorOf(sector);
}

/** The people who broker most pairs, with at least one brokered pair. */
export function topBrokers(people: readonly PersonMeasures[], limit: number): PersonMeasures[] {
  return people
    .filter((p) => p.brokerage.total > 0)
    .sort((a, b) => b.brokerage.total - a.brokerage.total || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Sectors with their E-I index, most inward-looking first; sectors without ties left out. */
export function sectorEiRows(bySector: Record<string, number | null>): { sector: string; value: number }[] {
  return Object.entries(bySector)
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .map(([sector, value]) => ({ sector, value }))
    .sort((a, b) => a.value - b.value || a.sector.localeCompare(b.sector));
}

/** Splits a label into lines of at most `width` characters at spaces (a longer word keeps its own line). */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * What to read off the mixing matrix first: the pairs of sectors with the most ties
 * between them, and the pairs (of sectors with people, the unknown group aside) with none.
 */
export function mixingHighlights(
  mixing: SectorMixingResult,
  unknown: string,
): { strongest: SectorMixingResult["pairs"]; missing: [string, string][] } {
  const strongest = mixing.pairs.filter((p) => p.a !== p.b && p.ties > 0);
  const named = mixing.sectors
    .map((sector, i) => ({ sector, i }))
    .filter(({ sector, i }) => sector !== unknown && mixing.people[i]! > 0);
  const missing: [string, string][] = [];
  for (let x = 0; x < named.length; x++) {
    for (let y = x + 1; y < named.length; y++) {
      if (mixing.ties[named[x]!.i]![named[y]!.i] === 0) missing.push([named[x]!.sector, named[y]!.sector]);
    }
  }
  return { strongest, missing };
}
