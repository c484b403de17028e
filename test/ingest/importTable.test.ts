import { describe, expect, it } from "vitest";
import type { FileKind } from "../../src/model/types";
import { detectColumns } from "../../src/ingest/fields";
import { importTable, type ImportResult } from "../../src/ingest/importTable";

/** Imports with the detected mapping, checking the accounting invariant on every call. */
function run(text: string, kind: FileKind, extra: { dateOrder?: "dmy" | "mdy" } = {}): ImportResult {
  const header = text.replace(/^\s+/, "").split(/\r?\n|\r/)[0] ?? "";
  const delimiter = header.includes(";") ? ";" : header.includes("\t") ? "\t" : ",";
  const mapping = detectColumns(header.split(delimiter)).candidates[kind];
  const result = importTable(text, { fileName: "t.csv", encoding: "utf-8", kind, mapping, ...extra });
  const { report } = result;
  expect(report.read).toBe(report.accepted + report.rejected.length);
  expect(result.people.length + result.interactions.length + result.attendance.length).toBe(report.accepted);
  return result;
}

const lines = (r: ImportResult) => r.report.rejected.map((x) => [x.line, x.code]);

describe("line numbers", () => {
  it("give the physical line where a row starts, after quoted fields with newlines", () => {
    const text = 'source,target,note\na,b,"one\ntwo\nthree"\nc,d,x\n"e\nf",g,y\nh,h,z\n';
    const result = run(text, "interactions");
    expect(result.interactions.map((r) => [r.line, r.source])).toEqual([
      [2, "a"],
      [5, "c"],
      [6, "e\nf"],
    ]);
    expect(result.report.rejected).toMatchObject([{ line: 8, code: "self" }]);
  });

  it("are the same with CRLF, lone CR, and CRLF rows holding LF inside quotes (Excel)", () => {
    const body = ["source,target", "a,b", "c,c", "d,e"];
    for (const newline of ["\r\n", "\r", "\n"]) {
      const result = run(body.join(newline) + newline, "interactions");
      expect(result.interactions.map((r) => r.line)).toEqual([2, 4]);
      expect(lines(result)).toEqual([[3, "self"]]);
    }
    const excel = 'source,target,note\r\na,b,"line 1\nline 2"\r\nc,c,x\r\n';
    expect(lines(run(excel, "interactions"))).toEqual([[4, "self"]]);
  });

  it("count blank lines before the header", () => {
    const result = run("\n\nsource,target\na,a\n", "interactions");
    expect(result.report.headerLine).toBe(3);
    expect(lines(result)).toEqual([[4, "self"]]);
  });
});

describe("rows", () => {
  it("do not include the empty string after the final line break, with or without it", () => {
    expect(run("source,target\na,b\n", "interactions").report.read).toBe(1);
    expect(run("source,target\na,b", "interactions").report.read).toBe(1);
  });

  it("count every blank or all-empty line after the header as read and rejected", () => {
    const result = run("source,target\na,b\n\n   \n,\nc,d\n\n", "interactions");
    expect(result.report.read).toBe(6);
    expect(lines(result)).toEqual([
      [3, "empty"],
      [4, "empty"],
      [5, "empty"],
      [7, "empty"],
    ]);
    expect(result.report.rejected[0]?.reason).toBe("empty row");
  });

  it("keep identical interaction rows: they are two interactions that add up", () => {
    const result = run("source,target,date\na,b,2024-01-01\na,b,2024-01-01\n", "interactions");
    expect(result.interactions.map((r) => r.line)).toEqual([2, 3]);
  });

  it("reject more cells than the header has", () => {
    const result = run("name,email\nLopez, Ana,ana@x.org\n", "people");
    expect(result.report.rejected).toEqual([
      {
        line: 2,
        code: "misaligned",
        reason: "misaligned: 3 cells but the header has 2 columns (an unquoted delimiter inside a value?)",
        cells: ["Lopez", " Ana", "ana@x.org"],
      },
    ]);
  });

  it("accept fewer cells than the header has (trailing optional values left out)", () => {
    const result = run("source,target,date,type\na,b\n", "interactions");
    expect(result.interactions).toEqual([{ line: 2, source: "a", target: "b", weight: 1 }]);
  });

  it("reject an unterminated quote, which swallows the rest of the file into one row", () => {
    const result = run('source,target\na,b\n"c,d\ne,f\n', "interactions");
    expect(result.report.read).toBe(2);
    expect(result.report.rejected).toMatchObject([
      {
        line: 3,
        code: "quotes",
        reason: expect.stringMatching(/^unterminated quote: a quoted field opened on line 3/),
      },
    ]);
  });

  it("reject a malformed quote", () => {
    const result = run('source,target\n"a"x",b\nc,d\n', "interactions");
    expect(lines(result)).toEqual([[2, "quotes"]]);
    expect(result.report.rejected[0]?.reason).toMatch(/^malformed quotes/);
  });

  it("list every problem of a row in its reason", () => {
    const result = run("source,target,date,weight\na,,someday,0\n", "interactions");
    expect(result.report.rejected[0]?.reason).toBe(
      'missing target; unparseable date "someday"; weight must be positive, got "0"',
    );
  });
});

