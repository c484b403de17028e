/**
 * Redraws chosen people and ties on the map a slice at a time, each slice in a task of its own
 * and ending once it has taken SLICE_MS, so that the page keeps answering while a filter takes
 * effect on a network of a hundred thousand ties (redrawing them all at once blocks the page
 * for a few hundred milliseconds on a modest computer). Sigma asks the reducers again for each
 * item redrawn, so redrawing an item twice is harmless and the order does not matter: a newer
 * change only adds its items to those still waiting.
 */
import type { WeaverSigma } from "./SigmaContainer";
import { timed } from "./userTiming";

const SLICE_MS = 30;
/**
 * Items redrawn between two looks at the clock. Small enough that a slice overshoots SLICE_MS
 * by little even where items cost more (a tie shown costs more than a tie hidden).
 */
const BATCH = 1_000;

export class RedrawQueue {
  private readonly nodes = new Set<string>();
  private readonly edges = new Set<string>();
  private graph: unknown = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

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
    const started = performance.now();
    timed("filter", () => {
      while (this.pending && performance.now() - started < SLICE_MS) {
        const nodes = take(this.nodes, BATCH, (node) => graph.hasNode(node));
        const edges = take(this.edges, BATCH - nodes.length, (edge) => graph.hasEdge(edge));
        this.sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
      }
    });
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
