import { useMemo } from "react";
import { measureOutput } from "../../analysis/registry";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import { AnalysisGate } from "../analysis/AnalysisGate";
import { Card } from "../common/Card";
import { formatCount, formatPercent, plural } from "../common/format";
import { formatValue } from "../common/measureFormat";
import { PersonLink } from "../common/PersonLink";
import { ShortList } from "../common/ShortList";
import {
  articulationSentence,
  bridgeSentence,
  contactsOf,
  dependencyGroups,
  fragmentationSteps,
  leastConstrained,
  namesOf,
  type DependencyGroup,
} from "./bottleneckText";
import { FragmentationChart } from "./FragmentationChart";
import { SentenceView } from "./SentenceView";

interface ViewProps {
  onShowPerson: (id: string) => void;
}

export function BottlenecksView({ onShowPerson }: ViewProps) {
  return (
    <AnalysisGate>
      {(analysis) => <Bottlenecks analysis={analysis} onShowPerson={onShowPerson} />}
    </AnalysisGate>
  );
}

/** Where the community hangs by a thread: people, ties and sector links it depends on. */
function Bottlenecks({ analysis, onShowPerson }: { analysis: AnalysisPayload } & ViewProps) {
  const nameOf = useMemo(() => namesOf(analysis.people), [analysis]);
  const degreeOf = useMemo(() => contactsOf(analysis.people), [analysis]);
  const dependencies = useMemo(
    () => dependencyGroups(analysis.sectorDependencies, nameOf),
    [analysis, nameOf],
  );
  const brokers = useMemo(() => leastConstrained(analysis.people), [analysis]);
  const { keyPlayers } = analysis;
  const show = onShowPerson;

  return (
    <div className="analysis-view" data-testid="bottlenecks-view">
      <header className="view-intro">
        <h2>Bottlenecks</h2>
        <p>
          Where the community depends on a single person or a single tie. Each of these is worth a second
          link: an introduction, a co-lead, a shared responsibility.
        </p>
      </header>
      <div className="card-grid">
        <Card
          title="People who hold parts of the network together"
          explanation={measureOutput("articulationPoint").explanation}
          testId="articulation-points"
        >
          <ShortList
            items={analysis.articulationPoints}
            limit={8}
            keyOf={(p) => p.node}
            empty="Nobody: every part of the network stays connected whoever leaves."
            render={(p) => <SentenceView sentence={articulationSentence(p, nameOf)} onShow={show} />}
          />
        </Card>
        <Card title="Key players" explanation={measureOutput("keyPlayers").explanation} testId="key-players">
          {keyPlayers.k === 0 ? (
            <p className="muted">The network is too small to look for key players.</p>
          ) : (
            <>
              <p>
                Fragmentation (the share of pairs of people who cannot reach each other) is{" "}
                <strong>{formatPercent(keyPlayers.fragmentationBefore)}</strong> today and would be{" "}
                <strong>{formatPercent(keyPlayers.fragmentationAfter)}</strong> if these{" "}
                {plural(keyPlayers.k, "person", "people")} left together:
              </p>
              <ol className="inline-list">
                {keyPlayers.players.map((id, i) => (
                  <li key={id}>
                    <span className="muted">{i + 1}.</span>{" "}
                    <PersonLink id={id} name={nameOf(id)} onShow={show} />
                  </li>
                ))}
              </ol>
              <FragmentationChart steps={fragmentationSteps(keyPlayers, nameOf)} />
            </>
          )}
        </Card>
        <Card
          title="Sectors that depend on one person"
          explanation={measureOutput("sectorDependencies").explanation}
          testId="sector-dependencies"
        >
          <ShortList
            items={dependencies}
            limit={6}
            keyOf={(group) => group.person.id}
            empty="No pair of sectors depends on one person for a quarter or more of its connection."
            render={(group) => <DependencyItem group={group} onShow={show} />}
          />
        </Card>
        <Card
          title="Ties that hold parts together"
          explanation={measureOutput("bridges").explanation}
          testId="bridges"
        >
          <ShortList
            items={analysis.bridges}
            limit={8}
            keyOf={(b) => `${b.source}\u0000${b.target}`}
            empty="No single tie holds any part of the network to the rest."
            render={(b) => <SentenceView sentence={bridgeSentence(b, nameOf, degreeOf)} onShow={show} />}
          />
        </Card>
        <Card
          title="People who bridge separate circles"
          explanation={
            `${measureOutput("constraint").explanation} ` +
            "These are the least constrained people: if they stepped back, the circles they connect would drift apart."
          }
          testId="constraint"
        >
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Sector</th>
                <th scope="col" className="number" title={measureOutput("constraint").explanation}>
                  Constraint
                </th>
                <th scope="col" className="number" title={measureOutput("effectiveSize").explanation}>
                  Effective size
                </th>
                <th scope="col" className="number">
                  Contacts
                </th>
              </tr>
            </thead>
            <tbody>
              {brokers.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <PersonLink id={p.id} name={p.name} onShow={show} />
                  </th>
                  <td>{p.sector}</td>
                  <td className="number">{formatValue(p.constraint, "score")}</td>
                  <td className="number">{formatValue(p.effectiveSize, "decimal")}</td>
                  <td className="number">{formatCount(p.degree)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </div>
  );
}

const MORE_PAIRS_SHOWN = 4;

/** One person many sector pairs lean on: the strongest pair as a sentence, the others listed. */
function DependencyItem({ group, onShow }: { group: DependencyGroup; onShow: (id: string) => void }) {
  const others = group.pairs.slice(1);
  const shown = others.slice(0, MORE_PAIRS_SHOWN);
  return (
    <>
      <SentenceView sentence={group.sentence} onShow={onShow} />
      {others.length > 0 && (
        <p className="muted also">
          Also{" "}
          {shown
            .map((pair) => `${pair.sectors[0]} and ${pair.sectors[1]} (${formatPercent(pair.share)})`)
            .join("; ")}
          {others.length > shown.length &&
            `; and ${plural(others.length - shown.length, "more pair", "more pairs")}`}
          .
        </p>
      )}
    </>
  );
}
