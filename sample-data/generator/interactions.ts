/**
 * Month-by-month simulation of who talks to whom. Most new ties form inside a sector silo or
 * close a triangle (a friend of a friend), a few brokers reach across sectors, people join,
 * lapse and leave, and ties keep forming until the last month, so hiding the most recent ties
 * leaves something a link predictor can plausibly recover.
 */
import { MONTHS, PERIOD, addMonths, isWeekday, toDay } from "./dates";
import type { Rng } from "./prng";
import type { SampleEvent } from "./attendance";
import type { GroupKey, SamplePerson } from "./roster";

export interface SampleInteraction {
  day: number;
  /** Roster index, or a bare name for people outside the registry. */
  source: number | string;
  target: number | string;
  type: "meeting" | "email" | "message" | "co-authoring";
  weight: number;
}

const SIMULATED = new Set(["broker", "articulation", "cluster", "regular", "lapsed", "former"]);

export class InteractionLog {
  readonly rows: SampleInteraction[] = [];
  /** Distinct contacts per roster index, with interaction counts (registered people only). */
  readonly adjacency: Map<number, number>[];

  constructor(
    private readonly rng: Rng,
    private readonly people: SamplePerson[],
  ) {
    this.adjacency = people.map(() => new Map());
  }

  /** A weekday in [lo, hi] clipped to both people's membership; null when they never overlap. */
  dayFor(lo: number, hi: number, ...who: (number | string)[]): number | null {
    for (const w of who) {
      if (typeof w === "string") continue;
      const p = this.people[w] as SamplePerson;
      lo = Math.max(lo, p.joined ?? lo);
      hi = Math.min(hi, p.stop);
    }
    if (lo > hi) return null;
    for (let tries = 0; tries < 10; tries++) {
      const d = this.rng.int(lo, hi);
      if (isWeekday(d)) return d;
    }
    return lo;
  }

  add(day: number, a: number | string, b: number | string, isNew: boolean): void {
    const r = this.rng.next();
    let type: SampleInteraction["type"];
    if (isNew) type = r < 0.55 ? "meeting" : "email";
    else type = r < 0.38 ? "email" : r < 0.66 ? "meeting" : r < 0.92 ? "message" : "co-authoring";
    const weight = type === "co-authoring" ? this.rng.int(2, 4) : 1;
    const [source, target] = this.rng.chance(0.5) ? [a, b] : [b, a];
    this.rows.push({ day, source, target, type, weight });
    if (typeof a === "number" && typeof b === "number") {
      const ma = this.adjacency[a] as Map<number, number>;
      const mb = this.adjacency[b] as Map<number, number>;
      ma.set(b, (ma.get(b) ?? 0) + 1);
      mb.set(a, (mb.get(a) ?? 0) + 1);
    }
  }

  /** Adds `count` interactions between a and b somewhere in [lo, hi]; returns how many fitted. */
  addSeveral(count: number, lo: number, hi: number, a: number | string, b: number | string): number {
    let added = 0;
    for (let k = 0; k < count; k++) {
      const d = this.dayFor(lo, hi, a, b);
      if (d === null) break;
      this.add(
        d,
        a,
        b,
        k === 0 && typeof b === "number" && typeof a === "number" && !this.adjacency[a]?.has(b),
      );
      added++;
    }
    return added;
  }
}

interface Month {
  start: number;
  end: number;
}

class Simulation {
  private readonly cluster = new Set<number>();
  private readonly bySector = new Map<string, number[]>();
  private readonly byGroup = new Map<GroupKey, number[]>();
  private readonly workshopsOf: SampleEvent[][];

  constructor(
    private readonly rng: Rng,
    private readonly people: SamplePerson[],
    private readonly log: InteractionLog,
    events: SampleEvent[],
  ) {
    this.workshopsOf = people.map(() => []);
    people.forEach((p, i) => {
      if (!SIMULATED.has(p.kind)) return;
      if (p.kind === "cluster" || p.kind === "articulation") this.cluster.add(i);
      this.bySector.set(p.sector, [...(this.bySector.get(p.sector) ?? []), i]);
      for (const g of p.groups) this.byGroup.set(g, [...(this.byGroup.get(g) ?? []), i]);
    });
    for (const e of events)
      if (e.kind === "workshop") for (const i of e.attendees) this.workshopsOf[i]?.push(e);
  }

  private person(i: number): SamplePerson {
    return this.people[i] as SamplePerson;
  }

  private activeIn(i: number, m: Month): boolean {
    const p = this.person(i);
    return p.joined !== null && p.joined <= m.end && p.stop >= m.start;
  }

  /** The Haitian field cluster talks only among itself and with its coordinator. */
  private allowed(a: number, b: number): boolean {
    if (a === b || !SIMULATED.has(this.person(b).kind)) return false;
    const aCluster = this.person(a).kind === "cluster";
    const bCluster = this.person(b).kind === "cluster";
    return aCluster || bCluster ? this.cluster.has(a) && this.cluster.has(b) : true;
  }

