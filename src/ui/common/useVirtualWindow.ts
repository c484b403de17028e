import { useEffect, useState, type RefObject } from "react";
import { rowWindow, type RowWindow } from "./virtualWindow";

/**
 * The rows of a scrolling table to render now: follows the element's scroll position
 * and size (it may start hidden in a tab, at height 0, and be shown later).
 */
export function useVirtualWindow(
  scroller: RefObject<HTMLElement | null>,
  rowCount: number,
  rowHeight: number,
  headerHeight: number,
): RowWindow {
  const [view, setView] = useState({ scrollTop: 0, viewportHeight: 0 });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      const next = { scrollTop: element.scrollTop, viewportHeight: element.clientHeight };
      setView((current) =>
        current.scrollTop === next.scrollTop && current.viewportHeight === next.viewportHeight
          ? current
          : next,
      );
    };
    // A ResizeObserver reports the element's size once as soon as it observes it, then on every change.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", measure);
    };
  }, [scroller]);

  return rowWindow({ ...view, headerHeight, rowHeight, rowCount });
}
