import { useEffect, useState } from "react";

/**
 * True once the task identified by `taskId` has been running for `delayMs`: quick
 * tasks finish without a progress bar flashing on screen.
 */
export function useDelayedVisibility(taskId: number | null, delayMs: number): boolean {
  const [shownFor, setShownFor] = useState<number | null>(null);
  useEffect(() => {
    if (taskId === null) return;
    const timer = setTimeout(() => setShownFor(taskId), delayMs);
    return () => clearTimeout(timer);
  }, [taskId, delayMs]);
  return taskId !== null && shownFor === taskId;
}
