/** Colour by organisation, region and the registry's extra columns, and falling back for choices a network lacks. */
import Graph from "graphology";
import { describe, expect, test } from "vitest";
import type { WeaverGraph } from "../../../src/graph/buildNetwork";
import type { PersonAttributes, TieAttributes } from "../../../src/model/types";
import {
  colourOptions,
  colouring,
  DEFAULT_APPEARANCE,
  shownAppearance,
  type Appearance,
} from "../../../src/ui/network/appearance";
import {
  colourColumns,
  columnValue,
  extraColumnId,
  isCategorical,
  MAX_CATEGORIES,
} from "../../../src/ui/network/colourColumns";
import { smallGraph } from "../smallNetwork";

const LANGUAGES = ["Spanish", "Portuguese", "English"];

/** Twelve people with an organisation, a region, a language, a phone number each and one shared note. */
function registryGraph(): WeaverGraph {
  const graph: WeaverGraph = new Graph({ type: "undirected" });
  for (let i = 0; i < 12; i++) {
    const id = `p${i}`;
    const attributes: PersonAttributes = {
      id,
      name: id,
      label: id,
      groups: [],
      status: "member",
      registered: true,
      organization: i % 2 === 0 ? "Liga Norte" : "Fundación Sur",
      ...(i < 10 ? { region: i < 6 ? "Chile" : "Peru" } : {}),
      extra: {
        Language: i === 11 ? " " : LANGUAGES[i % 3]!,
        Phone: `+56 9 ${1000 + i}`,
        Note: "met at the forum",
      },
    };
    graph.addNode(id, attributes);
  }
  const tie: TieAttributes = { weight: 1, count: 1, types: [], sources: ["interaction"] };
  graph.addEdge("p0", "p1", tie);
  return graph;
}

describe("categorical columns", () => {
  test("a column is categorical with 2 to MAX_CATEGORIES values and two people per value on average", () => {
    const many = (n: number, repeat: number) => Array.from({ length: n * repeat }, (_, i) => `v${i % n}`);
    expect(isCategorical(many(MAX_CATEGORIES, 2))).toBe(true);
    expect(isCategorical(many(MAX_CATEGORIES + 1, 2))).toBe(false);
    expect(isCategorical(many(5, 1))).toBe(false); // every value different: an identifier
    expect(isCategorical(many(1, 10))).toBe(false); // everyone alike
    expect(isCategorical([])).toBe(false);
  });

  test("offers organisation, region and the extra columns that group people, nothing else", () => {
    const columns = colourColumns(registryGraph());
    expect(columns).toEqual([
      { id: "organization", label: "organisation" },
      { id: "region", label: "region" },
      { id: extraColumnId("Language"), label: "Language" },
    ]);
    // The small community has no organisation, region or extra column.
    expect(colourColumns(smallGraph())).toEqual([]);
  });

  test("reads a person's value, blank as none", () => {
    const graph = registryGraph();
    expect(columnValue(graph.getNodeAttributes("p4"), extraColumnId("Language"))).toBe("Portuguese");
    expect(columnValue(graph.getNodeAttributes("p11"), extraColumnId("Language"))).toBeUndefined();
    expect(columnValue(graph.getNodeAttributes("p11"), "region")).toBeUndefined();
    expect(columnValue(graph.getNodeAttributes("p0"), "sector")).toBeUndefined();
  });

  test("a column named like a built-in property is read as data: blank for those who left it empty", () => {
    const graph = registryGraph();
    // Blank cells are not kept in `extra`, so p0 has no "constructor" of its own.
    graph.mergeNodeAttributes("p1", { extra: { constructor: "Yes" } });
    expect(columnValue(graph.getNodeAttributes("p1"), extraColumnId("constructor"))).toBe("Yes");
    expect(columnValue(graph.getNodeAttributes("p0"), extraColumnId("constructor"))).toBeUndefined();
    expect(columnValue(graph.getNodeAttributes("p0"), extraColumnId("toString"))).toBeUndefined();
  });

  test("colours by a column with a legend of its values that accounts for everyone", () => {
    const graph = registryGraph();
    const byRegion = colouring(graph, new Map(), "region");
    expect(byRegion.palette.entries.map((e) => [e.label, e.count])).toEqual([
      ["Chile", 6],
      ["Peru", 4],
      ["No region", 2],
    ]);
    expect(byRegion.colourOf("p0")).toBe(byRegion.colourOf("p5"));
    expect(byRegion.colourOf("p0")).not.toBe(byRegion.colourOf("p6"));

    const byLanguage = colouring(graph, new Map(), extraColumnId("Language"));
    const counted = new Map<string, number>();
    graph.forEachNode((_, a) => {
      const value = a.extra?.Language?.trim() || "No value";
      counted.set(value, (counted.get(value) ?? 0) + 1);
    });
    expect(new Map(byLanguage.palette.entries.map((e) => [e.label, e.count]))).toEqual(counted);
  });
});

describe("choices the network does not offer", () => {
  const options = colourOptions(registryGraph());
  const appearance = (change: Partial<Appearance>): Appearance => ({ ...DEFAULT_APPEARANCE, ...change });

  test("keeps offered choices", () => {
    const chosen = appearance({
      colourBy: extraColumnId("Language"),
      sizeBy: "betweenness",
      highlight: "brokers",
      level: "sectors",
    });
    expect(shownAppearance(chosen, options, true)).toEqual(chosen);
  });

  test("falls back to the defaults for unknown ids, and for analysis choices before the analysis", () => {
    const unknown = appearance({
      colourBy: extraColumnId("Shoe size"),
      sizeBy: "no such measure",
      highlight: "everything" as Appearance["highlight"],
      level: "planets" as Appearance["level"],
    });
    expect(shownAppearance(unknown, options, true)).toEqual(DEFAULT_APPEARANCE);
    expect(shownAppearance(appearance({ colourBy: "constructor" }), options, true).colourBy).toBe("sector");
    const early = shownAppearance(
      appearance({ colourBy: "community", sizeBy: "betweenness", highlight: "introductions" }),
      options,
      false,
    );
    expect(early).toEqual(DEFAULT_APPEARANCE);
    // A column choice needs no analysis.
    expect(shownAppearance(appearance({ colourBy: "region" }), options, false).colourBy).toBe("region");
    // Another network, without the column: back to sector.
    expect(
      shownAppearance(appearance({ colourBy: "region" }), colourOptions(smallGraph()), true).colourBy,
    ).toBe("sector");
  });
});
