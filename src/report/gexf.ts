/**
 * GEXF 1.3 export of the annotated network, for people who continue in Gephi (or networkx):
 * every person attribute and every per-person measure of the analysis as a typed node
 * attribute, every tie with its weight, count, dates, types and whether it is a bridge, and
 * the app's positions, sizes and colours in the viz namespace when given.
 *
 * Attribute ids and titles are the JSON keys of the CLI (brokerage roles as
 * brokerage_<role>), so a column means the same thing in every export. Undefined values
 * (constraint of an isolate, a missing e-mail) are left out rather than written as 0 or "".
 * Reals are "double" rather than "float": Gephi reads "float" in single precision. The tie
 * weight is the edge's own weight attribute (Gephi's Weight column), not an attribute beside it.
 */
import type { NetworkAnalysis, PersonMeasures } from "../analysis/analyzeNetwork";
import { BROKERAGE_ROLES } from "../analysis/brokerage";
import type { WeaverGraph } from "../graph/buildNetwork";
import { extraValue, type PersonAttributes, type TieAttributes } from "../model/types";
import { escapeMarkup } from "./markup";
import { parseHexColor, type NodeVisual, type NodeVisuals } from "./picture";
import { pseudonymizePerson } from "./pseudonymizeData";
import type { ExportOptions } from "./recommendationsCsv";

export type GexfType = "string" | "integer" | "double" | "boolean";

type Value = string | number | boolean | null | undefined;

export interface GexfColumn<T> {
  id: string;
  type: GexfType;
  get: (row: T) => Value;
}

interface NodeRow {
  attributes: PersonAttributes;
  measures: PersonMeasures;
}

interface EdgeRow {
  attributes: TieAttributes;
  bridge: boolean;
}

const LIST = "; ";

const measure = (id: keyof PersonMeasures, type: GexfType): GexfColumn<NodeRow> => ({
  id,
  type,
  get: (row) => row.measures[id] as Value,
});

const attribute = (id: keyof PersonAttributes, type: GexfType = "string"): GexfColumn<NodeRow> => ({
  id,
  type,
  get: (row) => {
    const value = row.attributes[id];
    return Array.isArray(value) ? (value.length > 0 ? value.join(LIST) : null) : (value as Value);
  },
});

/** Node attributes: who the person is (as analysed), then every measure. */
export const NODE_COLUMNS: GexfColumn<NodeRow>[] = [
  measure("sector", "string"),
  measure("organization", "string"),
  measure("region", "string"),
  measure("role", "string"),
  measure("status", "string"),
  measure("registered", "boolean"),
  attribute("email"),
  attribute("groups"),
  attribute("joined"),
  attribute("aliases"),
  measure("community", "integer"),
  measure("degree", "integer"),
  measure("strength", "double"),
  measure("betweenness", "double"),
  measure("closeness", "double"),
  measure("eigenvector", "double"),
  measure("pagerank", "double"),
  measure("constraint", "double"),
  measure("effectiveSize", "double"),
  measure("clustering", "double"),
  measure("coreness", "integer"),
  measure("articulationPoint", "boolean"),
  measure("cutOff", "integer"),
  measure("participation", "double"),
  measure("eiIndex", "double"),
  ...[...BROKERAGE_ROLES, "total" as const].map((role): GexfColumn<NodeRow> => ({
    id: `brokerage_${role}`,
    type: "integer",
    get: (row) => row.measures.brokerage[role],
  })),
  measure("isolate", "boolean"),
  measure("peripheral", "boolean"),
  measure("keyPlayerRank", "integer"),
];

export const EDGE_COLUMNS: GexfColumn<EdgeRow>[] = [
  { id: "count", type: "integer", get: (e) => e.attributes.count },
  { id: "firstDate", type: "string", get: (e) => e.attributes.firstDate },
  { id: "lastDate", type: "string", get: (e) => e.attributes.lastDate },
  {
    id: "types",
    type: "string",
    get: (e) => (e.attributes.types.length > 0 ? e.attributes.types.join(LIST) : null),
  },
  { id: "sources", type: "string", get: (e) => e.attributes.sources.join(LIST) },
  { id: "bridge", type: "boolean", get: (e) => e.bridge },
];

export interface GexfOptions extends ExportOptions {
  /** Positions, sizes and colours (the app's layout); left out when not given. */
  visuals?: NodeVisuals;
  /** ISO date written as the file's last-modified date. */
  date?: string;
  description?: string;
}

