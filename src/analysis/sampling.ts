/**
 * Seeded randomness and the error bound of sampled (pivot-based) betweenness.
 *
 * Brandes & Pich (2007): run single-source dependency accumulation from k sources
 * ("pivots") drawn uniformly without replacement and scale the sums by n/k. The
 * estimate of each person's normalised betweenness is the mean of k values, each in
 * [0, n/(n-1)] (a source's dependency on v is at most n-2 and the normalisation is
 * 1/((n-1)(n-2)) times n), whose expectation is the exact value. Hoeffding's inequality,
 * which also holds for sampling without replacement, then gives
 *   P(|estimate - exact| >= ε) <= 2·exp(-2kε² / R²),  R = n/(n-1),
 * i.e. ε = R·sqrt(ln(2/δ) / (2k)) at confidence 1-δ for any one person, and
 * ε = R·sqrt(ln(2n/δ) / (2k)) for everyone at once (union bound).
 */

/** mulberry32: tiny, fast and good enough for choosing pivots; same seed, same pivots. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct vertices of 0..n-1, uniformly at random (partial Fisher–Yates), in ascending order. */
export function choosePivots(n: number, k: number, seed: number): Int32Array {
  const count = Math.max(0, Math.min(n, Math.floor(k)));
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const random = createRandom(seed);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const tmp = all[i]!;
    all[i] = all[j]!;
    all[j] = tmp;
  }
  return all.slice(0, count).sort();
}

export interface ErrorBoundOptions {
  /** Probability that the bound holds, default 0.95. */
  confidence?: number;
  /** Bound every person's value at once (union bound) instead of any single one. */
  simultaneous?: boolean;
}

/**
 * Half-width ε of the Hoeffding interval for normalised betweenness estimated from k of n
 * sources: with the given confidence the estimate is within ±ε of the exact value.
 * Zero when every source is used (the estimate is then exact).
 */
export function betweennessErrorBound(n: number, k: number, options: ErrorBoundOptions = {}): number {
  if (n < 3 || k >= n) return 0;
  if (k <= 0) return Infinity;
  const delta = 1 - (options.confidence ?? 0.95);
  const range = n / (n - 1);
  const events = options.simultaneous ? n : 1;
  return range * Math.sqrt(Math.log((2 * events) / delta) / (2 * k));
}

/** Smallest number of pivots whose bound is at most ε (capped at n, where sampling becomes exact). */
export function pivotsForErrorBound(n: number, epsilon: number, options: ErrorBoundOptions = {}): number {
  if (n < 3) return n;
  const delta = 1 - (options.confidence ?? 0.95);
  const range = n / (n - 1);
  const events = options.simultaneous ? n : 1;
  const k = Math.ceil((range * range * Math.log((2 * events) / delta)) / (2 * epsilon * epsilon));
  return Math.min(n, Math.max(1, k));
}

/** The bound in a coordinator's words, e.g. for a tooltip next to sampled values. */
export function describeErrorBound(n: number, k: number, confidence = 0.95): string {
  if (k >= n) return "Exact: every person was used as a starting point.";
  const single = betweennessErrorBound(n, k, { confidence });
  const all = betweennessErrorBound(n, k, { confidence, simultaneous: true });
  const pct = Math.round(confidence * 100);
  return (
    `Estimated from ${k} of ${n} people used as starting points: each value is within ` +
    `±${single.toFixed(3)} of the exact one with ${pct}% confidence ` +
    `(all values at once: ±${all.toFixed(3)}).`
  );
}
