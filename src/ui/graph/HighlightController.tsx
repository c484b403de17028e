/**
 * Hover and selection: the person under the pointer (or else the selected person)
 * stays in colour with their contacts and the ties between them; everyone else fades.
 * With nobody in focus, an optional emphasis (the bottlenecks, say) keeps a few people
 * and ties in colour and fades the rest. Done with sigma's reducers, so the graph's own
 * attributes are never rewritten.
 */
import { useEffect, useEffectEvent, useRef } from "react";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Visibility } from "../network/filters";
import type { RenderEdge, RenderNode } from "./renderGraph";
import { useSigma } from "./SigmaContainer";

export const FADED_NODE_COLOR = "#E4E7EB";
const FOCUS_EDGE_COLOR = "#6B7785";
const EMPHASIS_EDGE_COLOR = "#B3261E";
const FADED_EDGE_COLOR = "#EEF0F3";
/** Above this many contacts, naming every neighbour would bury the map in labels. */
const MAX_FORCED_LABELS = 30;

/** People and ties to keep in colour while nobody is hovered or selected. */
export interface Emphasis {
  /** Highlighted and named. */
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Kept in colour, unnamed: the other ends of emphasised ties, say. */
  context?: ReadonlySet<string>;
}

interface HighlightControllerProps {
  selected: string | null;
  onSelect: (node: string | null) => void;
  emphasis?: Emphasis | null;
  /** People and ties the map's filters hide. Sigma has one reducer pair, so hiding is applied here first. */
  hidden?: Visibility | null;
}

export function HighlightController({
  selected,
  onSelect,
  emphasis = null,
  hidden = null,
}: HighlightControllerProps) {
  const sigma = useSigma();
  const focus = useRef<{
    hovered: string | null;
    selected: string | null;
    emphasis: Emphasis | null;
    hidden: Visibility | null;
  }>({ hovered: null, selected: null, emphasis: null, hidden: null });
  const select = useEffectEvent(onSelect);

  useEffect(() => {
    const state = focus.current;
    // Read the graph from sigma on every call: it is swapped on each import.
    const centreIn = () => {
      const centre = state.hovered ?? state.selected;
      return centre !== null && sigma.getGraph().hasNode(centre) ? centre : null;
    };

    sigma.setSetting("nodeReducer", (node: string, data: RenderNode): Partial<NodeDisplayData> => {
      if (state.hidden?.hiddenNodes.has(node)) return { ...data, hidden: true };
      const centre = centreIn();
      if (centre === null) {
        if (!state.emphasis) return data;
        if (state.emphasis.nodes.has(node))
          return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
        if (state.emphasis.context?.has(node)) return { ...data, label: "", zIndex: 1 };
        return { ...data, color: FADED_NODE_COLOR, label: "", zIndex: 0 };
      }
      const graph = sigma.getGraph();
      if (node === centre) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      if (graph.areNeighbors(node, centre)) {
        return { ...data, forceLabel: graph.degree(centre) <= MAX_FORCED_LABELS, zIndex: 1 };
      }
      return { ...data, color: FADED_NODE_COLOR, label: "", zIndex: 0 };
    });
    sigma.setSetting("edgeReducer", (edge: string, data: RenderEdge): Partial<EdgeDisplayData> => {
      if (state.hidden?.hiddenEdges.has(edge)) return { ...data, hidden: true };
      const centre = centreIn();
      if (centre === null) {
        if (!state.emphasis) return data;
        if (state.emphasis.edges.has(edge)) {
          return { ...data, color: EMPHASIS_EDGE_COLOR, size: data.size + 1.5, zIndex: 1 };
        }
        return { ...data, color: FADED_EDGE_COLOR, zIndex: 0 };
      }
      if (sigma.getGraph().hasExtremity(edge, centre)) return { ...data, color: FOCUS_EDGE_COLOR, zIndex: 1 };
      return { ...data, hidden: true };
    });

    const refresh = () => sigma.refresh({ skipIndexation: true });
    const onEnter = ({ node }: { node: string }) => {
      state.hovered = node;
      refresh();
    };
    const onLeave = () => {
      state.hovered = null;
      refresh();
    };
    const onClickNode = ({ node }: { node: string }) => select(node);
    const onClickStage = () => select(null);
    sigma.on("enterNode", onEnter);
    sigma.on("leaveNode", onLeave);
    sigma.on("clickNode", onClickNode);
    sigma.on("clickStage", onClickStage);
    return () => {
      sigma.off("enterNode", onEnter);
      sigma.off("leaveNode", onLeave);
      sigma.off("clickNode", onClickNode);
      sigma.off("clickStage", onClickStage);
      sigma.setSetting("nodeReducer", null);
      sigma.setSetting("edgeReducer", null);
    };
  }, [sigma]);

  // Hiding changes what the label grid and hover index hold: a full refresh, not a repaint.
  useEffect(() => {
    focus.current.hidden = hidden;
    sigma.refresh();
  }, [sigma, hidden]);

  useEffect(() => {
    focus.current.selected = selected;
    focus.current.emphasis = emphasis;
    sigma.refresh({ skipIndexation: true });
  }, [sigma, selected, emphasis]);

  return null;
}
