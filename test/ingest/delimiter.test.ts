import { describe, expect, it } from "vitest";
import { detectDelimiter } from "../../src/ingest/delimiter";

describe("detectDelimiter", () => {
  it.each([
    [",", "source,target,weight\na,b,1\nc,d,2\n"],
    [";", "source;target;weight\na;b;1,5\nc;d;2,25\n"],
    ["\t", "name\temail\torg\nAna\tana@x.org\tOPS, Peru\n"],
    ["|", "person|event|date\nana|Webinar 1|2024-01-02\n"],
  ])("finds %j", (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it("is not fooled by delimiters inside quoted values", () => {
    const text =
      'name;groups;org\n"Lopez, Ana";"Sport; Health";"OPS, Lima"\n"Ruiz, Marta";Health;"ONU, NY"\n';
    expect(detectDelimiter(text)).toBe(";");
  });

  it("prefers the delimiter every row agrees with over one that splits the header into more pieces", () => {
    // Commas appear in the header text, but only tabs give every row the header's width.
    const text = "name\tnotes, comments\tregion\nAna\tx\tPeru\nBen\ty\tChile\n";
    expect(detectDelimiter(text)).toBe("\t");
  });

  it("falls back to a comma for a one-column file", () => {
    expect(detectDelimiter("id\nP1\nP2\n")).toBe(",");
  });
});
