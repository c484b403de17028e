/**
 * Recommendation benchmark (issue 4): are the suggested introductions plausible, and how fast
 * is the engine? Run standalone with `npx tsx bench/recommend.bench.ts` (add `--quick` to skip
 * the 20,000-person timing); prints markdown tables for bench/RESULTS.md.
 *
 * Plausibility is measured as link prediction: hide ties, suggest introductions on what is
 * left, and count how many of the top k suggestions are hidden ties (precision@k), against
 * plain Adamic–Adar (networkx's adamic_adar_index: Σ 1/ln deg(z) over shared contacts z) over
 * the same candidates: pairs of members not tied in the training network.
 * - Sample community: train on ties first seen before 2026-05-01 (buildNetwork's window), test
 *   on the pairs of members first tied in the last six months.
 * - Reference networks (karate, multisector): 10% of ties hidden at random, 20 seeded splits,
 *   precision averaged.
 * The engine does not try to predict: it trades some precision for cross-sector, inclusion,
 * resilience and bridging value, and spreads its list (at most 3 per person, 30% per sector
 * pair), so the tables also show its plausibility-only setting, the caps lifted, and how much
 * value each list carries.
 */
import Graph from "graphology";
import { pathToFileURL } from "node:url";
import { analyzeNetwork, type NetworkAnalysis } from "../src/analysis/analyzeNetwork";
import { createNodePathPool } from "../src/analysis/parallel/node";
import { createRandom } from "../src/analysis/sampling";
import type { WeaverGraph } from "../src/graph/buildNetwork";
import type { PersonAttributes, TieAttributes } from "../src/model/types";
import { buildContext, type RecommendContext } from "../src/recommend/context";
import { bridgingOf, crossSectorOf, inclusionOf, type GoalWeights } from "../src/recommend/goals";
import { countBridges, structuralEffect } from "../src/recommend/resilience";
import { findRecruitmentGaps } from "../src/recommend/gaps";
import { suggestIntroductions, type IntroductionOptions } from "../src/recommend/introductions";
import { rankRecruitmentCandidates } from "../src/recommend/recruitment";
import { defaultTargets } from "../src/recommend/targets";
import { loadReferenceGraph, type ReferenceName } from "../test/reference/loadReferenceGraph";
import { sampleNetwork } from "../test/recommend/sampleNetwork";
import { powerlawClusterGraph } from "./lib/powerlawCluster";

const KS = [10, 20, 50] as const;
type Pair = [string, string];
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

const isMember = (graph: WeaverGraph, id: string) => {
  const a = graph.getNodeAttributes(id);
  return a.status === "member" && a.registered !== false;
};

/** Adamic–Adar over every pair of members two steps apart and not tied, best first. */
function adamicAdar(graph: WeaverGraph, limit: number): Pair[] {
  const scores = new Map<string, { pair: Pair; score: number }>();
  graph.forEachNode((z) => {
    const d = graph.degree(z);
    if (d < 2) return;
    const around = graph.neighbors(z).filter((v) => isMember(graph, v));
    for (let i = 0; i < around.length; i++) {
      for (let j = i + 1; j < around.length; j++) {
        const [a, b] = [around[i]!, around[j]!];
        if (graph.hasEdge(a, b)) continue;
        const key = pairKey(a, b);
        const entry = scores.get(key) ?? { pair: (a < b ? [a, b] : [b, a]) as Pair, score: 0 };
        entry.score += 1 / Math.log(d);
        scores.set(key, entry);
      }
    }
  });
  return [...scores.values()]
    .sort((x, y) => y.score - x.score || (pairKey(...x.pair) < pairKey(...y.pair) ? -1 : 1))
    .slice(0, limit)
    .map((e) => e.pair);
}

interface Method {
  name: string;
  suggest(graph: WeaverGraph, analysis: NetworkAnalysis): Pair[];
}

const engine = (name: string, options: IntroductionOptions): Method => ({
  name,
  suggest: (graph, analysis) =>
    suggestIntroductions(graph, analysis, { limit: 50, ...options }).map((i) => [i.a, i.b]),
});
const PLAUSIBILITY_ONLY: Partial<GoalWeights> = {
  plausibility: 1,
  crossSector: 0,
  resilience: 0,
  inclusion: 0,
  bridging: 0,
};
const NO_CAPS = { maxPerPerson: Infinity, maxSectorPairShare: 1 };

const METHODS: Method[] = [
  engine("Weaver, default weights", {}),
  engine("Weaver, default weights, no diversity caps", NO_CAPS),
  engine("Weaver, plausibility only", { weights: PLAUSIBILITY_ONLY }),
  engine("Weaver, plausibility only, no diversity caps", { weights: PLAUSIBILITY_ONLY, ...NO_CAPS }),
  { name: "Adamic–Adar (baseline)", suggest: (graph) => adamicAdar(graph, 50) },
];

