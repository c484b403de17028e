import { useMemo, useState } from "react";
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import type { LoadedNetwork } from "../state/appState";
import { GraphDataController } from "../graph/GraphDataController";
import { HighlightController } from "../graph/HighlightController";
import { LayoutControls } from "../graph/LayoutControls";
import { Legend } from "../graph/Legend";
import { sectorPalette } from "../graph/palette";
import { PersonPanel } from "../graph/PersonPanel";
import { buildRenderGraph } from "../graph/renderGraph";
import { SavePngButton } from "../graph/SavePngButton";
import { SearchBox } from "../graph/SearchBox";
import { SigmaContainer } from "../graph/SigmaContainer";
import { useAnalysisResult } from "../analysis/AnalysisContext";
import { PersonMeasuresList } from "../people/PersonMeasuresList";
import { MapFocusPanel } from "../recommend/MapFocusPanel";
import { SuggestionLayer } from "../recommend/SuggestionLayer";
import { useMapOverlay } from "../recommend/useMapOverlay";
import {
  HIGHLIGHT_NOTES,
  COLOUR_OPTIONS,
  colouring,
  emphasisFor,
  measuresById,
  sizeLegend,
  sizes,
  type Appearance,
} from "./appearance";
import { AppearanceController } from "./AppearanceController";
import { AppearanceControls } from "./AppearanceControls";
import { FilterControls } from "./FilterControls";
import { applyFilter, NO_FILTER, type MapFilter } from "./filters";
import { FocusController, type FocusRequest } from "./FocusController";

const NO_MEASURES: ReadonlyMap<string, PersonMeasures> = new Map();

interface NetworkViewProps {
  network: LoadedNetwork;
  selected: string | null;
  onSelect: (node: string | null) => void;
  appearance: Appearance;
  onAppearance: (appearance: Appearance) => void;
  focus: FocusRequest | null;
}

/** The map and its side panel. Controllers drive the one sigma instance; the panel reads the imported graph. */
export function NetworkView({
  network,
  selected,
  onSelect,
  appearance,
  onAppearance,
  focus,
}: NetworkViewProps) {
  const analysis = useAnalysisResult();
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const visibility = useMemo(() => applyFilter(network.graph, filter), [network, filter]);
  const renderGraph = useMemo(() => buildRenderGraph(network.graph, sectorPalette(network.graph)), [network]);
  const byId = useMemo(() => measuresById(analysis), [analysis]);
  // Choices that need the analysis fall back to the defaults until it is there.
  const shown: Appearance = analysis
    ? appearance
    : {
        colourBy: appearance.colourBy === "community" ? "sector" : appearance.colourBy,
        sizeBy: "contacts",
        highlight: "none",
      };
  // Only the choices that read the measures change with a new analysis: the others leave the
  // drawn graph alone, so a large map is not re-indexed for nothing when the results arrive.
  const colourMeasures = shown.colourBy === "community" ? byId : NO_MEASURES;
  const sizeMeasures = shown.sizeBy === "contacts" ? NO_MEASURES : byId;
  const colours = useMemo(
    () => colouring(network.graph, colourMeasures, shown.colourBy),
    [network, colourMeasures, shown.colourBy],
  );
  const sizing = useMemo(
    () => sizes(network.graph, sizeMeasures, shown.sizeBy),
    [network, sizeMeasures, shown.sizeBy],
  );
  const emphasis = useMemo(
    () => emphasisFor(network.graph, analysis, shown.highlight),
    [network, analysis, shown.highlight],
  );
  // Recommendations the user chose to see on the map take the place of the highlight mode.
  const overlay = useMapOverlay(network.graph);
  const person = selected !== null && network.graph.hasNode(selected) ? selected : null;
  const measures = person !== null ? byId.get(person) : undefined;
  const colourLabel = COLOUR_OPTIONS.find((o) => o.value === shown.colourBy)?.label;

  return (
    <div className="network-view">
      <div className="map-column">
        <SigmaContainer label={`Network map of ${network.graph.order} people`}>
          <GraphDataController graph={renderGraph} />
          <AppearanceController graph={renderGraph} colourOf={colours.colourOf} sizes={sizing} />
          <HighlightController
            selected={person}
            onSelect={onSelect}
            emphasis={overlay.emphasis ?? emphasis}
            hidden={visibility}
          />
          <SuggestionLayer ties={overlay.ties} frame={overlay.frame} />
          <FocusController request={focus} />
          <div className="map-toolbar">
            <SearchBox graph={network.graph} onSelect={onSelect} />
            <LayoutControls graph={renderGraph} />
            <SavePngButton />
          </div>
        </SigmaContainer>
        <AppearanceControls appearance={shown} onChange={onAppearance} analysed={analysis !== null} />
        <FilterControls graph={network.graph} filter={filter} onChange={setFilter} visibility={visibility} />
        <Legend palette={colours.palette} colour={colourLabel} size={sizeLegend(shown.sizeBy)} />
      </div>
      <aside className="side-panel" aria-label="Details">
        {person !== null ? (
          <PersonPanel
            graph={network.graph}
            node={person}
            onSelect={onSelect}
            ego={filter.ego?.node === person ? filter.ego.steps : null}
            onEgo={(steps) => setFilter({ ...filter, ego: steps === null ? null : { node: person, steps } })}
          >
            {measures && analysis && <PersonMeasuresList person={measures} analysis={analysis} />}
          </PersonPanel>
        ) : overlay.emphasis ? (
          <MapFocusPanel graph={network.graph} onSelect={onSelect} />
        ) : (
          <div className="panel-hint">
            <h2>Explore</h2>
            <p>Point at a person to see their contacts; click to see their details and ties.</p>
            <p>Search by name to find someone. Drag to move around, scroll to zoom.</p>
            <p className="muted">
              Colours show {colourLabel ?? "sectors"}, bigger circles {sizeLegend(shown.sizeBy)}, hollow
              circles people who are not in the registry.
            </p>
            {HIGHLIGHT_NOTES[shown.highlight] && <p>{HIGHLIGHT_NOTES[shown.highlight]}</p>}
          </div>
        )}
      </aside>
    </div>
  );
}
