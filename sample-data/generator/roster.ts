/**
 * The registry of the sample community: who is in it, and the deliberately placed people
 * (brokers, the Haitian field cluster and its coordinator, isolated field advisors, newcomers,
 * lapsed and former members, prospects) that give the network its built-in properties.
 */
import { PERIOD, toDay } from "./dates";
import { emailLocalPart, fullName, randomName, type PersonName } from "./names";
import { organisation, type Sector } from "./organisations";
import { COUNTRIES, country, type Country } from "./places";
import type { Rng } from "./prng";

export const GROUPS = {
  EDU: "Sport, education and livelihoods",
  YCP: "Sport and youth crime prevention",
  HEALTH: "Sport, health and active communities",
} as const;
export type GroupKey = keyof typeof GROUPS;
const GROUP_KEYS = Object.keys(GROUPS) as GroupKey[];

export type Role = "coordinator" | "facilitator" | "expert" | "knowledge manager" | "member";
export type Status = "member" | "prospect" | "former";
export type Kind =
  | "broker"
  | "articulation"
  | "cluster"
  | "isolated"
  | "newcomer"
  | "lapsed"
  | "former"
  | "regular"
  | "prospect";

export interface SamplePerson {
  id: string;
  name: PersonName;
  fullName: string;
  email: string;
  organization: string;
  sector: Sector;
  country: Country;
  role: Role;
  groups: GroupKey[];
  status: Status;
  /** Day number of joining; null for prospects (they have not joined). */
  joined: number | null;
  /** Last day this person may be active (lapsed and former people fall silent). */
  stop: number;
  kind: Kind;
  /** Mean interactions started per active month. */
  rate: number;
  /** Propensity to attend events, 0..1. */
  engagement: number;
}

interface Spec {
  name?: PersonName;
  sector: Sector;
  country: string;
  role: Role;
  groups: GroupKey[];
  kind: Kind;
  org?: number;
}

/** How sectors lean towards the three communities (EDU, YCP, HEALTH). */
const GROUP_AFFINITY: Record<Sector, [number, number, number]> = {
  "National Olympic Committee": [4, 2, 3],
  "National federation": [3, 2, 4],
  "Community organisation": [3, 4, 2],
  "Social NGO": [4, 4, 1],
  "Public authority": [3, 4, 2],
  "UN agency": [3, 3, 3],
  "Development bank": [4, 2, 2],
  "Corporate partner": [4, 1, 3],
  Academia: [3, 2, 3],
  "Public health": [1, 1, 6],
};

const MEMBER_SECTORS: [Sector, number][] = [
  ["National Olympic Committee", 6],
  ["National federation", 14],
  ["Community organisation", 20],
  ["Social NGO", 19],
  ["Public authority", 12],
  ["UN agency", 4],
  ["Corporate partner", 1.5],
  ["Academia", 8],
  ["Public health", 15],
];

const PROSPECT_SECTORS: [Sector, number][] = [
  ["Development bank", 6],
  ["Corporate partner", 8],
  ["Public health", 5],
  ["Academia", 5],
  ["UN agency", 3],
  ["National federation", 4],
  ["Social NGO", 4],
  ["Community organisation", 3],
  ["Public authority", 2],
];

const n = (given: string, ...surnames: string[]): PersonName => ({ given, surnames });

const spec = (
  kind: Kind,
  sector: Sector,
  country: string,
  role: Role,
  groups: GroupKey[],
  extra: { name?: PersonName; org?: number } = {},
): Spec => ({ kind, sector, country, role, groups, ...extra });

const CO = "Community organisation";
const NGO = "Social NGO";

