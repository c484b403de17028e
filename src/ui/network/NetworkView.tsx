import { useMemo } from "react";
import type { LoadedNetwork } from "../state/appState";
import { GraphDataController } from "../graph/GraphDataController";
import { HighlightController } from "../graph/HighlightController";
import { LayoutControls } from "../graph/LayoutControls";
import { Legend } from "../graph/Legend";
import { sectorPalette } from "../graph/palette";
import { PersonPanel } from "../graph/PersonPanel";
import { buildRenderGraph } from "../graph/renderGraph";
import { SearchBox } from "../graph/SearchBox";
import { SigmaContainer } from "../graph/SigmaContainer";

interface NetworkViewProps {
  network: LoadedNetwork;
  selected: string | null;
  onSelect: (node: string | null) => void;
}

/** The map and its side panel. Controllers drive the one sigma instance; the panel reads the imported graph. */
export function NetworkView({ network, selected, onSelect }: NetworkViewProps) {
  const palette = useMemo(() => sectorPalette(network.graph), [network]);
  const renderGraph = useMemo(() => buildRenderGraph(network.graph, palette), [network, palette]);
  const person = selected !== null && network.graph.hasNode(selected) ? selected : null;

  return (
    <div className="network-view">
      <div className="map-column">
        <SigmaContainer label={`Network map of ${network.graph.order} people`}>
          <GraphDataController graph={renderGraph} />
          <HighlightController selected={person} onSelect={onSelect} />
          <div className="map-toolbar">
            <SearchBox graph={network.graph} onSelect={onSelect} />
            <LayoutControls graph={renderGraph} />
          </div>
        </SigmaContainer>
        <Legend palette={palette} />
      </div>
      <aside className="side-panel" aria-label="Details">
        {person !== null ? (
          <PersonPanel graph={network.graph} node={person} onSelect={onSelect} />
        ) : (
          <div className="panel-hint">
            <h2>Explore</h2>
            <p>Point at a person to see their contacts; click to see their details and ties.</p>
            <p>Search by name to find someone. Drag to move around, scroll to zoom.</p>
            <p className="muted">
              Colours show sectors, bigger circles more contacts, hollow circles people who are not in the
              registry.
            </p>
          </div>
        )}
      </aside>
    </div>
  );
}
