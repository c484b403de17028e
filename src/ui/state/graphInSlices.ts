/**
 * The network the worker built, put together on the page a slice at a time. A graph of a
 * hundred thousand ties takes a few hundred milliseconds to rebuild from its serialised form;
 * in one go that freezes the page (and the progress bar) for as long. The result is the same
 * as Graph.from's.
 */
import Graph from "graphology";
import type { Attributes, SerializedGraph } from "graphology-types";

/** About 30 ms of a modest computer's time for ties, garbage collection included. */
const SLICE = 5_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function graphInSlices<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
>(data: SerializedGraph<N, E, G>, slice = SLICE): Promise<Graph<N, E, G>> {
  const graph = new Graph<N, E, G>(data.options);
  graph.import({ attributes: data.attributes });
  for (let i = 0; i < data.nodes.length; i += slice) {
    graph.import({ nodes: data.nodes.slice(i, i + slice) });
    await nextTask();
  }
  for (let i = 0; i < data.edges.length; i += slice) {
    graph.import({ edges: data.edges.slice(i, i + slice) });
    await nextTask();
  }
  return graph;
}
