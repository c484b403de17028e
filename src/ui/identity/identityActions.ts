/**
 * The Identity panel's words and actions: how each spelling matched, and the user's
 * decisions (confirm, split, merge) listed back with a way to undo each one.
 */
import type { IdentityDecisions, IdentityMerge, NearMiss } from "../../model/identity";

type MatchedHow = IdentityMerge["spellings"][number]["by"];

export const MATCHED_BY: Record<MatchedHow, string> = {
  id: "same id",
  email: "same e-mail",
  name: "same name, ignoring case, accents, spacing and “Last, First” order",
  rename: "renamed in the meeting report",
  decision: "your decision",
};

export type DecisionKind = "merge" | "split" | "confirm";

export interface DecisionLine {
  kind: DecisionKind;
  index: number;
  text: string;
}

/** Every decision as a sentence, in the order made within each kind. */
export function decisionLines(decisions: IdentityDecisions, nameOf: (ref: string) => string): DecisionLine[] {
  return [
    ...decisions.merge.map((d, index) => ({
      kind: "merge" as const,
      index,
      text: `“${d.ref}” is ${nameOf(d.into)}`,
    })),
    ...decisions.split.map((d, index) => ({
      kind: "split" as const,
      index,
      text: `“${d.ref}” is not ${nameOf(d.from)}`,
    })),
    ...decisions.confirm.map((d, index) => ({
      kind: "confirm" as const,
      index,
      text: `“${d.ref}” is ${nameOf(d.into)} (checked)`,
    })),
  ];
}

export function undoDecision(
  decisions: IdentityDecisions,
  kind: DecisionKind,
  index: number,
): IdentityDecisions {
  switch (kind) {
    case "merge":
      return { ...decisions, merge: decisions.merge.filter((_, i) => i !== index) };
    case "split":
      return { ...decisions, split: decisions.split.filter((_, i) => i !== index) };
    case "confirm":
      return { ...decisions, confirm: decisions.confirm.filter((_, i) => i !== index) };
  }
}

/** A near-miss the user already said are two people (it stays listed, marked as decided). */
export function keptApart(decisions: IdentityDecisions, miss: NearMiss): boolean {
  return decisions.split.some((d) => d.ref === miss.key && d.from === miss.otherKey);
}