  private fresh(a: number, b: number | undefined, m: Month): b is number {
    return b !== undefined && this.allowed(a, b) && this.activeIn(b, m) && !this.log.adjacency[a]?.has(b);
  }

  private neighbourOf(a: number, m?: Month): number | undefined {
    const entries = [...(this.log.adjacency[a] as Map<number, number>)].filter(
      ([b]) => !m || this.activeIn(b, m),
    );
    return this.rng.weighted(entries, ([, count]) => count)?.[0];
  }

  /** A friend of a friend; other sectors are accepted only with probability `crossSector`. */
  private triadic(a: number, crossSector: number): number | undefined {
    const via = this.neighbourOf(a);
    if (via === undefined) return undefined;
    const next = [...(this.log.adjacency[via] as Map<number, number>).keys()];
    if (next.length === 0) return undefined;
    const c = this.rng.pick(next);
    return this.person(c).sector === this.person(a).sector || this.rng.chance(crossSector) ? c : undefined;
  }

  private coAttendee(a: number, m: Month): number | undefined {
    const past = (this.workshopsOf[a] as SampleEvent[]).filter((e) => e.day <= m.end);
    if (past.length === 0) return undefined;
    const c = this.rng.pick(this.rng.pick(past).attendees);
    return this.person(c).sector === this.person(a).sector || this.rng.chance(0.2) ? c : undefined;
  }

  private silo(a: number): number | undefined {
    const p = this.person(a);
    const sameSector = this.bySector.get(p.sector) ?? [];
    const r = this.rng.next();
    const pool =
      r < 0.6
        ? sameSector.filter((b) => this.person(b).groups.some((g) => p.groups.includes(g)))
        : r < 0.9
          ? sameSector.filter((b) => this.person(b).country === p.country)
          : sameSector;
    return pool.length > 0 ? this.rng.pick(pool) : undefined;
  }

  private otherSector(a: number): number | undefined {
    const p = this.person(a);
    const pool = (this.byGroup.get(this.rng.pick(p.groups)) ?? []).filter(
      (b) => this.person(b).sector !== p.sector,
    );
    return pool.length > 0 ? this.rng.pick(pool) : undefined;
  }

  private newPartner(a: number, m: Month): number | undefined {
    const p = this.person(a);
    for (let tries = 0; tries < 12; tries++) {
      const r = this.rng.next();
      let b: number | undefined;
      if (p.kind === "cluster" || (p.kind === "articulation" && r < 0.3))
        b = this.rng.pick([...this.cluster]);
      else if (p.kind === "broker")
        b = r < 0.6 ? this.otherSector(a) : r < 0.8 ? this.triadic(a, 1) : this.silo(a);
      else if (r < 0.5) b = this.triadic(a, 0.04);
      else if (r < 0.62) b = this.coAttendee(a, m);
      else if (r < 0.98) b = this.silo(a);
      else b = this.otherSector(a);
      if (this.fresh(a, b, m)) return b;
    }
    return undefined;
  }

  run(): void {
    const start = toDay(PERIOD.start);
    const end = toDay(PERIOD.end);
    for (let k = 0; k < MONTHS; k++) {
      const m: Month = { start: addMonths(start, k), end: Math.min(end, addMonths(start, k + 1) - 1) };
      this.people.forEach((p, a) => {
        if (!SIMULATED.has(p.kind) || !this.activeIn(a, m)) return;
        const events = this.rng.poisson(p.rate * ((p.joined as number) >= m.start ? 0.5 : 1));
        for (let e = 0; e < events; e++) this.interact(a, m);
      });
    }
  }

  private interact(a: number, m: Month): void {
    const degree = (this.log.adjacency[a] as Map<number, number>).size;
    const floor = this.person(a).kind === "broker" ? 0.3 : 0.12;
    const wantsNew = this.rng.chance(Math.max(floor, 0.9 / (1 + degree / 4)));
    let b = wantsNew ? this.newPartner(a, m) : this.neighbourOf(a, m);
    let isNew = wantsNew && b !== undefined;
    if (b === undefined) {
      b = wantsNew ? this.neighbourOf(a, m) : this.newPartner(a, m);
      isNew = !wantsNew && b !== undefined;
    }
    if (b === undefined) return;
    const d = this.log.dayFor(m.start, m.end, a, b);
    if (d !== null) this.log.add(d, a, b, isNew);
  }
}

export function simulateInteractions(
  rng: Rng,
  people: SamplePerson[],
  events: SampleEvent[],
): InteractionLog {
  const log = new InteractionLog(rng, people);
  new Simulation(rng, people, log, events).run();
  return log;
}
