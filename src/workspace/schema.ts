/**
 * The analyst's workspace as one versioned JSON document: the imported files, how they were read,
 * the coordinator's decisions and every setting that shapes what is on screen, so that a reload,
 * a crash or another machine brings back exactly the same work.
 *
 * Files are kept as their original bytes, not as the records read from them. Re-importing the
 * bytes with the saved mapping gives the same records, the same rejected rows with the same line
 * numbers and the same import report, and the mapping can still be changed afterwards; records
 * would lose all of that, and are larger: a generated 200,000-row interactions file (6.9 MB) takes
 * 2.8 times its size as JSON records (every row repeats its field names) and 1.03 times as text.
 * The price is re-reading the files when a workspace opens (about 0.5 s for that file in Node),
 * which the import worker does off the main thread anyway.
 *
 * Bytes that are valid UTF-8 (nearly every CSV, with or without a BOM) are stored as text, which
 * JSON holds at about their own size and which round-trips byte for byte (a BOM stays a U+FEFF
 * character). Anything else (UTF-16 Teams reports, Windows-1252 exports, a Slack .zip) is stored
 * as base64, a third larger, but exact.
 *
 * Version history (readWorkspace migrates older documents; see ./migrations):
 *   1  files as decoded `text`, flat settings, positions keyed by person id.
 *   2  files as original bytes (`content`), nested settings with channels, filters, time window
 *      and compare periods, positions as [id, x, y] lists, camera, pseudonymisation secret.
 */
import type { AnalysisSettings } from "../analysis/registry";
import type { WindowPresetName } from "../graph/timeline";
import type { ColumnMapping } from "../ingest/fields";
import type { DateOrder } from "../ingest/dates";
import type { IdentityDecisions } from "../model/identity";
import type { FileKind, InteractionChannel } from "../model/types";
import type { Target } from "../recommend/targets";

export const WORKSPACE_FORMAT = "weaver-workspace";
export const WORKSPACE_VERSION = 2;

/** A file's original bytes: as text when they are valid UTF-8, else as base64. */
export type FileContent = { text: string } | { base64: string };

export interface WorkspaceFile {
  /** Unique within the workspace; the persistent store keys file contents by it. */
  id: string;
  fileName: string;
  /**
   * What the file was imported as; null when a format adapter (Zoom, Teams, Slack) read it and
   * decides what it gives (a Slack export gives people and interactions).
   */
  kind: FileKind | null;
  /** Character encoding found at import, shown in the import report ("utf-16le"). */
  encoding: string;
  /** The column mapping the user confirmed; null when a format adapter read the file. */
  mapping: ColumnMapping | null;
  /** Day/month order the user chose for ambiguous dates; null when it was detected. */
  dateOrder: DateOrder | null;
  /** Size of the original file, checked on open so that a truncated workspace is caught. */
  byteLength: number;
  content: FileContent;
}

/** A window counted back from the data's last date (see graph/timeline presetWindow). */
export type WindowPreset = WindowPresetName;

/** A time window as saved: ISO dates (YYYY-MM-DD), null for an open side. */
export interface SavedWindow {
  from: string | null;
  to: string | null;
}

export interface NetworkSettings {
  /** Events with more attendees make no ties; null for no limit (JSON has no Infinity). */
  maxEventSize: number | null;
  /** Weight factor per interaction channel; a channel not listed keeps factor 1. */
  channelWeights: Partial<Record<InteractionChannel, number>>;
  excludedChannels: InteractionChannel[];
  /** Leave shared events (attendance) out of the ties altogether. */
  excludeSharedEvents: boolean;
}

/**
 * What the map shows. Choices are kept as the UI names them (a colour or size option id); the UI
 * falls back to its default for one it no longer offers, so an old workspace never fails on them.
 */
export interface ViewSettings {
  /** The screen or tab that was open ("network", "people", …); null for the default. */
  screen: string | null;
  colourBy: string;
  sizeBy: string;
  highlight: string;
  /** "people" for the map of everyone, "sectors" for one circle per sector. */
  level: string;
  selectedPerson: string | null;
  /** Ego network shown around a person, 1 or 2 steps; null when the whole network is shown. */
  ego: { person: string; steps: 1 | 2 } | null;
}

/**
 * Who is hidden: the values the user unticked per attribute ("" stands for people without a
 * value). Kept as what is hidden rather than what is shown, so a sector that appears when the
 * data changes is shown, not silently left out. An empty list means no filter on that attribute.
 */
export interface FilterSettings {
  sectors: string[];
  groups: string[];
  roles: string[];
  statuses: string[];
  /** Ties lighter than this are hidden (0: all ties). */
  minTieWeight: number;
  hideIsolates: boolean;
}

export interface TimeSettings {
  /** The window measures are computed for. */
  window: SavedWindow;
  /** The preset the window came from, recomputed when the data changes; null for a hand-set window. */
  preset: WindowPreset | null;
  /** The two periods of the last comparison, A the earlier. */
  compare: { a: SavedWindow; b: SavedWindow } | null;
}

export interface WorkspaceSettings {
  analysis: AnalysisSettings;
  network: NetworkSettings;
  view: ViewSettings;
  filters: FilterSettings;
  time: TimeSettings;
}

export interface WorkspaceLayout {
  /** Map positions per person: [id, x, y]. A list rather than an object keyed by id, so no id is ever a property name. */
  positions: [string, number, number][];
  /** Sigma's camera; null to fit the whole network. */
  camera: { x: number; y: number; ratio: number; angle: number } | null;
}

/** The current workspace document (version 2). */
export interface Workspace {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  /** ISO date-time of the last save. */
  savedAt: string;
  /** A name the user gave the workspace, used for its file name; null when none. */
  name: string | null;
  origin: "sample" | "files";
  files: WorkspaceFile[];
  identityDecisions: IdentityDecisions;
  /** The recruitment target frame; null for the defaults derived from the registry. */
  targets: Target[] | null;
  settings: WorkspaceSettings;
  layout: WorkspaceLayout;
  /**
   * Secret behind the stable codes of pseudonymised exports (see report/pseudonymize); null until
   * the first such export draws one. Saved so that codes stay the same across sessions.
   */
  pseudonymSecret: string | null;
}

/**
 * The version 1 document, kept so that older files still open (migrations[1] turns it into
 * version 2). Files were saved as decoded text, which loses the original bytes of UTF-16 and
 * Windows-1252 files and cannot hold a .zip at all, hence version 2.
 */
export interface WorkspaceV1 {
  format: typeof WORKSPACE_FORMAT;
  version: 1;
  savedAt: string;
  files: {
    id: string;
    fileName: string;
    kind: FileKind;
    encoding: string;
    mapping: ColumnMapping;
    /** Decoded text, BOM removed. */
    text: string;
  }[];
  identityDecisions: IdentityDecisions;
  /** Target rows, without the line numbers version 2 keeps. */
  targets: Omit<Target, "line">[] | null;
  settings: {
    betweenness: "auto" | "exact" | "sampled";
    pivots: number;
    keyPlayers: number;
    maxEventSize: number | null;
    colourBy: string;
    sizeBy: string;
    /** ISO dates; an absent side is open. */
    window: { from?: string; to?: string };
  };
  /** Map positions keyed by person id. */
  positions: Record<string, [number, number]>;
}
