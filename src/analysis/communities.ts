import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { Attributes } from "graphology-types";
import type { Csr } from "./csr";
import type { MeasureDescriptor } from "./descriptor";
import { createRandom } from "./sampling";
import { undirectedCsr, toRecord, type AnyGraph, type CsrInput } from "./undirected";

/** Person → community (or any block label). */
export type Partition = Record<string, string | number>;

export interface ModularityOptions extends CsrInput {
  /** γ > 1 favours smaller communities, γ < 1 larger ones. Default 1. */
  resolution?: number;
}

/** Dense block index per node; people the partition does not mention are blocks of their own. */
function blockIndex(csr: Csr, partition: Partition): { block: Int32Array; count: number } {
  const ids = new Map<string, number>();
  const block = new Int32Array(csr.nodes.length);
  csr.nodes.forEach((node, i) => {
    const label = Object.prototype.hasOwnProperty.call(partition, node) ? `=${partition[node]}` : `#${i}`;
    let id = ids.get(label);
    if (id === undefined) ids.set(label, (id = ids.size));
    block[i] = id;
  });
  return { block, count: ids.size };
}

/**
 * Newman's modularity of a partition, as networkx's `community.modularity(G, blocks, weight)`:
 * Σ_c [ L_c / m − γ (k_c / 2m)² ] with L_c the tie weight inside block c, k_c the total
 * strength of its people and m the total tie weight. Null when the network has no ties,
 * where modularity is undefined.
 */
export function modularity(
  graph: AnyGraph,
  partition: Partition,
  options: ModularityOptions = {},
): number | null {
  const csr = undirectedCsr(graph, options);
  const resolution = options.resolution ?? 1;
  const { block, count } = blockIndex(csr, partition);
  const inside = new Float64Array(count);
  const strength = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < csr.nodes.length; i++) {
    for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) {
      const w = csr.weights[k]!;
      strength[block[i]!]! += w;
      total += w;
      if (block[csr.targets[k]!] === block[i]) inside[block[i]!]! += w;
    }
  }
  // Every tie was seen from both ends: total = 2m, inside[c] = 2 L_c.
  if (total === 0) return null;
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / total - resolution * (strength[c]! / total) ** 2;
  return q;
}

export interface LouvainOptions extends ModularityOptions {
  /** Same seed, same communities. Default 1. */
  seed?: number;
}

export interface LouvainResult {
  /** Person → community, numbered 0.. from the largest community down. */
  communities: Record<string, number>;
  count: number;
  sizes: number[];
  /** Modularity of the partition found (weighted, at the given resolution); null without ties. */
  modularity: number | null;
}

/** Tie weight exactly as toCsr reads it, so Louvain and modularity see the same network. */
function weightReader(attribute: string | null): (edge: string, attributes: Attributes) => number {
  return (_edge, attributes) => {
    if (attribute === null) return 1;
    const w = Number(attributes[attribute] ?? 1);
    return Number.isFinite(w) ? w : 1;
  };
}

/**
 * graphology-communities-louvain needs a simple graph. Weaver's graphs are simple and
 * undirected, and are used as they are: rebuilding a 100,000-tie graph costs more than
 * Louvain itself. Anything else (directed, repeated or self-ties) is rebuilt from the CSR.
 */
function louvainInput(
  graph: AnyGraph,
  csr: Csr,
  attribute: string | null,
): { graph: AnyGraph; attribute: string | null } {
  if (graph.type === "undirected" && !graph.multi && graph.selfLoopCount === 0) return { graph, attribute };
  const simple = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const node of csr.nodes) simple.addNode(node);
  for (let i = 0; i < csr.nodes.length; i++) {
    for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) {
      const j = csr.targets[k]!;
      if (i < j) simple.addEdge(csr.nodes[i]!, csr.nodes[j]!, { weight: csr.weights[k]! });
    }
  }
  return { graph: simple, attribute: "weight" };
}

/**
 * Louvain community detection (graphology-communities-louvain) on the weighted undirected
 * network, with a seeded random order so the result repeats. Communities are renumbered by
 * size so that "community 0" is always the largest.
 */