interface Score {
  precision: number[];
  /** Over the top 50, the mean of each value goal as the engine scores it, same for every method. */
  crossSector: number;
  inclusion: number;
  bridging: number;
  /** People no longer cut off by someone's departure, summed over the top 50 (each tie alone). */
  reconnected: number;
  people: number;
  length: number;
}

function evaluate(ctx: RecommendContext, pairs: Pair[], hidden: Set<string>): Score {
  const index = (id: string) => ctx.csr.index.get(id)!;
  const hits = pairs.map(([a, b]) => (hidden.has(pairKey(a, b)) ? 1 : 0));
  const top = pairs.slice(0, 50).map(([a, b]) => [index(a), index(b)] as const);
  const avg = (f: (u: number, v: number) => number) =>
    top.length === 0 ? 0 : top.reduce((s, [u, v]) => s + f(u, v), 0) / top.length;
  const bridges = countBridges(ctx.lp);
  return {
    precision: KS.map((k) => hits.slice(0, k).reduce((s: number, h) => s + h, 0) / k),
    crossSector: avg((u, v) => crossSectorOf(ctx, u, v)),
    inclusion: avg((u, v) => inclusionOf(ctx, u, v)),
    bridging: avg((u, v) => bridgingOf(ctx, u, v).value),
    reconnected: top.reduce((s, [u, v]) => s + structuralEffect(ctx, bridges, u, v).relief, 0),
    people: new Set(top.flat()).size,
    length: pairs.length,
  };
}

function mean(scores: Score[]): Score {
  const avg = (f: (s: Score) => number) => scores.reduce((t, s) => t + f(s), 0) / scores.length;
  return {
    precision: KS.map((_, i) => avg((s) => s.precision[i]!)),
    crossSector: avg((s) => s.crossSector),
    inclusion: avg((s) => s.inclusion),
    bridging: avg((s) => s.bridging),
    reconnected: avg((s) => s.reconnected),
    people: avg((s) => s.people),
    length: avg((s) => s.length),
  };
}

