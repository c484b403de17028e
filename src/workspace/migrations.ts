/**
 * Older workspace documents, read and brought forward one version at a time:
 * `readers[v]` checks a version-v document (throwing Damaged), `migrations[v]` turns the checked
 * document into version v+1. A new version adds one reader for the old shape it replaces and one
 * migration, and every file ever saved keeps opening.
 */
import { DEFAULT_ANALYSIS_SETTINGS } from "../analysis/registry";
import { FILE_KINDS } from "../ingest/fields";
import { Damaged, SHORT, dateTime, isoDate, listOf, number, object, oneOf, own, text } from "./check";
import { utf8Length } from "./content";
import {
  readCurrent,
  readDecisions,
  readFiles,
  readMapping,
  readMaxEventSize,
  readTarget,
} from "./readCurrent";
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace, type WorkspaceV1 } from "./schema";
import { defaultSettings } from "./settings";

function readV1File(value: unknown, path: string): WorkspaceV1["files"][number] {
  const json = object(value, path);
  const kind = oneOf(own(json, "kind"), `${path}.kind`, FILE_KINDS);
  const content = text(own(json, "text"), `${path}.text`, { empty: true });
  if (utf8Length(content) === null) throw new Damaged(`${path}.text`, "holds broken characters");
  return {
    id: text(own(json, "id"), `${path}.id`, { max: SHORT }),
    fileName: text(own(json, "fileName"), `${path}.fileName`, { max: SHORT }),
    kind,
    encoding: text(own(json, "encoding"), `${path}.encoding`, { max: 40 }),
    mapping: readMapping(own(json, "mapping"), `${path}.mapping`, kind),
    text: content,
  };
}

function readV1Positions(value: unknown): WorkspaceV1["positions"] {
  const json = object(value, "positions");
  // Rebuilt on a prototype-free object: person ids are keys here, and one could be "__proto__".
  const positions: WorkspaceV1["positions"] = Object.create(null);
  for (const id of Object.keys(json)) {
    const xy = own(json, id);
    if (!Array.isArray(xy) || xy.length !== 2)
      throw new Damaged(`positions[${JSON.stringify(id)}]`, "should be [x, y]");
    positions[id] = [
      number(xy[0], `positions[${JSON.stringify(id)}][0]`),
      number(xy[1], `positions[${JSON.stringify(id)}][1]`),
    ];
  }
  return positions;
}

/** A version 1 document, checked and copied; throws Damaged. */
export function readV1(json: Record<string, unknown>): WorkspaceV1 {
  const settings = object(own(json, "settings"), "settings");
  const window = object(own(settings, "window"), "settings.window");
  const side = (key: "from" | "to") => {
    const value = own(window, key);
    return value === undefined ? {} : { [key]: isoDate(value, `settings.window.${key}`) };
  };
  const targets = own(json, "targets");
  return {
    format: WORKSPACE_FORMAT,
    version: 1,
    savedAt: dateTime(own(json, "savedAt"), "savedAt"),
    files: readFiles(own(json, "files"), readV1File),
    identityDecisions: readDecisions(own(json, "identityDecisions")),
    targets: targets === null ? null : listOf(targets, "targets", readTarget),
    settings: {
      betweenness: oneOf(own(settings, "betweenness"), "settings.betweenness", [
        "auto",
        "exact",
        "sampled",
      ] as const),
      pivots: number(own(settings, "pivots"), "settings.pivots", { min: 1, integer: true }),
      keyPlayers: number(own(settings, "keyPlayers"), "settings.keyPlayers", { min: 1, integer: true }),
      maxEventSize: readMaxEventSize(own(settings, "maxEventSize"), "settings.maxEventSize"),
      colourBy: text(own(settings, "colourBy"), "settings.colourBy", { max: SHORT }),
      sizeBy: text(own(settings, "sizeBy"), "settings.sizeBy", { max: SHORT }),
      window: { ...side("from"), ...side("to") },
    },
    positions: readV1Positions(own(json, "positions")),
  };
}

/**
 * Version 1 to 2. Files saved as decoded text become UTF-8 bytes: exact for UTF-8 files, and for
 * UTF-16 or Windows-1252 files the same text in another encoding, which reads into the same
 * records (the import report keeps the encoding found originally). Settings move into their
 * groups; what version 1 did not have takes its default; positions become [id, x, y] lists.
 */
export function migrateV1(v1: WorkspaceV1): Workspace {
  const defaults = defaultSettings();
  const { settings } = v1;
  return {
    format: WORKSPACE_FORMAT,
    version: 2,
    savedAt: v1.savedAt,
    name: null,
    origin: "files",
    files: v1.files.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      kind: file.kind,
      encoding: file.encoding,
      mapping: file.mapping,
      dateOrder: null,
      byteLength: utf8Length(file.text)!,
      content: { text: file.text },
    })),
    identityDecisions: v1.identityDecisions,
    targets: v1.targets && v1.targets.map((target) => ({ ...target, line: null })),
    settings: {
      ...defaults,
      analysis: {
        betweenness: {
          mode: settings.betweenness,
          pivots: settings.pivots,
          seed: DEFAULT_ANALYSIS_SETTINGS.betweenness.seed,
        },
        keyPlayers: { k: settings.keyPlayers },
      },
      network: { ...defaults.network, maxEventSize: settings.maxEventSize },
      view: { ...defaults.view, colourBy: settings.colourBy, sizeBy: settings.sizeBy },
      time: {
        window: { from: settings.window.from ?? null, to: settings.window.to ?? null },
        preset: settings.window.from || settings.window.to ? null : "all",
        compare: null,
      },
    },
    layout: {
      positions: Object.keys(v1.positions).map((id) => [id, v1.positions[id]![0], v1.positions[id]![1]]),
      camera: null,
    },
    pseudonymSecret: null,
  };
}

/** readers[v] checks a version-v document and copies it (throws Damaged); the last one is the current reader. */
export const readers: Record<number, (json: Record<string, unknown>) => object> = {
  1: readV1,
  [WORKSPACE_VERSION]: readCurrent,
};

/**
 * migrations[v] takes a checked version-v document to version v+1. Its output is checked again by
 * readers[v+1], so a migration can never hand the app something the current reader would refuse.
 */
export const migrations: Record<number, (doc: never) => object> = { 1: migrateV1 };
