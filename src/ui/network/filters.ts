/**
 * What the map shows: filters by sector, role and status, a minimum tie weight, hiding
 * isolates, and one person's ego network. Pure functions from the imported graph to the
 * people and ties to hide; the map hides them with sigma's reducers, so the drawn graph and
 * its layout are never rebuilt.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";

/** The person attributes a filter can narrow on. */
export type FilterKey = "sector" | "role" | "status";
export const FILTER_KEYS: readonly { key: FilterKey; label: string }[] = [
  { key: "sector", label: "Sector" },
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
  excluded: { sector: new Set(), role: new Set(), status: new Set() },
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

/** The value a person has for a filter attribute; NO_VALUE when blank. */
export function valueOf(graph: WeaverGraph, node: string, key: FilterKey): string {
  return graph.getNodeAttribute(node, key)?.trim() ?? NO_VALUE;
}

/** Every value of an attribute present in the graph, sorted, with NO_VALUE last. */
export function filterValues(graph: WeaverGraph, key: FilterKey): string[] {
  const values = new Set<string>();
  graph.forEachNode((node) => values.add(valueOf(graph, node, key)));
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
 * People and ties to hide. A person is hidden when an attribute value is excluded or they
 * are outside the ego network; a tie when either end is hidden or it is lighter than the
 * minimum; then, if asked, people left with no visible tie.
 */
export function applyFilter(graph: WeaverGraph, filter: MapFilter): Visibility {
  const hiddenNodes = new Set<string>();
  const ego =
    filter.ego && graph.hasNode(filter.ego.node)
      ? egoNetwork(graph, filter.ego.node, filter.ego.steps)
      : null;
  graph.forEachNode((node) => {
    const excluded = FILTER_KEYS.some(({ key }) => filter.excluded[key].has(valueOf(graph, node, key)));
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
