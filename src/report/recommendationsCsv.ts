/**
 * introductions.csv and recruitment.csv: the recommendations as tables a coordinator opens in
 * a spreadsheet, with names beside ids and the reasons as text. Everything goes through
 * toCsv, so a name like "=HYPERLINK(…)" stays text.
 *
 * introductions.csv, one row per suggestion, best first:
 *   rank; a_id, a_name, a_sector, a_organization, a_email (the person who gains most);
 *   b_id, b_name, b_sector, b_organization, b_email; via_ids, via_names (possible
 *   introducers, best first, "; "-separated); introduced_by ("mutual contact" | "group lead");
 *   shared_contacts; score and its parts (plausibility, cross_sector, resilience, inclusion,
 *   bridging; each in [0, 1], 4 decimals); reasons (the sentences, joined with a space).
 *
 * recruitment.csv, the gaps first, then the candidates, told apart by row_type:
 *   row_type ("gap" | "candidate"); rank (within its type);
 *   gap rows: dimension, value, group, kind, observed, target, measure, people_ids,
 *     people_names (the peripheral members, or the one person a fragile part hangs on);
 *   candidate rows: id, name, status, sector, organization, email, fills ("dimension: value
 *     [in group] (kind)", "; "-separated), score, fills_score, warm_ties_score,
 *     bridging_score, warm_tie_ids, warm_tie_names;
 *   both: reasons (the gap's reason, or the candidate's sentences joined with a space).
 */
import type { Gap, Introduction, RecruitmentCandidate } from "../recommend";
import { toCsv, type CsvValue } from "./csv";
import type { PersonIdentity, Pseudonymizer } from "./pseudonymize";
import {
  pseudonymizeCandidates,
  pseudonymizeGaps,
  pseudonymizeIntroductions,
  pseudonymizePerson,
} from "./pseudonymizeData";

/** A person as the exports name them: graph node attributes and analysis rows both fit. */
export interface PersonRef extends PersonIdentity {
  sector?: string | null;
}

export interface ExportOptions {
  /** Replace people (and optionally organisations) by stable codes. */
  pseudonymize?: Pseudonymizer;
}

export const INTRODUCTION_COLUMNS = [
  "rank",
  "a_id",
  "a_name",
  "a_sector",
  "a_organization",
  "a_email",
  "b_id",
  "b_name",
  "b_sector",
  "b_organization",
  "b_email",
  "via_ids",
  "via_names",
  "introduced_by",
  "shared_contacts",
  "score",
  "plausibility",
  "cross_sector",
  "resilience",
  "inclusion",
  "bridging",
  "reasons",
] as const;

export const RECRUITMENT_COLUMNS = [
  "row_type",
  "rank",
  "dimension",
  "value",
  "group",
  "kind",
  "observed",
  "target",
  "measure",
  "people_ids",
  "people_names",
  "id",
  "name",
  "status",
  "sector",
  "organization",
  "email",
  "fills",
  "score",
  "fills_score",
  "warm_ties_score",
  "bridging_score",
  "warm_tie_ids",
  "warm_tie_names",
  "reasons",
] as const;

const LIST = "; ";

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Looks people up by id; someone the list does not know is shown by id. */
export function personDirectory(people: Iterable<PersonRef>, p?: Pseudonymizer): (id: string) => PersonRef {
  const byId = new Map<string, PersonRef>();
  for (const person of people) {
    const shown = p ? pseudonymizePerson(person, p) : person;
    byId.set(shown.id, shown);
  }
  return (id) => byId.get(id) ?? { id, name: id };
}

export const nameOf = (person: PersonRef) => person.name || person.label || person.id;

function row<C extends readonly string[]>(
  columns: C,
  values: Partial<Record<C[number], CsvValue>>,
): CsvValue[] {
  return columns.map((column: C[number]) => values[column] ?? null);
}

export function introductionsCsv(
  introductions: readonly Introduction[],
  people: Iterable<PersonRef>,
  options: ExportOptions = {},
): string {
  const p = options.pseudonymize;
  const list = p ? pseudonymizeIntroductions(introductions, p) : introductions;
  const person = personDirectory(people, p);
  const side = (prefix: "a" | "b", id: string) => {
    const who = person(id);
    return {
      [`${prefix}_id`]: who.id,
      [`${prefix}_name`]: nameOf(who),
      [`${prefix}_sector`]: who.sector ?? null,
      [`${prefix}_organization`]: who.organization ?? null,
      [`${prefix}_email`]: who.email ?? null,
    };
  };
  const rows = list.map((intro, i) =>
    row(INTRODUCTION_COLUMNS, {
      rank: i + 1,
      ...side("a", intro.a),
      ...side("b", intro.b),
      via_ids: intro.via.join(LIST),
      via_names: intro.via.map((id) => nameOf(person(id))).join(LIST),
      introduced_by: intro.introducedBy,
      shared_contacts: intro.sharedContacts,
      score: round(intro.score),
      plausibility: round(intro.parts.plausibility),
      cross_sector: round(intro.parts.crossSector),
      resilience: round(intro.parts.resilience),
      inclusion: round(intro.parts.inclusion),
      bridging: round(intro.parts.bridging),
      reasons: intro.reasons.join(" "),
    }),
  );
  return toCsv([[...INTRODUCTION_COLUMNS], ...rows]);
}

/** "role: facilitator in Sport and youth crime prevention (absent)". */
export function describeFill(fill: {
  dimension: string;
  value: string;
  group: string | null;
  kind: string;
}): string {
  return `${fill.dimension}: ${fill.value}${fill.group ? ` in ${fill.group}` : ""} (${fill.kind})`;
}

export function recruitmentCsv(
  gaps: readonly Gap[],
  candidates: readonly RecruitmentCandidate[],
  people: Iterable<PersonRef>,
  options: ExportOptions = {},
): string {
  const p = options.pseudonymize;
  const gapList = p ? pseudonymizeGaps(gaps, p) : gaps;
  const candidateList = p ? pseudonymizeCandidates(candidates, p) : candidates;
  const person = personDirectory(people, p);
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(person(id))).join(LIST);
  const gapRows = gapList.map((gap, i) =>
    row(RECRUITMENT_COLUMNS, {
      row_type: "gap",
      rank: i + 1,
      dimension: gap.dimension,
      value: gap.value,
      group: gap.group,
      kind: gap.kind,
      observed: gap.observed,
      target: gap.target,
      measure: gap.measure,
      people_ids: gap.people.join(LIST),
      people_names: names(gap.people),
      reasons: gap.reason,
    }),
  );
  const candidateRows = candidateList.map((c, i) => {
    const who = person(c.id);
    return row(RECRUITMENT_COLUMNS, {
      row_type: "candidate",
      rank: i + 1,
      id: c.id,
      name: c.name || nameOf(who),
      status: c.status,
      sector: who.sector ?? null,
      organization: who.organization ?? null,
      email: who.email ?? null,
      fills: c.fills.map(describeFill).join(LIST),
      score: round(c.score),
      fills_score: round(c.parts.fills),
      warm_ties_score: round(c.parts.warmTies),
      bridging_score: round(c.parts.bridging),
      warm_tie_ids: c.warmTies.join(LIST),
      warm_tie_names: names(c.warmTies),
      reasons: c.reasons.join(" "),
    });
  });
  return toCsv([[...RECRUITMENT_COLUMNS], ...gapRows, ...candidateRows]);
}
