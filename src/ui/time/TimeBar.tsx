/**
 * The time window over the whole app: presets counted back from the data's last date, a date range
 * set by hand, and playback that steps the window month by month so the network is seen growing.
 * Every change rebuilds the network for the window in the worker; the analysis follows it.
 */
import { useEffect, useRef, useState } from "react";
import { playbackWindows, presetWindow, type WindowPresetName } from "../../graph/timeline";
import type { TimeWindow } from "../../graph/timeWindow";
import { describePeriod } from "../../graph/compare";
import { toSavedWindow, toTimeWindow } from "../../workspace";
import { useRebuild } from "../identity/useRebuild";
import { useAppState } from "../state/AppContext";
import { useTimeline } from "./useTimeline";

const PRESETS: { id: WindowPresetName; label: string }[] = [
  { id: "last3", label: "Last 3 months" },
  { id: "last6", label: "Last 6 months" },
  { id: "last12", label: "Last 12 months" },
  { id: "all", label: "All time" },
];

/** Pause between playback frames, long enough to see each network. */
const FRAME_MS = 700;

export function TimeBar() {
  const { community, busy } = useAppState();
  const rebuild = useRebuild();
  const timeline = useTimeline();
  const range = timeline?.range ?? null;
  const { time } = community;
  const window = toTimeWindow(time.window);
  const [draft, setDraft] = useState<{ from: string; to: string } | null>(null);
  const [playing, setPlaying] = useState(false);
  const stop = useRef(false);

  useEffect(() => () => void (stop.current = true), []);

  const apply = (next: TimeWindow, preset: WindowPresetName | null) =>
    rebuild({ time: { ...time, window: toSavedWindow(next), preset } });

  const play = async () => {
    if (!range) return;
    stop.current = false;
    setPlaying(true);
    for (const frame of playbackWindows(range, 1)) {
      if (stop.current) break;
      await apply({ from: frame.from, to: frame.to }, null);
      await new Promise((resolve) => setTimeout(resolve, FRAME_MS));
    }
    setPlaying(false);
  };

  const from = draft?.from ?? window.from ?? range?.first ?? "";
  const to = draft?.to ?? window.to ?? range?.last ?? "";
  const disabled = !range || (busy !== null && !playing);
  return (
    <section
      className="time-bar"
      aria-label="Time window"
      data-testid="time-bar"
      data-from={window.from ?? ""}
      data-to={window.to ?? ""}
    >
      <span className="time-label">
        Period:{" "}
        <strong data-testid="time-period">
          {window.from || window.to ? describePeriod(window) : "all time"}
        </strong>
      </span>
      <div className="time-presets" role="group" aria-label="Preset periods">
        {PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="button small"
            aria-pressed={time.preset === preset.id}
            disabled={disabled || playing}
            onClick={() => range && void apply(presetWindow(preset.id, range), preset.id)}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <form
        className="time-range"
        onSubmit={(event) => {
          event.preventDefault();
          if (from && to && from <= to) void apply({ from, to }, null).then(() => setDraft(null));
        }}
      >
        {(["from", "to"] as const).map((end) => (
          <label key={end}>
            {end === "from" ? "From" : "to"}{" "}
            <input
              type="date"
              value={end === "from" ? from : to}
              min={range?.first}
              max={range?.last}
              onChange={(e) => setDraft({ from, to, [end]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit" className="button small" disabled={disabled || playing || !draft}>
          Apply
        </button>
      </form>
      <button
        type="button"
        className="button small"
        disabled={!range || (busy !== null && !playing)}
        onClick={() => {
          if (playing) stop.current = true;
          else void play();
        }}
        title="Step the window month by month from the start, to watch the network grow"
      >
        {playing ? "Stop playback" : "Play over time"}
      </button>
    </section>
  );
}
