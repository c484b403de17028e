/**
 * The analysis, the recommendations and person records with every person replaced by their
 * code (see pseudonymize.ts). Exports pseudonymise their inputs with these and then run
 * unchanged, so no export can forget a field: a new field that names people has to be added
 * here once, and the leak tests in test/report/pseudonymizeData.test.ts scan every string.
 */
import type { NetworkAnalysis } from "../analysis/analyzeNetwork";
import type { Gap, Introduction, RecruitmentCandidate } from "../recommend";
import type { WeaverGraph } from "../graph/buildNetwork";
import {
  createPseudonymizer,
  type PersonIdentity,
  type PseudonymOptions,
  type Pseudonymizer,
} from "./pseudonymize";

/** A pseudonymiser knowing everyone in the network: names, labels, e-mails and the aliases matching found. */
export function pseudonymizerForGraph(graph: WeaverGraph, options: PseudonymOptions): Pseudonymizer {
  return createPseudonymizer(
    graph.mapNodes((id, attributes) => ({ ...attributes, id })),
    options,
  );
}

function mapKeys<V>(record: Record<string, V>, p: Pseudonymizer): Record<string, V> {
  return Object.fromEntries(Object.entries(record).map(([id, value]) => [p.person(id), value]));
}

/** A person record with id, name, label and e-mail as the code; aliases and extra columns dropped. */
export function pseudonymizePerson<T extends PersonIdentity & { extra?: unknown }>(
  person: T,
  p: Pseudonymizer,
): T {
  const code = p.person(person.id);
  const { aliases: _aliases, extra: _extra, ...rest } = person;
  const copy = { ...rest, id: code } as T;
  if (typeof person.name === "string") copy.name = code;
  if (typeof person.label === "string") copy.label = code;
  if (typeof person.email === "string" && person.email !== "") copy.email = code;
  if (person.organization !== undefined) copy.organization = p.organization(person.organization);
  return copy;
}

export function pseudonymizeAnalysis(analysis: NetworkAnalysis, p: Pseudonymizer): NetworkAnalysis {
  const id = (x: string) => p.person(x);
  const pair = <T extends { source: string; target: string }>(t: T): T => ({
    ...t,
    source: id(t.source),
    target: id(t.target),
  });
  return {
    ...analysis,
    people: analysis.people.map((person) => ({
      ...person,
      id: id(person.id),
      name: id(person.id),
      organization: p.organization(person.organization),
    })),
    ties: analysis.ties.map(pair),
    bridges: analysis.bridges.map(pair),
    articulationPoints: analysis.articulationPoints.map((a) => ({ ...a, node: id(a.node) })),
    keyPlayers: {
      ...analysis.keyPlayers,
      players: analysis.keyPlayers.players.map(id),
      steps: analysis.keyPlayers.steps.map((s) => ({ ...s, node: id(s.node) })),
      rank: mapKeys(analysis.keyPlayers.rank, p),
    },
    sectorDependencies: analysis.sectorDependencies.map((d) => ({
      ...d,
      people: d.people.map((x) => ({ ...x, id: id(x.id) })),
    })),
    eiIndex: { ...analysis.eiIndex, byPerson: mapKeys(analysis.eiIndex.byPerson, p) },
    silentMembers: analysis.silentMembers.map(id),
  };
}

export function pseudonymizeIntroductions(
  introductions: readonly Introduction[],
  p: Pseudonymizer,
): Introduction[] {
  const id = (x: string) => p.person(x);
  return introductions.map((intro) => ({
    ...intro,
    a: id(intro.a),
    b: id(intro.b),
    via: intro.via.map(id),
    reasons: intro.reasons.map(p.text),
    resilience: {
      ...intro.resilience,
      articulationPoint: intro.resilience.articulationPoint && {
        ...intro.resilience.articulationPoint,
        id: id(intro.resilience.articulationPoint.id),
      },
      dependency: intro.resilience.dependency && {
        ...intro.resilience.dependency,
        id: id(intro.resilience.dependency.id),
      },
    },
  }));
}

export function pseudonymizeGaps(gaps: readonly Gap[], p: Pseudonymizer): Gap[] {
  return gaps.map((gap) => ({
    ...gap,
    people: gap.people.map((x) => p.person(x)),
    reason: p.text(gap.reason),
  }));
}

export function pseudonymizeCandidates(
  candidates: readonly RecruitmentCandidate[],
  p: Pseudonymizer,
): RecruitmentCandidate[] {
  return candidates.map((c) => ({
    ...c,
    id: p.person(c.id),
    name: p.person(c.id),
    warmTies: c.warmTies.map((x) => p.person(x)),
    reasons: c.reasons.map(p.text),
  }));
}

export interface RecommendationLists {
  introductions: Introduction[];
  recruitment: { gaps: Gap[]; candidates: RecruitmentCandidate[] };
}

export function pseudonymizeRecommendations<T extends RecommendationLists>(
  recommendations: T,
  p: Pseudonymizer,
): T {
  return {
    ...recommendations,
    introductions: pseudonymizeIntroductions(recommendations.introductions, p),
    recruitment: {
      ...recommendations.recruitment,
      gaps: pseudonymizeGaps(recommendations.recruitment.gaps, p),
      candidates: pseudonymizeCandidates(recommendations.recruitment.candidates, p),
    },
  };
}
