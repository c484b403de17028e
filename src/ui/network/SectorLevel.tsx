import { measureOutput } from "../../analysis/registry";
import type { SectorMixingResult } from "../../analysis/sectorMixing";
import { SectorNetworkPicture } from "../bridges/SectorNetworkPicture";
import { SectorPairs } from "../bridges/SectorPairs";
import { plural } from "../common/format";
import type { SectorPalette } from "../graph/palette";

/**
 * The sector map, laid over the map of people while it is shown. The map of people stays
 * mounted underneath (the app keeps one sigma instance for its whole life), so going back is
 * instant and keeps the layout, camera and highlight where they were.
 */
export function SectorLevelMap({ mixing, palette }: { mixing: SectorMixingResult; palette: SectorPalette }) {
  const sectors = mixing.people.filter((people) => people > 0).length;
  return (
    <div className="sector-level" data-testid="sector-level-map" data-sectors={sectors}>
      <SectorNetworkPicture mixing={mixing} palette={palette} testId="sector-level-network" />
    </div>
  );
}

/** The side panel beside the sector map: how to read it, and the sectors that never meet. */
export function SectorLevelNotes({ mixing }: { mixing: SectorMixingResult }) {
  const sectors = mixing.people.filter((people) => people > 0).length;
  return (
    <div className="panel-hint" data-testid="sector-level-notes">
      <h2>Sectors</h2>
      <p>{measureOutput("sectorNetwork").explanation}</p>
      <p>
        {plural(sectors, "sector", "sectors")}; {plural(mixing.between.ties, "tie crosses", "ties cross")} a
        sector line and {plural(mixing.within.ties, "tie stays", "ties stay")} inside one. The filters apply
        here too.
      </p>
      <SectorPairs mixing={mixing} heading="h3" />
    </div>
  );
}
