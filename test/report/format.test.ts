import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDecimal, formatShare, plural } from "../../src/report/format";
import { html, trusted } from "../../src/report/html";
import { cleanText, escapeMarkup } from "../../src/report/markup";

describe("report formatting", () => {
  it("groups thousands and writes shares as a coordinator reads them", () => {
    expect(formatCount(3218)).toBe("3,218");
    expect(formatCount(1234567.5)).toBe("1,234,567.5");
    expect(formatCount(-12000)).toBe("−12,000");
    expect(formatShare(0.4907)).toBe("49%");
    expect(formatShare(0.0545)).toBe("5.5%");
    expect(formatShare(0.05)).toBe("5%");
    expect(formatShare(0.0004)).toBe("<0.1%");
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(null)).toBe("–");
    expect(formatDecimal(-0.0186)).toBe("−0.02");
    expect(formatDecimal(-0.001)).toBe("0.00");
    expect(formatDecimal(Number.NaN)).toBe("–");
    expect(plural(1, "person", "people")).toBe("1 person");
    expect(plural(2500, "tie")).toBe("2,500 ties");
  });

  it("spells dates out and leaves anything else as given", () => {
    expect(formatDate("2024-11-01")).toBe("1 November 2024");
    expect(formatDate("2026-10-30T12:00")).toBe("30 October 2026");
    expect(formatDate("2024-13-01")).toBe("2024-13-01");
    expect(formatDate("last spring")).toBe("last spring");
    expect(formatDate(null)).toBe("");
  });
});

describe("markup escaping", () => {
  it("escapes the five markup characters and keeps whitespace through attributes", () => {
    expect(escapeMarkup(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;",
    );
    expect(escapeMarkup("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
  });

  it("removes characters XML cannot carry: controls, lone surrogates, U+FFFE/U+FFFF", () => {
    expect(cleanText("a\u0000b\u0007c\u001Fd\u007Fe\u0085f")).toBe("abcdef");
    expect(cleanText("x\uD800y\uDC00z\uFFFE\uFFFF")).toBe("xyz");
    expect(cleanText("emoji 😀 and ñ stay")).toBe("emoji 😀 and ñ stay");
  });

  it("html`` escapes every value unless it was built by html`` itself", () => {
    const name = "<img src=x onerror=alert(1)>";
    const inner = html`<b>${name}</b>`;
    expect(html`<p title="${name}">${inner} ${[name, 3, null, false]}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;"><b>&lt;img src=x onerror=alert(1)&gt;</b> &lt;img src=x onerror=alert(1)&gt;3</p>',
    );
    expect(html`${trusted("<br/>")}`.value).toBe("<br/>");
  });
});
