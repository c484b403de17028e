import type { WeaverGraph } from "../../graph/buildNetwork";
import {
  DEFAULT_RECRUITMENT_WEIGHTS,
  GAP_KIND_EXPLANATIONS,
  RECRUITMENT_EXPLANATIONS,
  type Gap,
  type RecruitmentCandidate,
} from "../../recommend";
import type { RecommendPayload } from "../../worker/recommendProtocol";
import { Card } from "../common/Card";
import { formatPercent, plural } from "../common/format";
import { PersonLink } from "../common/PersonLink";
import { ExportButton } from "../exports/ExportButton";
import { isSameSelection } from "../recommend/mapFocus";
import { MapToggle } from "../recommend/MapToggle";
import { named } from "../recommend/people";
import { RecommendationsGate } from "../recommend/RecommendationsGate";
import { useMapFocus } from "../recommend/RecommendationsContext";
import { fillShare, gapsByKind, gapScope, GAP_KIND_TITLES, observedText } from "./gapGroups";
import { TargetEditor } from "./TargetEditor";

interface ViewProps {
  graph: WeaverGraph;
  onShowPerson: (id: string) => void;
  onShowMap: () => void;
}

/** Where the community falls short of its target frame, and whom to recruit. */
export function RecruitmentView(props: ViewProps) {
  return <RecommendationsGate>{(result) => <Recruitment result={result} {...props} />}</RecommendationsGate>;
}

function Recruitment({ result, graph, onShowPerson, onShowMap }: ViewProps & { result: RecommendPayload }) {
  const { gaps, candidates } = result.recruitment;
  return (
    <div className="analysis-view" data-testid="recruitment-view">
      <header className="view-intro">
        <h2>Recruitment</h2>
        <p>
          Where the community falls short of what the team says it needs (the target frame, editable at the
          bottom of this page), and whom to invite: prospects from the registry and people who already take
          part without being members.
        </p>
      </header>
      <div className="card-grid">
        <Card
          title="Gaps"
          explanation={`${plural(gaps.length, "gap", "gaps")} against the target frame, and groups whose members hang on a single person.`}
          testId="recruitment-gaps"
          wide
        >
          <div className="view-actions">
            <span className="toolbar-spacer" />
            <ExportButton kind="recruitment" label="Download recruitment.csv" />
          </div>
          <GapKinds gaps={gaps} graph={graph} onShowPerson={onShowPerson} />
        </Card>
        <Card
          title="Candidates"
          explanation="Prospects from the registry and people who appear in the records without being members, best first. What counts:"
          testId="recruitment-candidates"
          wide
        >
          <dl className="criteria">
            {(Object.keys(RECRUITMENT_EXPLANATIONS) as (keyof typeof RECRUITMENT_EXPLANATIONS)[]).map(
              (key) => (
                <div key={key}>
                  <dt>
                    {RECRUITMENT_EXPLANATIONS[key].label}{" "}
                    <span className="muted">({formatPercent(DEFAULT_RECRUITMENT_WEIGHTS[key])})</span>
                  </dt>
                  <dd>{RECRUITMENT_EXPLANATIONS[key].explanation}</dd>
                </div>
              ),
            )}
          </dl>
          <Candidates
            candidates={candidates}
            graph={graph}
            onShowPerson={onShowPerson}
            onShowMap={onShowMap}
          />
        </Card>
        <Card
          title="Target frame"
          explanation="At least how many active members, or what share of them, each sector, region or role should have, in the whole community or within a group. Only active members count; prospects and former members never do."
          testId="target-frame"
          wide
        >
          <TargetEditor graph={graph} inForce={result.targets} />
        </Card>
      </div>
    </div>
  );
}

interface GapsProps {
  gaps: Gap[];
  graph: WeaverGraph;
  onShowPerson: (id: string) => void;
}

