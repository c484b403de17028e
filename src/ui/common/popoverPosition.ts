export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * Where to put a popover of `size` next to the button `anchor` (viewport pixels): below
 * it, or above when there is no room below, and always inside the viewport with a margin.
 */
export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): { top: number; left: number } {
  const below = anchor.top + anchor.height + gap;
  const fitsBelow = below + size.height <= viewport.height - margin;
  const above = anchor.top - gap - size.height;
  const top = fitsBelow || above < margin ? below : above;
  const left = Math.min(
    Math.max(margin, anchor.left),
    Math.max(margin, viewport.width - margin - size.width),
  );
  return { top: Math.max(margin, Math.min(top, viewport.height - margin - size.height)), left };
}
