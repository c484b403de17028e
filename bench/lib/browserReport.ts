/**
 * The browser benchmark's numbers as markdown: moving around the map (frame times) and filtering
 * and recomputation (long tasks, time to the updated map), each for the sample community, the
 * large one and their ratio. Each long task is split into JavaScript, waiting for software WebGL
 * and the rest (see traceBreakdown.ts), because under headless Chromium the WebGL wait is
 * SwiftShader's, which a real GPU removes.
 */
import type { Step } from "./mapSession";
import type { TaskBreakdown } from "./traceBreakdown";

export interface CommunityRun {
  label: string;
  people: number;
  ties: number;
  steps: Step[];
}

export interface StepMetrics {
  p50: number;
  p95: number;
  maxFrame: number;
  /** Long tasks as the page's PerformanceObserver saw them. */
  longTasks: number;
  over100: number;
  longest: number;
  /** The trace's view of the longest task, and the longest JavaScript part of any task. */
  longestTask: TaskBreakdown | null;
  maxScript: number;
  scriptOver100: number;
  hovers: number;
  /** Mean duration of the app's hover redraws (`weaver:hover`). */
  hoverMs: number;
  timeToMap: number | null;
  /** Of `timeToMap`, the time the page spent waiting for software WebGL. */
  mapWebglWait: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function metrics(step: Step): StepMetrics {
  const { frames, longTasks, measures } = step.summary;
  const deltas = frames.slice(1).map((time, i) => time - frames[i]!);
  const sorted = deltas.sort((a, b) => a - b);
  const longest = Math.max(0, ...longTasks.map((t) => t.duration));
  const longestTask = step.tasks.reduce<TaskBreakdown | null>(
    (a, t) => (a === null || t.duration > a.duration ? t : a),
    null,
  );
  const hovers = measures.filter((m) => m.name === "weaver:hover");
  const input = step.summary.firstInput ?? 0;
  const mapWebglWait = step.tasks
    .filter((t) => step.timeToMap !== null && t.start >= input && t.start < input + step.timeToMap)
    .reduce((sum, t) => sum + t.webglWait, 0);
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    maxFrame: sorted.at(-1) ?? 0,
    longTasks: longTasks.length,
    over100: longTasks.filter((t) => t.duration > 100).length,
    longest,
    longestTask,
    maxScript: Math.max(0, ...step.tasks.map((t) => t.script)),
    scriptOver100: step.tasks.filter((t) => t.script > 100).length,
    hovers: hovers.length,
    hoverMs: hovers.length ? hovers.reduce((s, m) => s + m.duration, 0) / hovers.length : 0,
    timeToMap: step.timeToMap,
    mapWebglWait,
  };
}

const ms = (value: number) => `${Math.round(value)}`;
const ratio = (large: number, sample: number) => (sample > 0 ? `${(large / sample).toFixed(1)}×` : "–");
const split = (t: TaskBreakdown | null) =>
  t ? `${ms(t.duration)} (${ms(t.script)} / ${ms(t.webglWait)} / ${ms(t.other)})` : "–";

function pairs(sample: CommunityRun, large: CommunityRun) {
  return large.steps.map((step) => {
    const base = sample.steps.find((s) => s.name === step.name);
    return { name: step.name, large: metrics(step), sample: base ? metrics(base) : null };
  });
}

const MOVES = /^(layout|pan|zoom|hover)/;

export function formatTables(sample: CommunityRun, large: CommunityRun): string {
  const rows = pairs(sample, large);
  const lines = [
    `Sample: ${sample.people.toLocaleString("en")} people, ${sample.ties.toLocaleString("en")} ties. ` +
      `Large: ${large.people.toLocaleString("en")} people, ${large.ties.toLocaleString("en")} ties.`,
    "",
    "Moving around. Frames: intervals between animation frames, ms, p50 / p95 / max. Longest task: ms " +
      "(JavaScript / waiting for software WebGL / other). Script: the longest JavaScript part of any task.",
    "",
    "| step | sample frames | large frames | p95 ratio | large long tasks | large longest task | script, sample / large | large hovers (mean ms) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { name, large: l, sample: s } of rows.filter((r) => MOVES.test(r.name))) {
    const frames = (m: StepMetrics) => `${ms(m.p50)} / ${ms(m.p95)} / ${ms(m.maxFrame)}`;
    const hovers = l.hovers ? `${l.hovers} (${ms(l.hoverMs)})` : "–";
    lines.push(
      `| ${name} | ${s ? frames(s) : "–"} | ${frames(l)} | ${s ? ratio(l.p95, s.p95) : "–"} | ` +
        `${l.longTasks} | ${split(l.longestTask)} | ${s ? ms(s.maxScript) : "–"} / ${ms(l.maxScript)} | ${hovers} |`,
    );
  }
  lines.push(
    "",
    "Filtering and recomputation. Longest task: ms (JavaScript / waiting for software WebGL / other). " +
      "Over 100 ms: long tasks over 100 ms (of which with over 100 ms of JavaScript). To map: from the " +
      "input to the first frame after the map's redraw, ms (of which waiting for software WebGL).",
    "",
    "| step | sample longest task | large longest task | ratio | large over 100 ms | sample to map | large to map | ratio |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const { name, large: l, sample: s } of rows.filter((r) => !MOVES.test(r.name))) {
    const toMap = (m: StepMetrics | null) =>
      m?.timeToMap == null ? "–" : `${ms(m.timeToMap)} (${ms(m.mapWebglWait)})`;
    const mapRatio = s?.timeToMap != null && l.timeToMap != null ? ratio(l.timeToMap, s.timeToMap) : "–";
    lines.push(
      `| ${name} | ${s ? split(s.longestTask) : "–"} | ${split(l.longestTask)} | ` +
        `${s ? ratio(l.longest, s.longest) : "–"} | ${l.over100} (${l.scriptOver100}) | ${toMap(s)} | ` +
        `${toMap(l)} | ${mapRatio} |`,
    );
  }
  return lines.join("\n");
}