function table(title: string, rows: [string, Score][], note: string): void {
  console.log(`### ${title}\n\n${note}\n`);
  console.log(
    "| method | P@10 | P@20 | P@50 | listed | cross-sector | inclusion | bridging | reconnected | distinct people |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  const f = (x: number) => x.toFixed(3);
  const c = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  for (const [name, s] of rows) {
    const value = [s.crossSector, s.inclusion, s.bridging].map((x) => x.toFixed(2)).join(" | ");
    console.log(
      `| ${name} | ${s.precision.map(f).join(" | ")} | ${c(s.length)} | ${value} | ${c(s.reconnected)} | ${c(s.people)} |`,
    );
  }
  console.log("");
}

async function runSplit(train: WeaverGraph, hidden: Set<string>): Promise<Score[]> {
  const analysis = await analyzeNetwork(train);
  const ctx = buildContext(train, analysis);
  return METHODS.map((m) => evaluate(ctx, m.suggest(train, analysis), hidden));
}

async function temporalSplit(): Promise<void> {
  const full = sampleNetwork();
  const train = sampleNetwork({ to: "2026-04-30" });
  const hidden = new Set<string>();
  full.forEachEdge((_e, _a, s, t) => {
    if (isMember(full, s) && isMember(full, t) && !train.hasEdge(s, t)) hidden.add(pairKey(s, t));
  });
  const scores = await runSplit(train, hidden);
  table(
    "Sample community: ties first seen in the last six months",
    METHODS.map((m, i) => [m.name, scores[i]!]),
    `Train: ties before 2026-05-01 (${train.size} ties); test: ${hidden.size} pairs of members first tied ` +
      `from 2026-05-01 to 2026-10-31. Value columns describe the top 50: mean cross-sector, inclusion and ` +
      `bridging parts (0–1, as goals.ts scores them), people reconnected (summed), distinct people.`,
  );
}

function withoutTies(
  graph: WeaverGraph,
  fraction: number,
  seed: number,
): { train: WeaverGraph; hidden: Set<string> } {
  const random = createRandom(seed);
  const edges = graph.edges().sort();
  for (let i = edges.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [edges[i], edges[j]] = [edges[j]!, edges[i]!];
  }
  const train = graph.copy() as WeaverGraph;
  const hidden = new Set<string>();
  for (const edge of edges.slice(0, Math.max(1, Math.round(fraction * edges.length)))) {
    const [s, t] = [graph.source(edge), graph.target(edge)];
    train.dropEdge(edge);
    if (isMember(graph, s) && isMember(graph, t)) hidden.add(pairKey(s, t));
  }
  return { train, hidden };
}

async function randomSplits(name: ReferenceName, splits = 20): Promise<void> {
  const graph = loadReferenceGraph(name) as WeaverGraph;
  const perMethod: Score[][] = METHODS.map(() => []);
  let hiddenTotal = 0;
  for (let seed = 1; seed <= splits; seed++) {
    const { train, hidden } = withoutTies(graph, 0.1, seed);
    hiddenTotal += hidden.size;
    (await runSplit(train, hidden)).forEach((s, i) => perMethod[i]!.push(s));
  }
  table(
    `${name}: 10% of ties hidden at random`,
    METHODS.map((m, i) => [m.name, mean(perMethod[i]!)]),
    `${graph.order} people, ${graph.size} ties; ${splits} seeded splits, ${(hiddenTotal / splits).toFixed(1)} ` +
      `hidden member pairs per split on average; values are means over the splits.`,
  );
}

/** A generated community: Holme–Kim ties, 10 sectors in blocks, 12 countries, 6 groups, mixed statuses. */
function generatedCommunity(n: number): WeaverGraph {
  const generated = powerlawClusterGraph(n, 5, 0.3, 7);
  const random = createRandom(3);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sectors = [
    "NOC",
    "Federation",
    "Community",
    "NGO",
    "Public authority",
    "UN",
    "Bank",
    "Corporate",
    "Academia",
    "Health",
  ];
  const regions = ["CO", "BR", "MX", "PE", "JM", "CL", "HT", "PA", "GT", "EC", "AR", "BB"];
  const groups = ["Education", "Youth", "Health", "Livelihoods", "Gender", "Data"];
  const roles = [
    "member",
    "member",
    "member",
    "member",
    "expert",
    "facilitator",
    "coordinator",
    "knowledge manager",
  ];
  const graph: WeaverGraph = new Graph<PersonAttributes, TieAttributes>({ type: "undirected" });
  for (let i = 0; i < n; i++) {
    const r = random();
    const status = r < 0.85 ? "member" : r < 0.93 ? "prospect" : r < 0.97 ? "former" : "unregistered";
    graph.addNode(String(i), {
      id: String(i),
      name: `Person ${i}`,
      label: `Person ${i}`,
      ...(random() < 0.95 ? { sector: sectors[Math.floor(i / 7) % sectors.length]! } : {}),
      region: pick(regions),
      role: pick(roles),
      groups: random() < 0.9 ? [groups[Math.floor(i / 13) % groups.length]!] : [],
      status,
      registered: status !== "unregistered",
      joined: `2025-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-01`,
    });
  }
  const { edges } = generated;
  for (let i = 0; i < edges.length; i += 2) {
    graph.addEdge(String(edges[i]), String(edges[i + 1]), {
      weight: 1 + Math.floor(random() * 3),
      count: 1,
      types: [],
      sources: ["interaction"],
      lastDate: "2025-12-31",
    });
  }
  return graph;
}

function medianMs(run: () => unknown, runs = 3): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function timing(sizes: number[]): Promise<void> {
  console.log("### Speed on generated communities\n");
  console.log(
    "Median of 3 runs, one thread, after the analysis (its time shown for scale; 2 worker threads).\n",
  );
  console.log(
    "| people | ties | analysis (s) | context (ms) | introductions (ms) | gaps (ms) | candidates (ms) | all (ms) |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  const pool = createNodePathPool(2);
  try {
    for (const n of sizes) {
      const graph = generatedCommunity(n);
      const started = performance.now();
      const analysis = await analyzeNetwork(graph, { pool });
      const analysisSeconds = (performance.now() - started) / 1000;
      const context = buildContext(graph, analysis);
      const targets = defaultTargets(graph);
      const gaps = findRecruitmentGaps(graph, analysis, targets, { context });
      const times = [
        medianMs(() => buildContext(graph, analysis)),
        medianMs(() => suggestIntroductions(graph, analysis, { context })),
        medianMs(() => findRecruitmentGaps(graph, analysis, targets, { context })),
        medianMs(() => rankRecruitmentCandidates(graph, analysis, gaps, { context })),
      ];
      const all = times.reduce((s, t) => s + t, 0);
      console.log(
        `| ${n} | ${graph.size} | ${analysisSeconds.toFixed(1)} | ${times.map((t) => t.toFixed(0)).join(" | ")} | ${all.toFixed(0)} |`,
      );
    }
  } finally {
    pool.close();
  }
  console.log("");
}

async function main(): Promise<void> {
  await temporalSplit();
  await randomSplits("karate");
  await randomSplits("multisector");
  if (!process.argv.includes("--quick")) await timing([1000, 5000, 20000]);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main();
