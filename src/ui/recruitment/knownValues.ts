import type { WeaverGraph } from "../../graph/buildNetwork";
import type { TargetDimension } from "../../recommend/targets";

export interface KnownValues {
  values: Record<TargetDimension, string[]>;
  groups: string[];
}

/** The sectors, regions, roles and groups people have, for the target editor's suggestions. */
export function knownValues(graph: WeaverGraph): KnownValues {
  const sets = { sector: new Set<string>(), region: new Set<string>(), role: new Set<string>() };
  const groups = new Set<string>();
  graph.forEachNode((_node, a) => {
    if (a.registered === false) return;
    for (const dimension of ["sector", "region", "role"] as const) {
      const value = a[dimension]?.trim();
      if (value) sets[dimension].add(value);
    }
    for (const group of a.groups ?? []) if (group.trim()) groups.add(group.trim());
  });
  const sorted = (s: Set<string>) => [...s].sort((x, y) => x.localeCompare(y));
  return {
    values: { sector: sorted(sets.sector), region: sorted(sets.region), role: sorted(sets.role) },
    groups: sorted(groups),
  };
}
