/**
 * Webinars (large, open to the whole community) and workshops (small, in person, in one
 * country), plus the francophone workshops of the Haitian field cluster, which meets only
 * with its own coordinator: that is what keeps the cluster hanging on one person even once
 * co-attendance is projected into ties.
 */
import { MONTHS, PERIOD, addMonths, fromDay, isWeekday, toDay } from "./dates";
import type { Rng } from "./prng";
import { GROUPS, type GroupKey, type SamplePerson } from "./roster";

export interface SampleEvent {
  name: string;
  day: number;
  kind: "webinar" | "workshop";
  /** Indices into the roster. */
  attendees: number[];
}

const TOPICS: Record<GroupKey, readonly string[]> = {
  EDU: [
    "Sport-based curricula for employability",
    "Measuring livelihood outcomes",
    "Coaches as mentors for life skills",
    "Apprenticeships with corporate partners",
    "School sport and attendance",
    "Digital skills through sport clubs",
  ],
  YCP: [
    "Safe spaces after school",
    "Referral pathways with police and social services",
    "Late-night leagues: what works",
    "Safeguarding young athletes",
    "Mentoring for desistance",
    "Evaluating violence prevention programmes",
  ],
  HEALTH: [
    "Active communities and NCD prevention",
    "Physical activity advice in primary care",
    "Walking groups for older adults",
    "Mental health and grassroots sport",
    "Nutrition education in clubs",
    "Community health workers as coaches",
  ],
};

const GROUP_KEYS = Object.keys(GROUPS) as GroupKey[];

export function activeOn(p: SamplePerson, day: number): boolean {
  return p.joined !== null && p.joined <= day && day <= p.stop;
}

/** Field people who never join shared events: isolated advisors and the Haitian cluster. */
function joinsSharedEvents(p: SamplePerson): boolean {
  return p.kind !== "isolated" && p.kind !== "cluster";
}

/** A weekday between the 6th and 26th of the month starting at monthStart, Tuesday to Thursday when possible. */
function eventDay(rng: Rng, monthStart: number): number {
  for (let tries = 0; tries < 20; tries++) {
    const d = monthStart + rng.int(5, 25);
    const weekday = new Date(d * 86_400_000).getUTCDay();
    if (weekday >= 2 && weekday <= 4) return d;
  }
  return monthStart + 9;
}

/** Draws up to `size` distinct people with probability proportional to weight. */
function sample(rng: Rng, pool: number[], weight: (i: number) => number, size: number): number[] {
  const chosen: number[] = [];
  const left = pool.filter((i) => weight(i) > 0);
  while (chosen.length < size && left.length > 0) {
    const pick = rng.weighted(left, weight) as number;
    chosen.push(pick);
    left.splice(left.indexOf(pick), 1);
  }
  return chosen.sort((a, b) => a - b);
}

const stamp = (day: number) => fromDay(day).slice(0, 7).replace("-", "");

function webinars(rng: Rng, people: SamplePerson[], start: number): SampleEvent[] {
  const events: SampleEvent[] = [];
  const all = people.map((_, i) => i);
  const forumMonths = [6, 18];
  for (let m = 0; m < MONTHS; m++) {
    const monthStart = addMonths(start, m);
    const group = GROUP_KEYS[m % 3] as GroupKey;
    const day = eventDay(rng, monthStart);
    const topic = (TOPICS[group][Math.floor(m / 3) % 6] as string) + ` (${GROUPS[group]})`;
    const weight = (i: number): number => {
      const p = people[i] as SamplePerson;
      if (p.status === "prospect") return p.groups.includes(group) && i % 3 === 0 ? 0.15 : 0;
      if (!activeOn(p, day) || !joinsSharedEvents(p)) return 0;
      const inGroup = p.groups.includes(group) ? 1 : 0.2;
      return p.engagement * inGroup * (p.kind === "newcomer" ? 0.5 : 1);
    };
    events.push({
      name: `WEB-${stamp(day)} ${topic}`,
      day,
      kind: "webinar",
      attendees: sample(rng, all, weight, rng.int(45, 100)),
    });
    if (forumMonths.includes(m)) {
      const forumDay = day + 7;
      const forumWeight = (i: number): number => {
        const p = people[i] as SamplePerson;
        return p.status !== "prospect" && activeOn(p, forumDay) && joinsSharedEvents(p)
          ? 0.3 + p.engagement
          : 0;
      };
      const year = fromDay(forumDay).slice(0, 4);
      events.push({
        name: `WEB-${stamp(forumDay)} Annual community forum ${year}`,
        day: forumDay,
        kind: "webinar",
        attendees: sample(rng, all, forumWeight, rng.int(105, 120)),
      });
    }
  }
  return events;
}

