/**
 * Compare two periods: ties formed and lost, newcomers, lapsed members, people whose brokerage rose
 * or fell, and the change in the share of cross-sector ties, with sentences a coordinator can read
 * out. The comparison runs in the worker on the records already read; the periods are saved.
 */
import { useState } from "react";
import type { PeriodComparison } from "../../graph/compare";
import { formatCount, formatPercent, plural } from "../common/format";
import { PersonLink } from "../common/PersonLink";
import { useAppDispatch, useAppState } from "../state/AppContext";
import { importClient } from "../state/useImportFlow";
import type { TimelinePayload } from "../../worker/workspaceHandler";
import { defaultPeriods, savedPeriods, type PeriodPair } from "./comparePeriods";

const SHOWN = 25;

interface CompareViewProps {
  /** The records' activity (ui/time/useTimeline), null until the worker has answered. */
  timeline: TimelinePayload | null;
  onShowPerson: (id: string) => void;
}

export function CompareView({ timeline, onShowPerson }: CompareViewProps) {
  const { community } = useAppState();
  const dispatch = useAppDispatch();
  const [draft, setDraft] = useState<PeriodPair | null>(null);
  const [result, setResult] = useState<PeriodComparison | null>(null);
  const [status, setStatus] = useState<{ running: boolean; error: string | null }>({
    running: false,
    error: null,
  });
  const periods =
    draft ?? savedPeriods(community.time.compare) ?? (timeline ? defaultPeriods(timeline.range) : null);

  if (!periods)
    return <p className="muted">The records have no dates, so there are no periods to compare.</p>;

  const run = async () => {
    setStatus({ running: true, error: null });
    dispatch({ type: "setCommunity", change: { time: { ...community.time, compare: periods } } });
    try {
      const comparison = await importClient().compare({
        a: periods.a,
        b: periods.b,
        options: { decisions: community.identityDecisions },
        channels: community.channels,
      });
      setResult(comparison);
      setStatus({ running: false, error: null });
    } catch (error) {
      setStatus({ running: false, error: error instanceof Error ? error.message : String(error) });
    }
  };

  const field = (side: "a" | "b", end: "from" | "to", label: string) => (
    <label>
      {label}{" "}
      <input
        type="date"
        value={periods[side][end]}
        onChange={(e) => setDraft({ ...periods, [side]: { ...periods[side], [end]: e.target.value } })}
      />
    </label>
  );

  return (
    <div className="compare-view" data-testid="compare-view">
      <h2>Compare two periods</h2>
      <form
        className="compare-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <fieldset>
          <legend>Period A (earlier)</legend>
          {field("a", "from", "From")}
          {field("a", "to", "to")}
        </fieldset>
        <fieldset>
          <legend>Period B (later)</legend>
          {field("b", "from", "From")}
          {field("b", "to", "to")}
        </fieldset>
        <button type="submit" className="button primary" disabled={status.running}>
          {status.running ? "Comparing…" : "Compare"}
        </button>
      </form>
      {status.error && (
        <p className="notice error" role="alert">
          {status.error}
        </p>
      )}
      {result && <CompareResult result={result} onShowPerson={onShowPerson} />}
    </div>
  );
}

function CompareResult({
  result,
  onShowPerson,
}: {
  result: PeriodComparison;
  onShowPerson: (id: string) => void;
}) {
  const share = (value: number | null) => (value === null ? "no ties" : formatPercent(value));
  return (
    <div className="compare-result" data-testid="compare-result">
      <ul className="compare-summary">
        {result.summary.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <table className="compare-facts">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">A: {result.a.label}</th>
            <th scope="col">B: {result.b.label}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Active people</th>
            <td>{formatCount(result.a.active)}</td>
            <td>{formatCount(result.b.active)}</td>
          </tr>
          <tr>
            <th scope="row">Ties</th>
            <td>{formatCount(result.a.ties)}</td>
            <td>{formatCount(result.b.ties)}</td>
          </tr>
          <tr>
            <th scope="row">Cross-sector share of ties</th>
            <td>{share(result.crossSectorShare.a)}</td>
            <td>{share(result.crossSectorShare.b)}</td>
          </tr>
        </tbody>
      </table>
      <div className="compare-lists">
        <PeopleList
          title="Newcomers"
          testId="compare-newcomers"
          people={result.newcomers}
          onShow={onShowPerson}
        />
        <PeopleList
          title="Lapsed members"
          testId="compare-lapsed"
          people={result.lapsed}
          onShow={onShowPerson}
        />
        <TieList title="Ties formed" ties={result.tiesFormed} />
        <TieList title="Ties lost" ties={result.tiesLost} />
        <PeopleList
          title="Brokerage rose"
          testId="compare-rose"
          people={result.brokerageRose}
          onShow={onShowPerson}
          detail={(p) => `${signed(p.brokerage.change)}`}
        />
        <PeopleList
          title="Brokerage fell"
          testId="compare-fell"
          people={result.brokerageFell}
          onShow={onShowPerson}
          detail={(p) => `${signed(p.brokerage.change)}`}
        />
      </div>
    </div>
  );
}

function signed(n: number): string {
  return n > 0 ? `+${formatCount(n)}` : formatCount(n);
}

function PeopleList<P extends { id: string; name: string; sector: string | null }>(props: {
  title: string;
  testId: string;
  people: P[];
  onShow: (id: string) => void;
  detail?: (person: P) => string;
}) {
  const { title, testId, people, onShow, detail } = props;
  return (
    <section className="compare-list" data-testid={testId} data-count={people.length}>
      <h3>
        {title} ({formatCount(people.length)})
      </h3>
      {people.length === 0 ? (
        <p className="muted">Nobody.</p>
      ) : (
        <ul>
          {people.slice(0, SHOWN).map((p) => (
            <li key={p.id}>
              <PersonLink id={p.id} name={p.name} onShow={onShow} />
              {p.sector && <span className="muted"> · {p.sector}</span>}
              {detail && <span className="muted"> · {detail(p)}</span>}
            </li>
          ))}
        </ul>
      )}
      {people.length > SHOWN && (
        <p className="muted">and {plural(people.length - SHOWN, "other", "others")}</p>
      )}
    </section>
  );
}

function TieList({ title, ties }: { title: string; ties: PeriodComparison["tiesFormed"] }) {
  return (
    <section className="compare-list">
      <h3>
        {title} ({formatCount(ties.length)})
      </h3>
      <ul>
        {ties.slice(0, SHOWN).map((t) => (
          <li key={`${t.source}\u0000${t.target}`}>
            {t.sourceName} — {t.targetName}
          </li>
        ))}
      </ul>
      {ties.length > SHOWN && <p className="muted">and {plural(ties.length - SHOWN, "other", "others")}</p>}
    </section>
  );
}
