/**
 * Reads a version 2 document (the current one) field by field into a fresh object: only known
 * fields are copied, each checked for its type and range, so what comes out is a Workspace the
 * app can use as it is, whatever the file held. Throws `Damaged` at the first problem.
 */
import { normaliseSettings, type AnalysisSettings } from "../analysis/registry";
import { FIELDS, FILE_KINDS, type ColumnMapping } from "../ingest/fields";
import { WINDOW_PRESETS } from "../graph/timeline";
import { CHANNELS } from "../ingest/adapters/channels";
import { readIdentityDecisions, type IdentityDecisions } from "../model/identity";
import type { FileKind, InteractionChannel } from "../model/types";
import type { Target } from "../recommend/targets";
import {
  Damaged,
  boolean,
  dateTime,
  isoDate,
  list,
  listOf,
  nullable,
  number,
  object,
  oneOf,
  own,
  text,
  SHORT,
} from "./check";
import { contentLength } from "./content";
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type FileContent,
  type FilterSettings,
  type NetworkSettings,
  type SavedWindow,
  type TimeSettings,
  type ViewSettings,
  type Workspace,
  type WorkspaceFile,
  type WorkspaceLayout,
} from "./schema";

/** A column index beyond any real export, so a damaged number is caught rather than used. */
const MAX_COLUMN = 100_000;

/** The mapping of a file read as `kind`: only that kind's fields, each a column index or null. */
export function readMapping(value: unknown, path: string, kind: FileKind): ColumnMapping {
  const json = object(value, path);
  const mapping: ColumnMapping = {};
  for (const { field } of FIELDS[kind]) {
    const column = own(json, field);
    mapping[field] =
      column === undefined || column === null
        ? null
        : number(column, `${path}.${field}`, { min: 0, max: MAX_COLUMN, integer: true });
  }
  return mapping;
}

function readContent(value: unknown, path: string): FileContent {
  const json = object(value, path);
  const [t, b] = [own(json, "text"), own(json, "base64")];
  if ((t === undefined) === (b === undefined)) {
    throw new Damaged(path, "should hold the file either as text or as base64");
  }
  return t !== undefined
    ? { text: text(t, `${path}.text`, { empty: true }) }
    : { base64: text(b, `${path}.base64`) };
}

function readFile(value: unknown, path: string): WorkspaceFile {
  const json = object(value, path);
  const fileName = text(own(json, "fileName"), `${path}.fileName`, { max: SHORT });
  const at = `${path} (${JSON.stringify(fileName)})`;
  const kind = nullable((v, p) => oneOf(v, p, FILE_KINDS))(own(json, "kind"), `${at}.kind`);
  const rawMapping = own(json, "mapping");
  if (kind === null && rawMapping !== null) {
    throw new Damaged(`${at}.mapping`, "is given for a file without a kind");
  }
  const byteLength = number(own(json, "byteLength"), `${at}.byteLength`, { min: 0, integer: true });
  const content = readContent(own(json, "content"), `${at}.content`);
  const held = contentLength(content);
  if (held !== byteLength) {
    const found = held === null ? "something that is not a file's content" : `${held} bytes`;
    throw new Damaged(
      `${at}.content`,
      `holds ${found} where the file had ${byteLength}: it was cut off or edited`,
    );
  }
  return {
    id: text(own(json, "id"), `${at}.id`, { max: SHORT }),
    fileName,
    kind,
    encoding: text(own(json, "encoding"), `${at}.encoding`, { max: 40 }),
    mapping: kind === null ? null : nullable((v, p) => readMapping(v, p, kind))(rawMapping, `${at}.mapping`),
    dateOrder: nullable((v, p) => oneOf(v, p, ["dmy", "mdy"] as const))(
      own(json, "dateOrder"),
      `${at}.dateOrder`,
    ),
    byteLength,
    content,
  };
}

export function readFiles<T extends { id: string }>(
  value: unknown,
  read: (item: unknown, path: string) => T,
): T[] {
  const files = listOf(value, "files", read);
  const seen = new Set<string>();
  files.forEach((file, i) => {
    if (seen.has(file.id)) throw new Damaged(`files[${i}].id`, `repeats the id ${JSON.stringify(file.id)}`);
    seen.add(file.id);
  });
  return files;
}

