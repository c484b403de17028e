import type { IdentityMerge, NearMiss } from "../../model/identity";
import { decideConfirm, decideMerge, decideSplit } from "../../model/identity";
import { formatPercent, plural } from "../common/format";
import type { LoadedNetwork } from "../state/appState";
import { useAppState } from "../state/AppContext";
import { decisionLines, keptApart, MATCHED_BY, undoDecision } from "./identityActions";
import { useRebuild } from "./useRebuild";

/**
 * One person, many spellings: every merge the matching made (and how each spelling matched)
 * and every near-match it did not make, for the user to confirm or split. Each decision
 * rebuilds the network and is kept with the workspace.
 */
export function IdentityPanel({ network }: { network: LoadedNetwork }) {
  const { community, busy } = useAppState();
  const rebuild = useRebuild();
  const decisions = community.identityDecisions;
  const { merges, nearMisses, unusedDecisions } = network.identity;
  const nameOf = (key: string) =>
    network.graph.hasNode(key) ? network.graph.getNodeAttribute(key, "label") || key : key;
  const decide = (next: typeof decisions) => void rebuild({ identityDecisions: next });
  const lines = decisionLines(decisions, nameOf);
  const working = busy !== null;

  return (
    <section aria-labelledby="identity-panel-title" className="identity-panel" data-testid="identity-panel">
      <h3 id="identity-panel-title">Who is who</h3>
      <p className="muted">
        The same person is often written differently from one file to another. Weaver matched spellings by
        e-mail first, then by name; check what it joined and what it kept apart.
      </p>
      {merges.length === 0 && nearMisses.length === 0 && (
        <p className="notice ok">Every person is written the same way in every file.</p>
      )}
      {merges.length > 0 && (
        <>
          <h4>Joined into one person ({merges.length})</h4>
          <ul className="identity-list" data-testid="identity-merges">
            {merges.map((merge) => (
              <MergeItem
                key={merge.key}
                merge={merge}
                disabled={working}
                onConfirm={(ref) => decide(decideConfirm(decisions, ref, merge.key))}
                onSplit={(ref) => decide(decideSplit(decisions, ref, merge.key))}
              />
            ))}
          </ul>
        </>
      )}
      {nearMisses.length > 0 && (
        <>
          <h4>Kept apart, though alike ({nearMisses.length})</h4>
          <ul className="identity-list" data-testid="identity-near-misses">
            {nearMisses.map((miss) => (
              <NearMissItem
                key={`${miss.key}\u0000${miss.otherKey}`}
                miss={miss}
                decided={keptApart(decisions, miss)}
                disabled={working}
                onMerge={() => decide(decideMerge(decisions, miss.key, miss.otherKey))}
                onSplit={() => decide(decideSplit(decisions, miss.key, miss.otherKey))}
              />
            ))}
          </ul>
        </>
      )}
      {lines.length > 0 && (
        <>
          <h4>Your decisions ({lines.length})</h4>
          <ul className="identity-list" data-testid="identity-decisions">
            {lines.map((line) => (
              <li key={`${line.kind}-${line.index}`}>
                {line.text}{" "}
                <Action
                  label="Undo"
                  disabled={working}
                  onClick={() => decide(undoDecision(decisions, line.kind, line.index))}
                />
              </li>
            ))}
          </ul>
          {unusedDecisions > 0 && (
            <p className="muted">
              {plural(unusedDecisions, "decision concerns", "decisions concern")} nobody in these files; kept
              for files still to come.
            </p>
          )}
        </>
      )}
    </section>
  );
}

interface MergeItemProps {
  merge: IdentityMerge;
  disabled: boolean;
  onConfirm: (ref: string) => void;
  onSplit: (ref: string) => void;
}

function MergeItem({ merge, disabled, onConfirm, onSplit }: MergeItemProps) {
  return (
    <li data-testid="identity-merge" data-key={merge.key}>
      <strong>{merge.name}</strong>{" "}
      <span className="muted">
        ({merge.registered ? `${merge.key}, in the registry` : "not in the registry"})
      </span>
      <ul className="spellings">
        {merge.spellings.map((s) => (
          <li key={`${s.ref}\u0000${s.email ?? ""}`} data-ref={s.ref}>
            “{s.ref}”{s.email && s.email !== s.ref ? <span className="muted"> ({s.email})</span> : null}:{" "}
            {MATCHED_BY[s.by]}
            {s.by === "rename" ? (
              // The report itself says who this is: nothing to confirm or split.
              <span className="muted"> (as the report says)</span>
            ) : s.confirmed ? (
              <span className="badge">checked</span>
            ) : (
              <Action label="Confirm" disabled={disabled} onClick={() => onConfirm(s.ref)} />
            )}
            {s.by !== "rename" && <Action label="Split" disabled={disabled} onClick={() => onSplit(s.ref)} />}
          </li>
        ))}
      </ul>
    </li>
  );
}

interface NearMissItemProps {
  miss: NearMiss;
  decided: boolean;
  disabled: boolean;
  onMerge: () => void;
  onSplit: () => void;
}

function NearMissItem({ miss, decided, disabled, onMerge, onSplit }: NearMissItemProps) {
  return (
    <li data-testid="identity-near-miss" data-key={miss.key} data-other={miss.otherKey}>
      “{miss.name}” and “{miss.otherName}”{" "}
      <span className="muted">
        ({formatPercent(miss.similarity)} alike
        {miss.otherRegistered ? `; ${miss.otherKey} in the registry` : ""})
      </span>
      <p className="muted">{miss.reason}</p>
      <Action label="Same person" disabled={disabled} onClick={onMerge} />
      {decided ? (
        <span className="badge">kept apart by you</span>
      ) : (
        <Action label="Different people" disabled={disabled} onClick={onSplit} />
      )}
    </li>
  );
}

/** Every decision is one small button, off while the network is being rebuilt. */
function Action({ label, disabled, onClick }: { label: string; disabled: boolean; onClick: () => void }) {
  return (
    <button type="button" className="button small" disabled={disabled} onClick={onClick}>
      {label}
    </button>
  );
}
