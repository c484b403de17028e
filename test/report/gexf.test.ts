import { beforeAll, describe, expect, it } from "vitest";
import type { PersonMeasures } from "../../src/analysis/analyzeNetwork";
import { toGexf } from "../../src/report/gexf";
import { createPseudonymizer } from "../../src/report/pseudonymize";
import {
  CONTROL_NAME,
  FORMULA_ORG,
  PEOPLE,
  QUOTE_NAME,
  SCRIPT_NAME,
  smallCommunity,
  type SmallCommunity,
} from "./fixtures";
import { allElements, childElements, parseXml, type XmlElement } from "./xml";

let community: SmallCommunity;
beforeAll(async () => {
  community = await smallCommunity();
});

interface ParsedGexf {
  root: XmlElement;
  graph: XmlElement;
  types: Record<"node" | "edge", Map<string, string>>;
  nodes: XmlElement[];
  edges: XmlElement[];
}

function parseGexf(text: string): ParsedGexf {
  const root = parseXml(text);
  const [graph] = childElements(root, "graph");
  const types = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of childElements(graph!, "attributes")) {
    const into = types[block.attributes.class as "node" | "edge"];
    for (const a of childElements(block, "attribute")) {
      expect(a.attributes.id).toBe(a.attributes.title);
      into.set(a.attributes.id!, a.attributes.type!);
    }
  }
  return {
    root,
    graph: graph!,
    types,
    nodes: childElements(childElements(graph!, "nodes")[0]!, "node"),
    edges: childElements(childElements(graph!, "edges")[0]!, "edge"),
  };
}

function values(element: XmlElement): Record<string, string> {
  const [block] = childElements(element, "attvalues");
  return Object.fromEntries(
    (block ? childElements(block, "attvalue") : []).map((v) => [v.attributes.for!, v.attributes.value!]),
  );
}

const VALUE_PATTERNS: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  double: /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i,
  boolean: /^(true|false)$/,
  string: /^[\s\S]+$/,
};