function workshops(rng: Rng, people: SamplePerson[], start: number): SampleEvent[] {
  const events: SampleEvent[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const monthStart = addMonths(start, m);
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const group = rng.pick(GROUP_KEYS);
      const day = eventDay(rng, monthStart);
      const eligible = people
        .map((p, i) => ({ p, i }))
        .filter(
          ({ p }) =>
            p.status !== "prospect" && p.groups.includes(group) && activeOn(p, day) && joinsSharedEvents(p),
        );
      const countries = [...new Set(eligible.map(({ p }) => p.country.name))];
      const local = (c: string) => eligible.filter(({ p }) => p.country.name === c);
      const host = rng.weighted(countries, (c) => (local(c).length >= 5 ? local(c).length : 0));
      if (host === undefined) continue;
      const size = rng.int(6, 20);
      const visitors = sample(
        rng,
        eligible.filter(({ p }) => p.country.name !== host && p.role !== "member").map(({ i }) => i),
        (i) => (people[i] as SamplePerson).engagement,
        rng.int(1, 3),
      );
      const locals = sample(
        rng,
        local(host).map(({ i }) => i),
        (i) => 0.2 + (people[i] as SamplePerson).engagement,
        size - visitors.length,
      );
      const attendees = [...locals, ...visitors].sort((a, b) => a - b);
      if (attendees.length < 6) continue;
      const city = rng.pick((people[locals[0] as number] as SamplePerson).country.cities);
      const topic = rng.pick(TOPICS[group]);
      events.push({ name: `WS-${stamp(day)}-${k + 1} ${topic} – ${city}`, day, kind: "workshop", attendees });
    }
  }
  return events;
}

function haitianWorkshops(rng: Rng, people: SamplePerson[], start: number): SampleEvent[] {
  const titles = [
    "Atelier : espaces sûrs pour les jeunes",
    "Atelier : mentorat et prévention",
    "Atelier : suivi des participants",
  ];
  const events: SampleEvent[] = [];
  for (const m of [1, 5, 9, 13, 17, 21]) {
    const day = eventDay(rng, addMonths(start, m));
    const cluster = people.flatMap((p, i) => (p.kind === "cluster" && activeOn(p, day) ? [i] : []));
    const coordinator = people.findIndex((p) => p.kind === "articulation");
    const attendees = [coordinator, ...rng.shuffled(cluster).slice(0, rng.int(5, cluster.length))].sort(
      (a, b) => a - b,
    );
    if (attendees.length < 6) continue;
    events.push({
      name: `WS-${stamp(day)}-HT ${titles[m % 3]} – Port-au-Prince`,
      day,
      kind: "workshop",
      attendees,
    });
  }
  return events;
}

export function buildEvents(rng: Rng, people: SamplePerson[]): SampleEvent[] {
  const start = toDay(PERIOD.start);
  const events = [
    ...webinars(rng, people, start),
    ...workshops(rng, people, start),
    ...haitianWorkshops(rng, people, start),
  ];
  return events.filter((e) => isWeekday(e.day)).sort((a, b) => a.day - b.day || (a.name < b.name ? -1 : 1));
}
