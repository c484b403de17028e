import { useMemo, useState } from "react";
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import type { LoadedNetwork } from "../state/appState";
import { CameraMemoryController } from "../graph/CameraMemoryController";
import { GraphDataController } from "../graph/GraphDataController";
import { HighlightController } from "../graph/HighlightController";
import { LayoutControls } from "../graph/LayoutControls";
import { Legend } from "../graph/Legend";
import { sectorPalette } from "../graph/palette";
import { PersonPanel } from "../graph/PersonPanel";
import { SavePngButton } from "../graph/SavePngButton";
import { SearchBox } from "../graph/SearchBox";
import { SigmaContainer } from "../graph/SigmaContainer";
import { useAnalysisResult } from "../analysis/AnalysisContext";
import { PersonMeasuresList } from "../people/PersonMeasuresList";
import { MapFocusPanel } from "../recommend/MapFocusPanel";
import { SuggestionLayer } from "../recommend/SuggestionLayer";
import { useMapOverlay } from "../recommend/useMapOverlay";
import {
  colourOptions,
  colouring,
  measuresById,
  shownAppearance,
  sizeLegend,
  sizes,
  type Appearance,
} from "./appearance";
import { AppearanceController } from "./AppearanceController";
import { AppearanceControls } from "./AppearanceControls";
import { FilterControls } from "./FilterControls";
import { applyFilter, type MapFilter } from "./filters";
import { FocusController, type FocusRequest } from "./FocusController";
import { HighlightNotes } from "./HighlightNotes";
import { SectorLevelMap, SectorLevelNotes } from "./SectorLevel";
import { sectorLegend, visibleSectorMixing } from "./visibleSectors";
import { useMapHighlight } from "./useMapHighlight";
import { usePeopleOnFocus } from "./usePeopleOnFocus";
import { mapGraphOf, rememberLayout, windowMapOf } from "./mapGraph";
import { outsideWindow } from "./drawnWindow";
import { hiddenByEither } from "../graph/hiddenOnMap";
import { WindowController } from "./WindowController";

const NO_MEASURES: ReadonlyMap<string, PersonMeasures> = new Map();

interface NetworkViewProps {
  network: LoadedNetwork;
  selected: string | null;
  onSelect: (node: string | null) => void;
  appearance: Appearance;
  onAppearance: (appearance: Appearance) => void;
  filter: MapFilter;
  onFilter: (filter: MapFilter) => void;
  focus: FocusRequest | null;
}

