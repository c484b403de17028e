/**
 * A small hand-made community whose people have the names an export must survive: markup,
 * quotes and ampersands, a spreadsheet formula, a control character, and two people whose
 * names overlap ("Ana" and "Ana María López"). Built, analysed and given recommendations by
 * the real pipeline (buildNetwork, analyzeNetwork, recommend).
 *
 * Shape: a public-health cluster and a sport cluster joined only through Marta Ruiz (an
 * articulation point); a peripheral member, an isolated member, a prospect from a sector no
 * member has, and a "friend of the network" who is not in the registry.
 */
import { analyzeNetwork, type NetworkAnalysis } from "../../src/analysis/analyzeNetwork";
import { buildNetwork, type WeaverGraph } from "../../src/graph/buildNetwork";
import type { Dataset, InteractionRecord, Person } from "../../src/model/types";
import { recommend, type Recommendations } from "../../src/recommend";

/** The report's sections, in order, as renderReportHtml writes them with recommendations. */
export const REPORT_SECTIONS = [
  "summary",
  "figures",
  "picture",
  "bottlenecks",
  "bridges",
  "introductions",
  "recruitment",
] as const;

export const SCRIPT_NAME = "<img src=x onerror=alert(1)>";
export const QUOTE_NAME = `Zoë "Zee" O'Neil & Co`;
export const FORMULA_ORG = '=HYPERLINK("http://evil.example","click")';
export const CONTROL_NAME = "Bell\u0007 Person";

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, groups: ["Health and sport"], status: "member", registered: true, ...extra };
}

export const PEOPLE: Person[] = [
  person("p01", "Ana María López", {
    sector: "Public health",
    email: "ana.lopez@example.org",
    role: "coordinator",
    region: "Peru",
    organization: "Ministerio de Salud",
  }),
  person("p02", SCRIPT_NAME, { sector: "National federation", region: "Chile" }),
  person("p03", QUOTE_NAME, { sector: "National federation", organization: FORMULA_ORG, region: "Chile" }),
  person("p04", "Marta Ruiz", { sector: "Social NGO", role: "facilitator", region: "Peru" }),
  person("p05", "Ana", { sector: "Public health", email: "ana@example.org", region: "Peru" }),
  person("p06", "Luis Pérez", { sector: "Public health", region: "Peru", joined: "2024-01-10" }),
  person("p07", "Carla Mendes", { sector: "Public health", region: "Brazil" }),
  person("p08", "Diego Torres", { sector: "National federation", region: "Chile" }),
  person("p09", "Eva Gómez", { sector: "National federation", region: "Chile", role: "expert" }),
  person("p10", "Pablo Ríos", { sector: "Public health", region: "Peru" }),
  person("p11", "Quiet Member", { sector: "Academia", region: "Peru" }),
  person("p12", "Paola Peña", { sector: "Development bank", status: "prospect", region: "Peru" }),
  person("p13", CONTROL_NAME, {
    sector: "National federation",
    region: "Chile",
    extra: { phone: "+51 555" },
  }),
];

const TIES: [string, string, number, string][] = [
  ["p01", "p05", 3, "2024-01-05"],
  ["p01", "p06", 2, "2024-02-01"],
  ["p05", "p06", 1, "2024-02-11"],
  ["p06", "p07", 2, "2024-03-01"],
  ["p05", "p07", 1, "2024-03-15"],
  ["p05", "p10", 1, "2024-04-01"],
  ["p01", "p04", 2, "2024-04-20"],
  ["p04", "p02", 2, "2024-05-02"],
  ["p02", "p03", 3, "2024-05-10"],
  ["p02", "p08", 1, "2024-06-01"],
  ["p03", "p08", 2, "2024-06-15"],
  ["p08", "p09", 1, "2024-07-01"],
  ["p03", "p09", 1, "2024-07-20"],
  ["p09", "p13", 1, "2024-08-01"],
  ["p06", "p12", 1, "2024-08-15"],
  ["p07", "p12", 1, "2024-09-01"],
  ["p08", "Friend Outsider", 2, "2024-09-30"],
  ["p09", "Friend Outsider", 1, "2024-10-03"],
];

export function smallDataset(): Dataset {
  const interactions: InteractionRecord[] = TIES.map(([source, target, weight, date], i) => ({
    line: i + 2,
    source,
    target,
    weight,
    date,
    type: i % 2 === 0 ? "meeting" : "email",
  }));
  return { people: PEOPLE.map((p) => ({ ...p, groups: [...p.groups] })), interactions, attendance: [] };
}

export interface SmallCommunity {
  graph: WeaverGraph;
  analysis: NetworkAnalysis;
  recommendations: Recommendations;
}

export async function smallCommunity(directed = false): Promise<SmallCommunity> {
  const { graph } = buildNetwork(smallDataset(), { directed });
  const analysis = await analyzeNetwork(graph);
  const recommendations = recommend(graph, analysis);
  return { graph, analysis, recommendations };
}