describe("toGexf", () => {
  it("writes well-formed GEXF 1.3 with one node per person and one edge per tie", () => {
    const gexf = parseGexf(toGexf(community.graph, community.analysis, { date: "2025-01-31" }));
    expect(gexf.root.name).toBe("gexf");
    expect(gexf.root.attributes.xmlns).toBe("http://gexf.net/1.3");
    expect(gexf.root.attributes["xmlns:viz"]).toBe("http://gexf.net/1.3/viz");
    expect(gexf.root.attributes.version).toBe("1.3");
    expect(childElements(gexf.root, "meta")[0]!.attributes.lastmodifieddate).toBe("2025-01-31");
    expect(gexf.graph.attributes.defaultedgetype).toBe("undirected");
    expect(gexf.nodes.map((n) => n.attributes.id).sort()).toEqual(community.graph.nodes().sort());
    expect(gexf.edges).toHaveLength(community.graph.size);
    for (const edge of gexf.edges) {
      expect(community.graph.hasEdge(edge.attributes.source!, edge.attributes.target!)).toBe(true);
    }
  });

  it("declares every measure of the analysis as a typed node attribute", () => {
    const { types } = parseGexf(toGexf(community.graph, community.analysis));
    const sample = community.analysis.people[0]!;
    const measures = (Object.keys(sample) as (keyof PersonMeasures)[]).filter(
      (k) => k !== "id" && k !== "name",
    );
    for (const key of measures) {
      if (key === "brokerage") {
        for (const role of Object.keys(sample.brokerage))
          expect(types.node.get(`brokerage_${role}`)).toBe("integer");
      } else expect(types.node.has(key), key).toBe(true);
    }
    expect(types.node.get("betweenness")).toBe("double");
    expect(types.node.get("degree")).toBe("integer");
    expect(types.node.get("articulationPoint")).toBe("boolean");
    expect(types.node.get("sector")).toBe("string");
    for (const key of ["email", "groups", "joined", "extra_phone"])
      expect(types.node.get(key), key).toBe("string");
    expect(types.edge.get("count")).toBe("integer");
    expect(types.edge.get("bridge")).toBe("boolean");
  });

  it("writes values that match their declared type and the analysis, leaving undefined ones out", () => {
    const gexf = parseGexf(toGexf(community.graph, community.analysis));
    const byId = new Map(community.analysis.people.map((p) => [p.id, p]));
    for (const node of gexf.nodes) {
      const row = values(node);
      for (const [key, value] of Object.entries(row)) {
        expect(value, `${key} of ${node.attributes.id}`).toMatch(VALUE_PATTERNS[gexf.types.node.get(key)!]!);
      }
      const person = byId.get(node.attributes.id!)!;
      expect(Number(row.betweenness)).toBe(person.betweenness);
      expect(Number(row.pagerank)).toBe(person.pagerank);
      expect(Number(row.degree)).toBe(person.degree);
      expect(row.articulationPoint).toBe(String(person.articulationPoint));
      expect(Number(row.brokerage_liaison)).toBe(person.brokerage.liaison);
      if (person.constraint === null) expect(row).not.toHaveProperty("constraint");
      else expect(Number(row.constraint)).toBe(person.constraint);
    }
    const isolate = values(gexf.nodes.find((n) => n.attributes.id === "p11")!);
    expect(isolate).not.toHaveProperty("constraint");
    expect(isolate).not.toHaveProperty("participation");
    expect(isolate.isolate).toBe("true");
  });

  it("keeps every person attribute, and names with markup, quotes and control characters read back as text", () => {
    const gexf = parseGexf(toGexf(community.graph, community.analysis));
    const node = (id: string) => gexf.nodes.find((n) => n.attributes.id === id)!;
    expect(node("p02").attributes.label).toBe(SCRIPT_NAME);
    expect(node("p03").attributes.label).toBe(QUOTE_NAME);
    expect(values(node("p03")).organization).toBe(FORMULA_ORG);
    expect(node("p13").attributes.label).toBe(CONTROL_NAME.replace("\u0007", ""));
    expect(values(node("p13")).extra_phone).toBe("+51 555");
    const ana = values(node("p01"));
    expect(ana).toMatchObject({
      email: "ana.lopez@example.org",
      sector: "Public health",
      role: "coordinator",
      region: "Peru",
      groups: "Health and sport",
      status: "member",
      registered: "true",
    });
    expect(values(node("Friend Outsider"))).toMatchObject({ status: "unregistered", registered: "false" });
    expect(values(node("p06")).joined).toBe("2024-01-10");
    // No element anywhere came from a name: the only element names are GEXF's own.
    const names = new Set(allElements(gexf.root).map((e) => e.name));
    expect([...names].sort()).toEqual(
      [
        "attribute",
        "attributes",
        "attvalue",
        "attvalues",
        "creator",
        "description",
        "edge",
        "edges",
        "gexf",
        "graph",
        "meta",
        "node",
        "nodes",
      ].sort(),
    );
  });

  it("writes tie weight, count, dates, types and whether the tie is a bridge", () => {
    const gexf = parseGexf(toGexf(community.graph, community.analysis));
    const edge = (a: string, b: string) =>
      gexf.edges.find(
        (e) =>
          (e.attributes.source === a && e.attributes.target === b) ||
          (e.attributes.source === b && e.attributes.target === a),
      )!;
    const tie = edge("p01", "p05");
    expect(tie.attributes.weight).toBe("3");
    expect(values(tie)).toMatchObject({
      count: "1",
      firstDate: "2024-01-05",
      lastDate: "2024-01-05",
      types: "meeting",
      bridge: "false",
    });
    const bridges = community.analysis.bridges;
    expect(bridges.length).toBeGreaterThan(0);
    for (const b of bridges) expect(values(edge(b.source, b.target)).bridge).toBe("true");
    const bridgeCount = gexf.edges.filter((e) => values(e).bridge === "true").length;
    expect(bridgeCount).toBe(bridges.length);
  });

  it("writes positions, sizes and colours in the viz namespace when given, and none otherwise", () => {
    const visuals = new Map([
      ["p01", { x: 1.5, y: -2, size: 7, color: "#0072B2" }],
      ["p02", { x: 0, y: 3, color: "#abc" }],
    ]);
    const gexf = parseGexf(toGexf(community.graph, community.analysis, { visuals }));
    const node = (id: string) => gexf.nodes.find((n) => n.attributes.id === id)!;
    const p01 = node("p01");
    expect(childElements(p01, "viz:position")[0]!.attributes).toEqual({ x: "1.5", y: "-2", z: "0" });
    expect(childElements(p01, "viz:size")[0]!.attributes).toEqual({ value: "7" });
    expect(childElements(p01, "viz:color")[0]!.attributes).toEqual({ r: "0", g: "114", b: "178" });
    expect(childElements(node("p02"), "viz:color")[0]!.attributes).toEqual({ r: "170", g: "187", b: "204" });
    expect(childElements(node("p02"), "viz:size")).toHaveLength(0);
    expect(childElements(node("p05"), "viz:position")).toHaveLength(0);
    const plain = toGexf(community.graph, community.analysis);
    expect(plain).not.toContain("<viz:");
  });

  it("marks a directed network as directed", async () => {
    const directed = await smallCommunity(true);
    const gexf = parseGexf(toGexf(directed.graph, directed.analysis));
    expect(gexf.graph.attributes.defaultedgetype).toBe("directed");
    const first = gexf.edges.find((e) => e.attributes.source === "p01" && e.attributes.target === "p05");
    expect(first).toBeDefined();
  });

  it("pseudonymised: ids, labels and e-mails are codes, edges use them, and no name, e-mail or extra column is left", () => {
    const p = createPseudonymizer(
      community.graph.mapNodes((id, a) => ({ ...a, id })),
      { secret: "s", organizations: true },
    );
    const text = toGexf(community.graph, community.analysis, { pseudonymize: p });
    const gexf = parseGexf(text);
    const codes = new Set(community.graph.nodes().map((id) => p.person(id)));
    for (const node of gexf.nodes) {
      expect(codes.has(node.attributes.id!)).toBe(true);
      expect(node.attributes.label).toBe(node.attributes.id);
      const row = values(node);
      if (row.email !== undefined) expect(row.email).toBe(node.attributes.id);
      if (row.organization !== undefined) expect(row.organization).toMatch(/^Org-/);
    }
    for (const edge of gexf.edges) {
      expect(codes.has(edge.attributes.source!)).toBe(true);
      expect(codes.has(edge.attributes.target!)).toBe(true);
    }
    expect(gexf.types.node.has("extra_phone")).toBe(false);
    const written = allElements(gexf.root).flatMap((e) => Object.values(e.attributes));
    for (const person of PEOPLE) {
      expect(written).not.toContain(person.id);
      for (const revealing of [person.name, person.email, person.organization]) {
        if (revealing) expect(written.filter((value) => value.includes(revealing))).toEqual([]);
      }
    }
    expect(text).not.toContain("Friend Outsider");
    expect(text).not.toContain("Ministerio de Salud");
  });
});