/** The map and its side panel. Controllers drive the one sigma instance; the panel reads the imported graph. */
export function NetworkView({
  network,
  selected,
  onSelect,
  appearance,
  onAppearance,
  filter,
  onFilter,
  focus,
}: NetworkViewProps) {
  const analysis = useAnalysisResult();
  const visibility = useMemo(() => applyFilter(network.graph, filter), [network, filter]);
  const sectorColours = useMemo(() => sectorPalette(network.graph), [network]);
  // Drawn once per network, and kept for its other time windows (drawnWindow.ts); a network
  // rebuilt otherwise starts from the live positions of the map it replaces.
  const [builtMap, setBuiltMap] = useState(() => mapGraphOf(network.graph, sectorColours, null));
  let map = builtMap;
  if (map.network !== network.graph) {
    map = network.windowOnly
      ? windowMapOf(builtMap, network.graph)
      : mapGraphOf(network.graph, sectorColours, network.rebuiltFrom !== null ? builtMap.graph : null);
    setBuiltMap(map);
  }
  const renderGraph = map.graph;
  const outside = useMemo(
    () => (map.drawnFrom === network.graph ? null : outsideWindow(map.graph, network.graph)),
    [map.drawnFrom, map.graph, network.graph],
  );
  const hiddenOnMap = useMemo(() => hiddenByEither(visibility, outside), [visibility, outside]);
  const byId = useMemo(() => measuresById(analysis), [analysis]);
  const colourChoices = useMemo(() => colourOptions(network.graph), [network]);
  // Choices that need the analysis fall back to the defaults until it is there, and choices
  // this network does not offer (a saved colour by a column it lacks) fall back for good.
  const shown = shownAppearance(appearance, colourChoices, analysis !== null);
  usePeopleOnFocus(focus, appearance, onAppearance);
  // Only the choices that read the measures change with a new analysis: the others leave the
  // drawn graph alone, so a large map is not re-indexed for nothing when the results arrive.
  const colourMeasures = shown.colourBy === "community" ? byId : NO_MEASURES;
  const sizeMeasures = shown.sizeBy === "contacts" ? NO_MEASURES : byId;
  const colouredBy = useMemo(
    () => colouring(network.graph, colourMeasures, shown.colourBy),
    [network, colourMeasures, shown.colourBy],
  );
  const sizing = useMemo(
    () => sizes(network.graph, sizeMeasures, shown.sizeBy),
    [network, sizeMeasures, shown.sizeBy],
  );
  const highlighted = useMapHighlight(network.graph, shown.highlight, analysis);
  // Recommendations the user chose to see on the map take the place of the highlight mode.
  const overlay = useMapOverlay(network.graph);
  const drawn = overlay.emphasis ? { ...overlay, brokers: null } : highlighted.view;
  // Brokers are coloured by their role instead of the chosen colouring.
  const colours = drawn.brokers?.colours ?? colouredBy;
  const colourLabel = drawn.brokers
    ? "the kind of go-between they are most often"
    : colourChoices.find((o) => o.value === shown.colourBy)?.label;
  const sectorsShown = shown.level === "sectors";
  const sectorMixing = useMemo(
    () => (sectorsShown ? visibleSectorMixing(network.graph, visibility) : null),
    [sectorsShown, network, visibility],
  );
  const person = selected !== null && network.graph.hasNode(selected) ? selected : null;
  const measures = person !== null ? byId.get(person) : undefined;

  return (
    <div className="network-view">
      <div className="map-column">
        <SigmaContainer label={`Network map of ${network.graph.order} people`}>
          <GraphDataController graph={renderGraph} frame={map.frame} />
          <CameraMemoryController graph={renderGraph} />
          <AppearanceController
            graph={renderGraph}
            network={network.graph}
            colourOf={colours.colourOf}
            sizes={sizing}
          />
          <HighlightController
            selected={person}
            onSelect={onSelect}
            emphasis={drawn.emphasis}
            hidden={hiddenOnMap}
          />
          <WindowController
            graph={renderGraph}
            network={network.graph}
            palette={sectorColours}
            lookOf={(node) => ({ color: colours.colourOf(node), size: sizing.get(node) })}
          />
          <SuggestionLayer ties={drawn.ties} frame={overlay.frame} />
          <FocusController request={focus} />
          {/* Laid over the map of people, which stays mounted: one sigma instance for the app's life. */}
          {sectorMixing && <SectorLevelMap mixing={sectorMixing} palette={sectorColours} />}
          <div className="map-toolbar" hidden={sectorsShown}>
            <SearchBox graph={network.graph} onSelect={onSelect} />
            <LayoutControls graph={renderGraph} autoStart={map.needsLayout} onSettled={rememberLayout} />
            <SavePngButton />
          </div>
        </SigmaContainer>
        <AppearanceControls
          appearance={shown}
          onChange={(change) => onAppearance({ ...appearance, ...change })}
          analysed={analysis !== null}
          colourOptions={colourChoices}
        />
        <FilterControls graph={network.graph} filter={filter} onChange={onFilter} visibility={visibility} />
        {sectorMixing ? (
          <Legend
            palette={sectorLegend(sectorMixing, sectorColours)}
            colour="sector"
            size="more people"
            people={false}
            lineWidth="more ties between the two sectors"
          />
        ) : (
          <Legend
            palette={colours.palette}
            colour={colourLabel}
            size={sizeLegend(shown.sizeBy)}
            dashed={drawn.ties.length > 0 ? "a suggested introduction, not a tie yet" : undefined}
          />
        )}
      </div>
      <aside className="side-panel" aria-label="Details">
        {sectorMixing ? (
          <SectorLevelNotes mixing={sectorMixing} />
        ) : person !== null ? (
          <PersonPanel
            graph={network.graph}
            node={person}
            onSelect={onSelect}
            ego={filter.ego?.node === person ? filter.ego.steps : null}
            onEgo={(steps) => onFilter({ ...filter, ego: steps === null ? null : { node: person, steps } })}
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
            <HighlightNotes
              highlight={shown.highlight}
              view={highlighted.view}
              pending={highlighted.pending}
              onSelect={onSelect}
            />
          </div>
        )}
      </aside>
    </div>
  );
}
