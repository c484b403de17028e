/**
 * The WAI-ARIA tabs pattern's keys for a horizontal tab row: the arrows step to the next or
 * previous tab and wrap round, Home and End go to the ends. Kept apart from React so the rule
 * can be tested on its own; ./useTabKeys puts it on a tab list.
 */
export function tabIndexForKey(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
