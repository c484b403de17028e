import { useId, useState } from "react";
import { formatCount } from "../common/format";
import { useRebuild } from "../identity/useRebuild";
import type { LoadedNetwork } from "../state/appState";
import { useAppState } from "../state/AppContext";
import { CHANNEL_LABELS, checkChannels, draftFrom, sameChannels, type ChannelDraft } from "./channelDraft";

/**
 * Kinds of contact (meetings, e-mail, chat replies, mentions, co-authoring, shared events):
 * the user leaves some out or weighs them, and the network is built again. A reply in a
 * thread says more about a working relationship than an @mention in a busy channel.
 */
export function ChannelsPanel({ network }: { network: LoadedNetwork }) {
  const { community, busy } = useAppState();
  const rebuild = useRebuild();
  const { channels: counts, sharedEvents } = network.sources;
  const channels = counts.map((c) => c.channel);
  const [draft, setDraft] = useState<{ from: typeof community.channels; value: ChannelDraft } | null>(null);
  const sharedId = useId();
  if (counts.length === 0 && sharedEvents === 0) return null;

  const current =
    draft && draft.from === community.channels ? draft.value : draftFrom(community.channels, channels);
  const edit = (value: ChannelDraft) => setDraft({ from: community.channels, value });
  const checked = checkChannels(current, channels);
  const changed = checked.ok && !sameChannels(checked.settings, community.channels, channels);

  return (
    <section aria-labelledby="channels-title" className="channels-panel" data-testid="channels-panel">
      <h3 id="channels-title">Kinds of contact</h3>
      <p className="muted">
        Leave out a kind of contact, or give it more or less weight (2 counts each contact twice, 0.5 half),
        then rebuild the network. The measures and recommendations follow.
      </p>
      <table className="data-table compact channels-table">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" className="number">
              Records
            </th>
            <th scope="col">Included</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {counts.map(({ channel, count }) => (
            <tr key={channel} data-channel={channel}>
              <th scope="row">{CHANNEL_LABELS[channel]}</th>
              <td className="number">{formatCount(count)}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Include ${CHANNEL_LABELS[channel]}`}
                  checked={current.included[channel] !== false}
                  onChange={(event) =>
                    edit({ ...current, included: { ...current.included, [channel]: event.target.checked } })
                  }
                />
              </td>
              <td>
                <input
                  type="text"
                  inputMode="decimal"
                  className="narrow"
                  aria-label={`Weight of ${CHANNEL_LABELS[channel]}`}
                  disabled={current.included[channel] === false}
                  value={current.weights[channel] ?? "1"}
                  onChange={(event) =>
                    edit({ ...current, weights: { ...current.weights, [channel]: event.target.value } })
                  }
                />
              </td>
            </tr>
          ))}
          {sharedEvents > 0 && (
            <tr data-channel="shared event">
              <th scope="row">
                <label htmlFor={sharedId}>Shared events (attendance)</label>
              </th>
              <td className="number">{formatCount(sharedEvents)}</td>
              <td>
                <input
                  id={sharedId}
                  type="checkbox"
                  checked={current.sharedEvents}
                  onChange={(event) => edit({ ...current, sharedEvents: event.target.checked })}
                />
              </td>
              <td className="muted">weighted by event size</td>
            </tr>
          )}
        </tbody>
      </table>
      {!checked.ok && (
        <ul className="notice warning" role="alert">
          {checked.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button primary small"
        disabled={!changed || busy !== null}
        onClick={() => checked.ok && void rebuild({ channels: checked.settings })}
      >
        Rebuild the network
      </button>
    </section>
  );
}