function GapKinds({ gaps, graph, onShowPerson }: GapsProps) {
  if (gaps.length === 0) return <p className="notice ok">The community meets every target.</p>;
  return (
    <div className="gap-kinds">
      {gapsByKind(gaps).map(({ kind, gaps: ofKind }) => (
        <section key={kind} className="gap-kind" data-testid={`gaps-${kind}`} data-count={ofKind.length}>
          <h4>
            {GAP_KIND_TITLES[kind]} <span className="badge">{ofKind.length}</span>
          </h4>
          <p className="explanation">{GAP_KIND_EXPLANATIONS[kind]}</p>
          {ofKind.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul className="gap-list">
              {ofKind.map((gap) => (
                <GapItem
                  key={`${gap.dimension}\u0000${gap.value}\u0000${gap.group ?? ""}`}
                  gap={gap}
                  graph={graph}
                  onShowPerson={onShowPerson}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function GapItem({ gap, graph, onShowPerson }: { gap: Gap } & Omit<GapsProps, "gaps">) {
  const label = gap.kind === "absent" ? "Prospects" : gap.kind === "fragile" ? "Through" : "Members";
  return (
    <li
      className="gap"
      data-testid="gap"
      data-kind={gap.kind}
      data-dimension={gap.dimension}
      data-value={gap.value}
    >
      <div className="gap-head">
        <strong>{gap.value}</strong> <span className="muted">({gapScope(gap)})</span>
        <ObservedBar gap={gap} />
      </div>
      <p className="gap-reason">{gap.reason}</p>
      {gap.people.length > 0 && (
        <p className="gap-people">
          {label}:{" "}
          {gap.people.map((id, i) => (
            <span key={id}>
              {i > 0 && ", "}
              <PersonLink id={id} name={named(graph, id).name} onShow={onShowPerson} />
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

const BAR_WIDTH = 120;

function ObservedBar({ gap }: { gap: Gap }) {
  const text = observedText(gap);
  const width = Math.round(fillShare(gap) * BAR_WIDTH);
  return (
    <span className="observed" data-observed={gap.observed} data-target={gap.target}>
      <svg width={BAR_WIDTH} height="10" viewBox={`0 0 ${BAR_WIDTH} 10`} aria-hidden="true">
        <rect className="observed-track" width={BAR_WIDTH} height="10" rx="2" />
        {width > 0 && <rect className={`observed-fill ${gap.kind}`} width={width} height="10" rx="2" />}
      </svg>
      <span className="observed-text">{text}</span>
    </span>
  );
}

interface CandidatesProps {
  candidates: RecruitmentCandidate[];
  graph: WeaverGraph;
  onShowPerson: (id: string) => void;
  onShowMap: () => void;
}

function Candidates({ candidates, graph, onShowPerson, onShowMap }: CandidatesProps) {
  const { focus, setFocus } = useMapFocus();
  if (candidates.length === 0) {
    return <p className="muted">No prospect or friend of the network would fill a gap.</p>;
  }
  return (
    <>
      <div className="view-actions">
        <MapToggle which="candidates" label="Highlight the candidates on the map" onShowMap={onShowMap} />
      </div>
      <div className="table-scroll">
        <table className="data-table candidates-table" data-testid="candidates">
          <caption className="visually-hidden">Recruitment candidates, best first</caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                #
              </th>
              <th scope="col">Candidate</th>
              <th scope="col">Would fill</th>
              <th scope="col">Already knows</th>
              <th scope="col" className="number">
                Score
              </th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c, i) => {
              const chosen = isSameSelection(focus.selected, { kind: "candidate", id: c.id });
              return (
                <tr
                  key={c.id}
                  data-testid="candidate"
                  data-person={c.id}
                  className={chosen ? "chosen" : undefined}
                >
                  <td className="number">{i + 1}</td>
                  <th scope="row">
                    <PersonLink id={c.id} name={c.name} onShow={onShowPerson} />
                    <span className="candidate-status">
                      {c.status === "prospect" ? "prospect" : "not in the registry"}
                      {named(graph, c.id).sector && ` · ${named(graph, c.id).sector}`}
                    </span>
                    <button
                      type="button"
                      className="link small-link"
                      aria-pressed={chosen}
                      onClick={() => {
                        setFocus({ ...focus, selected: { kind: "candidate", id: c.id } });
                        onShowMap();
                      }}
                    >
                      Show on the map
                    </button>
                  </th>
                  <td>
                    <ul className="chips">
                      {c.fills.map((f) => (
                        <li
                          key={`${f.dimension}\u0000${f.value}\u0000${f.group ?? ""}`}
                          className={`chip ${f.kind}`}
                        >
                          {f.value}
                          {f.group && f.dimension !== "group" ? ` in ${f.group}` : ""} (
                          {GAP_KIND_TITLES[f.kind].toLowerCase()})
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {c.warmTies.length === 0 ? (
                      <span className="muted">no member yet</span>
                    ) : (
                      c.warmTies.map((id, k) => (
                        <span key={id}>
                          {k > 0 && ", "}
                          <PersonLink id={id} name={named(graph, id).name} onShow={onShowPerson} />
                        </span>
                      ))
                    )}
                  </td>
                  <td className="number">{c.score.toFixed(2)}</td>
                  <td>
                    <ul className="reasons">
                      {c.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
