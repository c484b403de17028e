import { describe, expect, it } from "vitest";
import { DateOrderVote, readDate, resolveSlashDate } from "../../src/ingest/dates";

const iso = (text: string) => {
  const reading = readDate(text);
  return reading.kind === "iso" ? reading.iso : reading.kind;
};

describe("readDate", () => {
  it.each([
    ["2024-03-05", "2024-03-05"],
    ["2024-3-5", "2024-03-05"],
    ["2024-03-05T23:30:00-05:00", "2024-03-05"],
    ["2024-03-05 09:15", "2024-03-05"],
    ["2024/03/05", "2024-03-05"],
    ["05.03.2024", "2024-03-05"],
    ["5.3.24", "2024-03-05"],
    ["20240305", "2024-03-05"],
    ["5 Mar 2024", "2024-03-05"],
    ["05-mar-24", "2024-03-05"],
    ["5 de marzo de 2024", "2024-03-05"],
    ["March 5, 2024", "2024-03-05"],
    ["5 février 2024", "2024-02-05"],
    ["29/02/2024", "slash"],
    ["11/19/2021 09:54:15 AM", "slash"],
    ["11/26/25, 4:16:54 PM", "slash"],
    ["26.11.2025, 16:16:54", "2025-11-26"],
  ])("reads %j", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    "2023-02-29",
    "2024-13-01",
    "0202-03-04",
    "yesterday",
    "45321",
    "5 Smarch 2024",
    "2024-03-05 garbage",
  ])("rejects %j", (text) => {
    expect(readDate(text).kind).toBe("invalid");
  });

  it("reads two-digit years 00-69 as 20xx and 70-99 as 19xx", () => {
    expect(iso("01.02.69")).toBe("2069-02-01");
    expect(iso("01.02.70")).toBe("1970-02-01");
    expect(readDate("3/4/99")).toEqual({ kind: "slash", first: 3, second: 4, year: 1999 });
  });
});

describe("slash dates", () => {
  it("are resolved in the order chosen for the file", () => {
    const d = { first: 5, second: 3, year: 2024 };
    expect(resolveSlashDate(d, "dmy")).toBe("2024-03-05");
    expect(resolveSlashDate(d, "mdy")).toBe("2024-05-03");
    expect(resolveSlashDate({ first: 12, second: 25, year: 2024 }, "dmy")).toBeNull();
  });

  it("are read day-first when nothing settles the order, and the note says so", () => {
    const vote = new DateOrderVote();
    vote.add({ first: 5, second: 3, year: 2024 });
    const decision = vote.decide();
    expect(decision.order).toBe("dmy");
    expect(decision.note).toMatch(/day\/month\/year .*no date in the file settles the order/);
  });

  it("follow a part above 12, in either position", () => {
    const us = new DateOrderVote();
    [
      { first: 5, second: 3, year: 2024 },
      { first: 11, second: 19, year: 2021 },
    ].forEach((d) => us.add(d));
    expect(us.decide().order).toBe("mdy");
    const latam = new DateOrderVote();
    [
      { first: 5, second: 3, year: 2024 },
      { first: 19, second: 11, year: 2021 },
    ].forEach((d) => latam.add(d));
    expect(latam.decide().order).toBe("dmy");
  });

  it("follow the majority when the file contradicts itself, and say how many disagree", () => {
    const vote = new DateOrderVote();
    const dates = [
      { first: 13, second: 1, year: 2024 },
      { first: 14, second: 1, year: 2024 },
      { first: 1, second: 13, year: 2024 },
    ];
    dates.forEach((d) => vote.add(d));
    const decision = vote.decide();
    expect(decision.order).toBe("dmy");
    expect(decision.note).toMatch(/2 dates only make sense that way; 1 only make sense the other way/);
  });

  it("use the order the user forced", () => {
    const vote = new DateOrderVote();
    vote.add({ first: 13, second: 1, year: 2024 });
    expect(vote.decide("mdy").order).toBe("mdy");
  });
});
