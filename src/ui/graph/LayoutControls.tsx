import { useEffect, useEffectEvent, useState, useSyncExternalStore } from "react";
import { ProgressBar } from "../common/ProgressBar";
import { LayoutRunner } from "./layoutRunner";
import type { RenderGraph } from "./renderGraph";

interface LayoutControlsProps {
  graph: RenderGraph;
  /** False when everyone on the graph already has a place (a restored or rebuilt map). */
  autoStart: boolean;
  /** Called each time the layout stops, with the positions settled on the graph. */
  onSettled: (graph: RenderGraph) => void;
}

/** Starts ForceAtlas2 on each new network that needs it; Stop and Restart for the user. */
export function LayoutControls({ graph, autoStart, onSettled }: LayoutControlsProps) {
  const [runner] = useState(() => new LayoutRunner());
  const layout = useSyncExternalStore(runner.subscribe, runner.getSnapshot);
  const start = useEffectEvent(() => autoStart);
  // The graph on screen unless told otherwise: a cleanup passes the graph it is leaving.
  const settled = useEffectEvent((positioned: RenderGraph = graph) => onSettled(positioned));

  useEffect(() => {
    runner.attach(graph, start());
    return () => {
      // A run cut short by a new network (a time window) has still moved people closer to their places.
      if (runner.getSnapshot().running) settled(graph);
      runner.detach();
    };
  }, [runner, graph]);

  // Only when a run stops: a new graph arrives with the positions it was given, nothing to keep.
  useEffect(() => {
    if (layout.settled > 0) settled();
  }, [layout.settled]);

  return (
    <div className="layout-controls">
      {layout.running ? (
        <button type="button" className="button" onClick={() => runner.stop()}>
          Stop layout
        </button>
      ) : (
        <button type="button" className="button" onClick={() => runner.start()} disabled={graph.order === 0}>
          Restart layout
        </button>
      )}
      <ProgressBar
        taskId={layout.running ? layout.runId : null}
        label="Arranging the network"
        fraction={layout.fraction}
      />
    </div>
  );
}