describe("interactions", () => {
  it("read endpoints, ISO dates, type and weight", () => {
    const result = run(
      "from,to,when,channel,count\n Ana , Ben ,2024-02-03T10:00:00Z,email,3\n",
      "interactions",
    );
    expect(result.interactions).toEqual([
      { line: 2, source: "Ana", target: "Ben", date: "2024-02-03", type: "email", weight: 3 },
    ]);
  });

  it("read decimal commas in semicolon files", () => {
    const result = run("source;target;weight\na;b;1,5\n", "interactions");
    expect(result.interactions[0]?.weight).toBe(1.5);
    expect(result.report.delimiter).toBe(";");
  });

  it("only call a row a self-interaction when source and target are written the same", () => {
    const result = run("source,target\nAna,ana\nAna, Ana\n", "interactions");
    expect(result.interactions.map((r) => r.line)).toEqual([2]);
    expect(result.report.rejected).toMatchObject([
      { line: 3, reason: 'self-interaction: source and target are both "Ana"' },
    ]);
  });
});

describe("slash dates", () => {
  it("are read in one order for the whole file, settled by a day above 12", () => {
    const result = run("source,target,date\na,b,05/03/2024\nc,d,11/19/2024\n", "interactions");
    expect(result.interactions.map((r) => r.date)).toEqual(["2024-05-03", "2024-11-19"]);
    expect(result.report.dateOrder).toBe("mdy");
    expect(result.report.notes).toEqual([expect.stringContaining("month/day/year")]);
  });

  it("default to day-first when ambiguous, with a note in the report", () => {
    const result = run("source,target,date\na,b,05/03/2024\n", "interactions");
    expect(result.interactions[0]?.date).toBe("2024-03-05");
    expect(result.report.notes[0]).toMatch(/day\/month\/year .*no date in the file settles/);
  });

  it("that contradict the file's order are rejected with their line, in line order", () => {
    const text = "source,target,date\na,b,13/01/2024\nc,d,01/13/2024\ne,f,14/01/2024\ng,g,2024-01-01\n";
    const result = run(text, "interactions");
    expect(result.interactions.map((r) => r.line)).toEqual([2, 4]);
    expect(result.report.rejected).toMatchObject([
      {
        line: 3,
        code: "date",
        reason: 'unparseable date "01/13/2024" (this file\'s dates are read as day/month/year)',
      },
      { line: 5, code: "self" },
    ]);
  });

  it("follow the order the user chose", () => {
    const result = run("source,target,date\na,b,05/03/2024\n", "interactions", { dateOrder: "mdy" });
    expect(result.interactions[0]?.date).toBe("2024-05-03");
  });
});

describe("people", () => {
  it("keep unknown columns as extra, list them, and name unnamed columns that hold data", () => {
    const result = run("id,name,Phone,,Notes,,Phone\nP1,Ana,+57 1,x,,,+57 2\nP2,Ben,,,,,\n", "people");
    expect(result.report.unknownColumns).toEqual(["Phone", "column 4", "Notes", "Phone (column 7)"]);
    expect(result.people[0]?.extra).toEqual({ Phone: "+57 1", "column 4": "x", "Phone (column 7)": "+57 2" });
    expect(result.people[1]).not.toHaveProperty("extra");
  });

  it("use the e-mail, or else the name, as id when there is no id column", () => {
    const result = run("name,email\nAna,ana@x.org\nBen,\n,\n", "people");
    expect(result.people.map((p) => [p.id, p.name])).toEqual([
      ["ana@x.org", "Ana"],
      ["Ben", "Ben"],
    ]);
    expect(lines(result)).toEqual([[4, "empty"]]);
  });

  it("reject a row with an id column but no id", () => {
    const result = run("id,name\n,Ana\n", "people");
    expect(result.report.rejected).toMatchObject([{ line: 2, code: "missing", reason: "missing id" }]);
  });

  it("join first and last names, and do not repeat a surname already in the name column", () => {
    const result = run("nombre,apellido,correo\nAna María,López,a@x\nJoão Silva,Silva,j@x\n", "people");
    expect(result.people.map((p) => p.name)).toEqual(["Ana María López", "João Silva"]);
  });

  it("default status to member and mark registry rows as registered", () => {
    const result = run("id,status,groups\nP1,,a;b\n", "people");
    expect(result.people).toEqual([
      { id: "P1", name: "P1", status: "member", groups: ["a", "b"], registered: true },
    ]);
  });

  it("read quoted groups in a semicolon file", () => {
    const result = run('id;grupos\nP1;"Deporte y salud; Juventud"\n', "people");
    expect(result.people[0]?.groups).toEqual(["Deporte y salud", "Juventud"]);
  });
});

describe("attendance", () => {
  it("reads person, event and date and rejects a repeated attendance naming its first line", () => {
    const text =
      "person,event,date\nana,Webinar 1,2024-01-02\nben,Webinar 1,2024-01-02\nANA ,webinar 1,2024-01-02\n,Webinar 1,\n";
    const result = run(text, "attendance");
    expect(result.attendance).toEqual([
      { line: 2, person: "ana", event: "Webinar 1", date: "2024-01-02" },
      { line: 3, person: "ben", event: "Webinar 1", date: "2024-01-02" },
    ]);
    expect(result.report.rejected).toMatchObject([
      { line: 4, code: "duplicate", reason: 'duplicate: "ANA" already recorded at "webinar 1" on line 2' },
      { line: 5, code: "missing", reason: "missing person" },
    ]);
  });
});

describe("progress", () => {
  it("is reported as the text streams, rising to 1", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `p${i},q${i},2024-01-01`);
    const fractions: number[] = [];
    const text = ["source,target,date", ...rows].join("\n");
    const mapping = { source: 0, target: 1, date: 2 };
    importTable(text, {
      fileName: "t",
      encoding: "utf-8",
      kind: "interactions",
      mapping,
      onProgress: (f) => fractions.push(f),
    });
    expect(fractions.length).toBeGreaterThan(50);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});
