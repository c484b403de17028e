/**
 * The one list the app renders measures from: every measure's descriptor, the per-person
 * columns (People table, person panel, "Size by"), and the settings a user may change.
 * Labels and explanations come from the descriptors, so a measure is described in one
 * place and reads the same in every view. DOM-free: the analysis worker imports it too.
 */
import type { PersonMeasures } from "./analyzeNetwork";
import { articulationDescriptor } from "./articulation";
import { betweennessDescriptor, type BetweennessParams } from "./betweenness";
import { bridgesDescriptor } from "./bridges";
import { brokerageDescriptor, BROKERAGE_ROLES } from "./brokerage";
import { closenessDescriptor } from "./closeness";
import { clusteringDescriptor } from "./clustering";
import { communitiesDescriptor } from "./communities";
import { structuralHolesDescriptor } from "./constraint";
import { corenessDescriptor } from "./coreness";
import { degreeDescriptor } from "./degree";
import type { MeasureDescriptor, MeasureFamily, MeasureOutput, ParameterSpec } from "./descriptor";
import { eiIndexDescriptor } from "./eiIndex";
import { eigenvectorDescriptor } from "./eigenvector";
import { keyPlayersDescriptor } from "./keyPlayers";
import { pagerankDescriptor } from "./pagerank";
import { participationDescriptor } from "./participation";
import { sectorDependenciesDescriptor } from "./sectorDependencies";
import { sectorMixingDescriptor } from "./sectorMixing";
import { sectorNetworkDescriptor } from "./sectorNetwork";
import { structureDescriptor } from "./structure";

/** A descriptor without its compute function: what the app needs to describe a measure. */
export type DescribedMeasure = Pick<
  MeasureDescriptor<never, unknown>,
  "id" | "label" | "family" | "parameters" | "outputs"
>;

export const MEASURE_DESCRIPTORS: readonly DescribedMeasure[] = [
  degreeDescriptor,
  betweennessDescriptor,
  closenessDescriptor,
  eigenvectorDescriptor,
  pagerankDescriptor,
  clusteringDescriptor,
  corenessDescriptor,
  articulationDescriptor,
  bridgesDescriptor,
  structuralHolesDescriptor,
  keyPlayersDescriptor,
  sectorDependenciesDescriptor,
  brokerageDescriptor,
  participationDescriptor,
  eiIndexDescriptor,
  sectorMixingDescriptor,
  sectorNetworkDescriptor,
  communitiesDescriptor,
  structureDescriptor,
];

/** The output with this id, from whichever descriptor declares it. */
export function measureOutput(id: string): MeasureOutput {
  for (const descriptor of MEASURE_DESCRIPTORS) {
    const output = descriptor.outputs.find((o) => o.id === id);
    if (output) return output;
  }
  throw new Error(`No measure declares an output "${id}"`);
}

/** How a column's values read: the UI formats each kind the same everywhere. */
export type ValueFormat = "text" | "integer" | "decimal" | "score" | "signed" | "share" | "yesNo" | "rank";

/** Columns about who a person is come first; measures keep their descriptor's family. */
export type ColumnFamily = "person" | MeasureFamily;

export type CellValue = string | number | boolean | null;

export interface PersonColumn {
  id: string;
  label: string;
  family: ColumnFamily;
  /** What the value means for a coordinator. */
  explanation: string;
  /** How to read high and low values. */
  reading?: string;
  /** The technical definition, for analysts. */
  definition?: string;
  format: ValueFormat;
  value: (person: PersonMeasures) => CellValue;
  /** Measures where more means more, so they can size people on the map. */
  numeric: boolean;
}

/** Formats whose numbers are labels or positions, not amounts. */
const NOT_QUANTITIES: ValueFormat[] = ["text", "yesNo", "rank"];

function fromOutput(
  outputId: string,
  format: ValueFormat,
  value: (person: PersonMeasures) => CellValue,
  family: ColumnFamily,
  columnId = outputId,
): PersonColumn {
  const output = measureOutput(outputId);
  return {
    id: columnId,
    label: output.label,
    family,
    explanation: output.explanation,
    reading: output.reading,
    definition: output.definition,
    format,
    value,
    numeric: !NOT_QUANTITIES.includes(format) && outputId !== "community",
  };
}

type PersonField = "name" | "sector" | "organization" | "region" | "role" | "status";

/** Who a person is, as the registry says: shown as text beside the measures. */
const PERSON_FIELDS: [PersonField, string, string][] = [
  ["name", "Name", "The person's name as the registry (or the files) give it."],
  ["sector", "Sector", "The sector the person's organisation belongs to."],
  ["organization", "Organisation", "The organisation the person works for."],
  ["region", "Region", "Where the person works."],
  ["role", "Role", "The person's role in the community of practice."],
  [
    "status",
    "Status",
    "Member, prospect or former member in the registry; unregistered people appear only in the interaction or attendance files.",
  ],
];

function personColumn(id: PersonField, label: string, explanation: string): PersonColumn {
  return { id, label, family: "person", explanation, format: "text", value: (p) => p[id], numeric: false };
}

const ROLE_COLUMNS = BROKERAGE_ROLES.map((role) =>
  fromOutput(role, "integer", (p) => p.brokerage[role], brokerageDescriptor.family, `brokerage.${role}`),
);

