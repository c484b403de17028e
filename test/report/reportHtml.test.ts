import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeNetwork } from "../../src/analysis/analyzeNetwork";
import { buildNetwork } from "../../src/graph/buildNetwork";
import { recommend } from "../../src/recommend";
import { layoutNetwork, type NetworkLayout } from "../../src/report/layout";
import { pseudonymizerForGraph } from "../../src/report/pseudonymizeData";
import { dataPeriod, renderReportHtml, type ReportInput } from "../../src/report/reportHtml";
import { REPORT_STYLE_HASH } from "../../src/report/reportStyle";
import {
  CONTROL_NAME,
  PEOPLE,
  QUOTE_NAME,
  REPORT_SECTIONS,
  SCRIPT_NAME,
  smallCommunity,
  type SmallCommunity,
} from "./fixtures";
import { allElements, childElements, parseXml, textOf, type XmlElement, squash } from "./xml";

let community: SmallCommunity;
let layout: NetworkLayout;
let input: ReportInput;
let root: XmlElement;
let text: string;

beforeAll(async () => {
  community = await smallCommunity();
  layout = layoutNetwork(community.graph);
  input = {
    analysis: community.analysis,
    recommendations: community.recommendations,
    date: "2025-01-31",
    community: 'Health & <Sport> "network"',
    period: dataPeriod(community.graph),
    visuals: layout.visuals!,
    sectorColors: layout.sectorColors,
    limits: { introductions: 1000, candidates: 1000, gapsPerKind: 1000 },
  };
  root = parseXml(renderReportHtml(input));
  text = squash(textOf(root));
});

function section(id: string): XmlElement {
  const found = allElements(root).find((e) => e.name === "section" && e.attributes.id === id);
  expect(found, `section ${id}`).toBeDefined();
  return found!;
}

describe("renderReportHtml: a safe, self-contained document", () => {
  it("is well-formed (it parses as XML) with a head, a title and one stylesheet", () => {
    expect(root.name).toBe("html");
    const [head] = childElements(root, "head");
    expect(textOf(childElements(head!, "title")[0]!)).toBe('Network report: Health & <Sport> "network"');
    expect(childElements(head!, "style")).toHaveLength(1);
  });

  it("has no script, no event handler, no style attribute and no external resource", () => {
    const elements = allElements(root);
    const names = new Set(elements.map((e) => e.name));
    for (const forbidden of [
      "script",
      "img",
      "iframe",
      "object",
      "embed",
      "link",
      "a",
      "form",
      "image",
      "use",
    ]) {
      expect(names.has(forbidden), forbidden).toBe(false);
    }
    for (const element of elements) {
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name.startsWith("on"), `${element.name} ${name}`).toBe(false);
        expect(["src", "href", "xlink:href", "style", "srcset", "action"]).not.toContain(name);
        if (name !== "xmlns")
          expect(value, `${element.name} ${name}`).not.toMatch(/(https?:|\/\/|javascript:|url\()/i);
      }
    }
    const css = textOf(allElements(root).find((e) => e.name === "style")!);
    expect(css).not.toMatch(/url\(|@import|https?:/i);
  });

  it("carries a policy that allows its own stylesheet by hash and nothing else", () => {
    const html = renderReportHtml(input);
    const css = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const hash = `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
    expect(REPORT_STYLE_HASH).toBe(hash);
    const meta = allElements(root).find(
      (e) => e.name === "meta" && e.attributes["http-equiv"] === "Content-Security-Policy",
    );
    const policy = meta!.attributes.content!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src ${hash}`);
    expect(policy).not.toContain("unsafe-inline");
  });

  it("shows names with markup, quotes and ampersands as text, and drops control characters", () => {
    const html = renderReportHtml(input);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<Sport>");
    expect(text).toContain(SCRIPT_NAME);
    expect(text).toContain(QUOTE_NAME);
    expect(text).toContain(CONTROL_NAME.replace("\u0007", ""));
    expect(html).not.toContain("\u0007");
  });

  it("is the same document every time for the same input", () => {
    expect(renderReportHtml(input)).toBe(renderReportHtml(input));
  });
});

