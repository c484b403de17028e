/**
 * Exact betweenness on generated power-law cluster networks (Holme–Kim, 5 ties per new
 * person, triangle probability 0.1): Weaver's kernel in one thread and on a pool of
 * worker_threads, against graphology-metrics and igraph's C code on the same graph, all in
 * the same run so that the ratios compare like with like.
 *
 *   npx tsx bench/analysis.bench.ts [--sizes=1000,5000,20000] [--workers=N]
 *                                   [--graphology-limit=600] [--no-graphology] [--no-igraph]
 *
 * graphology-metrics runs in a child process stopped after --graphology-limit seconds; when
 * the 5k run predicts more than that for a larger network, the larger one is skipped and its
 * time extrapolated (work grows as n·(n+2m)), marked "≈ … (extrapolated)". igraph runs via
 * /usr/bin/python3 bench/igraph_betweenness.py when python3-igraph is importable; its time
 * excludes reading and building the graph, as ours excludes building the CSR (shown apart).
 * Every competitor's values are checked against ours (max absolute difference).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { normaliseBetweenness } from "../src/analysis/betweenness";
import { allSources } from "../src/analysis/pathKernel";
import { pathGraphOf, runPathPass, runPathPassSync } from "../src/analysis/pathKernelRun";
import { createNodePathPool } from "../src/analysis/parallel/node";
import { undirectedCsr } from "../src/analysis/undirected";
import { powerlawClusterGraph, toGraphology, writeEdgeList } from "./lib/powerlawCluster";

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const sizes = (flag("sizes") ?? "1000,5000,20000").split(",").map(Number);
const workers = Number(flag("workers") ?? availableParallelism());
const graphologyLimit = Number(flag("graphology-limit") ?? 600);
const withGraphology = !args.includes("--no-graphology");
const withIgraph = !args.includes("--no-igraph") && igraphAvailable();
const TIES_PER_PERSON = 5;
const TRIANGLES = 0.1;
const SEED = 2024;

function igraphAvailable(): boolean {
  return spawnSync("/usr/bin/python3", ["-c", "import igraph"]).status === 0;
}

function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

interface External {
  seconds: number | null;
  /** Set when the time is extrapolated rather than measured. */
  note?: string;
  maxDiff?: number;
}

function runChild(command: string, argv: string[], timeoutSeconds: number): { seconds: number } | null {
  const result = spawnSync(command, argv, { encoding: "utf8", timeout: timeoutSeconds * 1000 });
  if (result.status !== 0) {
    if (result.signal) return null;
    throw new Error(`${command} ${argv.join(" ")} failed: ${result.stderr}`);
  }
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { seconds: number };
}

const fmt = (s: number | null | undefined) => (s == null ? "—" : s < 10 ? s.toFixed(3) : s.toFixed(1));
const ratio = (a: number | null | undefined, b: number) => (a == null ? "—" : `${(a / b).toFixed(1)}×`);
const diff = (d: number | undefined) => (d === undefined ? "—" : d.toExponential(0));

/** Best of `reps` runs: the least disturbed by whatever else the machine is doing. */
async function best<T>(reps: number, run: () => Promise<T> | T): Promise<[T, number]> {
  let result: [T, number] | null = null;
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    const value = await run();
    const elapsed = (performance.now() - start) / 1000;
    if (!result || elapsed < result[1]) result = [value, elapsed];
  }
  return result!;
}

const dir = mkdtempSync(join(tmpdir(), "weaver-bench-"));
const timeRows: string[] = [];
const ratioRows: string[] = [];
const notes: string[] = [];
let graphologyPerWork: number | null = null;

console.log(
  `Exact betweenness, power-law cluster graphs (Holme–Kim m=${TIES_PER_PERSON}, p=${TRIANGLES}, seed ${SEED}); ` +
    `${cpus().length} cores, ${workers} workers; load average at start ${loadavg()[0]!.toFixed(1)}. ` +
    `Best of 3 runs up to 5,000 people, of 2 above, for every contender.\n`,
);

