import { useEffect, useState, useSyncExternalStore } from "react";
import { ProgressBar } from "../common/ProgressBar";
import { LayoutRunner } from "./layoutRunner";
import type { RenderGraph } from "./renderGraph";

/** Starts ForceAtlas2 on each new network; Stop and Restart for the user. */
export function LayoutControls({ graph }: { graph: RenderGraph }) {
  const [runner] = useState(() => new LayoutRunner());
  const layout = useSyncExternalStore(runner.subscribe, runner.getSnapshot);

  useEffect(() => {
    runner.attach(graph);
    return () => runner.detach();
  }, [runner, graph]);

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
