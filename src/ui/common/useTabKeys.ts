import { useCallback, type KeyboardEvent } from "react";
import { tabIndexForKey } from "./tabKeys";

/**
 * Arrow keys, Home and End for a role="tablist": the tab row is one Tab stop (only the selected
 * tab has tabIndex 0), and the keys move the selection and the focus together, as in the
 * WAI-ARIA tabs pattern with automatic activation (switching a view here is instant).
 * `tabs` lists the ids in the order their [role="tab"] elements appear in the list.
 */
export function useTabKeys<T extends string>(
  tabs: readonly T[],
  onSelect: (tab: T) => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
      const from = buttons.indexOf(event.target as HTMLElement);
      if (from < 0) return;
      const to = tabIndexForKey(event.key, from, buttons.length);
      if (to === null || tabs[to] === undefined) return;
      event.preventDefault();
      onSelect(tabs[to]);
      buttons[to]!.focus();
    },
    [tabs, onSelect],
  );
}
