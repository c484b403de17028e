import { useEffect } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { RenderGraph } from "../graph/renderGraph";

interface AppearanceControllerProps {
  graph: RenderGraph;
  /** The network shown: people the drawing keeps from other time windows are hidden and keep their look. */
  network: WeaverGraph;
  colourOf: (node: string) => string;
  sizes: ReadonlyMap<string, number>;
}

/**
 * Writes the chosen colours and sizes into the drawn graph in one batch; sigma redraws
 * on the graph's update event, and the layout (which only moves positions) carries on.
 */
export function AppearanceController({ graph, network, colourOf, sizes }: AppearanceControllerProps) {
  useEffect(() => {
    graph.updateEachNodeAttributes(
      (node, attributes) =>
        network.hasNode(node)
          ? { ...attributes, color: colourOf(node), size: sizes.get(node) ?? attributes.size }
          : attributes,
      { attributes: ["color", "size"] },
    );
  }, [graph, network, colourOf, sizes]);
  return null;
}
