/**
 * The Bottlenecks view in sentences a coordinator reads at a glance ("If Ana leaves, 7
 * people lose their connection to the rest"). Sentences are lists of text and person
 * segments, so the view can make every name a button while tests read the words.
 */
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import type { ArticulationPoint } from "../../analysis/articulation";
import type { KeyPlayersResult } from "../../analysis/keyPlayers";
import type { SectorDependency } from "../../analysis/sectorDependencies";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import { formatPercent, plural } from "../common/format";

export interface PersonRef {
  id: string;
  name: string;
}

export type Segment = string | PersonRef;
export type Sentence = Segment[];

export type NameOf = (id: string) => string;

export function namesOf(people: readonly PersonMeasures[]): NameOf {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (id) => names.get(id) ?? id;
}

export function contactsOf(people: readonly PersonMeasures[]): (id: string) => number {
  const degrees = new Map(people.map((p) => [p.id, p.degree]));
  return (id) => degrees.get(id) ?? 0;
}

export function sentenceText(sentence: Sentence): string {
  return sentence.map((s) => (typeof s === "string" ? s : s.name)).join("");
}

const person = (id: string, nameOf: NameOf): PersonRef => ({ id, name: nameOf(id) });

export function articulationSentence(point: ArticulationPoint, nameOf: NameOf): Sentence {
  const pieces = point.pieces > 2 ? ` The group would fall into ${point.pieces} pieces.` : "";
  return [
    "If ",
    person(point.node, nameOf),
    ` leaves, ${plural(point.cutOff, "person loses", "people lose")} their connection to the rest.${pieces}`,
  ];
}

/**
 * A bridge in words. When it is someone's only tie, name who hangs on it; otherwise say
 * how many people its loss would cut off. `contactsOf` gives a person's number of contacts.
 */
export function bridgeSentence(
  bridge: AnalysisPayload["bridges"][number],
  nameOf: NameOf,
  contactsOf: (id: string) => number,
): Sentence {
  if (bridge.separated === 1) {
    const [alone, other] =
      contactsOf(bridge.target) === 1 ? [bridge.target, bridge.source] : [bridge.source, bridge.target];
    if (contactsOf(alone) === 1) {
      return [
        person(alone, nameOf),
        " is connected to the community only through ",
        person(other, nameOf),
        ".",
      ];
    }
  }
  return [
    "If ",
    person(bridge.source, nameOf),
    " and ",
    person(bridge.target, nameOf),
    ` stopped working together, ${plural(bridge.separated, "person", "people")} would lose touch with the rest.`,
  ];
}

export interface SectorPairShare {
  sectors: [string, string];
  share: number;
  directTies: number;
}

export interface DependencyGroup {
  person: PersonRef;
  /** The pairs of sectors this person carries most of, largest share first. */
  pairs: SectorPairShare[];
  /** "If X leaves, A and B lose 85% of their connection. They have no direct tie." */
  sentence: Sentence;
}

/**
 * Sector pairs that lean on one person, grouped by that person (one broker often holds
 * several pairs together), strongest dependency first. A pair counts when its top person
 * carries at least `minShare` of its shortest paths.
 */
export function dependencyGroups(
  dependencies: readonly SectorDependency[],
  nameOf: NameOf,
  minShare = 0.25,
): DependencyGroup[] {
  const byPerson = new Map<string, SectorPairShare[]>();
  for (const dependency of dependencies) {
    const top = dependency.people[0];
    if (!top || top.share < minShare) continue;
    const pairs = byPerson.get(top.id) ?? [];
    pairs.push({ sectors: dependency.sectors, share: top.share, directTies: dependency.directTies });
    byPerson.set(top.id, pairs);
  }
  const groups = [...byPerson.entries()].map(([id, pairs]) => {
    pairs.sort((x, y) => y.share - x.share);
    const first = pairs[0]!;
    return { person: person(id, nameOf), pairs, sentence: dependencySentence(person(id, nameOf), first) };
  });
  return groups.sort((x, y) => y.pairs[0]!.share - x.pairs[0]!.share);
}

export function dependencySentence(who: PersonRef, pair: SectorPairShare): Sentence {
  const [a, b] = pair.sectors;
  return [
    "If ",
    who,
    ` leaves, ${a} and ${b} lose ${formatPercent(pair.share)} of their connection.${directTies(pair)}`,
  ];
}

/** " They have no direct tie." / " They have 4 direct ties." */
export function directTies(pair: SectorPairShare): string {
  return pair.directTies === 0
    ? " They have no direct tie."
    : ` They have ${plural(pair.directTies, "direct tie", "direct ties")}.`;
}

export interface FragmentationStep {
  /** null for the network as it is today. */
  person: PersonRef | null;
  fragmentation: number;
}

/** Today's fragmentation, then after each key player leaves in turn. */
export function fragmentationSteps(result: KeyPlayersResult, nameOf: NameOf): FragmentationStep[] {
  return [
    { person: null, fragmentation: result.fragmentationBefore },
    ...result.steps.map((step) => ({ person: person(step.node, nameOf), fragmentation: step.fragmentation })),
  ];
}

/**
 * The people who span the most structural holes: lowest constraint among those with at
 * least two contacts (one contact always means constraint 1), most effective contacts first on ties.
 */
export function leastConstrained(people: readonly PersonMeasures[], limit = 10): PersonMeasures[] {
  return people
    .filter((p) => p.constraint !== null && p.degree >= 2)
    .sort((a, b) => a.constraint! - b.constraint! || (b.effectiveSize ?? 0) - (a.effectiveSize ?? 0))
    .slice(0, limit);
}
