import type { ReactNode } from "react";
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
  /** Shown with the bar, e.g. a Cancel button. */
  children?: ReactNode;
}

export function ProgressBar({ taskId, label, fraction, children }: ProgressBarProps) {
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
      {children}
    </div>
  );
}
