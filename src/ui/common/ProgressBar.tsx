import { formatPercent } from "./format";
import { useDelayedVisibility } from "./useDelayedVisibility";

/** Anything shorter than this finishes before a bar would be worth showing. */
export const PROGRESS_DELAY_MS = 300;

interface ProgressBarProps {
  /** Identifies the task; a new id restarts the delay. null hides the bar. */
  taskId: number | null;
  label: string;
  /** 0..1, or null when the length of the task is unknown. */
  fraction: number | null;
}

export function ProgressBar({ taskId, label, fraction }: ProgressBarProps) {
  const visible = useDelayedVisibility(taskId, PROGRESS_DELAY_MS);
  if (!visible) return null;
  return (
    <div className="progress" role="status" aria-live="polite" data-testid="progress">
      <span className="progress-label">
        {label}
        {fraction !== null && ` — ${formatPercent(fraction)}`}
      </span>
      {fraction === null ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} max={1} value={fraction} />
      )}
    </div>
  );
}
