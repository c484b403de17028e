/**
 * generateSampleCommunity(seed): the whole sample community as CSV text plus the list of
 * properties deliberately built into it. Pure and browser-safe (no Node APIs), so the app,
 * the CLI, tests and benchmarks can all regenerate it.
 */
import { buildEvents } from "./attendance";
import { toCsv } from "./csv";
import { PERIOD, fromDay } from "./dates";
import { simulateInteractions, type SampleInteraction } from "./interactions";
import { FRIENDS, addPeripheralActivity } from "./periphery";
import { createRng } from "./prng";
import { GROUPS, buildRoster, type SamplePerson } from "./roster";
import { targetsCsv } from "./targets";

export const SAMPLE_SEED = 20261031;

export const HEADERS = {
  people: ["id", "name", "email", "organization", "sector", "region", "role", "groups", "status", "joined"],
  interactions: ["source", "target", "date", "type", "weight"],
  attendance: ["person", "event", "date"],
} as const;

interface Ref {
  id: string;
  name: string;
}

/** What other engineers can rely on when writing tests and demos against the sample. */
export interface SampleFacts {
  seed: number;
  period: typeof PERIOD;
  groups: string[];
  /** The Haitian field coordinator, and the cluster that only reaches the rest through them. */
  articulation: Ref & { cutOff: string[] };
  brokers: (Ref & { sector: string; role: string })[];
  prospectOnlySector: string;
  prospectOnlyRegion: string;
  missingRole: { group: string; role: string; prospectWhoCouldFillIt: string };
  isolated: string[];
  newcomers: string[];
  lapsed: string[];
  formers: string[];
  /** Unregistered names that appear in interactions. */
  friends: string[];
  nearMatch: { unregistered: string; registered: string };
  emailReference: { email: string; id: string };
  nameReferences: { text: string; id: string }[];
}

export interface SampleCommunity {
  people: string;
  interactions: string;
  attendance: string;
  targets: string;
  facts: SampleFacts;
}

const ref = (p: SamplePerson): Ref => ({ id: p.id, name: p.fullName });
const ids = (people: SamplePerson[], kind: SamplePerson["kind"]) =>
  people.filter((p) => p.kind === kind).map((p) => p.id);

/**
 * Swaps a few ids in the interaction log for the person's e-mail or name, the way real exports
 * mix identifiers, so identity matching has something to do.
 */
interface Busy {
  p: SamplePerson;
  i: number;
}

function mixIdentifiers(rows: SampleInteraction[], people: SamplePerson[]) {
  const plainRows = (i: number) =>
    rows.filter(
      (r) =>
        (r.source === i || r.target === i) && typeof r.source === "number" && typeof r.target === "number",
    );
  const busy = people
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => p.kind === "regular" && p.email && plainRows(i).length >= 6);
  const hasAccent = (s: string) => s !== s.normalize("NFD").replace(/\p{M}/gu, "");
  const [byEmail, byName, byFoldedName] = [
    busy[0],
    busy.find(({ p }, k) => k > 0 && !hasAccent(p.fullName)),
    busy.find(({ p }, k) => k > 0 && hasAccent(p.fullName)),
  ].map((x) => {
    if (!x) throw new Error("sample too small to mix identifiers");
    return x;
  }) as [Busy, Busy, Busy];
  const replace = (i: number, count: number, text: string) => {
    for (const r of plainRows(i).slice(0, count)) {
      if (r.source === i) r.source = text;
      else r.target = text;
    }
  };
  const folded = byFoldedName.p.fullName.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  replace(byEmail.i, 2, byEmail.p.email);
  replace(byName.i, 1, byName.p.fullName);
  replace(byFoldedName.i, 1, folded);
  return {
    emailReference: { email: byEmail.p.email, id: byEmail.p.id },
    nameReferences: [
      { text: byName.p.fullName, id: byName.p.id },
      { text: folded, id: byFoldedName.p.id },
    ],
  };
}

export function generateSampleCommunity(seed: number = SAMPLE_SEED): SampleCommunity {
  const rng = createRng(seed);
  const people = buildRoster(rng);
  const events = buildEvents(rng, people);
  const log = simulateInteractions(rng, people, events);
  addPeripheralActivity(rng, people, log);

  const label = (x: number | string) => (typeof x === "number" ? (people[x] as SamplePerson).id : x);
  const key = (r: SampleInteraction) => `${fromDay(r.day)} ${label(r.source)} ${label(r.target)} ${r.type}`;
  const rows = log.rows
    .map((r) => ({ r, k: key(r) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map(({ r }) => r);
  const references = mixIdentifiers(rows, people);

  // Two isolated field advisors never got an institutional address.
  const noEmail = new Set(ids(people, "isolated").slice(0, 2));
  const peopleCsv = toCsv(
    HEADERS.people,
    people.map((p) => [
      p.id,
      p.fullName,
      noEmail.has(p.id) ? "" : p.email,
      p.organization,
      p.sector,
      p.country.name,
      p.role,
      p.groups.map((g) => GROUPS[g]).join(";"),
      p.status,
      p.joined === null ? "" : fromDay(p.joined),
    ]),
  );
  const interactionsCsv = toCsv(
    HEADERS.interactions,
    rows.map((r) => [label(r.source), label(r.target), fromDay(r.day), r.type, r.weight]),
  );
  const attendanceCsv = toCsv(
    HEADERS.attendance,
    events.flatMap((e) =>
      e.attendees
        .map((i) => (people[i] as SamplePerson).id)
        .sort()
        .map((id) => [id, e.name, fromDay(e.day)]),
    ),
  );

  const find = (test: (p: SamplePerson) => boolean) => people.find(test) as SamplePerson;
  const articulation = find((p) => p.kind === "articulation");
  const facts: SampleFacts = {
    seed,
    period: PERIOD,
    groups: Object.values(GROUPS),
    articulation: { ...ref(articulation), cutOff: ids(people, "cluster") },
    brokers: people
      .filter((p) => p.kind === "broker")
      .map((p) => ({ ...ref(p), sector: p.sector, role: p.role })),
    prospectOnlySector: "Development bank",
    prospectOnlyRegion: "Barbados",
    missingRole: {
      group: GROUPS.YCP,
      role: "knowledge manager",
      prospectWhoCouldFillIt: find((p) => p.kind === "prospect" && p.role === "knowledge manager").id,
    },
    isolated: ids(people, "isolated"),
    newcomers: ids(people, "newcomer"),
    lapsed: ids(people, "lapsed"),
    formers: ids(people, "former"),
    friends: [FRIENDS.nearMatch, ...FRIENDS.others],
    nearMatch: {
      unregistered: FRIENDS.nearMatch,
      registered: find((p) => p.fullName === "Ana María López").id,
    },
    ...references,
  };
  return {
    people: peopleCsv,
    interactions: interactionsCsv,
    attendance: attendanceCsv,
    targets: targetsCsv(),
    facts,
  };
}