export function readDecisions(value: unknown): IdentityDecisions {
  const decisions = readIdentityDecisions(value);
  if (!decisions)
    throw new Damaged("identityDecisions", "is not a list of merge, split and confirm decisions");
  return decisions;
}

export function readTarget(value: unknown, path: string): Omit<Target, "line"> {
  const json = object(value, path);
  const share = own(json, "minShare");
  const count = own(json, "minCount");
  return {
    dimension: oneOf(own(json, "dimension"), `${path}.dimension`, ["sector", "region", "role"] as const),
    value: text(own(json, "value"), `${path}.value`, { max: SHORT }),
    group: nullable((v, p) => text(v, p, { max: SHORT }))(own(json, "group"), `${path}.group`),
    minCount: count === null ? null : number(count, `${path}.minCount`, { min: 0, integer: true }),
    minShare: share === null ? null : number(share, `${path}.minShare`, { min: 0, max: 1 }),
  };
}

function readTargets(value: unknown): Target[] | null {
  if (value === null) return null;
  return listOf(value, "targets", (item, path) => ({
    ...readTarget(item, path),
    line: nullable((v, p) => number(v, p, { min: 1, integer: true }))(
      own(object(item, path), "line"),
      `${path}.line`,
    ),
  }));
}

export function readWindow(value: unknown, path: string): SavedWindow {
  const json = object(value, path);
  const from = nullable(isoDate)(own(json, "from"), `${path}.from`);
  const to = nullable(isoDate)(own(json, "to"), `${path}.to`);
  if (from !== null && to !== null && from > to)
    throw new Damaged(path, `starts (${from}) after it ends (${to})`);
  return { from, to };
}

/** Analysis settings: types checked here, values brought into range as the settings form does. */
export function readAnalysis(value: unknown, path: string): AnalysisSettings {
  const json = object(value, path);
  const betweenness = object(own(json, "betweenness"), `${path}.betweenness`);
  const keyPlayers = object(own(json, "keyPlayers"), `${path}.keyPlayers`);
  return normaliseSettings({
    betweenness: {
      mode: oneOf(own(betweenness, "mode"), `${path}.betweenness.mode`, [
        "auto",
        "exact",
        "sampled",
      ] as const),
      pivots: number(own(betweenness, "pivots"), `${path}.betweenness.pivots`),
      seed: number(own(betweenness, "seed"), `${path}.betweenness.seed`),
    },
    keyPlayers: { k: number(own(keyPlayers, "k"), `${path}.keyPlayers.k`) },
  });
}

export function readMaxEventSize(value: unknown, path: string): number | null {
  return nullable((v, p) => number(v, p, { min: 0, integer: true }))(value, path);
}

function readNetwork(value: unknown, path: string): NetworkSettings {
  const json = object(value, path);
  const weights = object(own(json, "channelWeights"), `${path}.channelWeights`);
  const channelWeights: Partial<Record<InteractionChannel, number>> = {};
  for (const channel of CHANNELS) {
    const factor = own(weights, channel);
    if (factor !== undefined)
      channelWeights[channel] = number(factor, `${path}.channelWeights.${channel}`, { min: 0 });
  }
  const excluded = listOf(own(json, "excludedChannels"), `${path}.excludedChannels`, (v, p) =>
    oneOf(v, p, CHANNELS),
  );
  return {
    maxEventSize: readMaxEventSize(own(json, "maxEventSize"), `${path}.maxEventSize`),
    channelWeights,
    excludedChannels: [...new Set(excluded)],
    excludeSharedEvents: boolean(own(json, "excludeSharedEvents"), `${path}.excludeSharedEvents`),
  };
}

const shortText = (v: unknown, p: string) => text(v, p, { max: SHORT });

