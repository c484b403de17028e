/**
 * What the browser benchmark records inside the page, installed before the app's own scripts
 * (BrowserContext.addInitScript). Kept as plain JavaScript text: functions handed to Playwright
 * are serialised with toString(), and tsx's transform can add helpers the page does not have.
 *
 * Between start() and stop() it records animation-frame times, main-thread long tasks (the
 * PerformanceObserver "longtask" entries), long animation frames (with the scripts that ran in
 * them) and the app's own `weaver:` user-timing measures. What each long task spent its time on
 * comes from a Chromium trace of the same window (./traceBreakdown.ts).
 */

export interface ProbeTask {
  start: number;
  duration: number;
  /** The scripts of the long animation frame that holds the task, longest first. */
  scripts: { invoker: string; duration: number }[];
}

export interface ProbeSummary {
  /** performance.now() of the anchor mark set by start(), also found in the trace. */
  from: number;
  elapsed: number;
  /** performance.now() of every animation frame in the window. */
  frames: number[];
  longTasks: ProbeTask[];
  measures: { name: string; start: number; duration: number }[];
  /** performance.now() of the first input event after start(), if any. */
  firstInput: number | null;
}

export const PROBE_SCRIPT = String.raw`
(() => {
  if (window.__bench) return;
  const b = {
    recording: false, from: 0, frames: [], longTasks: [], loafs: [], input: null, measures: [], busy: 0,
  };
  window.__bench = b;
  const keepTasks = (entries) => {
    for (const e of entries) {
      b.longTasks.push({ start: e.startTime, duration: e.duration });
      b.busy = Math.max(b.busy, e.startTime + e.duration);
    }
  };
  const keepFrames = (entries) => {
    for (const e of entries) {
      b.loafs.push({
        start: e.startTime,
        duration: e.duration,
        scripts: e.scripts.map((s) => ({ invoker: s.invoker, duration: s.duration })),
      });
    }
  };
  // The app clears its measures once taken (so a long session does not pile them up): observe them.
  const keepMeasures = (entries) => {
    for (const m of entries) {
      if (!m.name.startsWith("weaver:")) continue;
      b.measures.push({ name: m.name, start: m.startTime, duration: m.duration });
      b.busy = Math.max(b.busy, m.startTime + m.duration);
    }
  };
  const measured = new PerformanceObserver((list) => keepMeasures(list.getEntries()));
  measured.observe({ type: "measure", buffered: true });
  const tasks = new PerformanceObserver((list) => keepTasks(list.getEntries()));
  tasks.observe({ type: "longtask", buffered: true });
  let animationFrames = null;
  try {
    animationFrames = new PerformanceObserver((list) => keepFrames(list.getEntries()));
    animationFrames.observe({ type: "long-animation-frame", buffered: true });
  } catch (error) {
    // Long animation frames are a Chromium addition; without them tasks go unattributed.
  }
  for (const type of ["pointerdown", "click", "input", "change", "keydown", "wheel"]) {
    addEventListener(type, (event) => {
      if (b.recording && b.input === null) b.input = event.timeStamp;
    }, { capture: true });
  }
  const tick = (time) => {
    if (!b.recording) return;
    b.frames.push(time);
    requestAnimationFrame(tick);
  };
  // How long the page has gone without a long task or a map redraw of the app's.
  b.quietFor = () => performance.now() - b.busy;
  b.start = () => {
    b.frames = [];
    b.input = null;
    // Ties the page's clock to the trace's: the mark is in both.
    b.from = performance.mark("weaver-bench:anchor").startTime;
    b.recording = true;
    requestAnimationFrame(tick);
  };
  b.stop = () => {
    b.recording = false;
    keepTasks(tasks.takeRecords());
    keepMeasures(measured.takeRecords());
    if (animationFrames) keepFrames(animationFrames.takeRecords());
    const to = performance.now();
    const from = b.from;
    const measures = b.measures.filter((m) => m.start >= from && m.start <= to);
    const longTasks = b.longTasks
      .filter((t) => t.start + t.duration >= from && t.start <= to)
      .map((t) => {
        const frame = b.loafs.find((f) => f.start <= t.start + 1 && f.start + f.duration >= t.start + t.duration - 1);
        const scripts = frame ? frame.scripts.slice().sort((x, y) => y.duration - x.duration).slice(0, 3) : [];
        return { start: t.start, duration: t.duration, scripts };
      });
    return { from, elapsed: to - from, frames: b.frames, longTasks, measures, firstInput: b.input };
  };
})();
`;
