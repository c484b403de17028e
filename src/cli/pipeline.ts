import { readFileSync } from "node:fs";
import { analyzeNetwork, type NetworkAnalysis } from "../analysis/analyzeNetwork";
import { MIN_PIVOTS, type BetweennessModeOption } from "../analysis/betweenness";
import { createNodePathPool } from "../analysis/parallel/node";
import { buildNetwork, type WeaverGraph } from "../graph/buildNetwork";
import { decodeBytes } from "../ingest/decode";
import type { FileKind } from "../model/types";
import { recommend, readTargetsCsv, type Recommendations, type Target } from "../recommend";
import { UsageError, type ParsedArgs } from "./args";
import { describeReports, loadDataset, type InputFile, type LoadedDataset } from "./loadDataset";

/**
 * What `analyze` and `report` share: read the files named on the command line, build the
 * network, analyse it, and (when asked) recommend. Diagnostics go to stderr so stdout stays
 * one clean JSON document.
 */
export const FILE_FLAGS: Record<string, FileKind> = {
  people: "people",
  interactions: "interactions",
  attendance: "attendance",
  slack: "interactions",
};

export interface PipelineResult {
  loaded: LoadedDataset;
  graph: WeaverGraph;
  analysis: NetworkAnalysis;
  recommendations: Recommendations | null;
}

export function numberFlag(args: ParsedArgs, name: string): number | undefined {
  const raw = args.flags.get(name)?.at(-1);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new UsageError(`--${name} must be a non-negative number`);
  return value;
}

function dateFlag(args: ParsedArgs, name: string): string | undefined {
  const raw = args.flags.get(name)?.at(-1);
  if (raw !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(raw))
    throw new UsageError(`--${name} must be YYYY-MM-DD`);
  return raw;
}

function betweennessFlag(args: ParsedArgs, n: number): BetweennessModeOption {
  const mode = args.flags.get("betweenness")?.at(-1) ?? "auto";
  const pivots = numberFlag(args, "pivots");
  if (mode === "auto" && pivots === undefined) return "auto";
  if (mode === "exact") return { mode: "exact" };
  if (mode === "sampled" || mode === "auto") {
    return {
      mode: "sampled",
      pivots: Math.max(1, Math.min(n, Math.round(pivots ?? MIN_PIVOTS))),
      seed: 1,
    };
  }
  throw new UsageError("--betweenness must be auto, exact or sampled");
}

/** Reads --targets; rejected rows are reported like any other file's. Null means the defaults. */
function readTargets(args: ParsedArgs, warn: (line: string) => void): Target[] | null | "failed" {
  const path = args.flags.get("targets")?.at(-1);
  if (path === undefined) return null;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    warn(`error: cannot read ${path}: ${(error as Error).message}`);
    return "failed";
  }
  const decoded = decodeBytes(bytes, path);
  if (!decoded.ok) {
    warn(`error: ${decoded.message}`);
    return "failed";
  }
  const parsed = readTargetsCsv(decoded.text);
  if (parsed.problem) {
    warn(`error: ${path}: ${parsed.problem}`);
    return "failed";
  }
  warn(`${path}: read ${parsed.read} rows, accepted ${parsed.accepted}, rejected ${parsed.rejected.length}`);
  for (const row of parsed.rejected) warn(`${path}:${row.line}: rejected: ${row.reason}`);
  return parsed.targets;
}

export function inputFiles(args: ParsedArgs): InputFile[] {
  const files: InputFile[] = [];
  for (const [flag, kind] of Object.entries(FILE_FLAGS)) {
    for (const path of args.flags.get(flag) ?? []) files.push({ path, kind });
  }
  if (files.length === 0) {
    throw new UsageError("name at least one file with --people, --interactions, --attendance or --slack");
  }
  return files;
}

/** Null when a file could not be read at all (the reason is already on stderr). */
export async function runPipeline(
  args: ParsedArgs,
  options: { recommend: boolean },
  warn: (line: string) => void,
): Promise<PipelineResult | null> {
  const loaded = loadDataset(inputFiles(args));
  for (const line of describeReports(loaded)) warn(line);
  const targets = options.recommend ? readTargets(args, warn) : null;
  if (loaded.failures.length > 0 || targets === "failed") return null;

  const maxEventSize = numberFlag(args, "max-event-size");
  const { graph, identity } = buildNetwork(loaded.dataset, {
    window: { from: dateFlag(args, "from"), to: dateFlag(args, "to") },
    ...(maxEventSize === undefined ? {} : { maxEventSize: maxEventSize === 0 ? Infinity : maxEventSize }),
  });
  for (const person of identity.unregistered) {
    const near = person.nearMatches.map((m) => `${m.name} (${m.id})`).join(", ");
    warn(`unregistered: ${person.name}${near ? ` — did you mean ${near}?` : ""}`);
  }

  const pool = createNodePathPool();
  try {
    const analysis = await analyzeNetwork(graph, {
      pool,
      betweenness: betweennessFlag(args, graph.order),
      keyPlayers: numberFlag(args, "key-players"),
    });
    const recommendations = options.recommend ? recommend(graph, analysis, targets) : null;
    return { loaded, graph, analysis, recommendations };
  } finally {
    pool.close();
  }
}
