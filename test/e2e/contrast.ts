/**
 * WCAG 2.1 contrast, as pure functions over colours the browser reports: the accessibility
 * test collects computed colours and the stack of backgrounds behind each text in the page,
 * and the arithmetic happens here in Node, where it is unit-tested against WCAG's own numbers
 * (and where no eval is needed under the app's Content-Security-Policy).
 */

/** sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** One painted layer between the page and a text: an element's background and its own opacity. */
export interface Layer {
  background: Rgba;
  opacity: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * A computed CSS colour as Chromium serialises it: `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, the
 * space-separated `rgb(1 2 3 / 50%)`, `transparent` or `#rrggbb`. Anything else (a gradient,
 * `none`, a colour function) gives null so the caller can say what it could not judge.
 */
export function parseColour(css: string): Rgba | null {
  const text = css.trim().toLowerCase();
  if (text === "transparent") return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{6})$/.exec(text) ?? /^#([0-9a-f]{3})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join("") : hex[1]!;
    return {
      r: parseInt(digits.slice(0, 2), 16),
      g: parseInt(digits.slice(2, 4), 16),
      b: parseInt(digits.slice(4, 6), 16),
      a: 1,
    };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(text);
  if (!fn) return null;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length !== 3 && parts.length !== 4) return null;
  const [r, g, b] = parts.slice(0, 3).map(Number);
  const alphaText = parts[3] ?? "1";
  const a = alphaText.endsWith("%") ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
  if ([r, g, b, a].some((n) => n === undefined || Number.isNaN(n))) return null;
  return { r: r!, g: g!, b: b!, a };
}

/** WCAG 2.1 relative luminance (with the 0.04045 threshold of the sRGB standard). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** (L1 + 0.05) / (L2 + 0.05), the lighter colour on top: 1 for the same colour, 21 for black on white. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** `top` painted over an opaque `bottom` (source-over). */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    a: 1,
  };
}

/**
 * What the eye sees of a colour painted inside nested layers (outermost first) on a white page.
 * Opacity makes a group (the layer and everything inside it is painted, then faded as one), so
 * the composition runs from the innermost layer outwards in premultiplied colour; with `top`
 * null it gives the background alone.
 */
export function composite(layers: readonly Layer[], top: Rgba | null): Rgba {
  // Premultiplied: channels already scaled by alpha, so "over" and "fade" are linear.
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  if (top) [r, g, b, a] = [top.r * top.a, top.g * top.a, top.b * top.a, top.a];
  for (let i = layers.length - 1; i >= 0; i--) {
    const { background: bg, opacity } = layers[i]!;
    // The content so far painted over this layer's background, then the group faded.
    r = (r + bg.r * bg.a * (1 - a)) * opacity;
    g = (g + bg.g * bg.a * (1 - a)) * opacity;
    b = (b + bg.b * bg.a * (1 - a)) * opacity;
    a = (a + bg.a * (1 - a)) * opacity;
  }
  return { r: r + WHITE.r * (1 - a), g: g + WHITE.g * (1 - a), b: b + WHITE.b * (1 - a), a: 1 };
}

/**
 * WCAG's "large scale" text (18 pt, or 14 pt bold; 1 pt = 4/3 px) needs 3:1, other text 4.5:1.
 * The thresholds are written in px here as the browser reports sizes.
 */
export function requiredTextRatio(fontSizePx: number, fontWeight: number): number {
  const large = fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
  return large ? 3 : 4.5;
}

/** Non-text contrast (WCAG 1.4.11): the edge of a control against what surrounds it. */
export const NON_TEXT_RATIO = 3;

/** Ratios are shown to two decimals, as WCAG's examples are; the comparison uses the exact value. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}:1`;
}

export function toHex({ r, g, b }: Rgba): string {
  return "#" + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("");
}
