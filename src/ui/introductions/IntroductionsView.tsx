import type { WeaverGraph } from "../../graph/buildNetwork";
import { GOALS, type Introduction } from "../../recommend";
import type { RecommendPayload } from "../../worker/recommendProtocol";
import { formatCount } from "../common/format";
import { PersonLink } from "../common/PersonLink";
import { ExportButton } from "../exports/ExportButton";
import { isSameSelection, type MapSelection } from "../recommend/mapFocus";
import { MapToggle } from "../recommend/MapToggle";
import { named } from "../recommend/people";
import { RecommendationsGate } from "../recommend/RecommendationsGate";
import { useMapFocus } from "../recommend/RecommendationsContext";
import { GoalControls } from "./GoalControls";
import { PartsBar } from "./PartsBar";

interface ViewProps {
  graph: WeaverGraph;
  onShowPerson: (id: string) => void;
  /** Switch to the map, with nobody selected, to see what the focus shows. */
  onShowMap: () => void;
}

/** Introductions worth making, best first, with who can make them and why. */
export function IntroductionsView(props: ViewProps) {
  return (
    <RecommendationsGate>{(result) => <Introductions result={result} {...props} />}</RecommendationsGate>
  );
}

function Introductions({ result, graph, onShowPerson, onShowMap }: ViewProps & { result: RecommendPayload }) {
  const { focus, setFocus } = useMapFocus();
  const show = (selection: MapSelection) => {
    setFocus({ ...focus, selected: selection });
    onShowMap();
  };
  return (
    <div className="analysis-view" data-testid="introductions-view">
      <header className="view-intro">
        <h2>Introductions</h2>
        <p>
          Pairs of members who are not in touch yet and whom it would be worth introducing, best first: who
          can make the introduction, and why it matters. Nobody appears in more than a few suggestions, so the
          work is shared out.
        </p>
      </header>
      <GoalControls />
      <div className="view-actions">
        <MapToggle which="introductions" label="Show all suggestions on the map" onShowMap={onShowMap} />
        <span className="toolbar-spacer" />
        <ExportButton kind="introductions" label="Download introductions.csv" />
      </div>
      {result.introductions.length === 0 ? (
        <p className="muted" data-testid="no-introductions">
          No introduction to suggest: every plausible pair of members is already in touch, or there is no warm
          path between the others.
        </p>
      ) : (
        <ol
          className="suggestions"
          data-testid="introductions"
          data-count={result.introductions.length}
          data-cap={result.settings.maxPerPerson}
          data-weights={GOALS.map((g) => result.settings.weights[g]).join(",")}
        >
          {result.introductions.map((s, i) => (
            <IntroductionItem
              key={`${s.a}\u0000${s.b}`}
              rank={i + 1}
              suggestion={s}
              graph={graph}
              chosen={isSameSelection(focus.selected, { kind: "introduction", a: s.a, b: s.b })}
              onShowPerson={onShowPerson}
              onShow={() => show({ kind: "introduction", a: s.a, b: s.b })}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

interface ItemProps {
  rank: number;
  suggestion: Introduction;
  graph: WeaverGraph;
  chosen: boolean;
  onShowPerson: (id: string) => void;
  onShow: () => void;
}

function IntroductionItem({ rank, suggestion, graph, chosen, onShowPerson, onShow }: ItemProps) {
  const a = named(graph, suggestion.a);
  const b = named(graph, suggestion.b);
  const via = suggestion.via.map((id) => named(graph, id));
  return (
    <li
      className={chosen ? "suggestion chosen" : "suggestion"}
      data-testid="introduction"
      data-a={suggestion.a}
      data-b={suggestion.b}
    >
      <div className="suggestion-head">
        <span className="suggestion-rank">{rank}</span>
        <p className="suggestion-pair">
          <PersonLink id={a.id} name={a.name} onShow={onShowPerson} />
          {a.sector && <span className="muted"> ({a.sector})</span>}
          <span aria-label="and"> ↔ </span>
          <PersonLink id={b.id} name={b.name} onShow={onShowPerson} />
          {b.sector && <span className="muted"> ({b.sector})</span>}
        </p>
        <span
          className="suggestion-score"
          title="The score combines the five goals with their weights (0 to 1)"
        >
          {suggestion.score.toFixed(2)}
        </span>
        <PartsBar parts={suggestion.parts} />
      </div>
      <p className="suggestion-via" data-testid="introducers">
        {via.length === 0 ? (
          <span className="muted">Nobody they both know can introduce them.</span>
        ) : (
          <>
            {suggestion.introducedBy === "group lead"
              ? "A lead of their group can introduce them: "
              : "Introduced by: "}
            {via.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ", "}
                <PersonLink id={p.id} name={p.name} onShow={onShowPerson} />
              </span>
            ))}
            {suggestion.sharedContacts > via.length && (
              <span className="muted"> ({formatCount(suggestion.sharedContacts)} contacts in common)</span>
            )}
          </>
        )}
      </p>
      <ul className="reasons" data-testid="reasons">
        {suggestion.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={onShow} aria-pressed={chosen}>
        Show on the map
      </button>
    </li>
  );
}
