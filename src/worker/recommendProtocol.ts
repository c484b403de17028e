/**
 * The messages of issues 4 and 6 between the page and the import worker: recommendations for
 * the network the worker holds, targets.csv read off the page, the exports, and rebuilding the
 * network from the records already read (with the user's channel weights and identity
 * decisions). protocol.ts names each kind once; the shapes live here.
 */
import type { NetworkOptions } from "../graph/buildNetwork";
import type { ChannelWeights } from "../ingest/adapters/channels";
import type { InteractionChannel } from "../model/types";
import type { GoalWeights, ParsedTargets, Recommendations, Target } from "../recommend";

/** Most suggestions one person may appear in, as the page's control allows. */
export const MAX_PER_PERSON_LIMIT = 10;

/** What the user tunes about introductions; everything else keeps the CLI's defaults. */
export interface RecommendSettings {
  weights: GoalWeights;
  /** Suggestions any one person may appear in. */
  maxPerPerson: number;
}

export interface RecommendRequest {
  networkId: number;
  /** The team's target frame; null for the defaults derived from the registry. */
  targets: Target[] | null;
  settings: RecommendSettings;
}

export interface RecommendPayload extends Recommendations {
  networkId: number;
  /** The settings these recommendations were made with. */
  settings: RecommendSettings;
  elapsedMs: number;
}

/** targets.csv as the worker read it: every row accepted or rejected with its line. */
export interface TargetsFile extends ParsedTargets {
  fileName: string;
}

/** Channels left out or weighted, and shared events (attendance) left out, before the network is built. */
export type ChannelSettings = ChannelWeights & { excludeSharedEvents?: boolean };

/** What the files held, beyond their rows: the formats recognised and the kinds of contact. */
export interface ImportSources {
  /** "Detected: Zoom participants report, 3 meetings, 41 people", one line per format or file. */
  detected: string[];
  /** Interactions per channel, before any is left out. */
  channels: { channel: InteractionChannel; count: number }[];
  /** Attendance records, the "shared event" channel. */
  sharedEvents: number;
}

export interface RebuildRequest {
  options: NetworkOptions;
  channels: ChannelSettings;
}

export type ExportKind = "introductions" | "recruitment" | "people" | "gexf" | "report";

/** One person as drawn: [id, x, y, size, colour]. A list, so no id becomes a property name. */
export type VisualRow = [id: string, x: number, y: number, size: number, color: string];

export interface ExportRequest {
  networkId: number;
  kind: ExportKind;
  /** What the page shows, so the file holds exactly that. */
  recommendations: Recommendations | null;
  /** The workspace secret when the export is pseudonymised. */
  secret: string | null;
  /** Positions, sizes and colours of the map (GEXF and the report's picture). */
  visuals: VisualRow[] | null;
  /** ISO date of the export, from the page's clock. */
  date: string;
}

export interface ExportFile {
  fileName: string;
  type: string;
  text: string;
}