/**
 * Every per-person column, in the order the People table shows them. `name` is first and
 * always shown; the rest can be hidden by family.
 */
export const PERSON_COLUMNS: readonly PersonColumn[] = [
  ...PERSON_FIELDS.map(([id, label, explanation]) => personColumn(id, label, explanation)),
  fromOutput("degree", "integer", (p) => p.degree, "centrality"),
  fromOutput("strength", "decimal", (p) => p.strength, "centrality"),
  fromOutput("betweenness", "score", (p) => p.betweenness, "centrality"),
  fromOutput("closeness", "score", (p) => p.closeness, "centrality"),
  fromOutput("eigenvector", "score", (p) => p.eigenvector, "centrality"),
  fromOutput("pagerank", "score", (p) => p.pagerank, "centrality"),
  fromOutput("clustering", "score", (p) => p.clustering, "centrality"),
  fromOutput("coreness", "integer", (p) => p.coreness, "centrality"),
  fromOutput("articulationPoint", "yesNo", (p) => p.articulationPoint, "bottlenecks"),
  fromOutput("cutOff", "integer", (p) => p.cutOff, "bottlenecks"),
  {
    id: "keyPlayerRank",
    label: "Key player",
    family: "bottlenecks",
    explanation:
      "Whether this person is one of the few people whose joint absence would break the community " +
      "into the most disconnected pieces, and in which order they would be missed most.",
    reading: "1 is the person whose absence splits the most; empty for everyone outside the set.",
    definition: measureOutput("keyPlayers").definition,
    format: "rank",
    value: (p) => p.keyPlayerRank,
    numeric: false,
  },
  fromOutput("constraint", "score", (p) => p.constraint, "bottlenecks"),
  fromOutput("effectiveSize", "decimal", (p) => p.effectiveSize, "bottlenecks"),
  fromOutput("participation", "score", (p) => p.participation, "brokerage"),
  fromOutput("eiIndexPerson", "signed", (p) => p.eiIndex, "brokerage", "eiIndex"),
  ...ROLE_COLUMNS,
  fromOutput("brokerageTotal", "integer", (p) => p.brokerage.total, "brokerage", "brokerage.total"),
  fromOutput("community", "integer", (p) => p.community, "communities"),
];

/** The column with this id; throws for an unknown id (a programming error, not a user's). */
export function columnById(id: string): PersonColumn {
  const column = PERSON_COLUMNS.find((c) => c.id === id);
  if (!column) throw new Error(`No person column "${id}"`);
  return column;
}

export const FAMILY_LABELS: Record<ColumnFamily, string> = {
  person: "Who they are",
  centrality: "Centrality",
  bottlenecks: "Bottlenecks",
  brokerage: "Cross-sector bridges",
  communities: "Communities",
  structure: "Structure",
  engagement: "Engagement",
};

/**
 * The settings a user can change before an analysis, one group per measure whose
 * parameters the analysis takes; the form is rendered from each descriptor's parameters.
 */
export interface AnalysisSettings {
  betweenness: BetweennessParams;
  keyPlayers: { k: number };
}

export type SettingsKey = keyof AnalysisSettings;

export interface SettingsGroup {
  key: SettingsKey;
  descriptor: DescribedMeasure;
  /** Whether a parameter matters given the group's current values (hidden otherwise). */
  relevant: (parameter: ParameterSpec, values: Record<string, number | string>) => boolean;
}

export const SETTINGS_GROUPS: readonly SettingsGroup[] = [
  {
    key: "betweenness",
    descriptor: betweennessDescriptor,
    // Sample size and seed only mean something for an estimate.
    relevant: (parameter, values) => parameter.id === "mode" || values.mode === "sampled",
  },
  { key: "keyPlayers", descriptor: keyPlayersDescriptor, relevant: () => true },
];

function defaultsOf(descriptor: DescribedMeasure): Record<string, number | string> {
  return Object.fromEntries(descriptor.parameters.map((p) => [p.id, p.default]));
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  betweenness: defaultsOf(betweennessDescriptor) as BetweennessParams,
  keyPlayers: defaultsOf(keyPlayersDescriptor) as { k: number },
};

/**
 * Settings as the analysis may use them: numbers inside their parameter's bounds and
 * whole where the step is whole, choices among the declared ones, anything else back to
 * its default. The form and the worker both apply it, so no bad value reaches a measure.
 */
export function normaliseSettings(settings: AnalysisSettings): AnalysisSettings {
  const clean = (group: SettingsGroup) => {
    const values = settings[group.key] as Record<string, unknown>;
    return Object.fromEntries(
      group.descriptor.parameters.map((p) => [p.id, normaliseParameter(p, values[p.id])]),
    );
  };
  return {
    betweenness: clean(SETTINGS_GROUPS[0]!) as BetweennessParams,
    keyPlayers: clean(SETTINGS_GROUPS[1]!) as { k: number },
  };
}

export function normaliseParameter(parameter: ParameterSpec, value: unknown): number | string {
  if (parameter.type === "choice") {
    return parameter.choices.some((c) => c.value === value) ? (value as string) : parameter.default;
  }
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  if (!Number.isFinite(number)) return parameter.default;
  const whole = Number.isInteger(parameter.step ?? 1) ? Math.round(number) : number;
  return Math.min(parameter.max ?? Infinity, Math.max(parameter.min ?? -Infinity, whole));
}
