/**
 * How the map looks: people or sectors, what the colours stand for, what a circle's size
 * measures and which people stand out. Pure functions from the imported graph and the analysis
 * to colours, sizes and emphasis; AppearanceController writes them into the drawn graph.
 * Choices are plain ids, so the workspace can save them and an id this network does not offer
 * (a column another file had) falls back to the default (see shownAppearance).
 */
import { columnById, PERSON_COLUMNS, type PersonColumn } from "../../analysis/registry";
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { PersonAttributes } from "../../model/types";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import type { Emphasis } from "../graph/HighlightController";
import { categoryPalette, sectorPalette, type SectorPalette } from "../graph/palette";
import { contactCounts, MAX_NODE_SIZE, MIN_NODE_SIZE, nodeSize } from "../graph/renderGraph";
import { colourColumns, columnLegendLabels, columnValue } from "./colourColumns";

/** "sector", "community", "role", "group", "status", or a column id from colourColumns. */
export type ColourBy = string;
export type Highlight = "none" | "bottlenecks" | "keyPlayers" | "brokers" | "introductions" | "candidates";
/** "contacts" (always available) or the id of a numeric person column. */
export type SizeBy = string;
/** Everyone, or one circle per sector. */
export type Level = "people" | "sectors";

export interface Appearance {
  colourBy: ColourBy;
  sizeBy: SizeBy;
  highlight: Highlight;
  level: Level;
}

export const DEFAULT_APPEARANCE: Appearance = {
  colourBy: "sector",
  sizeBy: "contacts",
  highlight: "none",
  level: "people",
};

export const LEVEL_OPTIONS: readonly { value: Level; label: string }[] = [
  { value: "people", label: "People" },
  { value: "sectors", label: "Sectors" },
];

export interface Option<T> {
  value: T;
  label: string;
  /** Only available once the analysis has run. */
  needsAnalysis: boolean;
}

/** The colourings every network has; colourOptions adds the registry's own columns. */
export const COLOUR_OPTIONS: readonly Option<ColourBy>[] = [
  { value: "sector", label: "sector", needsAnalysis: false },
  { value: "community", label: "community", needsAnalysis: true },
  { value: "role", label: "role", needsAnalysis: false },
  { value: "group", label: "group", needsAnalysis: false },
  { value: "status", label: "status", needsAnalysis: false },
];

/** Every colour choice for this graph: the fixed ones, then organisation, region and extra columns. */
export function colourOptions(graph: WeaverGraph): Option<ColourBy>[] {
  return [
    ...COLOUR_OPTIONS,
    ...colourColumns(graph).map(({ id, label }) => ({ value: id, label, needsAnalysis: false })),
  ];
}

export const SIZE_OPTIONS: readonly Option<SizeBy>[] = [
  { value: "contacts", label: "Contacts", needsAnalysis: false },
  ...PERSON_COLUMNS.filter((c) => c.numeric && c.id !== "degree").map((c) => ({
    value: c.id,
    label: c.label,
    needsAnalysis: true,
  })),
];

export const HIGHLIGHT_OPTIONS: readonly Option<Highlight>[] = [
  { value: "none", label: "Nobody", needsAnalysis: false },
  {
    value: "bottlenecks",
    label: "Bottlenecks (people and ties that hold parts together)",
    needsAnalysis: true,
  },
  { value: "keyPlayers", label: "Key players", needsAnalysis: true },
  { value: "brokers", label: "Brokers, by their role", needsAnalysis: true },
  { value: "introductions", label: "Suggested introductions", needsAnalysis: true },
  { value: "candidates", label: "Recruitment candidates", needsAnalysis: true },
];

function offered<T extends string>(options: readonly Option<T>[], id: string, analysed: boolean): boolean {
  return options.some((o) => o.value === id && (analysed || !o.needsAnalysis));
}

/**
 * The appearance the map can show: a choice that needs the analysis falls back to the default
 * until the analysis is there, and a choice this network does not offer (a saved colour by a
 * column these files lack, an id from another version) falls back to the default for good.
 */
export function shownAppearance(
  appearance: Appearance,
  colourChoices: readonly Option<ColourBy>[],
  analysed: boolean,
): Appearance {
  return {
    colourBy: offered(colourChoices, appearance.colourBy, analysed)
      ? appearance.colourBy
      : DEFAULT_APPEARANCE.colourBy,
    sizeBy: offered(SIZE_OPTIONS, appearance.sizeBy, analysed)
      ? appearance.sizeBy
      : DEFAULT_APPEARANCE.sizeBy,
    highlight: offered(HIGHLIGHT_OPTIONS, appearance.highlight, analysed)
      ? appearance.highlight
      : DEFAULT_APPEARANCE.highlight,
    level: appearance.level === "sectors" ? "sectors" : "people",
  };
}

const STATUS_LABELS: Record<string, string> = {
  member: "Member",
  prospect: "Prospect",
  former: "Former member",
  unregistered: "Not in the registry",
};

const UNKNOWN_LABELS: ReadonlyMap<ColourBy, string> = new Map([
  ["sector", "Unknown"],
  ["community", "Not analysed"],
  ["role", "No role"],
  ["group", "No group"],
  ["status", "Unknown"],
]);