describe("renderReportHtml: content for a coordinator", () => {
  it("has every section, each with its heading", () => {
    for (const id of REPORT_SECTIONS) {
      expect(childElements(section(id), "h2")).toHaveLength(1);
    }
    expect(text).toContain("Prepared on 31 January 2025");
    // The fixture's first and last interactions.
    expect(dataPeriod(community.graph)).toEqual({ from: "2024-01-05", to: "2024-10-03" });
    expect(text).toContain("Records from 5 January 2024 to 3 October 2024");
  });

  it("states every departure that would cut people off, with its number", () => {
    const bottlenecks = squash(textOf(section("bottlenecks")));
    const name = new Map(community.analysis.people.map((p) => [p.id, p.name]));
    const points = community.analysis.articulationPoints.filter((p) => p.cutOff > 0);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(bottlenecks).toMatch(
        new RegExp(
          `If ${name.get(point.node)!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\([^)]*\\) left, ${point.cutOff} (person|people) would lose`,
        ),
      );
    }
    const keyRows = allElements(section("bottlenecks")).filter((e) => e.name === "tbody")[0]!;
    expect(childElements(keyRows, "tr")).toHaveLength(community.analysis.keyPlayers.steps.length);
  });

  it("prints every introduction with both names, its introducers and its reasons", () => {
    const intros = section("introductions");
    const cards = childElements(
      allElements(intros).find((e) => e.name === "ol")!,
      "li",
    );
    const { introductions } = community.recommendations;
    expect(cards).toHaveLength(introductions.length);
    const name = new Map(community.analysis.people.map((p) => [p.id, p.name.replace("\u0007", "")]));
    introductions.forEach((intro, i) => {
      const card = squash(textOf(cards[i]!));
      expect(card).toContain(name.get(intro.a));
      expect(card).toContain(name.get(intro.b));
      for (const id of intro.via) expect(card).toContain(name.get(id));
      for (const reason of intro.reasons) expect(card).toContain(squash(reason.replace("\u0007", "")));
    });
  });

  it("prints every gap and every candidate with its reasons", () => {
    const recruitment = squash(textOf(section("recruitment")));
    const { gaps, candidates } = community.recommendations.recruitment;
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(recruitment).toContain(squash(gap.reason));
    for (const c of candidates) for (const reason of c.reasons) expect(recruitment).toContain(squash(reason));
  });

  it("draws each person where the layout put them, in the layout's colour, and names the key players", () => {
    const svg = allElements(section("picture")).find((e) => e.name === "svg")!;
    const circles = childElements(svg, "circle");
    expect(circles).toHaveLength(community.graph.order);
    const colors = new Set([...layout.visuals!.values()].map((v) => v.color));
    for (const c of circles)
      if (c.attributes.fill !== "#ffffff") expect(colors.has(c.attributes.fill)).toBe(true);
    const labels = childElements(svg, "text").map(textOf);
    const name = new Map(community.analysis.people.map((p) => [p.id, p.name]));
    for (const id of community.analysis.keyPlayers.players) expect(labels).toContain(name.get(id));
    // Unregistered people are hollow rings.
    expect(circles.filter((c) => c.attributes.fill === "#ffffff")).toHaveLength(1);
  });

  it("draws sectors instead of people above the size limit, and the mixing table with one row per sector", () => {
    const small = parseXml(renderReportHtml({ ...input, maxPeopleDrawn: 5 }));
    const picture = allElements(small).find((e) => e.name === "section" && e.attributes.id === "picture")!;
    const svg = allElements(picture).find((e) => e.name === "svg")!;
    expect(childElements(svg, "circle")).toHaveLength(community.analysis.sectorMixing.sectors.length);
    const heat = allElements(section("bridges")).find(
      (e) => e.name === "table" && e.attributes.class?.includes("heat"),
    )!;
    const body = childElements(heat, "tbody")[0]!;
    expect(childElements(body, "tr")).toHaveLength(community.analysis.sectorMixing.sectors.length);
  });

  it("leaves the recommendation pages out when there are none", () => {
    const plain = parseXml(renderReportHtml({ ...input, recommendations: null, visuals: undefined }));
    const ids = allElements(plain)
      .filter((e) => e.name === "section")
      .map((e) => e.attributes.id);
    expect(ids).toEqual(REPORT_SECTIONS.slice(0, 5));
  });

  it("pseudonymised: codes everywhere, including inside reasons, and no name, e-mail or organisation left", () => {
    const p = pseudonymizerForGraph(community.graph, { secret: "workspace", organizations: true });
    const doc = parseXml(renderReportHtml({ ...input, pseudonymize: p }));
    // Explanations are constant text (one uses "Ana" as an example), so they are left out of the scan.
    const data = allElements(doc).flatMap((e) =>
      e.attributes.class?.split(" ").includes("explain")
        ? []
        : e.children.filter((c): c is string => typeof c === "string"),
    );
    const all = [...data, ...allElements(doc).flatMap((e) => Object.values(e.attributes))];
    for (const person of PEOPLE) {
      for (const revealing of [person.name, person.email, person.organization]) {
        if (revealing) expect(all.filter((t) => t.includes(revealing.replace("\u0007", "")))).toEqual([]);
      }
    }
    expect(all.join(" ")).not.toContain("Friend Outsider");
    const intro = community.recommendations.introductions[0]!;
    expect(squash(textOf(doc))).toContain(p.text(intro.reasons[0]!).replace("\u0007", ""));
    expect(squash(textOf(doc))).toContain(p.person(intro.a));
  });
});

describe("renderReportHtml: edge cases", () => {
  it.each([
    ["no one", []],
    ["one person", [{ id: "a", name: "Solo", groups: [], status: "member" as const, registered: true }]],
  ])("renders a network of %s as a well-formed document", async (_what, people) => {
    const { graph } = buildNetwork({ people, interactions: [], attendance: [] });
    const analysis = await analyzeNetwork(graph);
    const layout = layoutNetwork(graph);
    const doc = parseXml(
      renderReportHtml({
        analysis,
        recommendations: recommend(graph, analysis),
        date: "2025-01-01",
        period: dataPeriod(graph),
        visuals: layout.visuals ?? undefined,
      }),
    );
    const body = squash(textOf(doc));
    expect(body).toContain("Records without dates");
    expect(body).toContain(`${people.length} ${people.length === 1 ? "person" : "people"}`);
  });
});