function formatValue(value: Value): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return escapeMarkup(value);
}

function declarations<T>(kind: "node" | "edge", columns: GexfColumn<T>[]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map(
      (c) => `      <attribute id="${escapeMarkup(c.id)}" title="${escapeMarkup(c.id)}" type="${c.type}"/>`,
    ),
    `    </attributes>`,
  ];
}

function attvalues<T>(columns: GexfColumn<T>[], row: T, indent: string): string[] {
  const values = columns.flatMap((c) => {
    const value = formatValue(c.get(row));
    return value === null ? [] : [`${indent}  <attvalue for="${escapeMarkup(c.id)}" value="${value}"/>`];
  });
  return values.length === 0 ? [] : [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`];
}

/** Extra registry columns, as they were named, each a string attribute of its own. */
function extraColumns(graph: WeaverGraph, withExtra: boolean): GexfColumn<NodeRow>[] {
  if (!withExtra) return [];
  const names = new Set<string>();
  graph.forEachNode((_, a) => Object.keys(a.extra ?? {}).forEach((name) => names.add(name)));
  return [...names].sort().map((name) => ({
    id: `extra_${name}`,
    type: "string",
    get: (row) => extraValue(row.attributes, name),
  }));
}

function vizElements(visual: NodeVisual | undefined): string[] {
  if (!visual) return [];
  const out: string[] = [];
  const rgb = parseHexColor(visual.color);
  if (rgb) out.push(`      <viz:color r="${rgb[0]}" g="${rgb[1]}" b="${rgb[2]}"/>`);
  if (Number.isFinite(visual.x) && Number.isFinite(visual.y)) {
    out.push(`      <viz:position x="${visual.x}" y="${visual.y}" z="0"/>`);
  }
  if (visual.size !== undefined && Number.isFinite(visual.size))
    out.push(`      <viz:size value="${visual.size}"/>`);
  return out;
}

export function toGexf(graph: WeaverGraph, analysis: NetworkAnalysis, options: GexfOptions = {}): string {
  const p = options.pseudonymize;
  const shownId = (id: string) => (p ? p.person(id) : id);
  const nodeColumns = [...NODE_COLUMNS, ...extraColumns(graph, p === undefined)];
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ` +
      `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
    `  <meta${options.date ? ` lastmodifieddate="${escapeMarkup(options.date)}"` : ""}>`,
    `    <creator>Weaver</creator>`,
    `    <description>${escapeMarkup(options.description ?? "Community network annotated with Weaver's analysis")}</description>`,
    `  </meta>`,
    `  <graph defaultedgetype="${graph.type === "directed" ? "directed" : "undirected"}" mode="static">`,
    ...declarations("node", nodeColumns),
    ...declarations("edge", EDGE_COLUMNS),
    `    <nodes>`,
  ];
  for (const measures of analysis.people) {
    const id = measures.id;
    if (!graph.hasNode(id)) continue;
    const original = graph.getNodeAttributes(id);
    const row: NodeRow = p
      ? {
          attributes: pseudonymizePerson(original, p),
          measures: { ...measures, organization: p.organization(measures.organization) },
        }
      : { attributes: original, measures };
    const label = p ? shownId(id) : measures.name || original.label || id;
    lines.push(
      `      <node id="${escapeMarkup(shownId(id))}" label="${escapeMarkup(label)}">`,
      ...attvalues(nodeColumns, row, "        "),
      ...vizElements(options.visuals?.get(id)).map((line) => `  ${line}`),
      `      </node>`,
    );
  }
  lines.push(`    </nodes>`, `    <edges>`);
  const bridges = new Set(
    analysis.bridges.flatMap((b) => [`${b.source}\u0000${b.target}`, `${b.target}\u0000${b.source}`]),
  );
  let index = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const row: EdgeRow = { attributes, bridge: bridges.has(`${source}\u0000${target}`) };
    const weight = Number.isFinite(attributes.weight) ? ` weight="${attributes.weight}"` : "";
    lines.push(
      `      <edge id="e${index++}" source="${escapeMarkup(shownId(source))}" target="${escapeMarkup(shownId(target))}"${weight}>`,
      ...attvalues(EDGE_COLUMNS, row, "        "),
      `      </edge>`,
    );
  });
  lines.push(`    </edges>`, `  </graph>`, `</gexf>`, "");
  return lines.join("\n");
}
