#!/usr/bin/env node
/**
 * weaver: the same core as the app, for automation. `npm run --silent weaver -- help`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeNetwork } from "../analysis/analyzeNetwork";
import type { BetweennessModeOption } from "../analysis/betweenness";
import { createNodePathPool } from "../analysis/parallel/node";
import { buildNetwork } from "../graph/buildNetwork";
import type { FileKind } from "../model/types";
import { toCsv } from "../report/csv";
import { analysisTables } from "../report/analysisTables";
import { parseArgs, UsageError, type ParsedArgs } from "./args";
import { describeReports, loadDataset, type InputFile } from "./loadDataset";
import { serve } from "./serve";

const USAGE = `Usage:
  weaver analyze [--people FILE] [--interactions FILE] [--attendance FILE] [options] (--json | --out DIR)
  weaver serve [--port N]

Files (each flag may be repeated):
  --people FILE          member registry (id, name, email, organization, sector, region, role, groups, status, joined)
  --interactions FILE    who met, e-mailed or replied to whom (source, target, date, type, weight)
  --attendance FILE      who attended which meeting, webinar or workshop (person, event, date)

Options:
  --json                 print the analysis as one JSON document on stdout
  --out DIR              write the analysis as CSV files into DIR
  --from DATE --to DATE  only interactions and attendance in this window (YYYY-MM-DD, inclusive)
  --betweenness MODE     auto (default), exact, or sampled
  --pivots N             sources for sampled betweenness (default: chosen from the network's size)
  --key-players K        size of the key-player set (default 5)
  --max-event-size N     events with more attendees make no ties (default 30; 0 = no limit)

Rejected rows are listed on stderr with their line numbers.`;

const FILE_FLAGS: Record<string, FileKind> = {
  people: "people",
  interactions: "interactions",
  attendance: "attendance",
};

function numberFlag(args: ParsedArgs, name: string): number | undefined {
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
      pivots: Math.max(1, Math.min(n, Math.round(pivots ?? Math.min(n, 500)))),
      seed: 1,
    };
  }
  throw new UsageError(`--betweenness must be auto, exact or sampled`);
}

async function analyze(args: ParsedArgs): Promise<number> {
  const files: InputFile[] = [];
  for (const [flag, kind] of Object.entries(FILE_FLAGS)) {
    for (const path of args.flags.get(flag) ?? []) files.push({ path, kind });
  }
  if (files.length === 0)
    throw new UsageError("name at least one file with --people, --interactions or --attendance");
  const outDir = args.flags.get("out")?.at(-1);
  if (!args.booleans.has("json") && outDir === undefined) throw new UsageError("choose --json or --out DIR");

  const loaded = loadDataset(files);
  for (const line of describeReports(loaded)) process.stderr.write(`${line}\n`);
  if (loaded.failures.length > 0) return 1;

  const maxEventSize = numberFlag(args, "max-event-size");
  const { graph, identity } = buildNetwork(loaded.dataset, {
    window: { from: dateFlag(args, "from"), to: dateFlag(args, "to") },
    ...(maxEventSize === undefined ? {} : { maxEventSize: maxEventSize === 0 ? Infinity : maxEventSize }),
  });
  for (const person of identity.unregistered) {
    const near = person.nearMatches.map((m) => `${m.name} (${m.id})`).join(", ");
    process.stderr.write(`unregistered: ${person.name}${near ? ` — did you mean ${near}?` : ""}\n`);
  }

  const pool = createNodePathPool();
  try {
    const analysis = await analyzeNetwork(graph, {
      pool,
      betweenness: betweennessFlag(args, graph.order),
      keyPlayers: numberFlag(args, "key-players"),
    });
    if (outDir !== undefined) {
      mkdirSync(outDir, { recursive: true });
      for (const [name, table] of Object.entries(analysisTables(analysis))) {
        writeFileSync(join(outDir, `${name}.csv`), toCsv(table));
      }
      process.stderr.write(`wrote the analysis to ${outDir}\n`);
    }
    if (args.booleans.has("json")) {
      const document = {
        ...analysis,
        import: loaded.reports.map(({ rejected, ...rest }) => ({ ...rest, rejected: rejected.length })),
      };
      process.stdout.write(
        `${JSON.stringify(document, (_key, value) => (typeof value === "number" && !Number.isFinite(value) ? null : value))}\n`,
      );
    }
  } finally {
    pool.close();
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    values: [
      "people",
      "interactions",
      "attendance",
      "out",
      "from",
      "to",
      "betweenness",
      "pivots",
      "key-players",
      "max-event-size",
      "port",
    ],
    booleans: ["json", "sample", "help"],
  });
  switch (args.command) {
    case "analyze":
      return analyze(args);
    case "serve":
      await serve(numberFlag(args, "port") ?? 4173, true);
      return -1;
    case undefined:
    case "help":
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      throw new UsageError(`unknown command "${args.command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`weaver: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(
        `weaver: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
