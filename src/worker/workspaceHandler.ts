/**
 * The worker's side of workspaces: a saved workspace's files read again from their original
 * bytes (with the mapping the user confirmed), the activity timeline of the records read, and a
 * comparison of two periods. All of it is heavy on large files, hence here and not on the page.
 */
import { activityTimeline, forEachActivity, type ActivityTimeline } from "../graph/timeline";
import { isInWindow, type TimeWindow } from "../graph/timeWindow";
import { resolveIdentities } from "../model/identity";
import { comparePeriods, type ComparePeriod, type PeriodComparison } from "../graph/compare";
import type { NetworkOptions } from "../graph/buildNetwork";
import { applyChannelWeightsToDataset } from "../ingest/adapters";
import type { Dataset } from "../model/types";
import { reimportWorkspaceFile, type WorkspaceFile } from "../workspace";
import type { ReadFiles } from "./importPipeline";
import type { Progress } from "./protocol";
import type { ChannelSettings } from "./recommendProtocol";

export interface RestoreRequest {
  files: WorkspaceFile[];
  options: NetworkOptions;
  channels: ChannelSettings;
}

export interface TimelineRequest {
  options: NetworkOptions;
  channels: ChannelSettings;
  /** The window whose active people are counted (default all time). */
  window?: TimeWindow;
}

export interface CompareRequest {
  a: ComparePeriod;
  b: ComparePeriod;
  options: NetworkOptions;
  channels: ChannelSettings;
}

export interface TimelinePayload extends ActivityTimeline {
  /** People with at least one dated activity in the window (all time: any activity), and of them registry members. */
  activeInWindow: { people: number; members: number };
}
export type ComparePayload = PeriodComparison;

/** A workspace file's text, parsed and checked off the page (a workspace of large files is large). */
export interface OpenWorkspaceRequest {
  text: string;
}

/** Reads every saved file again; a file that no longer reads is a failure of that file alone. */
export function readWorkspaceFiles(files: WorkspaceFile[], onProgress: (p: Progress) => void): ReadFiles {
  const read: ReadFiles = {
    dataset: { people: [], interactions: [], attendance: [] },
    reports: [],
    failures: [],
    adapted: [],
  };
  files.forEach((file, index) => {
    const label = `Reading ${file.fileName}`;
    const base = index / files.length;
    onProgress({ stage: "reading", fraction: base * 0.9, label });
    const outcome = reimportWorkspaceFile(file, {
      onProgress: (f) => onProgress({ stage: "reading", fraction: (base + f / files.length) * 0.9, label }),
    });
    if (!outcome.ok) {
      read.failures.push({ fileName: outcome.fileName, message: outcome.message });
      return;
    }
    if (file.kind === null) read.adapted.push(outcome);
    read.reports.push(outcome.report);
    for (const p of outcome.people) read.dataset.people.push(p);
    for (const i of outcome.interactions) read.dataset.interactions.push(i);
    for (const a of outcome.attendance) read.dataset.attendance.push(a);
  });
  return read;
}

function datasetFor(read: ReadFiles, channels: ChannelSettings): Dataset {
  return applyChannelWeightsToDataset(read.dataset, channels);
}

export function timelineOf(read: ReadFiles, request: TimelineRequest): TimelinePayload {
  const dataset = datasetFor(read, request.channels);
  const resolved = resolveIdentities(dataset, { decisions: request.options.decisions });
  const timeline = activityTimeline(dataset, { resolved });
  const window = request.window ?? {};
  const active = new Set<string>();
  forEachActivity(resolved, (key, day) => {
    if (isInWindow(day, window)) active.add(key);
  });
  let members = 0;
  for (const key of active) if (timeline.people.get(key)?.status === "member") members++;
  return { ...timeline, activeInWindow: { people: active.size, members } };
}

export function compareOf(read: ReadFiles, request: CompareRequest): ComparePayload {
  const { decisions, maxEventSize } = request.options;
  return comparePeriods(datasetFor(read, request.channels), request.a, request.b, {
    decisions,
    ...(maxEventSize === undefined ? {} : { maxEventSize }),
  });
}
