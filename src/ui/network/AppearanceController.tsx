import { useEffect } from "react";
import type { RenderGraph } from "../graph/renderGraph";

interface AppearanceControllerProps {
  graph: RenderGraph;
  colourOf: (node: string) => string;
  sizes: ReadonlyMap<string, number>;
}

/**
 * Writes the chosen colours and sizes into the drawn graph in one batch; sigma redraws
 * on the graph's update event, and the layout (which only moves positions) carries on.
 */
export function AppearanceController({ graph, colourOf, sizes }: AppearanceControllerProps) {
  useEffect(() => {
    graph.updateEachNodeAttributes(
      (node, attributes) => ({
        ...attributes,
        color: colourOf(node),
        size: sizes.get(node) ?? attributes.size,
      }),
      { attributes: ["color", "size"] },
    );
  }, [graph, colourOf, sizes]);
  return null;
}
