/**
 * Hover and selection: the person under the pointer (or else the selected person)
 * stays in colour with their contacts and their ties; everyone else fades.
 * With nobody in focus, an optional emphasis (the bottlenecks, say) keeps a few people
 * and ties in colour and fades the rest. Done with sigma's reducers, so the graph's own
 * attributes are never rewritten.
 *
 * Written for maps of a hundred thousand ties, where having sigma look at every tie again
 * blocks the page for a few hundred milliseconds:
 * - a change of focus redraws the people only: the person's ties are drawn on a layer of
 *   their own while sigma draws no ties (focusTies.ts, tiePrograms.ts), and their contacts go
 *   up to sigma's hover layer, so faded people never cover them;
 * - a filter redraws only the people and ties it shows or hides, in short slices
 *   (visibilityChanges.ts, redrawQueue.ts);
 * - only a new emphasis has sigma index the whole map again, to stack emphasised ties on top.
 */
import { useEffect, useEffectEvent, useRef } from "react";
import { drawDiscNodeHover, drawDiscNodeLabel, type NodeHoverDrawingFunction } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { createFocusTiesLayer, drawFocusTies, FOCUS_TIES_LAYER } from "./focusTies";
import type { HiddenOnMap, KeySet } from "./hiddenOnMap";
import { RedrawQueue } from "./redrawQueue";
import type { RenderEdge, RenderNode } from "./renderGraph";
import { scheduleReindex, useSigma, type WeaverSigma } from "./SigmaContainer";
import { setTiesDrawn } from "./tiePrograms";
import { timed } from "./userTiming";
import { visibilityChanges } from "./visibilityChanges";

export const FADED_NODE_COLOR = "#E4E7EB";
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
  /** People and ties the map hides (filters, time window). Sigma has one reducer pair, so hiding is applied here first. */
  hidden?: HiddenOnMap | null;
}

interface FocusState {
  hovered: string | null;
  selected: string | null;
  emphasis: Emphasis | null;
  hidden: HiddenOnMap | null;
  /** People hidden when sigma last indexed the map: it left them out of its choice of labels. */
  unindexed: KeySet;
}

const NOBODY: ReadonlySet<string> = new Set();
const HIDDEN = { hidden: true } as const;
/**
 * Sigma hands each reducer call a fresh copy of the attributes, so hiding in place spares an
 * object per person or tie: a filter on a large network hides tens of thousands at once.
 */
const hide = <T extends object>(data: T): T & { hidden: true } => Object.assign(data, HIDDEN);

