import type { MeasureDescriptor } from "./descriptor";
import { undirectedCsr, toRecord, type AnyGraph, type CsrInput } from "./undirected";

/**
 * Degree: the number of distinct people someone is tied to. Several interactions with
 * the same person count once, self-ties not at all, and a person with no ties has 0,
 * as networkx's `G.degree()` on the simple undirected graph.
 */
export function degree(graph: AnyGraph, options: CsrInput = {}): Record<string, number> {
  const csr = undirectedCsr(graph, options);
  const values = new Float64Array(csr.nodes.length);
  for (let i = 0; i < values.length; i++) values[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
  return toRecord(csr, values);
}

/**
 * Strength: the sum of the weights of someone's ties (networkx's `G.degree(weight="weight")`),
 * i.e. how much interaction they have in total rather than with how many people.
 */
export function strength(graph: AnyGraph, options: CsrInput = {}): Record<string, number> {
  const csr = undirectedCsr(graph, options);
  const values = new Float64Array(csr.nodes.length);
  for (let i = 0; i < values.length; i++) {
    let sum = 0;
    for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) sum += csr.weights[k]!;
    values[i] = sum;
  }
  return toRecord(csr, values);
}

export interface DegreeResult {
  degree: Record<string, number>;
  strength: Record<string, number>;
}

export const degreeDescriptor: MeasureDescriptor<Record<string, never>, DegreeResult> = {
  id: "degree",
  label: "Contacts",
  family: "centrality",
  parameters: [],
  outputs: [
    {
      id: "degree",
      label: "Contacts",
      scope: "person",
      explanation: "How many different people this person is in touch with.",
      reading: "High values mark well-connected people; 0 means registered but with no recorded interaction.",
      definition: "Number of distinct neighbours in the undirected network (degree).",
    },
    {
      id: "strength",
      label: "Interaction volume",
      scope: "person",
      explanation:
        "How much this person interacts in total, adding up every tie's weight (meetings, messages, shared events).",
      reading: "Someone with few contacts can still have a high volume if those ties are intense.",
      definition: "Sum of the weights of the person's ties (weighted degree, strength).",
    },
  ],
  compute: (graph) => {
    const csr = undirectedCsr(graph);
    return { degree: degree(graph, { csr }), strength: strength(graph, { csr }) };
  },
};