/** The people whose position in the network is designed rather than drawn. */
const DESIGNATED: Spec[] = [
  // Brokers: the three group coordinators, a UN regional expert, the knowledge manager, a facilitator.
  spec("broker", "National Olympic Committee", "Colombia", "coordinator", ["EDU", "HEALTH"], {
    name: n("Claudia", "Restrepo", "Vargas"),
  }),
  spec("broker", "Public authority", "Jamaica", "coordinator", ["YCP", "EDU"], {
    name: n("Andre", "Campbell"),
  }),
  spec("broker", "Public health", "Chile", "coordinator", ["HEALTH"], { name: n("Marta", "Ruiz") }),
  spec("broker", "UN agency", "Panama", "expert", ["EDU", "YCP", "HEALTH"], {
    name: n("Rodrigo", "Almeida", "Santos"),
  }),
  spec("broker", "Academia", "Mexico", "knowledge manager", ["EDU", "HEALTH"], {
    name: n("Luisa Fernanda", "Ortiz"),
  }),
  spec("broker", NGO, "Brazil", "facilitator", ["EDU", "YCP"], { name: n("Thiago", "Nascimento") }),
  // The Haitian field cluster and the one coordinator through whom it reaches everyone else.
  spec("articulation", CO, "Haiti", "coordinator", ["YCP", "EDU"], {
    name: n("Jean-Robert", "Estimé"),
    org: 0,
  }),
  spec("cluster", CO, "Haiti", "facilitator", ["YCP"], { org: 0 }),
  spec("cluster", CO, "Haiti", "member", ["YCP"], { org: 0 }),
  spec("cluster", CO, "Haiti", "member", ["YCP", "EDU"], { org: 1 }),
  spec("cluster", CO, "Haiti", "expert", ["YCP"], { org: 1 }),
  spec("cluster", NGO, "Haiti", "member", ["YCP"], { org: 0 }),
  spec("cluster", NGO, "Haiti", "member", ["EDU", "YCP"], { org: 0 }),
  spec("cluster", NGO, "Haiti", "member", ["YCP"], { org: 0 }),
  // Spelled "Ana Maria Lopes" by someone's meeting log.
  spec("regular", NGO, "Colombia", "member", ["EDU"], { name: n("Ana María", "López") }),
  // Isolated field advisors; all of Guatemala's members are among them.
  spec("isolated", CO, "Guatemala", "member", ["YCP"]),
  spec("isolated", "Public authority", "Guatemala", "member", ["EDU"]),
  spec("isolated", "Public health", "Guatemala", "expert", ["HEALTH"]),
  spec("isolated", CO, "Peru", "member", ["EDU"]),
  spec("isolated", NGO, "Ecuador", "member", ["YCP"]),
  spec("isolated", "National federation", "Dominican Republic", "member", ["HEALTH"]),
  spec("isolated", CO, "Mexico", "member", ["YCP"]),
  spec("isolated", "Public authority", "Colombia", "member", ["EDU"]),
  // Prospects that fill the built-in gaps: the missing knowledge manager, the absent sector and region.
  spec("prospect", NGO, "Barbados", "knowledge manager", ["YCP"], { name: n("Natasha", "Greaves") }),
  spec("prospect", "Development bank", "Barbados", "expert", ["EDU"], { org: 1 }),
  spec("prospect", "Development bank", "Barbados", "member", ["HEALTH"], { org: 1 }),
];

export const SIZES = { registered: 300, prospects: 40, formers: 18, lapsed: 15, newcomers: 18 } as const;

const day = toDay;

function joinDay(rng: Rng, kind: Kind): number | null {
  const between = (a: string, b: string) => rng.int(day(a), day(b));
  switch (kind) {
    case "broker":
    case "articulation":
      return between("2021-03-01", "2023-06-30");
    case "cluster":
    case "lapsed":
    case "former":
      return between("2022-01-01", "2024-06-30");
    case "isolated":
      return between("2023-03-01", "2024-09-30");
    case "newcomer":
      return between(PERIOD.recentStart, "2026-10-15");
    case "prospect":
      return null;
    case "regular":
      return rng.chance(0.6) ? between("2021-06-01", "2024-10-31") : between(PERIOD.start, "2026-04-15");
  }
}

function stopDay(rng: Rng, kind: Kind): number {
  if (kind === "lapsed") return rng.int(day("2025-07-01"), day("2026-02-28"));
  if (kind === "former") return rng.int(day("2025-02-01"), day("2026-03-31"));
  return Number.POSITIVE_INFINITY;
}

function drawGroups(rng: Rng, sector: Sector): GroupKey[] {
  const affinity = GROUP_AFFINITY[sector];
  const first = rng.weighted(GROUP_KEYS, (g) => affinity[GROUP_KEYS.indexOf(g)] ?? 0) as GroupKey;
  const groups = [first];
  if (rng.chance(0.22)) {
    groups.push(
      rng.weighted(GROUP_KEYS, (g) =>
        groups.includes(g) ? 0 : (affinity[GROUP_KEYS.indexOf(g)] ?? 0),
      ) as GroupKey,
    );
    if (rng.chance(0.2)) groups.push(GROUP_KEYS.find((g) => !groups.includes(g)) as GroupKey);
  }
  return GROUP_KEYS.filter((g) => groups.includes(g));
}

function drawRole(rng: Rng, groups: GroupKey[], prospect: boolean): Role {
  const r = rng.next();
  if (prospect) return r < 0.3 ? "expert" : "member";
  if (r < 0.02) return "coordinator";
  if (r < 0.1) return "facilitator";
  if (r < 0.26) return "expert";
  // The youth crime prevention group has never had anyone curating its knowledge base.
  if (r < 0.29) return groups.includes("YCP") ? "expert" : "knowledge manager";
  return "member";
}

