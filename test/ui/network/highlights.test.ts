/**
 * Every highlight mode on the sample community, analysed and given recommendations by the real
 * engine in Node: who is named, which ties stand out, and the introductions drawn dashed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { BROKERAGE_ROLES } from "../../../src/analysis/brokerage";
import {
  BROKER_KINDS,
  brokerHighlight,
  brokerKindInfo,
  MAP_BROKERS,
  mainBrokerKind,
  NOT_A_BROKER,
} from "../../../src/ui/network/brokers";
import { highlightView, type RecommendationLists } from "../../../src/ui/network/highlights";
import { analysedSample, type AnalysedSample } from "./sampleNetwork";

let sample: AnalysedSample;
let lists: RecommendationLists;

beforeAll(async () => {
  sample = await analysedSample();
  lists = {
    introductions: sample.recommendations.introductions,
    candidates: sample.recommendations.recruitment.candidates,
  };
}, 60_000);

const counts = (c: Partial<Record<string, number>>) => ({
  coordinator: 0,
  itinerant: 0,
  representative: 0,
  gatekeeper: 0,
  liaison: 0,
  total: 0,
  ...c,
});

describe("main brokerage role", () => {
  it("is the role behind most brokered pairs, representative and gatekeeper together when equal", () => {
    expect(mainBrokerKind(counts({ coordinator: 6, liaison: 2, total: 8 }))).toBe("coordinator");
    expect(mainBrokerKind(counts({ liaison: 10, representative: 4, gatekeeper: 4, total: 18 }))).toBe(
      "liaison",
    );
    expect(mainBrokerKind(counts({ representative: 5, gatekeeper: 5, itinerant: 2, total: 12 }))).toBe(
      "boundary",
    );
    expect(mainBrokerKind(counts({ representative: 5, gatekeeper: 3, total: 8 }))).toBe("representative");
    expect(mainBrokerKind(counts({ gatekeeper: 5, total: 5 }))).toBe("gatekeeper");
    expect(mainBrokerKind(counts({}))).toBeNull();
  });

  it("explains every role in words, with the Gould–Fernandez roles it stands for", () => {
    for (const info of BROKER_KINDS) {
      expect(info.explanation.length).toBeGreaterThan(30);
      expect(info.roles.every((role) => BROKERAGE_ROLES.includes(role))).toBe(true);
    }
    expect(brokerKindInfo("boundary").roles).toEqual(["representative", "gatekeeper"]);
  });
});

describe("highlight: brokers", () => {
  it("names the people who broker most pairs, each in the colour of their largest role", () => {
    const { graph, analysis } = sample;
    const expected = [...analysis.people]
      .filter((p) => p.brokerage.total > 0)
      .sort((a, b) => b.brokerage.total - a.brokerage.total || a.name.localeCompare(b.name))
      .slice(0, MAP_BROKERS);
    const view = highlightView(graph, "brokers", analysis, null);
    const brokers = view.brokers!;
    expect(brokers.brokers.map((b) => b.id)).toEqual(expected.map((p) => p.id));
    expect([...view.emphasis!.nodes].sort()).toEqual(expected.map((p) => p.id).sort());
    for (const person of expected) {
      const broker = brokers.brokers.find((b) => b.id === person.id)!;
      const largest = Math.max(...BROKERAGE_ROLES.map((role) => person.brokerage[role]));
      // The role it is coloured by is one of the person's largest.
      expect(brokerKindInfo(broker.kind).roles.some((role) => person.brokerage[role] === largest)).toBe(true);
      expect(brokers.colours.colourOf(person.id)).toBe(brokerKindInfo(broker.kind).color);
    }
  });

  it("has a legend of the roles shown and everyone else, which accounts for everyone", () => {
    const { graph, analysis } = sample;
    const { colours, brokers } = brokerHighlight(graph, analysis.people);
    expect(colours.palette.entries.reduce((sum, e) => sum + e.count, 0)).toBe(graph.order);
    const others = colours.palette.entries.find((e) => e.label === NOT_A_BROKER)!;
    expect(others.count).toBe(graph.order - brokers.length);
    const outside = graph.nodes().find((n) => !brokers.some((b) => b.id === n))!;
    expect(colours.colourOf(outside)).toBe(others.color);
    for (const entry of colours.palette.entries.filter((e) => e.label !== NOT_A_BROKER)) {
      const info = BROKER_KINDS.find((k) => k.label === entry.label)!;
      expect(entry.count).toBe(brokers.filter((b) => b.kind === info.kind).length);
    }
  });
});

describe("highlight: bottlenecks and key players", () => {
  it("names the articulation points and the key players", () => {
    const { graph, analysis } = sample;
    const bottlenecks = highlightView(graph, "bottlenecks", analysis, null);
    expect([...bottlenecks.emphasis!.nodes].sort()).toEqual(
      analysis.articulationPoints.map((p) => p.node).sort(),
    );
    expect(bottlenecks.emphasis!.edges.size).toBe(analysis.bridges.length);
    const keyPlayers = highlightView(graph, "keyPlayers", analysis, null);
    expect([...keyPlayers.emphasis!.nodes]).toEqual(analysis.keyPlayers.players);
    expect(highlightView(graph, "none", analysis, lists).emphasis).toBeNull();
    expect(highlightView(graph, "brokers", null, lists).emphasis).toBeNull();
  });
});

describe("highlight: introductions and candidates", () => {
  it("draws every suggested introduction as a tie that does not exist yet", () => {
    const { graph } = sample;
    expect(lists.introductions.length).toBeGreaterThan(0);
    const view = highlightView(graph, "introductions", sample.analysis, lists);
    expect(view.ties.map((t) => `${t.source}|${t.target}`)).toEqual(
      lists.introductions.map((s) => `${s.a}|${s.b}`),
    );
    for (const tie of view.ties) {
      expect(graph.hasEdge(tie.source, tie.target)).toBe(false);
      expect(tie.chosen).toBe(false);
    }
    const kept = new Set([...view.emphasis!.nodes, ...view.emphasis!.context!]);
    expect([...kept].sort()).toEqual([...new Set(lists.introductions.flatMap((s) => [s.a, s.b]))].sort());
  });

  it("marks the candidates with their ties to the members they know", () => {
    const { graph } = sample;
    expect(lists.candidates.length).toBeGreaterThan(0);
    const view = highlightView(graph, "candidates", sample.analysis, lists);
    expect(view.ties).toEqual([]);
    const everyone = new Set([...view.emphasis!.nodes, ...view.emphasis!.context!]);
    const expected = new Set(lists.candidates.flatMap((c) => [c.id, ...c.warmTies]));
    expect([...everyone].sort()).toEqual([...expected].sort());
    const warm = lists.candidates.flatMap((c) => c.warmTies.map((m) => graph.edge(c.id, m)!));
    expect([...view.emphasis!.edges].sort()).toEqual([...new Set(warm)].sort());
  });

  it("shows nothing until the recommendations are there", () => {
    for (const mode of ["introductions", "candidates"] as const) {
      expect(highlightView(sample.graph, mode, sample.analysis, null)).toEqual({
        emphasis: null,
        ties: [],
        brokers: null,
      });
    }
  });
});
