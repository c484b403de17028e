import { describe, expect, it } from "vitest";
import {
  activityTimeline,
  monthEnd,
  monthIndex,
  playbackWindows,
  presetWindow,
  shiftMonths,
} from "../../src/graph/timeline";
import { filterRecordsByWindow } from "../../src/graph/timeWindow";
import type { Dataset, Person } from "../../src/model/types";
import { generateSampleCommunity } from "../../sample-data/generate";
import { loadSample } from "../sample-data/load";
import { sample } from "../workspace/sampleWorkspace";

const person = (id: string, extra: Partial<Person> = {}): Person => ({
  id,
  name: id.toUpperCase(),
  groups: [],
  status: "member",
  registered: true,
  ...extra,
});

/**
 * Six months of a small community, N = 2 months of silence to lapse:
 *   a  member, joined 2024-01-05, active Jan and Feb          → newcomer Jan, lapses Apr
 *   b  member, no joined date, first active Feb (by e-mail in Mar) → newcomer Feb, active to Jun
 *   c  former, joined 2024-03-02, attends 2 Mar               → newcomer Mar (formers joined once)
 *   d  prospect, attends a webinar in Feb                      → never a newcomer
 *   e  member since 2019, active throughout                   → not new, never lapses
 *   f  member, no joined date, active only in January          → first month: cannot tell, not new; lapses Mar
 *   Xavier, unregistered, one interaction in March             → active, never a newcomer
 */
const SIX_MONTHS = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];

const small: Dataset = {
  people: [
    person("a", { joined: "2024-01-05" }),
    person("b", { email: "b@example.org" }),
    person("c", { status: "former", joined: "2024-03-02" }),
    person("d", { status: "prospect" }),
    person("e", { joined: "2019-06-01" }),
    person("f"),
  ],
  interactions: [
    { line: 2, source: "a", target: "e", date: "2024-01-10", weight: 1 },
    { line: 3, source: "f", target: "e", date: "2024-01-20", weight: 1 },
    { line: 4, source: "a", target: "b", date: "2024-02-05", weight: 1 },
    { line: 5, source: "B@Example.org", target: "e", date: "2024-03-20", weight: 1 },
    { line: 6, source: "e", target: "Xavier", date: "2024-03-21", weight: 1 },
    { line: 7, source: "a", target: "b", weight: 1 },
    { line: 8, source: "e", target: "b", date: "2024-06-30", weight: 2 },
  ],
  attendance: [
    { line: 2, person: "d", event: "Webinar", date: "2024-02-10" },
    { line: 3, person: "e", event: "Webinar", date: "2024-02-10" },
    { line: 4, person: "c", event: "Workshop", date: "2024-03-02" },
    { line: 5, person: "e", event: "Workshop", date: "2024-03-02" },
  ],
};

describe("month arithmetic", () => {
  it("counts months across years and knows month lengths, leap years included", () => {
    expect(monthIndex("2025-01-31") - monthIndex("2024-12-01")).toBe(1);
    expect(monthEnd(monthIndex("2024-02-10"))).toBe("2024-02-29");
    expect(monthEnd(monthIndex("2023-02-10"))).toBe("2023-02-28");
    expect(shiftMonths("2026-05-31", -3)).toBe("2026-02-28");
    expect(shiftMonths("2024-12-15", 2)).toBe("2025-02-15");
  });
});

describe("activityTimeline on a hand-made community", () => {
  const timeline = activityTimeline(small, { lapseMonths: 2 });

  it("covers every month from the first to the last dated record, empty ones included", () => {
    expect(timeline.range).toEqual({ first: "2024-01-10", last: "2024-06-30" });
    expect(timeline.months.map((m) => m.month)).toEqual(SIX_MONTHS);
    expect(timeline.undated).toBe(1);
  });

  it("counts interactions, attendance, events and active people per month, one person per identity", () => {
    const counts = timeline.months.map((m) => [
      m.interactions,
      m.attendance,
      m.events,
      m.active,
      m.activeMembers,
    ]);
    expect(counts).toEqual([
      [2, 0, 0, 3, 3], // a, e, f
      [1, 2, 1, 4, 3], // a, b, e, and d the prospect at the webinar
      [2, 2, 1, 4, 2], // b (written as an e-mail), e, Xavier, and c the former
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [1, 0, 0, 2, 2],
    ]);
  });

  it("finds newcomers by joined date or first activity, never in the first month from activity alone", () => {
    expect(timeline.months.map((m) => m.newcomers)).toEqual([["a"], ["b"], ["c"], [], [], []]);
  });

  it("finds members lapsed N months after their last activity, and only members", () => {
    expect(timeline.months.map((m) => m.lapsed)).toEqual([[], [], ["f"], ["a"], [], []]);
    const longer = activityTimeline(small, { lapseMonths: 6 });
    expect(longer.months.flatMap((m) => m.lapsed)).toEqual([]);
  });

  it("applies the user's identity decisions", () => {
    const decisions = { version: 1 as const, merge: [{ ref: "Xavier", into: "f" }], split: [], confirm: [] };
    const merged = activityTimeline(small, { lapseMonths: 2, decisions });
    // Xavier is f: f was active in March after all, so f lapses in May rather than March.
    expect(merged.months.map((m) => m.lapsed)).toEqual([[], [], [], ["a"], ["f"], []]);
    expect(merged.months[2]!.active).toBe(4);
  });

  it("refuses a lapse period that is not a whole number of months", () => {
    expect(() => activityTimeline(small, { lapseMonths: 0 })).toThrow(RangeError);
    expect(() => activityTimeline(small, { lapseMonths: 1.5 })).toThrow(RangeError);
  });

  it("is empty, not wrong, for a dataset without dates", () => {
    const undated = activityTimeline({ ...small, interactions: [small.interactions[5]!], attendance: [] });
    expect(undated.months).toEqual([]);
    expect(undated.undated).toBe(1);
  });
});

