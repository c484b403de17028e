#!/usr/bin/env node
/**
 * weaver: the same core as the app, for automation. `npm run --silent weaver -- help`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analysisTables } from "../report/analysisTables";
import { toCsv } from "../report/csv";
import { writeReportFiles } from "../report/node";
import { parseArgs, UsageError, type ParsedArgs } from "./args";
import { numberFlag, runPipeline } from "./pipeline";
import { serve } from "./serve";

const USAGE = `Usage:
  weaver analyze FILES [options] (--json | --out DIR)   measures (and recommendations) as JSON or CSV files
  weaver report FILES --out DIR [options]               the printable report, CSVs and GEXF for Gephi
  weaver serve [--port N]                                the app, on 127.0.0.1 only

Files (each flag may be repeated):
  --people FILE          member registry (id, name, email, organization, sector, region, role, groups, status, joined)
  --interactions FILE    who met, e-mailed or replied to whom (source, target, date, type, weight)
  --attendance FILE      who attended which meeting (person, event, date), or Zoom / Teams attendance reports
  --slack FILE.zip       a Slack workspace export (thread replies and mentions become ties)
  --targets FILE         recruitment targets (dimension, value, group, min_count, min_share)

Options:
  --json                 print one JSON document on stdout (analyze)
  --out DIR              write CSV files (analyze) or the whole report (report) into DIR
  --from DATE --to DATE  only interactions and attendance in this window (YYYY-MM-DD, inclusive)
  --betweenness MODE     auto (default), exact, or sampled
  --pivots N             sources for sampled betweenness (default: chosen from the network's size)
  --key-players K        size of the key-player set (default 5)
  --max-event-size N     events with more attendees make no ties (default 30; 0 = no limit)
  --title TEXT           the community's name, for the report's title (report)
  --pseudonymize         replace names and e-mails by stable codes (report); needs --secret-file
  --secret-file FILE     a file whose content keeps the codes stable between reports

Rejected rows are listed on stderr with their line numbers.`;

const warn = (line: string) => process.stderr.write(`${line}\n`);

/** JSON has no NaN or Infinity: undefined values are null, as the contract says. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v));
}

async function analyze(args: ParsedArgs): Promise<number> {
  const outDir = args.flags.get("out")?.at(-1);
  if (!args.booleans.has("json") && outDir === undefined) throw new UsageError("choose --json or --out DIR");
  const result = await runPipeline(args, { recommend: true }, warn);
  if (!result) return 1;
  const { analysis, recommendations, loaded } = result;
  if (outDir !== undefined) {
    mkdirSync(outDir, { recursive: true });
    for (const [name, table] of Object.entries(analysisTables(analysis))) {
      writeFileSync(join(outDir, `${name}.csv`), toCsv(table));
    }
    warn(`wrote the analysis to ${outDir}`);
  }
  if (args.booleans.has("json")) {
    const document = {
      ...analysis,
      introductions: recommendations?.introductions ?? [],
      recruitment: recommendations?.recruitment ?? { gaps: [], candidates: [] },
      import: loaded.reports.map(({ rejected, ...rest }) => ({ ...rest, rejected: rejected.length })),
    };
    process.stdout.write(`${toJson(document)}\n`);
  }
  return 0;
}

async function report(args: ParsedArgs): Promise<number> {
  const outDir = args.flags.get("out")?.at(-1);
  if (outDir === undefined) throw new UsageError("report needs --out DIR");
  const secretFile = args.flags.get("secret-file")?.at(-1);
  if (args.booleans.has("pseudonymize") && secretFile === undefined) {
    throw new UsageError(
      "--pseudonymize needs --secret-file FILE, so that codes stay the same between reports",
    );
  }
  const result = await runPipeline(args, { recommend: true }, warn);
  if (!result) return 1;
  const written = writeReportFiles(outDir, {
    graph: result.graph,
    analysis: result.analysis,
    recommendations: result.recommendations,
    community: args.flags.get("title")?.at(-1),
    ...(args.booleans.has("pseudonymize") && secretFile !== undefined
      ? { pseudonymize: { secret: readFileSync(secretFile, "utf8").trim() } }
      : {}),
  });
  for (const path of written) warn(`wrote ${path}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    values: [
      "people",
      "interactions",
      "attendance",
      "slack",
      "targets",
      "out",
      "from",
      "to",
      "betweenness",
      "pivots",
      "key-players",
      "max-event-size",
      "port",
      "title",
      "secret-file",
    ],
    booleans: ["json", "pseudonymize", "help"],
  });
  switch (args.command) {
    case "analyze":
      return analyze(args);
    case "report":
      return report(args);
    case "serve":
      await serve(numberFlag(args, "port") ?? 4173);
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
