/**
 * What the person panel says about someone's place in the network: their measures with
 * how they rank, and a few sentences for the things a coordinator should not miss.
 */
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import { PERSON_COLUMNS, type PersonColumn } from "../../analysis/registry";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import { formatCount, formatPercent, plural } from "../common/format";
import { ordinal } from "../common/measureFormat";

/** 1 + the number of people with a strictly higher value; null without a numeric value. */
export function rankOf(
  people: readonly PersonMeasures[],
  column: PersonColumn,
  person: PersonMeasures,
): number | null {
  const value = column.value(person);
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  let higher = 0;
  for (const other of people) {
    const v = column.value(other);
    if (typeof v === "number" && v > value) higher++;
  }
  return higher + 1;
}

/** The measure columns the panel lists (who the person is is already in the panel's facts). */
export const PANEL_COLUMNS: readonly PersonColumn[] = PERSON_COLUMNS.filter((c) => c.family !== "person");

/** Sentences for what stands out about a person, most important first. */
export function personHighlights(person: PersonMeasures, analysis: AnalysisPayload): string[] {
  const lines: string[] = [];
  const n = analysis.people.length;
  if (person.isolate) lines.push("No recorded contact with anyone in these files.");
  if (person.cutOff > 0) {
    lines.push(
      `If they left, ${plural(person.cutOff, "person", "people")} would lose their connection to the rest.`,
    );
  }
  if (person.keyPlayerRank !== null) {
    lines.push(
      `One of the ${analysis.keyPlayers.k} key players whose joint absence would fragment the network most.`,
    );
  }
  const dependencies = analysis.sectorDependencies.filter(
    (d) => d.people[0]?.id === person.id && d.people[0].share >= 0.5,
  );
  if (dependencies.length > 0) {
    const [first] = dependencies;
    const others = dependencies.length - 1;
    lines.push(
      `Carries ${formatPercent(first!.people[0]!.share)} of the connection between ${first!.sectors[0]} and ${first!.sectors[1]}` +
        (others > 0 ? ` and most of it for ${plural(others, "other pair", "other pairs")} of sectors.` : "."),
    );
  }
  const betweenness = PERSON_COLUMNS.find((c) => c.id === "betweenness")!;
  const rank = rankOf(analysis.people, betweenness, person);
  if (rank !== null && person.betweenness > 0 && rank <= Math.max(3, Math.ceil(n * 0.02))) {
    lines.push(`Among the people most often on the shortest path between others (${rankLabel(rank, n)}).`);
  }
  if (person.brokerage.liaison > 0 && person.participation !== null && person.participation >= 0.5) {
    lines.push("Works across several sectors and links sectors that are not otherwise in touch.");
  }
  return lines;
}

export function rankLabel(rank: number, of: number): string {
  return `${ordinal(rank)} of ${formatCount(of)}`;
}