function readView(value: unknown, path: string): ViewSettings {
  const json = object(value, path);
  const ego = own(json, "ego");
  return {
    screen: nullable(shortText)(own(json, "screen"), `${path}.screen`),
    colourBy: shortText(own(json, "colourBy"), `${path}.colourBy`),
    sizeBy: shortText(own(json, "sizeBy"), `${path}.sizeBy`),
    highlight: shortText(own(json, "highlight"), `${path}.highlight`),
    // Absent from documents written before the sector-level map existed.
    level: own(json, "level") === undefined ? "people" : shortText(own(json, "level"), `${path}.level`),
    selectedPerson: nullable(shortText)(own(json, "selectedPerson"), `${path}.selectedPerson`),
    ego:
      ego === null
        ? null
        : {
            person: shortText(own(object(ego, `${path}.ego`), "person"), `${path}.ego.person`),
            steps: oneOf(own(object(ego, `${path}.ego`), "steps"), `${path}.ego.steps`, [1, 2] as const),
          },
  };
}

function readFilters(value: unknown, path: string): FilterSettings {
  const json = object(value, path);
  // "" is a value here: the people without a sector, role or group.
  const values = (key: string) =>
    listOf(own(json, key), `${path}.${key}`, (v, p) => text(v, p, { max: SHORT, empty: true }));
  return {
    sectors: values("sectors"),
    groups: values("groups"),
    roles: values("roles"),
    statuses: values("statuses"),
    minTieWeight: number(own(json, "minTieWeight"), `${path}.minTieWeight`, { min: 0 }),
    hideIsolates: boolean(own(json, "hideIsolates"), `${path}.hideIsolates`),
  };
}

function readTime(value: unknown, path: string): TimeSettings {
  const json = object(value, path);
  const compare = own(json, "compare");
  const periods = compare === null ? null : object(compare, `${path}.compare`);
  return {
    window: readWindow(own(json, "window"), `${path}.window`),
    preset: nullable((v, p) => oneOf(v, p, WINDOW_PRESETS))(own(json, "preset"), `${path}.preset`),
    compare: periods && {
      a: readWindow(own(periods, "a"), `${path}.compare.a`),
      b: readWindow(own(periods, "b"), `${path}.compare.b`),
    },
  };
}

export function readPosition(value: unknown, path: string): [string, number, number] {
  const tuple = list(value, path);
  if (tuple.length !== 3) throw new Damaged(path, "should be [id, x, y]");
  return [shortText(tuple[0], `${path}[0]`), number(tuple[1], `${path}[1]`), number(tuple[2], `${path}[2]`)];
}

function readLayout(value: unknown): WorkspaceLayout {
  const json = object(value, "layout");
  const camera = own(json, "camera");
  const c = camera === null ? null : object(camera, "layout.camera");
  return {
    positions: listOf(own(json, "positions"), "layout.positions", readPosition),
    camera: c && {
      x: number(own(c, "x"), "layout.camera.x"),
      y: number(own(c, "y"), "layout.camera.y"),
      ratio: number(own(c, "ratio"), "layout.camera.ratio", { min: Number.MIN_VALUE }),
      angle: number(own(c, "angle"), "layout.camera.angle"),
    },
  };
}

/** A version 2 document, checked and copied; throws Damaged. */
export function readCurrent(json: Record<string, unknown>): Workspace {
  const settings = object(own(json, "settings"), "settings");
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: dateTime(own(json, "savedAt"), "savedAt"),
    name: nullable(shortText)(own(json, "name"), "name"),
    origin: oneOf(own(json, "origin"), "origin", ["sample", "files"] as const),
    files: readFiles(own(json, "files"), readFile),
    identityDecisions: readDecisions(own(json, "identityDecisions")),
    targets: readTargets(own(json, "targets")),
    settings: {
      analysis: readAnalysis(own(settings, "analysis"), "settings.analysis"),
      network: readNetwork(own(settings, "network"), "settings.network"),
      view: readView(own(settings, "view"), "settings.view"),
      filters: readFilters(own(settings, "filters"), "settings.filters"),
      time: readTime(own(settings, "time"), "settings.time"),
    },
    layout: readLayout(own(json, "layout")),
    pseudonymSecret: nullable(shortText)(own(json, "pseudonymSecret"), "pseudonymSecret"),
  };
}
