import { RoleGlyph } from "../bridges/BrokerageRoles";
import { plural } from "../common/format";
import { PersonLink } from "../common/PersonLink";
import { HIGHLIGHT_NOTES, type Highlight } from "./appearance";
import { BROKER_KINDS, brokerKindInfo, type Broker } from "./brokers";
import type { HighlightView } from "./highlights";

interface HighlightNotesProps {
  highlight: Highlight;
  view: HighlightView;
  /** Why a mode shows nothing yet ("Working out the suggestions…"), or null. */
  pending: string | null;
  onSelect: (node: string) => void;
}

/** The side panel's account of a highlight mode: what is named and drawn, and for brokers who and how. */
export function HighlightNotes({ highlight, view, pending, onSelect }: HighlightNotesProps) {
  if (highlight === "none") return null;
  const named = view.emphasis?.nodes.size ?? 0;
  const kept = named + (view.emphasis?.context?.size ?? 0);
  return (
    <section
      className="highlight-notes"
      data-testid="highlight-notes"
      data-highlight={highlight}
      data-named={named}
      data-kept={kept}
      data-ties={view.ties.length}
    >
      <p>{HIGHLIGHT_NOTES[highlight]}</p>
      {pending !== null ? (
        <p role="status">{pending}</p>
      ) : (
        <Counts highlight={highlight} view={view} named={named} />
      )}
      {view.brokers && <BrokerList brokers={view.brokers.brokers} onSelect={onSelect} />}
    </section>
  );
}

function Counts({ highlight, view, named }: { highlight: Highlight; view: HighlightView; named: number }) {
  if (highlight === "introductions") {
    return view.ties.length === 0 ? (
      <p className="muted">No introduction to suggest: the plausible pairs are already in touch.</p>
    ) : (
      <p>
        <span className="dash-key" aria-hidden="true" />{" "}
        {plural(view.ties.length, "suggested introduction", "suggested introductions")}. The Introductions tab
        says who can make each one, and why.
      </p>
    );
  }
  if (highlight === "candidates") {
    return view.emphasis === null ? (
      <p className="muted">Nobody to suggest: no prospect or unregistered contact fills a gap.</p>
    ) : (
      <p>The Recruitment tab says why each candidate is worth inviting.</p>
    );
  }
  if (highlight === "brokers") return null;
  if (named > 0) return null;
  return (
    <p className="muted">
      {highlight === "bottlenecks"
        ? "Nobody holds a part of the network to the rest on their own: everyone would still be reachable if any one person left."
        : "Nobody stands out: no small group of people holds the network together."}
    </p>
  );
}

/** The brokers named on the map, each with their main role, then what each role means. */
function BrokerList({ brokers, onSelect }: { brokers: readonly Broker[]; onSelect: (node: string) => void }) {
  if (brokers.length === 0) {
    return (
      <p className="muted">Nobody brokers: every person&apos;s contacts are in touch with each other.</p>
    );
  }
  const kinds = BROKER_KINDS.filter((info) => brokers.some((b) => b.kind === info.kind));
  return (
    <>
      <ol className="broker-list" data-testid="map-brokers">
        {brokers.map((broker) => {
          const info = brokerKindInfo(broker.kind);
          return (
            <li key={broker.id} data-person={broker.id} data-role={broker.kind}>
              <Dot color={info.color} /> <PersonLink id={broker.id} name={broker.name} onShow={onSelect} />{" "}
              <span className="muted">
                {info.label.toLowerCase()}, {plural(broker.total, "pair", "pairs")}
              </span>
            </li>
          );
        })}
      </ol>
      <h3>What the roles mean</h3>
      <p className="muted">
        In each picture the broker is in the middle, between two contacts who are not in touch; the same
        colour and shape means the same sector.
      </p>
      <dl className="role-glossary compact" data-testid="map-role-glossary">
        {kinds.map((info) => (
          <div key={info.kind}>
            <dt>
              <Dot color={info.color} />
              {info.label}
            </dt>
            <dd className="role-glyphs">
              {info.roles.map((role) => (
                <RoleGlyph key={role} role={role} />
              ))}
            </dd>
            <dd>{info.explanation}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function Dot({ color }: { color: string }) {
  return (
    <svg width="12" height="12" aria-hidden="true" className="swatch">
      <circle cx="6" cy="6" r="6" fill={color} />
    </svg>
  );
}