export function louvainCommunities(graph: AnyGraph, options: LouvainOptions = {}): LouvainResult {
  const csr = undirectedCsr(graph, options);
  const input = louvainInput(
    graph,
    csr,
    options.weightAttribute === undefined ? "weight" : options.weightAttribute,
  );
  const raw = louvain(input.graph, {
    getEdgeWeight: weightReader(input.attribute),
    resolution: options.resolution ?? 1,
    rng: createRandom(options.seed ?? 1),
  });
  const labels = csr.nodes.map((node) => raw[node]!);
  const sizeOf = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  labels.forEach((label, i) => {
    sizeOf.set(label, (sizeOf.get(label) ?? 0) + 1);
    if (!firstSeen.has(label)) firstSeen.set(label, i);
  });
  const order = [...sizeOf.keys()].sort(
    (a, b) => sizeOf.get(b)! - sizeOf.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!,
  );
  const rename = new Map(order.map((label, r) => [label, r]));
  const communities = toRecord(
    csr,
    Int32Array.from(labels, (label) => rename.get(label)!),
  );
  return {
    communities,
    count: order.length,
    sizes: order.map((label) => sizeOf.get(label)!),
    modularity: modularity(graph, communities, { ...options, csr }),
  };
}

export interface Agreement {
  /** Normalised mutual information (Danon et al., as igraph's "nmi"): 1 identical, 0 unrelated. */
  nmi: number;
  /** Adjusted Rand index (Hubert & Arabie): 1 identical, about 0 for chance-level agreement. */
  adjustedRand: number;
}

const pairs = (x: number) => (x * (x - 1)) / 2;

/** Agreement between two labelings of the same people (position i is the same person in both). */
export function partitionAgreement(a: ArrayLike<string | number>, b: ArrayLike<string | number>): Agreement {
  const n = a.length;
  if (b.length !== n) throw new Error("partitionAgreement: both labelings must cover the same people");
  const rows = new Map<string | number, number>();
  const cols = new Map<string | number, number>();
  const cells = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
    const key = JSON.stringify([a[i], b[i]]);
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const entropy = (counts: Iterable<number>) => {
    let h = 0;
    for (const c of counts) h -= (c / n) * Math.log(c / n);
    return h;
  };
  let mutual = 0;
  for (const [key, c] of cells) {
    const [x, y] = JSON.parse(key) as [string | number, string | number];
    mutual += (c / n) * Math.log((c * n) / (rows.get(x)! * cols.get(y)!));
  }
  const hSum = entropy(rows.values()) + entropy(cols.values());
  const nmi = hSum === 0 ? 1 : (2 * mutual) / hSum;

  let index = 0;
  for (const c of cells.values()) index += pairs(c);
  let rowPairs = 0;
  for (const c of rows.values()) rowPairs += pairs(c);
  let colPairs = 0;
  for (const c of cols.values()) colPairs += pairs(c);
  const expected = n < 2 ? 0 : (rowPairs * colPairs) / pairs(n);
  const max = (rowPairs + colPairs) / 2;
  const adjustedRand = max === expected ? 1 : (index - expected) / (max - expected);
  return { nmi, adjustedRand };
}

export interface GroupComparisonOptions {
  /** Node attribute holding the declared groups (a list, or a ";"-separated string). Default "groups". */
  attribute?: string;
}

export interface GroupComparison {
  communities: number[];
  groups: string[];
  /** table[c][g]: people of community communities[c] who declared group groups[g]. */
  table: number[][];
  /** People of each community who declared no group. */
  noGroup: number[];
  /** For each community, the declared group most of its people belong to, and that share. */
  dominant: { community: number; group: string | null; share: number }[];
  /** People with exactly one declared group: the only ones an agreement score can compare. */
  scoredPeople: number;
  /** Agreement between communities and single declared groups; null for fewer than two such people. */
  agreement: Agreement | null;
}

function declaredGroups(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(";") : [];
  return [...new Set(list.map((g) => String(g).trim()).filter((g) => g !== ""))];
}

/**
 * How detected communities line up with the groups people declared: a community × group
 * table (a person in two groups counts in both columns) and one agreement score over the
 * people who declared exactly one group, since a person in several groups cannot be said to
 * agree or disagree with a single community.
 */
