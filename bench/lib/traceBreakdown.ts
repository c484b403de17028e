/**
 * What the page's main thread did in each long task, from a Chromium trace: running JavaScript
 * (ours, React's, sigma's, with the garbage collection it causes), waiting for WebGL, or the
 * rest (style, layout, paint, compositing). Under headless Chromium the map's WebGL is drawn by
 * SwiftShader on the CPU, and the page waits for it whenever a WebGL canvas is read back: at
 * every frame's commit (software compositing needs the pixels) and at each hover test (sigma
 * picks the node under the pointer by reading a pixel). A real GPU draws the same frames in a
 * few milliseconds and needs no read-back for compositing, so the wait is this machine's, not
 * the app's; the script part is what a coordinator's computer would still feel.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface TaskBreakdown {
  /** performance.now() in the page, ms. */
  start: number;
  duration: number;
  script: number;
  webglWait: number;
  other: number;
}

/** The trace's category list: tasks, scripts, GPU waits and the page's user-timing marks. */
export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "gpu",
  "blink.user_timing",
].join(",");

const LONG_TASK_US = 50_000;
const SCRIPT = new Set([
  "FunctionCall",
  "EventDispatch",
  "TimerFire",
  "FireAnimationFrame",
  "RunMicrotasks",
  "v8.callFunction",
  "v8.run",
  "EvaluateScript",
  "v8.evaluateModule",
]);
const isWebglWait = (event: TraceEvent) =>
  event.name === "GLES2::ReadPixels" || event.name.startsWith("CommandBufferProxyImpl::WaitFor");

type Interval = [number, number];

function union(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const length = (intervals: Interval[]) => intervals.reduce((sum, [s, e]) => sum + e - s, 0);

/** `a` minus `b`, both merged. */
function subtract(a: Interval[], b: Interval[]): number {
  let total = length(a);
  for (const [as, ae] of a) {
    for (const [bs, be] of b) total -= Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  }
  return total;
}

/**
 * The long tasks of the page that set the anchor mark, broken down. `anchor` is the mark's
 * performance.now(), which places the trace's clock against the page's.
 */
export function longTaskBreakdown(events: TraceEvent[], anchorName: string, anchor: number): TaskBreakdown[] {
  const mark = events.find((e) => e.name === anchorName);
  if (!mark) throw new Error(`the trace has no ${anchorName} mark`);
  const main = events.find(
    (e) =>
      e.ph === "M" && e.name === "thread_name" && e.pid === mark.pid && e.args?.name === "CrRendererMain",
  );
  if (!main) throw new Error("the trace has no renderer main thread for the page");
  const offset = mark.ts - anchor * 1000;
  const onMain = events.filter(
    (e): e is TraceEvent & { dur: number } =>
      e.pid === main.pid && e.tid === main.tid && e.ph === "X" && typeof e.dur === "number",
  );
  const tasks = onMain.filter((e) => e.name === "RunTask" && e.dur >= LONG_TASK_US);
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
    const waits = union(inside.filter(isWebglWait).map((e): Interval => [e.ts, e.ts + e.dur]));
    const scripts = union(
      inside.filter((e) => SCRIPT.has(e.name)).map((e): Interval => [e.ts, e.ts + e.dur]),
    );
    const webglWait = length(waits);
    const script = subtract(scripts, waits);
    return {
      start: (task.ts - offset) / 1000,
      duration: task.dur / 1000,
      script: script / 1000,
      webglWait: webglWait / 1000,
      other: (task.dur - webglWait - script) / 1000,
    };
  });
}
