import { describe, expect, it } from "vitest";
import {
  decideConfirm,
  decideMerge,
  decideSplit,
  emptyDecisions,
  type NearMiss,
} from "../../../src/model/identity";
import { decisionLines, keptApart, undoDecision } from "../../../src/ui/identity/identityActions";

const names: Record<string, string> = { P1: "Ana María López", P3: "Carlos Vega" };
const nameOf = (key: string) => names[key] ?? key;

describe("identity decisions in the panel", () => {
  const decisions = decideConfirm(
    decideSplit(decideMerge(emptyDecisions(), "Ana Maria Lopes", "P1"), "Vega, Carlos", "P3"),
    "ana.lopez@example.org",
    "P1",
  );

  it("read back as sentences", () => {
    expect(decisionLines(decisions, nameOf).map((l) => [l.kind, l.text])).toEqual([
      ["merge", "“Ana Maria Lopes” is Ana María López"],
      ["split", "“Vega, Carlos” is not Carlos Vega"],
      ["confirm", "“ana.lopez@example.org” is Ana María López (checked)"],
    ]);
  });

  it("can each be undone, leaving the others", () => {
    const undone = undoDecision(decisions, "split", 0);
    expect(undone.split).toEqual([]);
    expect(undone.merge).toEqual(decisions.merge);
    expect(undone.confirm).toEqual(decisions.confirm);
    expect(undoDecision(decisions, "merge", 0).merge).toEqual([]);
    expect(undoDecision(decisions, "confirm", 0).confirm).toEqual([]);
  });

  it("mark a near-miss the user kept apart", () => {
    const miss: NearMiss = {
      key: "Ana Maria Lopes",
      name: "Ana Maria Lopes",
      otherKey: "P1",
      otherName: "Ana María López",
      otherRegistered: true,
      similarity: 0.93,
      reason: "",
    };
    expect(keptApart(decisions, miss)).toBe(false);
    expect(keptApart(decideSplit(emptyDecisions(), "Ana Maria Lopes", "P1"), miss)).toBe(true);
  });
});
