/**
 * A seeded community of practice as the files a coordinator would upload: a people registry
 * with sectors, roles, groups and regions, and dated interactions over two years. Ties follow
 * the Holme–Kim power-law cluster model (bench/lib/powerlawCluster.ts), so the map has the hubs
 * and triangles of a real network; each tie is one to five interactions, so tie weights vary
 * and a minimum-weight filter and a time window both have something to remove.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRandom } from "../../src/analysis/sampling";
import { powerlawClusterGraph } from "./powerlawCluster";

const SECTORS = [
  "Academia",
  "Community organisation",
  "Corporate partner",
  "Development bank",
  "National Olympic Committee",
  "National federation",
  "Public authority",
  "Public health",
  "Social NGO",
  "UN agency",
];
const ROLES = ["coordinator", "expert", "facilitator", "knowledge manager", "member", "member", "member"];
const GROUPS = [
  "Sport and youth crime prevention",
  "Sport, education and livelihoods",
  "Sport, health and active communities",
  "Gender equality in sport",
  "Safeguarding",
  "Monitoring and evaluation",
];
const REGIONS = [
  "Argentina",
  "Barbados",
  "Brazil",
  "Chile",
  "Colombia",
  "Dominican Republic",
  "Ecuador",
  "Guatemala",
  "Haiti",
  "Jamaica",
  "Mexico",
  "Panama",
  "Peru",
  "Trinidad and Tobago",
];
const STATUSES = ["member", "member", "member", "member", "prospect", "former"];
const TYPES = ["meeting", "email", "message", "co-authoring"];
const FIRST = ["Ana", "Bruno", "Carla", "Diego", "Elena", "Fernando", "Gabriela", "Hugo", "Inés", "Jorge"];
const LAST = [
  "López",
  "Clarke",
  "Freitas",
  "Peña",
  "Chávez",
  "Moreno",
  "Baptiste",
  "Silva",
  "Rojas",
  "Ortiz",
];

/** Two years of interactions, ending on the last day of October 2026. */
const FIRST_DAY = Date.UTC(2024, 10, 1);
const DAYS = 730;

export interface CommunityFiles {
  dir: string;
  people: string;
  interactions: string;
  ties: number;
  rows: number;
}

export function communityCsv(
  n: number,
  tiesPerPerson: number,
  seed: number,
): { people: string; interactions: string; ties: number; rows: number } {
  const random = createRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const id = (i: number) => `M${String(i + 1).padStart(5, "0")}`;

  const people = ["id,name,email,organization,sector,region,role,groups,status,joined"];
  for (let i = 0; i < n; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)} ${i + 1}`;
    const sector = pick(SECTORS);
    const groups = random() < 0.3 ? `"${pick(GROUPS)};${pick(GROUPS)}"` : `"${pick(GROUPS)}"`;
    const joined = new Date(FIRST_DAY - random() * 3 * 365 * 86_400_000).toISOString().slice(0, 10);
    people.push(
      [
        id(i),
        name,
        `person${i + 1}@example.org`,
        `"${sector} body ${1 + Math.floor(random() * 200)}"`,
        `"${sector}"`,
        `"${pick(REGIONS)}"`,
        pick(ROLES),
        groups,
        pick(STATUSES),
        joined,
      ].join(","),
    );
  }

  const { edges } = powerlawClusterGraph(n, tiesPerPerson, 0.1, seed);
  const interactions = ["source,target,date,type,weight"];
  for (let e = 0; e < edges.length; e += 2) {
    // One to five interactions per tie, most ties having one: weights 1..5, skewed low.
    let count = 1;
    while (count < 5 && random() < 0.4) count++;
    for (let k = 0; k < count; k++) {
      const date = new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
      interactions.push(`${id(edges[e]!)},${id(edges[e + 1]!)},${date},${pick(TYPES)},1`);
    }
  }
  return {
    people: people.join("\n") + "\n",
    interactions: interactions.join("\n") + "\n",
    ties: edges.length / 2,
    rows: interactions.length - 1,
  };
}

/** The community written as people.csv and interactions.csv in a fresh temporary folder. */
export async function writeCommunity(
  n: number,
  tiesPerPerson: number,
  seed: number,
): Promise<CommunityFiles> {
  const dir = await mkdtemp(path.join(tmpdir(), "weaver-bench-"));
  const csv = communityCsv(n, tiesPerPerson, seed);
  const people = path.join(dir, "people.csv");
  const interactions = path.join(dir, "interactions.csv");
  await writeFile(people, csv.people);
  await writeFile(interactions, csv.interactions);
  return { dir, people, interactions, ties: csv.ties, rows: csv.rows };
}
