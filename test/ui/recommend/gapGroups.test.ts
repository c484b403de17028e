import { describe, expect, it } from "vitest";
import type { Gap } from "../../../src/recommend";
import { fillShare, gapsByKind, gapScope, observedText } from "../../../src/ui/recruitment/gapGroups";

function gap(patch: Partial<Gap>): Gap {
  return {
    dimension: "sector",
    value: "Academia",
    group: null,
    kind: "underrepresented",
    observed: 3,
    target: 5,
    measure: "members",
    reason: "",
    members: 3,
    people: [],
    ...patch,
  };
}

describe("gaps as the Recruitment view shows them", () => {
  it("come grouped by kind, absent first, each kind present even when empty", () => {
    const groups = gapsByKind([gap({ kind: "fragile", value: "F" }), gap({ kind: "absent", value: "A" })]);
    expect(groups.map((g) => [g.kind, g.gaps.map((x) => x.value)])).toEqual([
      ["absent", ["A"]],
      ["underrepresented", []],
      ["peripheral", []],
      ["fragile", ["F"]],
    ]);
  });

  it("say what they concern and how far from the target they are", () => {
    expect(gapScope(gap({}))).toBe("sector");
    expect(gapScope(gap({ dimension: "role", group: "Youth" }))).toBe("role in Youth");
    expect(gapScope(gap({ dimension: "group", value: "Youth" }))).toBe("group");
    expect(observedText(gap({}))).toBe("3 of 5 members");
    expect(observedText(gap({ measure: "share", observed: 0.12, target: 0.15 }))).toBe(
      "12% of members; target 15%",
    );
    expect(observedText(gap({ kind: "fragile", measure: "routes", observed: 1, target: 2 }))).toBe(
      "1 route to the rest; 2 wanted",
    );
    expect(
      observedText(gap({ kind: "peripheral", measure: "connected members", observed: 0, target: 1 })),
    ).toBe("0 of 1 with two contacts or more");
    expect(fillShare(gap({}))).toBeCloseTo(0.6, 12);
    expect(fillShare(gap({ observed: 9 }))).toBe(1);
    expect(fillShare(gap({ observed: 0, target: 0 }))).toBe(1);
  });
});