export function compareWithGroups(
  graph: AnyGraph,
  communities: Record<string, number>,
  options: GroupComparisonOptions = {},
): GroupComparison {
  const attribute = options.attribute ?? "groups";
  const people = graph.nodes().filter((node) => Object.prototype.hasOwnProperty.call(communities, node));
  const declared = people.map((node) => declaredGroups(graph.getNodeAttribute(node, attribute)));
  const communityList = [...new Set(people.map((node) => communities[node]!))].sort((a, b) => a - b);
  const groups = [...new Set(declared.flat())].sort();
  const row = new Map(communityList.map((c, r) => [c, r]));
  const col = new Map(groups.map((g, c) => [g, c]));
  const table = communityList.map(() => new Array<number>(groups.length).fill(0));
  const noGroup = new Array<number>(communityList.length).fill(0);
  const sizes = new Array<number>(communityList.length).fill(0);
  const scoredCommunity: number[] = [];
  const scoredGroup: string[] = [];
  people.forEach((node, p) => {
    const r = row.get(communities[node]!)!;
    sizes[r]!++;
    for (const g of declared[p]!) table[r]![col.get(g)!]!++;
    if (declared[p]!.length === 0) noGroup[r]!++;
    if (declared[p]!.length === 1) {
      scoredCommunity.push(communities[node]!);
      scoredGroup.push(declared[p]![0]!);
    }
  });
  const dominant = communityList.map((community, r) => {
    let best = -1;
    table[r]!.forEach((count, g) => {
      if (count > 0 && (best < 0 || count > table[r]![best]!)) best = g;
    });
    return best < 0
      ? { community, group: null, share: 0 }
      : { community, group: groups[best]!, share: table[r]![best]! / sizes[r]! };
  });
  return {
    communities: communityList,
    groups,
    table,
    noGroup,
    dominant,
    scoredPeople: scoredCommunity.length,
    agreement: scoredCommunity.length < 2 ? null : partitionAgreement(scoredCommunity, scoredGroup),
  };
}

export interface CommunitiesResult extends LouvainResult {
  groups: GroupComparison;
}

export const communitiesDescriptor: MeasureDescriptor<
  { seed: number; resolution: number },
  CommunitiesResult
> = {
  id: "communities",
  label: "Communities",
  family: "communities",
  parameters: [
    {
      id: "resolution",
      label: "Resolution",
      type: "number",
      default: 1,
      min: 0.1,
      max: 5,
      step: 0.1,
      help: "Higher values find more, smaller communities; lower values fewer, larger ones.",
    },
    {
      id: "seed",
      label: "Seed",
      type: "number",
      default: 1,
      step: 1,
      help: "The detection involves chance; the same seed always gives the same communities.",
    },
  ],
  outputs: [
    {
      id: "community",
      label: "Community",
      scope: "person",
      explanation:
        "The circle this person mostly works within: people who interact much more among themselves than with the rest.",
      reading: "Community 0 is the largest. Numbers are names, not ranks of importance.",
      definition:
        "Louvain partition maximising weighted modularity (graphology-communities-louvain, seeded).",
    },
    {
      id: "modularity",
      label: "Modularity",
      scope: "network",
      explanation:
        "How clearly the network splits into separate circles: near 0 everyone mixes, above about 0.3 the circles are clear, and very high values can mean silos.",
      definition: "Newman's weighted modularity of the Louvain partition.",
      nullable: true,
    },
    {
      id: "groupAgreement",
      label: "Match with declared groups",
      scope: "network",
      explanation:
        "How far the circles people actually work in match the groups they signed up for: 1 means exactly, 0 means no more than chance. A low value means people work across, or outside, their declared groups.",
      definition:
        "Normalised mutual information and adjusted Rand index between communities and declared groups, over people with exactly one group; plus the community × group table.",
      nullable: true,
    },
  ],
  compute: (graph, params) => {
    const found = louvainCommunities(graph, { seed: params.seed, resolution: params.resolution });
    return { ...found, groups: compareWithGroups(graph, found.communities) };
  },
};
