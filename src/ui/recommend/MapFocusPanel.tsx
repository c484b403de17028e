import type { WeaverGraph } from "../../graph/buildNetwork";
import { plural } from "../common/format";
import { PersonLink } from "../common/PersonLink";
import { hasFocus, NO_FOCUS } from "./mapFocus";
import { named } from "./people";
import { useMapFocus, useRecommendations } from "./RecommendationsContext";

interface MapFocusPanelProps {
  graph: WeaverGraph;
  onSelect: (node: string) => void;
}

/** The map's side panel while recommendations are drawn on it: what the dashed lines and names are. */
export function MapFocusPanel({ graph, onSelect }: MapFocusPanelProps) {
  const { focus, setFocus } = useMapFocus();
  const { result } = useRecommendations();
  if (!hasFocus(focus) || !result) return null;
  const { selected } = focus;
  const link = (id: string) => <PersonLink id={id} name={named(graph, id).name} onShow={onSelect} />;
  const introduction =
    selected?.kind === "introduction"
      ? result.introductions.find((s) => s.a === selected.a && s.b === selected.b)
      : undefined;
  const candidate =
    selected?.kind === "candidate"
      ? result.recruitment.candidates.find((c) => c.id === selected.id)
      : undefined;

  return (
    <section className="map-focus" data-testid="map-focus" aria-labelledby="map-focus-title">
      <h2 id="map-focus-title">On the map</h2>
      {introduction && (
        <div data-testid="map-focus-introduction" data-a={introduction.a} data-b={introduction.b}>
          <p>
            <span className="dash-key chosen" aria-hidden="true" /> Suggested introduction:{" "}
            {link(introduction.a)} and {link(introduction.b)}.
          </p>
          {introduction.via.length > 0 ? (
            <p>
              {introduction.introducedBy === "group lead"
                ? "A lead of their group can introduce them: "
                : "Who can introduce them (contacts of both): "}
              {introduction.via.slice(0, 3).map((id, i) => (
                <span key={id}>
                  {i > 0 && ", "}
                  {link(id)}
                </span>
              ))}
              . In red: their ties to the two.
            </p>
          ) : (
            <p className="muted">Nobody they both know can introduce them.</p>
          )}
          <ul className="reasons">
            {introduction.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {candidate && (
        <div data-testid="map-focus-candidate" data-person={candidate.id}>
          <p>
            Recruitment candidate: {link(candidate.id)}, with the{" "}
            {plural(candidate.warmTies.length, "member", "members")} they already know.
          </p>
          <ul className="reasons">
            {candidate.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {focus.introductions && (
        <p>
          <span className="dash-key" aria-hidden="true" /> Dashed lines: the{" "}
          {plural(result.introductions.length, "suggested introduction", "suggested introductions")}, ties
          that do not exist yet.
        </p>
      )}
      {focus.candidates && (
        <p>
          Named: the{" "}
          {plural(result.recruitment.candidates.length, "recruitment candidate", "recruitment candidates")};
          in red, their ties to members.
        </p>
      )}
      <button type="button" className="button small" onClick={() => setFocus(NO_FOCUS)}>
        Clear the map
      </button>
    </section>
  );
}