try {
  for (const n of sizes) {
    const reps = n <= 5000 ? 3 : 2;
    const generated = powerlawClusterGraph(n, TIES_PER_PERSON, TRIANGLES, SEED);
    const m = generated.edges.length / 2;
    const graph = toGraphology(generated);
    const [csr, csrSeconds] = await best(1, () => undirectedCsr(graph, { weightAttribute: null }));
    const pathGraph = pathGraphOf(csr);
    const sources = allSources(n);
    const options = { betweenness: true, closeness: false };
    const order = csr.nodes.map(Number);
    const normalised = (raw: Float64Array) => {
      const values = normaliseBetweenness(raw, n, { mode: "exact" });
      const out = new Float64Array(n);
      order.forEach((vertex, i) => (out[vertex] = values[i]!));
      return out;
    };

    const [single, singleSeconds] = await best(reps, () => runPathPassSync(pathGraph, options, sources));
    const ours = normalised(single.betweenness);

    // What the CLI gets: a fresh pool, used only when the pass is worth starting workers for.
    const [, autoSeconds] = await best(reps, async () => {
      const pool = createNodePathPool(workers);
      try {
        return await runPathPass(pathGraph, options, sources, { pool });
      } finally {
        pool.close();
      }
    });
    const pool = createNodePathPool(workers);
    const [parallel, coldSeconds] = await best(1, () =>
      runPathPass(pathGraph, options, sources, { pool, parallelThreshold: 0 }),
    );
    const [, warmSeconds] = await best(reps, () =>
      runPathPass(pathGraph, options, sources, { pool, parallelThreshold: 0 }),
    );
    const [, bothSeconds] = await best(reps, () =>
      runPathPass(pathGraph, { betweenness: true, closeness: true }, sources, { pool, parallelThreshold: 0 }),
    );
    pool.close();
    const poolDiff = maxDifference(normalised(parallel.betweenness), ours);
    if (poolDiff > 1e-12) throw new Error(`workers and single thread disagree by ${poolDiff}`);

    const edgeFile = join(dir, `edges-${n}.txt`);
    writeEdgeList(edgeFile, generated);
    const work = n * (n + 2 * m);

    const graphology: External = { seconds: null };
    if (withGraphology) {
      const predicted = graphologyPerWork === null ? null : graphologyPerWork * work;
      if (predicted !== null && predicted > graphologyLimit) {
        graphology.seconds = predicted;
        graphology.note = "extrapolated";
        notes.push(
          `graphology-metrics at ${n}: not run; extrapolated from the largest measured size by n·(n+2m) ` +
            `(${fmt(predicted)} s predicted, above the ${graphologyLimit} s limit).`,
        );
      } else {
        const out = join(dir, `graphology-${n}.json`);
        const script = join(import.meta.dirname, "lib/graphologyBetweenness.ts");
        const runs = Array.from({ length: reps }, () =>
          runChild(process.execPath, ["--import", "tsx", script, edgeFile, String(n), out], graphologyLimit),
        );
        if (runs.every((r) => r !== null)) {
          graphology.seconds = Math.min(...runs.map((r) => r!.seconds));
          graphology.maxDiff = maxDifference(JSON.parse(readFileSync(out, "utf8")) as number[], ours);
          graphologyPerWork = graphology.seconds / work;
        } else if (graphologyPerWork !== null) {
          graphology.seconds = graphologyPerWork * work;
          graphology.note = "extrapolated";
          notes.push(`graphology-metrics at ${n}: stopped after ${graphologyLimit} s; time extrapolated.`);
        }
      }
    }

    const igraph: External = { seconds: null };
    if (withIgraph) {
      const out = join(dir, `igraph-${n}.json`);
      const script = join(import.meta.dirname, "igraph_betweenness.py");
      const runs = Array.from({ length: reps }, () =>
        runChild("/usr/bin/python3", [script, edgeFile, String(n), out], 3600),
      );
      igraph.seconds = Math.min(...runs.map((r) => r!.seconds));
      // igraph counts each unordered pair once; networkx's normalisation is 2/((n-1)(n-2)).
      const scale = 2 / ((n - 1) * (n - 2));
      igraph.maxDiff = maxDifference(
        (JSON.parse(readFileSync(out, "utf8")) as number[]).map((x) => x * scale),
        ours,
      );
    }

    const approx = (e: External) => (e.note ? `≈ ${fmt(e.seconds)} (${e.note})` : fmt(e.seconds));
    const people = n.toLocaleString("en");
    timeRows.push(
      `| ${people} | ${m.toLocaleString("en")} | ${fmt(csrSeconds)} | ${fmt(singleSeconds)} | ${fmt(autoSeconds)} | ` +
        `${fmt(coldSeconds)} / ${fmt(warmSeconds)} | ${fmt(bothSeconds)} | ${approx(graphology)} | ${approx(igraph)} | ` +
        `${diff(igraph.maxDiff)} / ${diff(graphology.maxDiff)} |`,
    );
    ratioRows.push(
      `| ${people} | ${ratio(igraph.seconds, autoSeconds)} | ${ratio(graphology.seconds, autoSeconds)} | ` +
        `${ratio(igraph.seconds, warmSeconds)} | ${ratio(graphology.seconds, warmSeconds)} | ` +
        `${ratio(igraph.seconds, singleSeconds)} | ${ratio(graphology.seconds, singleSeconds)} |`,
    );
    console.error(`done ${n}: ${timeRows.at(-1)} ${ratioRows.at(-1)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `| people | ties | CSR build | ours, 1 thread | ours, auto (fresh pool) | ours, ${workers} workers cold / warm | ` +
    `+ closeness in the same pass (warm) | graphology-metrics | igraph | max \\|Δ\\| vs igraph / graphology |`,
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const row of timeRows) console.log(row);
console.log("\nSeconds. Speed-up of ours (how many times faster):\n");
console.log(
  `| people | igraph ÷ ours auto | graphology ÷ ours auto | igraph ÷ ours warm pool | graphology ÷ ours warm pool | ` +
    `igraph ÷ ours 1 thread | graphology ÷ ours 1 thread |`,
);
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const row of ratioRows) console.log(row);
console.log(
  `\n"auto" is what the CLI gets: a fresh pool of ${workers} worker_threads, used only when the pass is worth ` +
    `starting them for (otherwise the calling thread); "cold" includes starting the workers under tsx, "warm" ` +
    `reuses a running pool. Targets: igraph ÷ ours ≥ 2, graphology ÷ ours ≥ 5. graphology-metrics runs ` +
    `unweighted (getEdgeWeight: null), i.e. on hops like ours and igraph.`,
);
if (!withIgraph) console.log("igraph: python3-igraph not importable with /usr/bin/python3; skipped.");
for (const note of notes) console.log(`- ${note}`);