function drawCountry(rng: Rng, sector: Sector): Country {
  if (sector === "UN agency" && rng.chance(0.5)) return country("Panama");
  return rng.weighted(COUNTRIES, (c) => c.share) as Country;
}

const RATE: Record<Role, number> = {
  coordinator: 3,
  facilitator: 2,
  "knowledge manager": 2.2,
  expert: 1.2,
  member: 0.75,
};
const ENGAGEMENT: Record<Role, number> = {
  coordinator: 0.9,
  facilitator: 0.75,
  "knowledge manager": 0.9,
  expert: 0.5,
  member: 0.3,
};

function randomSpecs(rng: Rng): Spec[] {
  const specs: Spec[] = [];
  const designatedRegistered = DESIGNATED.filter((s) => s.kind !== "prospect").length;
  const kinds: Kind[] = [
    ...Array<Kind>(SIZES.formers).fill("former"),
    ...Array<Kind>(SIZES.lapsed).fill("lapsed"),
    ...Array<Kind>(SIZES.newcomers).fill("newcomer"),
  ];
  while (kinds.length < SIZES.registered - designatedRegistered) kinds.push("regular");
  for (const kind of rng.shuffled(kinds)) {
    const sector = rng.weighted(MEMBER_SECTORS, ([, w]) => w)?.[0] as Sector;
    const groups = drawGroups(rng, sector);
    specs.push({
      sector,
      country: drawCountry(rng, sector).name,
      role: drawRole(rng, groups, false),
      groups,
      kind,
    });
  }
  const designatedProspects = DESIGNATED.filter((s) => s.kind === "prospect");
  const prospectSectors = PROSPECT_SECTORS.map(
    ([s, count]) => [s, count - designatedProspects.filter((d) => d.sector === s).length] as const,
  );
  for (const [sector, count] of prospectSectors) {
    for (let i = 0; i < count; i++) {
      const groups = drawGroups(rng, sector);
      const c =
        sector === "Development bank"
          ? rng.pick(["Colombia", "Peru", "Panama", "Jamaica"])
          : drawCountry(rng, sector).name;
      // Each bank works from its own region: Caribbean (1), Andean (2), inter-American (0).
      const org =
        sector === "Development bank" ? ({ Jamaica: 1, Peru: 2 }[c as "Jamaica" | "Peru"] ?? 0) : undefined;
      specs.push({ sector, country: c, role: drawRole(rng, groups, true), groups, kind: "prospect", org });
    }
  }
  return specs;
}

/** Builds the registry; ids (P001…) follow a seeded shuffle so that they carry no meaning. */
export function buildRoster(rng: Rng): SamplePerson[] {
  const specs = [...DESIGNATED, ...randomSpecs(rng)];
  const taken = new Set(specs.flatMap((s) => (s.name ? [fullName(s.name)] : [])));
  const emails = new Set<string>();
  const givenIn = new Map<string, Set<string>>();
  const people = specs.map((spec): Omit<SamplePerson, "id"> => {
    const c = country(spec.country);
    const given = givenIn.get(c.name) ?? new Set<string>();
    let name = spec.name;
    // Prefer a given name not yet used in the country, so small country teams do not read like clones.
    for (let tries = 0; !name; tries++) {
      const candidate = randomName(rng, c.lang);
      if (!taken.has(fullName(candidate)) && (tries > 10 || !given.has(candidate.given))) name = candidate;
    }
    taken.add(fullName(name));
    givenIn.set(c.name, given.add(name.given));
    const org = organisation(spec.sector, c, spec.org ?? rng.int(0, 2));
    let email = `${emailLocalPart(name)}@${org.domain}`;
    for (let k = 2; emails.has(email); k++) email = `${emailLocalPart(name)}${k}@${org.domain}`;
    emails.add(email);
    const broker = spec.kind === "broker";
    return {
      name,
      fullName: fullName(name),
      email,
      organization: org.name,
      sector: spec.sector,
      country: c,
      role: spec.role,
      groups: spec.groups,
      status: spec.kind === "prospect" ? "prospect" : spec.kind === "former" ? "former" : "member",
      joined: joinDay(rng, spec.kind),
      stop: stopDay(rng, spec.kind),
      kind: spec.kind,
      rate: broker ? 5.5 : RATE[spec.role] * (0.5 + rng.next()),
      engagement: broker ? 0.95 : Math.min(1, ENGAGEMENT[spec.role] * (0.5 + rng.next())),
    };
  });
  const order = rng.shuffled(people.map((_, i) => i));
  const ids = new Map(order.map((personIndex, k) => [personIndex, `P${String(k + 1).padStart(3, "0")}`]));
  return people.map((p, i) => ({ ...p, id: ids.get(i) as string })).sort((a, b) => (a.id < b.id ? -1 : 1));
}
