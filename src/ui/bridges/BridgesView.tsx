import { useMemo } from "react";
import { measureOutput } from "../../analysis/registry";
import type { SectorMixingResult } from "../../analysis/sectorMixing";
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import { AnalysisGate } from "../analysis/AnalysisGate";
import { Card } from "../common/Card";
import { formatPercent } from "../common/format";
import { sectorPalette } from "../graph/palette";
import { BrokerTable, RoleGlossary } from "./BrokerageRoles";
import { topBrokers } from "./bridgesCharts";
import { EiScale, SectorEiBars } from "./EiCharts";
import { MixingHeatmap } from "./MixingHeatmap";
import { SectorNetworkPicture } from "./SectorNetworkPicture";
import { SectorPairs } from "./SectorPairs";

interface BridgesViewProps {
  graph: WeaverGraph;
  onShowPerson: (id: string) => void;
}

export function BridgesView({ graph, onShowPerson }: BridgesViewProps) {
  return (
    <AnalysisGate>
      {(analysis) => <Bridges analysis={analysis} graph={graph} onShowPerson={onShowPerson} />}
    </AnalysisGate>
  );
}

const BROKERS_SHOWN = 15;

/** How sectors work together, and who carries knowledge between them. */
function Bridges({ analysis, graph, onShowPerson }: { analysis: AnalysisPayload } & BridgesViewProps) {
  const palette = useMemo(() => sectorPalette(graph), [graph]);
  const brokers = useMemo(() => topBrokers(analysis.people, BROKERS_SHOWN), [analysis]);
  const { summary, sectorMixing, eiIndex } = analysis;

  return (
    <div className="analysis-view" data-testid="bridges-view">
      <header className="view-intro">
        <h2>Cross-sector bridges</h2>
        <p>
          How the sectors of the community work together, and the people who carry knowledge between them.
          {summary.crossSectorShare !== null &&
            ` ${formatPercent(summary.crossSectorShare)} of all working relationships cross a sector line.`}
        </p>
        <EiScale value={eiIndex.network} />
        <p className="muted">{measureOutput("eiIndex").explanation}</p>
      </header>
      <div className="card-grid">
        <Card
          title="Ties within and between sectors"
          explanation={measureOutput("sectorMixing").explanation}
          testId="mixing"
          wide
        >
          <div className="mixing-layout">
            <MixingHeatmap mixing={sectorMixing} />
            <MixingNotes mixing={sectorMixing} />
          </div>
        </Card>
        <Card
          title="The sectors as a network"
          explanation={measureOutput("sectorNetwork").explanation}
          testId="sector-map"
        >
          <SectorNetworkPicture mixing={sectorMixing} palette={palette} />
        </Card>
        <Card
          title="Does each sector reach out?"
          explanation={measureOutput("eiIndexSector").explanation}
          testId="sector-ei-card"
        >
          <SectorEiBars bySector={eiIndex.bySector} />
        </Card>
        <Card
          title="Who carries knowledge between sectors"
          explanation={
            "Brokerage counts the pairs of a person's contacts who are not in touch with each other and rely on " +
            "this person to connect; the five roles say which sectors those pairs and the broker belong to. " +
            measureOutput("participation").explanation
          }
          testId="brokerage"
          wide
        >
          <RoleGlossary />
          <BrokerTable people={brokers} onShow={onShowPerson} />
        </Card>
      </div>
    </div>
  );
}

/** Beside the heatmap: what to read off it first. */
function MixingNotes({ mixing }: { mixing: SectorMixingResult }) {
  return (
    <div className="mixing-notes">
      <p className="muted">{measureOutput("sectorMixing").reading}</p>
      <SectorPairs mixing={mixing} heading="h4" missingTestId="missing-pairs" />
    </div>
  );
}