export function HighlightController({
  selected,
  onSelect,
  emphasis = null,
  hidden = null,
}: HighlightControllerProps) {
  const sigma = useSigma();
  const focus = useRef<FocusState>({
    hovered: null,
    selected: null,
    emphasis: null,
    hidden: null,
    unindexed: NOBODY,
  });
  const queue = useRef<RedrawQueue | null>(null);
  const select = useEffectEvent(onSelect);

  useEffect(() => {
    const state = focus.current;
    // Read the graph from sigma on every call: it is swapped on each import.
    const centreIn = () => {
      const centre = state.hovered ?? state.selected;
      return centre !== null && sigma.getGraph().hasNode(centre) ? centre : null;
    };
    const contactsNamed = (centre: string) => sigma.getGraph().degree(centre) <= MAX_FORCED_LABELS;
    const isHidden = (edge: string) => state.hidden?.hiddenEdges.has(edge) ?? false;
    // A tie the time window leaves out is still on the drawn graph: it must not make a contact.
    const shownTie = (edge: string) => !isHidden(edge);
    const visiblyTied = (a: string, b: string) => {
      const graph = sigma.getGraph();
      return (
        graph.someEdge(a, b, shownTie) || (graph.type !== "undirected" && graph.someEdge(b, a, shownTie))
      );
    };

    const nodeReducer = (node: string, data: RenderNode): Partial<NodeDisplayData> => {
      if (state.hidden?.hiddenNodes.has(node)) return hide(data);
      const centre = centreIn();
      if (centre === null) {
        if (!state.emphasis) return data;
        if (state.emphasis.nodes.has(node))
          return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
        if (state.emphasis.context?.has(node)) return { ...data, label: "", zIndex: 1 };
        return { ...data, color: FADED_NODE_COLOR, label: "", zIndex: 0 };
      }
      if (node === centre) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      // Contacts go up to the hover layer, where drawHover names them (not twice on the label layer).
      if (visiblyTied(node, centre)) return { ...data, highlighted: true, label: "", zIndex: 1 };
      return { ...data, color: FADED_NODE_COLOR, label: "", zIndex: 0 };
    };
    // Ties do not depend on the focus: while someone is in focus, sigma draws none.
    const edgeReducer = (edge: string, data: RenderEdge): Partial<EdgeDisplayData> => {
      if (isHidden(edge)) return hide(data);
      if (!state.emphasis) return data;
      if (state.emphasis.edges.has(edge)) {
        return { ...data, color: EMPHASIS_EDGE_COLOR, size: data.size + 1.5, zIndex: 1 };
      }
      return { ...data, color: FADED_EDGE_COLOR, zIndex: 0 };
    };
    // The hover layer's drawing: the person in focus (and emphasised people) in sigma's label
    // box; their contacts by name when there are few, else unnamed.
    const drawHover: NodeHoverDrawingFunction<RenderNode, RenderEdge> = (context, data, settings) => {
      const centre = centreIn();
      const key = (data as { key?: string }).key;
      if (centre === null || key === centre || key === undefined) {
        drawDiscNodeHover(context, data, settings);
      } else if (contactsNamed(centre)) {
        drawDiscNodeLabel(
          context,
          { ...data, label: sigma.getGraph().getNodeAttribute(key, "label") },
          settings,
        );
      }
    };
    sigma.setSettings({ nodeReducer, edgeReducer, defaultDrawNodeHover: drawHover });

    const canvas = createFocusTiesLayer(sigma);
    // Each frame: sigma draws all ties or none, and the focus layer the focused person's.
    const chooseTies = () => setTiesDrawn(sigma, centreIn() === null);
    const drawTies = () => drawFocusTies(sigma, canvas, centreIn(), isHidden);
    sigma.on("beforeRender", chooseTies);
    sigma.on("afterRender", drawTies);
    const rememberIndexed = () => (state.unindexed = state.hidden?.hiddenNodes ?? NOBODY);
    sigma.on("afterProcess", rememberIndexed);
    queue.current = new RedrawQueue(sigma, () => indexIfLabelsMissing(sigma, state));

    const onEnter = ({ node }: { node: string }) => {
      state.hovered = node;
      redrawFocus(sigma, "hover");
    };
    const onLeave = () => {
      state.hovered = null;
      redrawFocus(sigma, "hover");
    };
    const onClickNode = ({ node }: { node: string }) => select(node);
    const onClickStage = () => select(null);
    sigma.on("enterNode", onEnter);
    sigma.on("leaveNode", onLeave);
    sigma.on("clickNode", onClickNode);
    sigma.on("clickStage", onClickStage);
    return () => {
      queue.current?.dispose();
      queue.current = null;
      sigma.off("enterNode", onEnter);
      sigma.off("leaveNode", onLeave);
      sigma.off("clickNode", onClickNode);
      sigma.off("clickStage", onClickStage);
      sigma.off("beforeRender", chooseTies);
      sigma.off("afterRender", drawTies);
      sigma.off("afterProcess", rememberIndexed);
      sigma.killLayer(FOCUS_TIES_LAYER);
      setTiesDrawn(sigma, true);
      sigma.setSettings({ nodeReducer: null, edgeReducer: null, defaultDrawNodeHover: drawDiscNodeHover });
    };
  }, [sigma]);

  // Redraw only who a filter shows or hides.
  useEffect(() => {
    const changes = visibilityChanges(focus.current.hidden, hidden);
    focus.current.hidden = hidden;
    queue.current?.add(changes.nodes, changes.edges);
  }, [sigma, hidden]);

  useEffect(() => {
    focus.current.selected = selected;
    redrawFocus(sigma, "select");
  }, [sigma, selected]);

  // An emphasis restyles ties and stacks the emphasised ones on top: sigma indexes the map again.
  useEffect(() => {
    if (focus.current.emphasis === emphasis) return;
    focus.current.emphasis = emphasis;
    timed("emphasis", () => sigma.refresh());
  }, [sigma, emphasis]);

  return null;
}

/**
 * A new person in focus (or none): the people are redrawn, and after the frame is drawn the
 * tie layers follow (see drawTies).
 */
function redrawFocus(sigma: WeaverSigma, measure: string): void {
  timed(measure, () =>
    sigma.refresh({
      partialGraph: { nodes: sigma.getGraph().nodes() },
      skipIndexation: true,
      schedule: true,
    }),
  );
}

/**
 * Sigma chooses which labels to show when it indexes the map, among the people shown then.
 * When a filter or a time window brings back someone who was hidden at that time, the map is
 * indexed again (once the change is drawn) so that they can be named. Hiding people does not:
 * indexing costs about 100 ms of a modest computer's time on a hundred thousand ties, and the
 * names shown stay right, only fewer until the next indexing.
 */
function indexIfLabelsMissing(sigma: WeaverSigma, state: FocusState): void {
  const hiddenNow = state.hidden?.hiddenNodes ?? NOBODY;
  for (const node of state.unindexed) {
    if (!hiddenNow.has(node)) {
      scheduleReindex(sigma);
      return;
    }
  }
}
