/**
 * Redraws chosen people and ties on the map a slice at a time, each slice in a task of its own
 * and sized to take about SLICE_MS, so that the page keeps answering while a filter takes
 * effect on a network of a hundred thousand ties (redrawing them all at once blocks the page
 * for a few hundred milliseconds on a modest computer). Sigma asks the reducers again for each
 * item redrawn, so redrawing an item twice is harmless and the order does not matter: a newer
 * change only adds its items to those still waiting.
 */
import type { WeaverSigma } from "./SigmaContainer";
import { timed } from "./userTiming";

const SLICE_MS = 30;
/** The first slice's size, before the queue has timed one. */
const FIRST_SLICE = 8_000;
const MIN_SLICE = 1_000;
/** However fast the last slices went: one slow slice (a garbage collection) must not follow a lucky one. */
const MAX_SLICE = 40_000;

export class RedrawQueue {
  private readonly nodes = new Set<string>();
  private readonly edges = new Set<string>();
  private graph: unknown = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Measured cost of redrawing one item, in ms. */
  private perItem = SLICE_MS / FIRST_SLICE;

  constructor(
    private readonly sigma: WeaverSigma,
    /** Called once nothing is left to redraw. */
    private readonly onDrained: () => void,
  ) {}

  add(nodes: Iterable<string>, edges: Iterable<string>): void {
    this.forgetOtherGraph();
    for (const node of nodes) this.nodes.add(node);
    for (const edge of edges) this.edges.add(edge);
    if (this.timer === null && this.nodes.size + this.edges.size > 0) {
      this.timer = setTimeout(this.slice, 0);
    }
  }

  get pending(): boolean {
    return this.nodes.size + this.edges.size > 0;
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.nodes.clear();
    this.edges.clear();
  }

  /** A new graph was drawn in full: what was waiting belonged to the old one. */
  private forgetOtherGraph(): void {
    const graph = this.sigma.getGraph();
    if (graph === this.graph) return;
    this.graph = graph;
    this.nodes.clear();
    this.edges.clear();
  }

  private readonly slice = (): void => {
    this.timer = null;
    this.forgetOtherGraph();
    const graph = this.sigma.getGraph();
    const size = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.floor(SLICE_MS / this.perItem)));
    const nodes = take(this.nodes, size, (node) => graph.hasNode(node));
    const edges = take(this.edges, size - nodes.length, (edge) => graph.hasEdge(edge));
    if (nodes.length + edges.length > 0) {
      const started = performance.now();
      timed("filter", () =>
        this.sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true }),
      );
      const elapsed = performance.now() - started;
      // Smoothed, so one slow slice (a garbage collection) does not halve the next ones.
      this.perItem = 0.5 * this.perItem + (0.5 * Math.max(elapsed, 1)) / (nodes.length + edges.length);
    }
    if (this.pending) this.timer = setTimeout(this.slice, 0);
    else this.onDrained();
  };
}

/** Removes up to `count` keys from `keys` and returns those that pass `keep`. */
function take(keys: Set<string>, count: number, keep: (key: string) => boolean): string[] {
  const taken: string[] = [];
  if (count <= 0) return taken;
  let removed = 0;
  for (const key of keys) {
    keys.delete(key);
    if (keep(key)) taken.push(key);
    if (++removed >= count) break;
  }
  return taken;
}
