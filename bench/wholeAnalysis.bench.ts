/**
 * The whole analysis (every measure the app shows, as `weaver analyze` runs it) on generated
 * power-law cluster networks of 1k, 5k and 20k people with eight sectors, stage by stage, beside
 * the measures graphology-metrics offers and igraph's betweenness alone, on the same graph in
 * the same run. The issue's target: the whole analysis of 5,000 people well under igraph's
 * betweenness time.
 *
 *   npx tsx bench/wholeAnalysis.bench.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import graphologyCloseness from "graphology-metrics/centrality/closeness";
import graphologyEigenvector from "graphology-metrics/centrality/eigenvector";
import graphologyPagerank from "graphology-metrics/centrality/pagerank";
import { analyzeNetwork } from "../src/analysis/analyzeNetwork";
import { closeness } from "../src/analysis/closeness";
import { eigenvectorCentrality } from "../src/analysis/eigenvector";
import { pagerank } from "../src/analysis/pagerank";
import { createNodePathPool } from "../src/analysis/parallel/node";
import { createRandom } from "../src/analysis/sampling";
import type { WeaverGraph } from "../src/graph/buildNetwork";
import { powerlawClusterGraph, toGraphology, writeEdgeList } from "./lib/powerlawCluster";

const SIZES = [1_000, 5_000, 20_000];
const SECTORS = ["Academia", "Community organisation", "Corporate partner", "National federation"];
SECTORS.push("Public authority", "Public health", "Social NGO", "UN agency");

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, (performance.now() - start) / 1000];
}

function igraphBetweenness(edgeFile: string, n: number): number | null {
  const script = join(import.meta.dirname, "igraph_betweenness.py");
  const result = spawnSync("/usr/bin/python3", [script, edgeFile, String(n)], {
    encoding: "utf8",
    timeout: 3_600_000,
  });
  if (result.status !== 0) return null;
  return (JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { seconds: number }).seconds;
}

const dir = mkdtempSync(join(tmpdir(), "weaver-whole-"));
const pool = createNodePathPool();
pool.prestart();
console.log(`load average at start ${loadavg()[0]!.toFixed(1)}; ${pool.size} workers\n`);
console.log(
  "| people | ties | whole analysis | of which shortest paths | other stages | igraph betweenness alone | igraph ÷ whole | eigenvector + PageRank + closeness: graphology-metrics | ours, 1 thread | ratio |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const n of SIZES) {
  const generated = powerlawClusterGraph(n, 5, 0.1, 2024);
  const graph = toGraphology(generated) as unknown as WeaverGraph;
  const random = createRandom(7);
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, {
      id: node,
      name: `Person ${node}`,
      label: `Person ${node}`,
      sector: SECTORS[Math.floor(random() * SECTORS.length)]!,
      groups: [],
      status: "member",
      registered: true,
    });
  });
  let pathsDone = 0;
  const start = performance.now();
  const analysis = await analyzeNetwork(graph, {
    pool,
    onProgress: (stage) => {
      if (stage !== "shortest paths" && pathsDone === 0) pathsDone = performance.now();
    },
  });
  const whole = (performance.now() - start) / 1000;
  const paths = (pathsDone - start) / 1000;

  const edgeFile = join(dir, `edges-${n}.txt`);
  writeEdgeList(edgeFile, generated);
  const igraph = igraphBetweenness(edgeFile, n);

  let library: number | null = null;
  if (n <= 5_000) {
    const [, eigen] = timed(() => graphologyEigenvector(graph, { maxIterations: 1000, tolerance: 1e-10 }));
    const [, rank] = timed(() => graphologyPagerank(graph, { tolerance: 1e-10, getEdgeWeight: "weight" }));
    const [, close] = timed(() => graphologyCloseness(graph, { wassermanFaust: true }));
    library = eigen + rank + close;
  }
  const [, ours] = timed(() => {
    eigenvectorCentrality(graph);
    pagerank(graph);
    closeness(graph);
  });
  console.log(
    `| ${n.toLocaleString("en")} | ${analysis.summary.ties.toLocaleString("en")} | ${whole.toFixed(2)} s | ${paths.toFixed(2)} s | ` +
      `${(whole - paths).toFixed(2)} s | ${igraph === null ? "—" : `${igraph.toFixed(2)} s`} | ` +
      `${igraph === null ? "—" : `${(igraph / whole).toFixed(1)}×`} | ${library === null ? "skipped (> 5k)" : `${library.toFixed(2)} s`} | ` +
      `${ours.toFixed(2)} s | ${library === null ? "—" : `${(library / ours).toFixed(1)}×`} |`,
  );
}
pool.close();
