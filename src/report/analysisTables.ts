import type { NetworkAnalysis } from "../analysis/analyzeNetwork";
import { BROKERAGE_ROLES } from "../analysis/brokerage";
import type { CsvValue } from "./csv";

/**
 * The analysis as flat tables, one per CSV file of `--out DIR`, so a coordinator can open
 * each in a spreadsheet. Column names match the JSON keys.
 */
export type Table = CsvValue[][];

export function analysisTables(analysis: NetworkAnalysis): Record<string, Table> {
  const personColumns = [
    "id",
    "name",
    "sector",
    "organization",
    "region",
    "role",
    "status",
    "registered",
    "community",
    "degree",
    "strength",
    "betweenness",
    "closeness",
    "eigenvector",
    "pagerank",
    "constraint",
    "effectiveSize",
    "clustering",
    "coreness",
    "articulationPoint",
    "cutOff",
    "participation",
    "eiIndex",
    "isolate",
    "peripheral",
    "keyPlayerRank",
  ] as const;
  const people: Table = [
    [...personColumns, ...BROKERAGE_ROLES.map((role) => `brokerage_${role}`), "brokerage_total"],
    ...analysis.people.map((p) => [
      ...personColumns.map((column) => p[column]),
      ...BROKERAGE_ROLES.map((role) => p.brokerage[role]),
      p.brokerage.total,
    ]),
  ];
  const summary: Table = [["measure", "value"], ...Object.entries(analysis.summary)];
  const ties: Table = [
    ["source", "target", "weight"],
    ...analysis.ties.map((t) => [t.source, t.target, t.weight]),
  ];
  const bridges: Table = [
    ["source", "target", "separated"],
    ...analysis.bridges.map((b) => [b.source, b.target, b.separated]),
  ];
  const keyPlayers: Table = [
    ["rank", "id", "fragmentation", "gain"],
    ...analysis.keyPlayers.steps.map((step, i) => [i + 1, step.node, step.fragmentation, step.gain]),
  ];
  const sectorDependencies: Table = [
    ["sector_a", "sector_b", "direct_ties", "connected_pairs", "id", "share"],
    ...analysis.sectorDependencies.flatMap((d) =>
      d.people.map((p) => [d.sectors[0], d.sectors[1], d.directTies, d.connectedPairs, p.id, p.share]),
    ),
  ];
  const { sectors, ties: mixingTies } = analysis.sectorMixing;
  const sectorMixing: Table = [["sector", ...sectors], ...sectors.map((s, i) => [s, ...mixingTies[i]!])];
  return {
    summary,
    people,
    ties,
    bridges,
    key_players: keyPlayers,
    sector_dependencies: sectorDependencies,
    sector_mixing: sectorMixing,
  };
}
