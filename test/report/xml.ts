/**
 * A small, strict XML 1.0 reader for tests: it throws on anything that is not well-formed
 * (unclosed or mismatched tags, a raw "<" or "&" in text or attributes, unknown entities,
 * duplicate attributes, characters XML forbids, more than one root) and returns the tree
 * with entities decoded. No XML parser is installed (see the report to the lead); this one
 * covers what Weaver writes: no DTD internal subset, no CDATA, no processing instructions
 * other than the declaration.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_:][\w.\-:]*/y;
const SPACE = /[ \t\r\n]*/y;
// XML 1.0 Char production: the only characters a document may contain.
// eslint-disable-next-line no-control-regex
const NOT_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export class XmlError extends Error {}

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;&<]*);|&/g, (match: string, body: string | undefined) => {
    if (body === undefined) throw new XmlError(`bare "&" near offset ${at}`);
    if (body in PREDEFINED) return PREDEFINED[body]!;
    const numeric = body.match(/^#(?:x([0-9a-fA-F]+)|([0-9]+))$/);
    if (!numeric) throw new XmlError(`unknown entity "${match}" near offset ${at}`);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2]!, 10);
    const ch = code <= 0x10ffff ? String.fromCodePoint(code) : "";
    if (ch === "" || NOT_CHAR.test(ch)) throw new XmlError(`reference to a forbidden character ${match}`);
    return ch;
  });
}

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new XmlError(
      `${message} at offset ${this.pos}: ${JSON.stringify(this.text.slice(this.pos, this.pos + 40))}`,
    );
  }

  skipSpace(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.text);
    if (!match) this.fail("expected a name");
    this.pos = NAME.lastIndex;
    return match[0];
  }

  expect(literal: string): void {
    if (!this.text.startsWith(literal, this.pos)) this.fail(`expected ${JSON.stringify(literal)}`);
    this.pos += literal.length;
  }

  skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith("<!--", this.pos)) {
        const end = this.text.indexOf("-->", this.pos + 4);
        if (end < 0) this.fail("unclosed comment");
        if (this.text.slice(this.pos + 4, end).includes("--")) this.fail('"--" inside a comment');
        this.pos = end + 3;
      } else if (/^<!doctype/i.test(this.text.slice(this.pos, this.pos + 9))) {
        const end = this.text.indexOf(">", this.pos);
        if (end < 0 || this.text.slice(this.pos, end).includes("[")) this.fail("unsupported doctype");
        this.pos = end + 1;
      } else return;
    }
  }

  element(): XmlElement {
    this.expect("<");
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      if (this.text.startsWith("/>", this.pos)) {
        this.pos += 2;
        return { name, attributes, children: [] };
      }
      if (this.text.startsWith(">", this.pos)) {
        this.pos++;
        break;
      }
      if (this.pos === before) this.fail("expected whitespace before an attribute");
      const attribute = this.name();
      if (Object.prototype.hasOwnProperty.call(attributes, attribute))
        this.fail(`duplicate attribute ${attribute}`);
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      const quote = this.text[this.pos];
      if (quote !== '"' && quote !== "'") this.fail("attribute value must be quoted");
      const end = this.text.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail("unclosed attribute value");
      const raw = this.text.slice(this.pos + 1, end);
      if (raw.includes("<")) this.fail('raw "<" in an attribute value');
      // Attribute-value normalisation: literal whitespace characters become spaces.
      attributes[attribute] = decode(raw.replace(/[\t\n\r]/g, " "), this.pos);
      this.pos = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      const next = this.text.indexOf("<", this.pos);
      if (next < 0) this.fail(`unclosed element <${name}>`);
      const raw = this.text.slice(this.pos, next);
      if (raw.includes("]]>")) this.fail('"]]>" in text');
      if (raw !== "") children.push(decode(raw, this.pos));
      this.pos = next;
      if (this.text.startsWith("</", this.pos)) {
        this.pos += 2;
        const closing = this.name();
        if (closing !== name) this.fail(`</${closing}> closes <${name}>`);
        this.skipSpace();
        this.expect(">");
        return { name, attributes, children };
      }
      if (this.text.startsWith("<!--", this.pos)) {
        const end = this.text.indexOf("-->", this.pos + 4);
        if (end < 0) this.fail("unclosed comment");
        this.pos = end + 3;
        continue;
      }
      if (this.text.startsWith("<!", this.pos) || this.text.startsWith("<?", this.pos)) {
        this.fail("CDATA, doctype or processing instruction inside an element");
      }
      children.push(this.element());
    }
  }
}

/** Parses a whole document and returns its root element; throws XmlError when not well-formed. */
export function parseXml(text: string): XmlElement {
  const bad = text.match(NOT_CHAR);
  if (bad) throw new XmlError(`forbidden character U+${bad[0].codePointAt(0)!.toString(16)} at ${bad.index}`);
  const reader = new Reader(text.startsWith("\uFEFF") ? text.slice(1) : text);
  if (reader.text.startsWith("<?xml")) {
    const end = reader.text.indexOf("?>");
    if (end < 0) reader.fail("unclosed XML declaration");
    reader.pos = end + 2;
  }
  reader.skipMisc();
  const root = reader.element();
  reader.skipMisc();
  if (reader.pos !== reader.text.length) reader.fail("content after the root element");
  return root;
}

/** Every element of the tree, depth first, root included. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (const child of root.children) if (typeof child !== "string") out.push(...allElements(child));
  return out;
}

/** Child elements with this name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);
}

/** Concatenated text of an element and its descendants. */
export function textOf(node: XmlNode): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}

/** Text with runs of whitespace as single spaces, for comparing prose across markup. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