/** The category a person is coloured by; undefined when they have none. */
export function categoryOf(
  attributes: PersonAttributes,
  measures: PersonMeasures | undefined,
  colourBy: ColourBy,
): string | undefined {
  switch (colourBy) {
    case "sector":
      return attributes.sector;
    case "role":
      return attributes.role;
    case "status":
      return STATUS_LABELS[attributes.status] ?? attributes.status;
    case "group": {
      const groups = attributes.groups ?? [];
      if (groups.length > 1) return "Several groups";
      return groups[0];
    }
    case "community": {
      const community = measures?.community;
      return community === null || community === undefined ? undefined : `Community ${community}`;
    }
    default:
      return columnValue(attributes, colourBy);
  }
}

export interface Colouring {
  palette: SectorPalette;
  colourOf: (node: string) => string;
}

export function colouring(
  graph: WeaverGraph,
  byId: ReadonlyMap<string, PersonMeasures>,
  colourBy: ColourBy,
): Colouring {
  if (colourBy === "sector") {
    const palette = sectorPalette(graph);
    return { palette, colourOf: (node) => palette.colorOf(graph.getNodeAttribute(node, "sector")) };
  }
  const categories = new Map<string, string | undefined>();
  graph.forEachNode((node, attributes) =>
    categories.set(node, categoryOf(attributes, byId.get(node), colourBy)),
  );
  const unknown = UNKNOWN_LABELS.get(colourBy);
  const labels = unknown !== undefined ? { unknown } : columnLegendLabels(colourBy);
  const palette = categoryPalette(categories.values(), labels);
  return { palette, colourOf: (node) => palette.colorOf(categories.get(node)) };
}

/**
 * Circle sizes: by contacts as when the map is first drawn, or by a measure, the
 * square root of its position between the lowest and highest value (so a few high
 * values do not shrink everyone else to a dot). People without a value get the smallest size.
 */
export function sizes(
  graph: WeaverGraph,
  byId: ReadonlyMap<string, PersonMeasures>,
  sizeBy: SizeBy,
): Map<string, number> {
  const result = new Map<string, number>();
  if (sizeBy === "contacts" || byId.size === 0) {
    const { contacts, maxContacts } = contactCounts(graph);
    for (const [node, count] of contacts) result.set(node, nodeSize(count, maxContacts));
    return result;
  }
  const column = columnById(sizeBy);
  const values = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((node) => {
    const person = byId.get(node);
    const value = person ? column.value(person) : null;
    if (typeof value !== "number" || !Number.isFinite(value)) return;
    values.set(node, value);
    min = Math.min(min, value);
    max = Math.max(max, value);
  });
  graph.forEachNode((node) => {
    const value = values.get(node);
    const share = value === undefined || max <= min ? 0 : (value - min) / (max - min);
    result.set(node, MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(share));
  });
  return result;
}

/** What the map's emphasis means, for the side panel. */
export const HIGHLIGHT_NOTES: Record<Highlight, string> = {
  none: "",
  bottlenecks:
    "Labelled on the map: the people whose departure would cut others off. In red: the ties that alone hold a part of the network to the rest.",
  keyPlayers: "Labelled on the map: the key players, whose joint absence would fragment the network most.",
  brokers:
    "Labelled on the map: the people who connect the most pairs of contacts who are not in touch with each other, coloured by the kind of link they make most.",
  introductions:
    "Dashed lines: introductions worth making, between people who are not in touch yet. They are suggestions, not ties.",
  candidates:
    "Labelled on the map: people worth inviting into the community. In red: their ties to the members they already know.",
};

/** The legend's words for a size choice: "Bigger: higher betweenness". */
export function sizeLegend(sizeBy: SizeBy): string {
  if (sizeBy === "contacts") return "more contacts";
  const column: PersonColumn = columnById(sizeBy);
  return `higher ${column.label.toLowerCase()}`;
}

/**
 * People and ties to emphasise on the map for the bottleneck highlights, as graph keys; null
 * for the others (see highlights.ts).
 */
export function emphasisFor(
  graph: WeaverGraph,
  analysis: AnalysisPayload | null,
  highlight: Highlight,
): Emphasis | null {
  if (!analysis || (highlight !== "bottlenecks" && highlight !== "keyPlayers")) return null;
  if (highlight === "keyPlayers") {
    return { nodes: new Set(analysis.keyPlayers.players.filter((p) => graph.hasNode(p))), edges: new Set() };
  }
  const nodes = new Set(analysis.articulationPoints.map((p) => p.node).filter((p) => graph.hasNode(p)));
  const edges = new Set<string>();
  const context = new Set<string>();
  for (const { source, target } of analysis.bridges) {
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    for (const edge of graph.edges(source, target)) edges.add(edge);
    for (const edge of graph.edges(target, source)) edges.add(edge);
    context.add(source).add(target);
  }
  return { nodes, edges, context };
}

export function measuresById(analysis: AnalysisPayload | null): Map<string, PersonMeasures> {
  return new Map((analysis?.people ?? []).map((p) => [p.id, p]));
}
