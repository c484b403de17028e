/**
 * Starting positions, so the map is drawn the moment the data arrives and ForceAtlas2
 * starts from a sensible picture: each sector gets its own patch on a circle, people
 * are scattered inside it. Seeded by the person's key, so the same data always starts
 * from the same picture.
 */

export interface Point {
  x: number;
  y: number;
}

/** FNV-1a: a small, stable string hash to seed each person's scatter. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: two well-spread numbers in [0, 1) from one seed. */
export function twoRandoms(seed: number): [number, number] {
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return [next(), next()];
}

export function groupedPositions(items: { key: string; group: string }[]): Map<string, Point> {
  const sizes = new Map<string, number>();
  for (const item of items) sizes.set(item.group, (sizes.get(item.group) ?? 0) + 1);
  const groups = [...sizes.keys()].sort();
  const ringRadius = groups.length > 1 ? Math.sqrt(items.length) * 10 : 0;
  const centres = new Map(
    groups.map((group, index) => {
      const angle = (2 * Math.PI * index) / groups.length;
      return [group, { x: ringRadius * Math.cos(angle), y: ringRadius * Math.sin(angle) }];
    }),
  );

  const positions = new Map<string, Point>();
  for (const { key, group } of items) {
    const centre = centres.get(group) ?? { x: 0, y: 0 };
    const spread = Math.sqrt(sizes.get(group) ?? 1) * 5;
    const [u, v] = twoRandoms(hash(key));
    // sqrt(u) spreads people evenly over the disc instead of crowding its centre.
    const r = spread * Math.sqrt(u);
    const angle = 2 * Math.PI * v;
    positions.set(key, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  }
  return positions;
}
