import type { AbstractGraph, Attributes } from "graphology-types";
import type { MeasureDescriptor } from "./descriptor";
import { emptyRecord } from "./record";
import { undirectedCsr, type CsrInput } from "./undirected";

/** `weightAttribute` (default "weight", null for unweighted) is ignored when a shared `csr` is given. */
export type StructuralHolesOptions = CsrInput;

export interface StructuralHolesResult {
  constraint: Record<string, number | null>;
  effectiveSize: Record<string, number | null>;
}

/**
 * Burt's structural-hole measures, weighted, exactly as networkx's `constraint` and
 * `effective_size` with weight="weight":
 *
 *   p_uv = a_uv / Σ_w a_uw                 (a = mutual weight: the tie's weight, summed over
 *                                           both directions in a directed graph)
 *   constraint(u) = Σ_{v∈N(u)} (p_uv + Σ_{w∈N(u)} p_uw p_wv)²
 *   effectiveSize(u) = Σ_{v∈N(u)} (1 − Σ_{w∈N(u)} p_uw a_vw / max_x a_vx)
 *
 * networkx's mutual weight of an undirected tie is 2w; the factor cancels in every ratio,
 * so using w gives identical values. Both are undefined (null) for people with no ties,
 * where networkx returns NaN. A tie with no weight attribute weighs 1 (as in networkx).
 *
 * Cost: Σ_u Σ_{w∈N(u)} deg(w), the same walk as counting triangles.
 */
export function structuralHoles<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: StructuralHolesOptions = {},
): StructuralHolesResult {
  const csr = undirectedCsr(graph, options);
  const { nodes, offsets, targets, weights } = csr;
  const n = nodes.length;

  // p[k]: share of the arc's tie in its source's total; max[v]: v's strongest tie.
  const p = new Float64Array(targets.length);
  const max = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let sum = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      sum += weights[k]!;
      if (weights[k]! > max[u]!) max[u] = weights[k]!;
    }
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) p[k] = sum === 0 ? 0 : weights[k]! / sum;
  }

  const constraint = emptyRecord<number | null>();
  const effectiveSize = emptyRecord<number | null>();
  // slot[x] = position of x among u's neighbours, -1 when x is not a neighbour of u.
  const slot = new Int32Array(n).fill(-1);
  const indirect = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    if (start === end) {
      constraint[nodes[u]!] = null;
      effectiveSize[nodes[u]!] = null;
      continue;
    }
    for (let k = start; k < end; k++) {
      slot[targets[k]!] = k - start;
      indirect[k - start] = 0;
    }
    let size = 0;
    for (let k = start; k < end; k++) {
      const w = targets[k]!;
      const puw = p[k]!;
      let redundancy = 0;
      for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
        const s = slot[targets[j]!]!;
        if (s < 0) continue;
        // w's tie to another of u's contacts: an indirect investment of u and a redundancy of w.
        indirect[s] = indirect[s]! + puw * p[j]!;
        redundancy += p[start + s]! * weights[j]!;
      }
      size += 1 - (max[w] === 0 ? 0 : redundancy / max[w]!);
    }
    let c = 0;
    for (let k = start; k < end; k++) {
      const total = p[k]! + indirect[k - start]!;
      c += total * total;
      slot[targets[k]!] = -1;
    }
    constraint[nodes[u]!] = c;
    effectiveSize[nodes[u]!] = size;
  }
  return { constraint, effectiveSize };
}

/** Burt's constraint per person (null for people with no ties). */
export function constraint<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: StructuralHolesOptions = {},
): Record<string, number | null> {
  return structuralHoles(graph, options).constraint;
}

/** Burt's effective size per person (null for people with no ties). */
export function effectiveSize<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: StructuralHolesOptions = {},
): Record<string, number | null> {
  return structuralHoles(graph, options).effectiveSize;
}

export const structuralHolesDescriptor: MeasureDescriptor<Record<string, never>, StructuralHolesResult> = {
  id: "structuralHoles",
  label: "Constraint and effective size",
  family: "bottlenecks",
  parameters: [],
  outputs: [
    {
      id: "constraint",
      label: "Constraint",
      scope: "person",
      explanation:
        "How much a person's contacts all know each other (or all depend on the same few people). " +
        "A constrained person hears the same things from everyone; a person with low constraint " +
        "connects people who are otherwise apart and hears new ideas first.",
      reading:
        "Low = bridges separate groups; high (up to 1 or a little above) = embedded in one tight circle.",
      definition: "Burt's constraint with weights: Σ_v (p_uv + Σ_w p_uw p_wv)², as networkx.constraint.",
      nullable: true,
    },
    {
      id: "effectiveSize",
      label: "Effective size",
      scope: "person",
      explanation:
        "How many separate circles a person reaches: their number of contacts, discounted for " +
        "contacts who already know each other.",
      reading: "Close to the number of contacts = every contact opens a different door.",
      definition: "Burt's effective size with weights, as networkx.effective_size.",
      nullable: true,
    },
  ],
  compute: (graph) => structuralHoles(graph),
};