describe("activityTimeline on the sample community", () => {
  const { dataset } = sample();
  const facts = generateSampleCommunity().facts;
  const timeline = activityTimeline(dataset);

  it("finds exactly the sample's newcomers in its last six months", () => {
    const recent = timeline.months.filter((m) => m.month >= facts.period.recentStart.slice(0, 7));
    expect(recent).toHaveLength(6);
    expect(recent.flatMap((m) => m.newcomers).sort()).toEqual([...facts.newcomers].sort());
  });

  it("finds every lapsed member the sample built in, and exactly the members silent for 6 months", () => {
    const lapsed = timeline.months.flatMap((m) => m.lapsed);
    expect(lapsed).toEqual(expect.arrayContaining(facts.lapsed));
    // Independently of src/: the committed CSVs read with papaparse, last activity per member.
    const raw = loadSample();
    const last = new Map<string, string>();
    const seen = (id: string | undefined, date: string) => {
      if (id && date && date > (last.get(id) ?? "")) last.set(id, date);
    };
    for (const r of raw.interactions) {
      seen(raw.resolve(r.source), r.date);
      seen(raw.resolve(r.target), r.date);
    }
    for (const r of raw.attendance) seen(raw.resolve(r.person), r.date);
    const end = monthIndex(facts.period.end);
    const expected = [...raw.people.values()]
      .filter((p) => p.status === "member" && last.has(p.id) && monthIndex(last.get(p.id)!) + 6 <= end)
      .map((p) => p.id);
    expect([...lapsed].sort()).toEqual(expected.sort());
  });

  it("counts every dated record once", () => {
    const raw = loadSample();
    const sum = (key: "interactions" | "attendance") => timeline.months.reduce((s, m) => s + m[key], 0);
    expect(sum("interactions")).toBe(raw.interactions.filter((r) => r.date).length);
    expect(sum("attendance")).toBe(raw.attendance.filter((r) => r.date).length);
    const march = raw.interactions.filter((r) => r.date.startsWith("2026-03")).length;
    expect(timeline.months.find((m) => m.month === "2026-03")!.interactions).toBe(march);
  });
});

describe("presetWindow", () => {
  const range = { first: "2024-11-01", last: "2026-10-31" };

  it("counts back from the data's last day, not from today", () => {
    expect(presetWindow("last3", range)).toEqual({ from: "2026-08-01", to: "2026-10-31" });
    expect(presetWindow("last6", range)).toEqual({ from: "2026-05-01", to: "2026-10-31" });
    expect(presetWindow("last12", range)).toEqual({ from: "2025-11-01", to: "2026-10-31" });
    expect(presetWindow("last3", { last: "2026-05-31" })).toEqual({ from: "2026-03-01", to: "2026-05-31" });
    expect(presetWindow("last12", { last: "2024-02-29" })).toEqual({ from: "2023-03-01", to: "2024-02-29" });
  });

  it("leaves 'all' and undated data unbounded, so undated records stay in", () => {
    expect(presetWindow("all", range)).toEqual({});
    expect(presetWindow("last6", {})).toEqual({});
  });

  it("on the sample, 'last 6 months' keeps exactly the records dated in its last six months", () => {
    const { dataset } = sample();
    const window = presetWindow("last6", { last: activityTimeline(dataset).range.last! });
    const kept = filterRecordsByWindow(dataset.interactions, window).records;
    const raw = loadSample();
    const sixMonths = raw.interactions.filter(
      (r) => r.date > shiftMonths(window.to!, -6) && r.date <= window.to!,
    );
    expect(kept).toHaveLength(sixMonths.length);
    expect(kept.length).toBeGreaterThan(0);
  });
});

describe("playbackWindows", () => {
  const range = { first: "2024-01-10", last: "2024-06-30" };

  it("slides a window of whole months by the step, the last frame ending with the data", () => {
    expect(playbackWindows(range, 2, 3)).toEqual([
      { from: "2024-01-01", to: "2024-02-29", firstMonth: "2024-01", lastMonth: "2024-02" },
      { from: "2024-02-01", to: "2024-04-30", firstMonth: "2024-02", lastMonth: "2024-04" },
      { from: "2024-04-01", to: "2024-06-30", firstMonth: "2024-04", lastMonth: "2024-06" },
    ]);
  });

  it("grows from the start when the width is unbounded", () => {
    const frames = playbackWindows(range, 1);
    expect(frames).toHaveLength(6);
    expect(frames.every((f) => f.from === "2024-01-01")).toBe(true);
    expect(frames.map((f) => f.lastMonth)).toEqual(SIX_MONTHS);
  });

  it("gives one frame when the step outlasts the data, none without dates", () => {
    expect(playbackWindows(range, 12, 12)).toEqual([
      { from: "2024-01-01", to: "2024-06-30", firstMonth: "2024-01", lastMonth: "2024-06" },
    ]);
    expect(playbackWindows({}, 1)).toEqual([]);
  });

  it("refuses steps and widths that are not whole months", () => {
    expect(() => playbackWindows(range, 0)).toThrow(RangeError);
    expect(() => playbackWindows(range, 1, 0.5)).toThrow(RangeError);
  });

  it("steps through the sample's 24 months in 8 quarters", () => {
    const { dataset } = sample();
    const frames = playbackWindows(activityTimeline(dataset).range, 3, 3);
    expect(frames).toHaveLength(8);
    expect(frames[7]).toMatchObject({ from: "2026-08-01", to: "2026-10-31" });
  });
});
