/**
 * Map work wrapped in User Timing measures named "weaver:…", so a browser benchmark (and the
 * DevTools performance panel) can tell the app's own work from the browser's drawing. Each
 * measure is cleared once taken: observers still receive it, and a long session of hovering
 * does not pile entries up in the page's performance buffer.
 */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    const measure = `weaver:${name}`;
    performance.measure(measure, { start });
    performance.clearMeasures(measure);
  }
}
