/**
 * What the map shows: filters by sector, group, role and status, a minimum tie weight, hiding
 * isolates, and one person's ego network. Pure functions from the imported graph to the
 * people and ties to hide; the map hides them with sigma's reducers, so the drawn graph and
 * its layout are never rebuilt.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";

/** The person attributes a filter can narrow on. */
export type FilterKey = "sector" | "group" | "role" | "status";
export const FILTER_KEYS: readonly { key: FilterKey; label: string }[] = [
  { key: "sector", label: "Sector" },
  { key: "group", label: "Group" },
  { key: "role", label: "Role" },
  { key: "status", label: "Status" },
];
/** How a person without a value for a filtered attribute is listed. */
export const NO_VALUE = "";

export type EgoSteps = 1 | 2;

export interface MapFilter {
  /** Values unticked by the user, per attribute: people with them are hidden. */
  excluded: Readonly<Record<FilterKey, ReadonlySet<string>>>;
  /** Ties lighter than this are hidden. */
  minWeight: number;
  /** Hide people left with no visible tie. */
  hideIsolates: boolean;
  /** Show only the people within `steps` ties of `node`. */
  ego: { node: string; steps: EgoSteps } | null;
}

export const NO_FILTER: MapFilter = {
  excluded: { sector: new Set(), group: new Set(), role: new Set(), status: new Set() },
  minWeight: 0,
  hideIsolates: false,
  ego: null,
};

export interface Visibility {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** People still shown, out of `total`. */
  shown: number;
  total: number;
}

/**
 * The values a person has for a filter attribute: one for sector, role and status, any
 * number of groups; [NO_VALUE] when they have none.
 */
export function valuesOf(graph: WeaverGraph, node: string, key: FilterKey): string[] {
  if (key === "group") {
    const groups = (graph.getNodeAttribute(node, "groups") ?? []).map((g) => g.trim()).filter(Boolean);
    return groups.length > 0 ? groups : [NO_VALUE];
  }
  return [graph.getNodeAttribute(node, key)?.trim() || NO_VALUE];
}

const NONE: ReadonlySet<string> = new Set();

/** The unticked values of an attribute; none for a filter saved before the attribute existed. */
export function excludedValues(filter: MapFilter, key: FilterKey): ReadonlySet<string> {
  return (filter.excluded[key] as ReadonlySet<string> | undefined) ?? NONE;
}

/**
 * Whether the unticked values hide this person. Someone in several groups stays while one
 * of their groups is still ticked: hiding a group hides those who belong only to hidden groups.
 */
export function isExcluded(values: readonly string[], excluded: ReadonlySet<string>): boolean {
  return excluded.size > 0 && values.every((value) => excluded.has(value));
}

/** Every value of an attribute present in the graph, sorted, with NO_VALUE last. */
export function filterValues(graph: WeaverGraph, key: FilterKey): string[] {
  const values = new Set<string>();
  graph.forEachNode((node) => valuesOf(graph, node, key).forEach((value) => values.add(value)));
  const named = [...values].filter((v) => v !== NO_VALUE).sort((a, b) => a.localeCompare(b));
  return values.has(NO_VALUE) ? [...named, NO_VALUE] : named;
}

/**
 * The people within `steps` ties of `centre` (centre included), by breadth-first search
 * over ties in either direction. Empty when the centre is not in the graph.
 */
export function egoNetwork(graph: WeaverGraph, centre: string, steps: number): Set<string> {
  const reached = new Set<string>();
  if (!graph.hasNode(centre)) return reached;
  reached.add(centre);
  let frontier = [centre];
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (reached.has(neighbour)) return;
        reached.add(neighbour);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return reached;
}

/**
 * People and ties to hide. A person is hidden when their values of an attribute are all
 * excluded (see isExcluded) or they are outside the ego network; a tie when either end is
 * hidden or it is lighter than the minimum; then, if asked, people left with no visible tie.
 */
export function applyFilter(graph: WeaverGraph, filter: MapFilter): Visibility {
  const hiddenNodes = new Set<string>();
  const ego =
    filter.ego && graph.hasNode(filter.ego.node)
      ? egoNetwork(graph, filter.ego.node, filter.ego.steps)
      : null;
  // Only attributes with something unticked are read.
  const active = FILTER_KEYS.map(({ key }) => ({ key, excluded: excludedValues(filter, key) })).filter(
    ({ excluded }) => excluded.size > 0,
  );
  graph.forEachNode((node) => {
    const excluded = active.some(({ key, excluded }) => isExcluded(valuesOf(graph, node, key), excluded));
    if (excluded || (ego !== null && !ego.has(node))) hiddenNodes.add(node);
  });
  const hiddenEdges = new Set<string>();
  const withTie = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || attributes.weight < filter.minWeight) {
      hiddenEdges.add(edge);
    } else {
      withTie.add(source);
      withTie.add(target);
    }
  });
  if (filter.hideIsolates) {
    graph.forEachNode((node) => {
      if (!withTie.has(node)) hiddenNodes.add(node);
    });
  }
  return { hiddenNodes, hiddenEdges, shown: graph.order - hiddenNodes.size, total: graph.order };
}
