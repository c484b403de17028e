import { describe, expect, it } from "vitest";
import { groupAttendance, pairKey, projectAttendance } from "../../src/graph/projectAttendance";
import davis from "./reference/davis_projection.json";

const rows = (list: [string, string, string?][]) =>
  list.map(([key, event, date], i) => ({ key, event, line: i + 2, ...(date ? { date } : {}) }));

describe("groupAttendance", () => {
  it("makes one occurrence per event and date, counting each person once", () => {
    const occurrences = groupAttendance(
      rows([
        ["ana", "Webinar", "2024-01-10"],
        ["bo", "Webinar", "2024-01-10"],
        ["ana", "Webinar", "2024-01-10"], // rejoined
        ["ana", "Webinar", "2024-02-10"],
        ["cy", "Webinar"],
        ["cy", "Workshop", "2024-01-10"],
      ]),
    );
    expect(occurrences).toEqual([
      { event: "Webinar", date: "2024-01-10", attendees: ["ana", "bo"] },
      { event: "Webinar", date: "2024-02-10", attendees: ["ana"] },
      { event: "Webinar", attendees: ["cy"] },
      { event: "Workshop", date: "2024-01-10", attendees: ["cy"] },
    ]);
  });
});

describe("pairKey", () => {
  it("ignores order and cannot be confused by the characters in keys", () => {
    expect(pairKey("a", "b")).toBe(pairKey("b", "a"));
    expect(pairKey("ab", "c")).not.toBe(pairKey("a", "bc"));
  });
});

describe("projectAttendance", () => {
  it("adds 1/(n-1) per shared occurrence (hand computation)", () => {
    // Workshop: 4 people → each pair gets 1/3. Meeting: Ana and Bo alone → 1. Solo: nothing.
    const ties = projectAttendance(
      groupAttendance(
        rows([
          ["ana", "Workshop", "2024-03-01"],
          ["bo", "Workshop", "2024-03-01"],
          ["cy", "Workshop", "2024-03-01"],
          ["di", "Workshop", "2024-03-01"],
          ["bo", "Meeting", "2024-01-15"],
          ["ana", "Meeting", "2024-01-15"],
          ["ana", "Meeting", "2024-01-15"],
          ["cy", "Solo", "2024-05-01"],
        ]),
      ),
    );
    expect(ties.size).toBe(6);
    const ab = ties.get(pairKey("ana", "bo"))!;
    expect(ab.a).toBe("ana");
    expect(ab.b).toBe("bo");
    expect(ab.weight).toBeCloseTo(1 / 3 + 1, 12);
    expect(ab.count).toBe(2);
    expect([ab.firstDate, ab.lastDate]).toEqual(["2024-01-15", "2024-03-01"]);
    const cd = ties.get(pairKey("di", "cy"))!;
    expect(cd).toMatchObject({ a: "cy", b: "di", count: 1, firstDate: "2024-03-01", lastDate: "2024-03-01" });
    expect(cd.weight).toBeCloseTo(1 / 3, 12);
  });

  it("keeps a big webinar's pairs weaker than a small meeting's", () => {
    const webinar = Array.from({ length: 200 }, (_, i): [string, string] => [`p${i}`, "Webinar"]);
    const ties = projectAttendance(groupAttendance(rows([...webinar, ["p0", "Meeting"], ["p1", "Meeting"]])));
    expect(ties.size).toBe((200 * 199) / 2);
    expect(ties.get(pairKey("p0", "p1"))!.weight).toBeCloseTo(1 / 199 + 1, 12);
    expect(ties.get(pairKey("p2", "p3"))!.weight).toBeCloseTo(1 / 199, 12);
    // Each attendee of one event spreads exactly one unit over the others.
    const strength = [...ties.values()]
      .filter((t) => t.a === "p7" || t.b === "p7")
      .reduce((s, t) => s + t.weight, 0);
    expect(strength).toBeCloseTo(1, 12);
  });

  it("matches networkx's collaboration_weighted_projected_graph on Davis's Southern Women", () => {
    const occurrences = groupAttendance(
      davis.attendance.map((r, i) => ({ key: r.person, event: r.event, line: i + 2 })),
    );
    expect(occurrences).toHaveLength(davis.events.length);
    const ties = projectAttendance(occurrences);
    expect(ties.size).toBe(davis.ties.length);
    for (const expected of davis.ties) {
      const tie = ties.get(pairKey(expected.a, expected.b));
      expect(tie, `${expected.a} – ${expected.b}`).toBeDefined();
      expect(Math.abs(tie!.weight - expected.weight)).toBeLessThan(1e-6);
    }
  });

  it("agrees with a hand count on one Davis pair", () => {
    // Evelyn Jefferson and Theresa Anderson both attended E2, E3, E4, E5, E6, E8, E9. Attendee
    // counts (Davis 1941): E2 3, E3 6, E4 4, E5 8, E6 8, E8 14, E9 12.
    const hand = 1 / 2 + 1 / 5 + 1 / 3 + 1 / 7 + 1 / 7 + 1 / 13 + 1 / 11;
    const ties = projectAttendance(
      groupAttendance(davis.attendance.map((r, i) => ({ key: r.person, event: r.event, line: i + 2 }))),
    );
    expect(ties.get(pairKey("Evelyn Jefferson", "Theresa Anderson"))!.weight).toBeCloseTo(hand, 12);
  });
});
