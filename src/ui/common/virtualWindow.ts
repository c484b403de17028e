/**
 * Windowing for long tables: which rows are on screen for a given scroll position, so
 * that a table of 20,000 people renders only the few dozen rows the user can see, with
 * two spacer rows standing in for everything above and below.
 */
export interface WindowInput {
  /** Scroll offset of the scrolling element, in pixels. */
  scrollTop: number;
  /** Height of the scrolling element's visible area. */
  viewportHeight: number;
  /** Height of the sticky header drawn over the first rows. */
  headerHeight?: number;
  rowHeight: number;
  rowCount: number;
  /** Extra rows rendered above and below, so fast scrolling shows no blank gap. */
  overscan?: number;
}

export interface RowWindow {
  /** First row rendered (inclusive). */
  start: number;
  /** Row after the last one rendered (exclusive). */
  end: number;
  /** Height of the spacer standing for rows [0, start). */
  padTop: number;
  /** Height of the spacer standing for rows [end, rowCount). */
  padBottom: number;
}

export function rowWindow(input: WindowInput): RowWindow {
  const { rowHeight, rowCount } = input;
  const overscan = input.overscan ?? 8;
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const top = Math.max(0, input.scrollTop);
  const visible = Math.max(0, input.viewportHeight - (input.headerHeight ?? 0));
  const first = Math.min(rowCount - 1, Math.floor(top / rowHeight));
  const last = Math.min(rowCount, Math.ceil((top + visible) / rowHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, Math.max(last, first + 1) + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (rowCount - end) * rowHeight };
}

/**
 * The scroll offset that brings row `index` fully into view below a sticky header, moving
 * as little as possible (unchanged when the row is already visible).
 */
export function scrollToReveal(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  headerHeight = 0,
): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  const visible = Math.max(rowHeight, viewportHeight - headerHeight);
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + visible) return rowBottom - visible;
  return scrollTop;
}
