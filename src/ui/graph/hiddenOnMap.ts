/**
 * What the map hides, from more than one reason at once: the filters, and the time window (people
 * and ties the map has drawn that the window leaves out). Each reason keeps its own sets; the map
 * reads their union through a view instead of a copy, because on a large network each set holds
 * up to a hundred thousand ties and a copy at every filter click would cost as much as the filter.
 */

/** The part of a set the map uses: is a key in it, and what is in it. */
export interface KeySet extends Iterable<string> {
  has(key: string): boolean;
}

export interface HiddenOnMap {
  hiddenNodes: KeySet;
  hiddenEdges: KeySet;
}

export const NOTHING_HIDDEN: HiddenOnMap = { hiddenNodes: new Set(), hiddenEdges: new Set() };

/** Keys in `a` or `b`; each key is iterated once. */
export function unionOf(a: KeySet, b: KeySet): KeySet {
  return {
    has: (key) => a.has(key) || b.has(key),
    *[Symbol.iterator]() {
      yield* a;
      for (const key of b) if (!a.has(key)) yield key;
    },
  };
}

/** Hidden by either reason; `b` null hides nothing more than `a`. */
export function hiddenByEither(a: HiddenOnMap, b: HiddenOnMap | null): HiddenOnMap {
  if (b === null) return a;
  return {
    hiddenNodes: unionOf(a.hiddenNodes, b.hiddenNodes),
    hiddenEdges: unionOf(a.hiddenEdges, b.hiddenEdges),
  };
}
