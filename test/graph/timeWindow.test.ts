import { describe, expect, it } from "vitest";
import { datasetDateRange, filterDatasetByWindow, isInWindow } from "../../src/graph/timeWindow";
import type { Dataset } from "../../src/model/types";

const dataset: Dataset = {
  people: [{ id: "a", name: "A", groups: [], status: "member", registered: true, joined: "2019-01-01" }],
  interactions: [
    { line: 2, source: "a", target: "b", date: "2024-01-31", weight: 1 },
    { line: 3, source: "a", target: "b", date: "2024-02-01", weight: 1 },
    { line: 4, source: "a", target: "b", date: "2024-03-15", weight: 1 },
    { line: 5, source: "a", target: "b", weight: 1 },
  ],
  attendance: [
    { line: 2, person: "a", event: "W", date: "2024-02-29" },
    { line: 3, person: "b", event: "W" },
    { line: 4, person: "b", event: "W", date: "2023-12-01" },
  ],
};

describe("isInWindow", () => {
  it("includes both bounds and the whole of the bound day", () => {
    const w = { from: "2024-02-01", to: "2024-02-29" };
    expect(isInWindow("2024-02-01", w)).toBe(true);
    expect(isInWindow("2024-02-29", w)).toBe(true);
    expect(isInWindow("2024-02-29T23:59:00", w)).toBe(true);
    expect(isInWindow("2024-01-31", w)).toBe(false);
    expect(isInWindow("2024-03-01", w)).toBe(false);
  });

  it("keeps undated records only when no bound is set", () => {
    expect(isInWindow(undefined, {})).toBe(true);
    expect(isInWindow(undefined, { from: "2024-01-01" })).toBe(false);
    expect(isInWindow(undefined, { to: "2024-01-01" })).toBe(false);
  });
});

describe("filterDatasetByWindow", () => {
  it("keeps what falls inside, keeps the registry whole and counts undated rows left out", () => {
    const { dataset: inside, undatedExcluded } = filterDatasetByWindow(dataset, {
      from: "2024-02-01",
      to: "2024-02-29",
    });
    expect(inside.people).toBe(dataset.people);
    expect(inside.interactions.map((r) => r.line)).toEqual([3]);
    expect(inside.attendance.map((r) => r.line)).toEqual([2]);
    expect(undatedExcluded).toBe(2);
  });

  it("with open bounds", () => {
    expect(
      filterDatasetByWindow(dataset, { from: "2024-02-01" }).dataset.interactions.map((r) => r.line),
    ).toEqual([3, 4]);
    expect(
      filterDatasetByWindow(dataset, { to: "2024-01-31" }).dataset.attendance.map((r) => r.line),
    ).toEqual([4]);
  });

  it("keeps everything, undated included, without bounds", () => {
    const all = filterDatasetByWindow(dataset, {});
    expect(all.dataset.interactions).toHaveLength(4);
    expect(all.dataset.attendance).toHaveLength(3);
    expect(all.undatedExcluded).toBe(0);
  });
});

describe("datasetDateRange", () => {
  it("spans dated interactions and attendance, not registry join dates", () => {
    expect(datasetDateRange(dataset)).toEqual({ first: "2023-12-01", last: "2024-03-15" });
  });

  it("is empty when nothing is dated", () => {
    expect(datasetDateRange({ people: [], interactions: [], attendance: [] })).toEqual({});
  });
});
