/**
 * Activity at the edges of the community, added after the simulation: newcomers' first
 * contacts, isolated field advisors' single tie (or none), prospects who already know a member,
 * and "friends of the network" who appear in the logs by name but are not in the registry.
 */
import { PERIOD, toDay } from "./dates";
import type { InteractionLog } from "./interactions";
import type { Rng } from "./prng";
import type { GroupKey, SamplePerson } from "./roster";

export const FRIENDS = {
  /** Near-spelling of the registered "Ana María López": an identity match to confirm, not to make silently. */
  nearMatch: "Ana Maria Lopes",
  others: ["Marcus Greenidge", "Luis Alberto Paredes", "Beatriz Olmedo"],
} as const;

const START = toDay(PERIOD.start);
const END = toDay(PERIOD.end);

class Periphery {
  constructor(
    private readonly rng: Rng,
    private readonly people: SamplePerson[],
    private readonly log: InteractionLog,
  ) {}

  private indexWhere(test: (p: SamplePerson) => boolean): number[] {
    return this.people.flatMap((p, i) => (test(p) ? [i] : []));
  }

  /** Simulated people who stay to the end and sit outside the Haitian cluster: safe partners for anyone. */
  private steady(test: (p: SamplePerson) => boolean): number[] {
    const kinds = ["broker", "regular"];
    return this.indexWhere((p) => kinds.includes(p.kind) && p.stop === Number.POSITIVE_INFINITY && test(p));
  }

  private coordinatorOf(group: GroupKey): number {
    return this.indexWhere(
      (p) => p.kind === "broker" && p.role === "coordinator" && p.groups[0] === group,
    )[0] as number;
  }

  private link(a: number | string, b: number, lo: number, count: number): void {
    this.log.addSeveral(count, lo, END, a, b);
  }

  newcomers(): void {
    for (const a of this.indexWhere((p) => p.kind === "newcomer")) {
      const p = this.people[a] as SamplePerson;
      const wanted = this.rng.weighted([0, 1, 2, 3], (k) => [0.15, 0.35, 0.3, 0.2][k] ?? 0) as number;
      const partners = new Set<number>();
      for (let tries = 0; partners.size < wanted && tries < 20; tries++) {
        const r = this.rng.next();
        const pool =
          r < 0.4
            ? [this.coordinatorOf(p.groups[0] as GroupKey)]
            : r < 0.7
              ? this.steady((q) => q.role === "facilitator" && q.groups.some((g) => p.groups.includes(g)))
              : this.steady((q) => q.sector === p.sector);
        if (pool.length > 0) partners.add(this.rng.pick(pool));
      }
      for (const b of partners) this.link(a, b, p.joined as number, this.rng.int(1, 3));
    }
  }

  /** Half of the isolated field advisors have exactly one contact; the other half none at all. */
  isolated(): void {
    this.indexWhere((p) => p.kind === "isolated").forEach((a, k) => {
      if (k % 2 === 0) return;
      const p = this.people[a] as SamplePerson;
      const local = this.steady((q) => q.country === p.country && q.groups.some((g) => p.groups.includes(g)));
      const b = local.length > 0 ? this.rng.pick(local) : this.coordinatorOf(p.groups[0] as GroupKey);
      this.link(a, b, START, this.rng.int(1, 2));
    });
  }

  /** Some prospects already know a member: the warm introductions of issue 4. */
  prospects(): void {
    const recent = toDay("2025-09-01");
    const un = this.indexWhere((p) => p.kind === "broker" && p.sector === "UN agency")[0] as number;
    const banks = this.indexWhere((p) => p.kind === "prospect" && p.sector === "Development bank");
    banks.slice(0, 4).forEach((a, k) => {
      this.link(a, un, recent, this.rng.int(1, 3));
      if (k % 2 === 0) this.link(a, this.coordinatorOf("EDU"), recent, 1);
    });
    const km = this.indexWhere((p) => p.kind === "prospect" && p.role === "knowledge manager");
    for (const a of km) this.link(a, this.coordinatorOf("YCP"), recent, 2);
    const others = this.indexWhere((p) => p.kind === "prospect");
    const rest = this.rng.shuffled(others.filter((a) => !banks.includes(a) && !km.includes(a))).slice(0, 10);
    for (const a of rest) {
      const p = this.people[a] as SamplePerson;
      const pool = this.steady((q) => q.sector === p.sector || q.groups.some((g) => p.groups.includes(g)));
      const partners = new Set([this.rng.pick(pool), this.rng.pick(pool)].slice(0, this.rng.int(1, 2)));
      for (const b of partners) this.link(a, b, recent, this.rng.int(1, 3));
    }
  }

  friends(): void {
    const ana = this.indexWhere((p) => p.fullName === "Ana María López")[0] as number;
    const anaContacts = [...(this.log.adjacency[ana] as Map<number, number>)]
      .filter(([b]) => this.people[b]?.kind === "regular" || this.people[b]?.kind === "broker")
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, 2);
    for (const [b] of anaContacts) this.link(FRIENDS.nearMatch, b, START, 2);
    const groups: GroupKey[] = ["HEALTH", "YCP", "EDU"];
    FRIENDS.others.forEach((name, k) => {
      const pool = this.steady((q) => q.groups.includes(groups[k] as GroupKey));
      const partners = new Set(this.rng.shuffled(pool).slice(0, k === 0 ? 3 : 2));
      for (const b of partners) this.link(name, b, START, this.rng.int(1, 3));
    });
  }

  /** Lapsed members must have been visibly active in year 1 before falling silent. */
  lapsed(): void {
    const yearOneEnd = toDay(PERIOD.yearOneEnd);
    for (const a of this.indexWhere((p) => p.kind === "lapsed")) {
      const p = this.people[a] as SamplePerson;
      const seen = this.log.rows.filter(
        (r) => (r.source === a || r.target === a) && r.day <= yearOneEnd,
      ).length;
      if (seen >= 3) continue;
      const known = [...(this.log.adjacency[a] as Map<number, number>).keys()].filter(
        (b) => this.people[b]?.kind === "regular",
      );
      const pool =
        known.length > 0 ? known : this.steady((q) => q.sector === p.sector && q.kind === "regular");
      for (let k = seen; k < 3; k++) {
        const b = this.rng.pick(pool);
        const d = this.log.dayFor(START, Math.min(yearOneEnd, p.stop), a, b);
        if (d !== null) this.log.add(d, a, b, !this.log.adjacency[a]?.has(b));
      }
    }
  }
}

export function addPeripheralActivity(rng: Rng, people: SamplePerson[], log: InteractionLog): void {
  const periphery = new Periphery(rng, people, log);
  periphery.lapsed();
  periphery.newcomers();
  periphery.isolated();
  periphery.prospects();
  periphery.friends();
}
