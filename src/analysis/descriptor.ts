import type { WeaverGraph } from "../graph/buildNetwork";

/**
 * Declarative description of a measure, in the spirit of Gephi Lite's metric
 * descriptors: the UI renders parameters, outputs and explanations from these
 * instead of hand-writing a form and a tooltip per measure, and the CLI uses the
 * same ids for its JSON and CSV columns.
 */
export type MeasureFamily =
  "centrality" | "bottlenecks" | "brokerage" | "communities" | "structure" | "engagement";

export interface NumberParameter {
  id: string;
  label: string;
  type: "number";
  default: number;
  min?: number;
  max?: number;
  step?: number;
  help: string;
}

export interface ChoiceParameter {
  id: string;
  label: string;
  type: "choice";
  default: string;
  choices: { value: string; label: string }[];
  help: string;
}

export type ParameterSpec = NumberParameter | ChoiceParameter;

/** One value a measure produces, e.g. a per-person column or a network-level figure. */
export interface MeasureOutput {
  id: string;
  label: string;
  scope: "person" | "tie" | "network" | "sector";
  /** What the number means for a coordinator, in plain words. */
  explanation: string;
  /** How to read high and low values, when that is not obvious. */
  reading?: string;
  /** Technical definition for analysts. */
  definition: string;
  /** Whether null is a legitimate value (e.g. constraint of an isolate). */
  nullable?: boolean;
}

export interface MeasureDescriptor<Params extends Record<string, number | string>, Result> {
  id: string;
  label: string;
  family: MeasureFamily;
  parameters: ParameterSpec[];
  outputs: MeasureOutput[];
  compute: (graph: WeaverGraph, params: Params) => Result;
}
