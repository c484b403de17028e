/**
 * Which people and ties a change of filters shows or hides: the map redraws only those.
 * Redrawing all of them costs time in proportion to the whole network (a hundred thousand
 * ties), while a filter usually changes a part of it.
 */
import type { HiddenOnMap, KeySet } from "./hiddenOnMap";

export interface VisibilityChanges {
  nodes: string[];
  edges: string[];
}

const NOTHING: ReadonlySet<string> = new Set();

/** Keys in exactly one of the two sets. */
function symmetricDifference(a: KeySet, b: KeySet): string[] {
  if (a === b) return [];
  const changed: string[] = [];
  for (const key of a) if (!b.has(key)) changed.push(key);
  for (const key of b) if (!a.has(key)) changed.push(key);
  return changed;
}

/** The people and ties hidden by one of `before` and `after` but not by the other (null: nothing hidden). */
export function visibilityChanges(before: HiddenOnMap | null, after: HiddenOnMap | null): VisibilityChanges {
  return {
    nodes: symmetricDifference(before?.hiddenNodes ?? NOTHING, after?.hiddenNodes ?? NOTHING),
    edges: symmetricDifference(before?.hiddenEdges ?? NOTHING, after?.hiddenEdges ?? NOTHING),
  };
}
