import { describe, expect, it } from "vitest";
import { parseXml, textOf } from "./xml";

/** The test reader must reject what a real XML parser rejects, or the GEXF and HTML tests prove nothing. */
describe("parseXml (the tests' XML reader)", () => {
  it("reads elements, attributes, entities and character references", () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- note --><a x="1 &amp; 2" y='&quot;&#39;&#x41;'>t&lt;x&gt;<b/><c>d</c></a>`,
    );
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1 & 2", y: `"'A` });
    expect(textOf(root)).toBe("t<x>d");
  });

  it("keeps tabs and line breaks written as references in attributes, normalises literal ones", () => {
    expect(parseXml(`<a v="x&#10;y&#9;z"/>`).attributes.v).toBe("x\ny\tz");
    expect(parseXml(`<a v="x\ny"/>`).attributes.v).toBe("x y");
  });

  it.each([
    ["a mismatched end tag", "<a><b></a></b>"],
    ["an unclosed element", "<a><b></b>"],
    ["a bare ampersand in text", "<a>Tom & Jerry</a>"],
    ["a bare ampersand in an attribute", `<a v="Tom & Jerry"/>`],
    ["a raw < in an attribute", `<a v="<img>"/>`],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["a duplicate attribute", `<a v="1" v="2"/>`],
    ["an unquoted attribute", "<a v=1/>"],
    ["a control character", "<a>bell\u0007</a>"],
    ["a reference to a control character", "<a>&#7;</a>"],
    ["two root elements", "<a/><b/>"],
    ["text after the root", "<a/>x"],
    ["attributes without whitespace between them", `<a x="1"y="2"/>`],
  ])("rejects %s", (_what, text) => {
    expect(() => parseXml(text)).toThrow();
  });
});
