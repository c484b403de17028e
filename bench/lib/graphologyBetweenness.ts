/**
 * graphology-metrics' betweenness on an edge list, run by bench/analysis.bench.ts in a child
 * process so that it can be stopped after a time limit.
 *
 *   node --import tsx bench/lib/graphologyBetweenness.ts EDGES N [VALUES_OUT]
 *
 * Prints one JSON line with the seconds spent in betweennessCentrality alone (unweighted,
 * normalised, the same definition as ours); with VALUES_OUT also writes the values by vertex.
 */
import { writeFileSync } from "node:fs";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { readEdgeList, toGraphology } from "./powerlawCluster";

const [file, size, out] = process.argv.slice(2);
const generated = readEdgeList(file!, Number(size));
const graph = toGraphology(generated);
const start = performance.now();
const values = betweennessCentrality(graph, { getEdgeWeight: null });
const seconds = (performance.now() - start) / 1000;
if (out) writeFileSync(out, JSON.stringify(Array.from({ length: generated.n }, (_, i) => values[String(i)])));
console.log(JSON.stringify({ seconds }));
