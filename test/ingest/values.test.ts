import { describe, expect, it } from "vitest";
import { readGroups, readStatus, readWeight } from "../../src/ingest/values";

describe("readWeight", () => {
  it.each([
    ["", ",", 1],
    ["3", ",", 3],
    [" 2.5 ", ",", 2.5],
    ["1e2", ",", 100],
    ["1,5", ";", 1.5],
    ["0,25", ";", 0.25],
    ["1.5", ";", 1.5],
  ])("reads %j (delimiter %j) as %d", (raw, delimiter, value) => {
    expect(readWeight(raw, delimiter)).toEqual({ ok: true, value });
  });

  it("refuses a decimal comma outside semicolon files, where it could be a thousands separator", () => {
    expect(readWeight("1,500", "\t")).toEqual({ ok: false, reason: 'unparseable weight "1,500"' });
  });

  it.each(["abc", "0x10", "1.2.3", "Infinity", "NaN"])("refuses %j", (raw) => {
    expect(readWeight(raw, ",")).toEqual({ ok: false, reason: `unparseable weight "${raw}"` });
  });

  it.each(["0", "-2", "-0,5"])("refuses the non-positive %j", (raw) => {
    expect(readWeight(raw, ";")).toEqual({ ok: false, reason: `weight must be positive, got "${raw}"` });
  });
});

describe("readStatus", () => {
  it.each([
    ["", "member"],
    ["Active", "member"],
    ["activo", "member"],
    [" Ativa ", "member"],
    ["alumni", "former"],
    ["Inactive", "former"],
    ["lapsed", "former"],
    ["ex miembro", "former"],
    ["candidate", "prospect"],
    ["lead", "prospect"],
    ["Invitado", "prospect"],
    ["PROSPECT", "prospect"],
  ])("reads %j as %s", (raw, value) => {
    expect(readStatus(raw)).toEqual({ ok: true, value });
  });

  it("rejects anything else with the expected values", () => {
    expect(readStatus("on leave")).toEqual({
      ok: false,
      reason: 'unknown status "on leave" (expected member, prospect or former)',
    });
  });
});

describe("readGroups", () => {
  it("splits on ; and |, trims, and drops blanks and repeats", () => {
    expect(readGroups(" Sport & youth; Health |  Sport & youth ;;")).toEqual(["Sport & youth", "Health"]);
    expect(readGroups("")).toEqual([]);
    expect(readGroups("Sport, Education and Livelihoods")).toEqual(["Sport, Education and Livelihoods"]);
  });
});
