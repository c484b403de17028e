/**
 * A fresh workspace, and the saved settings turned into what the pipeline takes (network
 * options, channel weights, a time window). The saved form is plain JSON (null for "no limit",
 * no Infinity, no undefined), so these conversions are the one place that knows both sides.
 */
import { DEFAULT_ANALYSIS_SETTINGS } from "../analysis/registry";
import { DEFAULT_MAX_EVENT_SIZE, type NetworkOptions } from "../graph/buildNetwork";
import type { TimeWindow } from "../graph/timeWindow";
import type { ChannelWeights } from "../ingest/adapters/channels";
import { emptyDecisions } from "../model/identity";
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type SavedWindow,
  type Workspace,
  type WorkspaceSettings,
} from "./schema";

export function defaultSettings(): WorkspaceSettings {
  return {
    analysis: {
      betweenness: { ...DEFAULT_ANALYSIS_SETTINGS.betweenness },
      keyPlayers: { ...DEFAULT_ANALYSIS_SETTINGS.keyPlayers },
    },
    network: {
      maxEventSize: DEFAULT_MAX_EVENT_SIZE,
      channelWeights: {},
      excludedChannels: [],
      excludeSharedEvents: false,
    },
    view: {
      screen: null,
      colourBy: "sector",
      sizeBy: "contacts",
      highlight: "none",
      level: "people",
      selectedPerson: null,
      ego: null,
    },
    filters: { sectors: [], groups: [], roles: [], statuses: [], minTieWeight: 0, hideIsolates: false },
    time: { window: { from: null, to: null }, preset: "all", compare: null },
  };
}

/** An empty workspace: no files, no decisions, default settings. */
export function newWorkspace(origin: Workspace["origin"] = "files", now: Date = new Date()): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: now.toISOString(),
    name: null,
    origin,
    files: [],
    identityDecisions: emptyDecisions(),
    targets: null,
    settings: defaultSettings(),
    layout: { positions: [], camera: null },
    pseudonymSecret: null,
  };
}

export function toTimeWindow(saved: SavedWindow): TimeWindow {
  return { ...(saved.from ? { from: saved.from } : {}), ...(saved.to ? { to: saved.to } : {}) };
}

export function toSavedWindow(window: TimeWindow): SavedWindow {
  return { from: window.from ?? null, to: window.to ?? null };
}

/** What buildNetwork takes from the workspace: identity decisions, event size limit and time window. */
export function networkOptionsOf(workspace: Workspace): NetworkOptions {
  const { maxEventSize } = workspace.settings.network;
  return {
    decisions: workspace.identityDecisions,
    maxEventSize: maxEventSize ?? Infinity,
    window: toTimeWindow(workspace.settings.time.window),
  };
}

/** What applyChannelWeightsToDataset takes. */
export function channelSettingsOf(workspace: Workspace): ChannelWeights & { excludeSharedEvents: boolean } {
  const { channelWeights, excludedChannels, excludeSharedEvents } = workspace.settings.network;
  return { ...channelWeights, excluded: [...excludedChannels], excludeSharedEvents };
}
