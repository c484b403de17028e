/**
 * How each person is drawn: position, size and colour. The app passes what sigma shows
 * (its layout and sector palette); the CLI computes the same with `networkPicture` (layout.ts).
 */
export interface NodeVisual {
  x: number;
  y: number;
  /** Radius in the layout's units (sigma's node size). */
  size?: number;
  /** "#rrggbb" or "#rgb". */
  color?: string;
}

export type NodeVisuals = ReadonlyMap<string, NodeVisual>;

/** Red, green and blue of "#rrggbb" or "#rgb", null for anything else. */
export function parseHexColor(color: string | undefined): [number, number, number] | null {
  const match = color?.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join("") : match[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
