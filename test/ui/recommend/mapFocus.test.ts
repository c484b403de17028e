/** What the map shows of the recommendations, on a small community analysed by the real engine. */
import { beforeAll, describe, expect, it } from "vitest";
import type { WeaverGraph } from "../../../src/graph/buildNetwork";
import type { Introduction, RecruitmentCandidate } from "../../../src/recommend";
import { hasFocus, isSameSelection, mapOverlay, NO_FOCUS } from "../../../src/ui/recommend/mapFocus";
import { DEFAULT_RECOMMEND_SETTINGS } from "../../../src/ui/recommend/recommendState";
import { recommendFor, toNetworkAnalysis } from "../../../src/worker/recommendHandler";
import { smallAnalysis } from "../smallNetwork";

let graph: WeaverGraph;
let introductions: Introduction[];

/** A candidate as the engine reports one; the small community has no prospect worth recruiting. */
function candidate(id: string, warmTies: string[]): RecruitmentCandidate {
  return {
    id,
    name: id,
    status: "prospect",
    fills: [],
    score: 0.5,
    parts: { fills: 0, warmTies: 1, bridging: 0 },
    warmTies,
    reasons: [],
  };
}

beforeAll(async () => {
  const small = await smallAnalysis();
  graph = small.graph;
  const result = recommendFor(graph, toNetworkAnalysis(small.analysis, graph), {
    networkId: 1,
    targets: null,
    settings: DEFAULT_RECOMMEND_SETTINGS,
  });
  introductions = result.introductions;
});

const edgeBetween = (u: string, v: string) => graph.edge(u, v)!;

describe("mapOverlay", () => {
  it("shows nothing without a focus or without recommendations", () => {
    expect(hasFocus(NO_FOCUS)).toBe(false);
    expect(mapOverlay(graph, NO_FOCUS, { introductions, candidates: [] })).toEqual({
      emphasis: null,
      ties: [],
      frame: [],
    });
    expect(mapOverlay(graph, { ...NO_FOCUS, introductions: true }, null).emphasis).toBeNull();
  });

  it("names the chosen pair and who can introduce them, with the warm path in colour and the new tie dashed", () => {
    const s = introductions[0]!;
    expect(s.via.length).toBeGreaterThan(0);
    const overlay = mapOverlay(
      graph,
      { ...NO_FOCUS, selected: { kind: "introduction", a: s.a, b: s.b } },
      {
        introductions,
        candidates: [],
      },
    );
    expect([...overlay.emphasis!.nodes].sort()).toEqual([s.a, s.b, ...s.via].sort());
    expect(overlay.ties).toEqual([{ source: s.a, target: s.b, chosen: true }]);
    // The pair is not tied yet: the dashed line is the only line between them.
    expect(graph.hasEdge(s.a, s.b)).toBe(false);
    const warm = s.via.flatMap((v) => [edgeBetween(v, s.a), edgeBetween(v, s.b)]);
    expect([...overlay.emphasis!.edges].sort()).toEqual(warm.sort());
    expect(overlay.frame.sort()).toEqual([s.a, s.b, ...s.via].sort());
  });

  it("draws every suggestion at once, the chosen one on top and only once", () => {
    const s = introductions[1]!;
    const overlay = mapOverlay(
      graph,
      { introductions: true, candidates: false, selected: { kind: "introduction", a: s.a, b: s.b } },
      { introductions, candidates: [] },
    );
    expect(overlay.ties).toHaveLength(introductions.length);
    expect(overlay.ties.at(-1)).toEqual({ source: s.a, target: s.b, chosen: true });
    expect(overlay.ties.filter((t) => t.chosen)).toHaveLength(1);
    const everyone = new Set(introductions.flatMap((i) => [i.a, i.b]));
    for (const id of everyone) {
      expect(overlay.emphasis!.nodes.has(id) || overlay.emphasis!.context!.has(id)).toBe(true);
    }
  });

  it("marks candidates with the members they know, and leaves out people not on the map", () => {
    const candidates = [candidate("g", ["a", "b"]), candidate("nobody", ["a"])];
    const overlay = mapOverlay(graph, { ...NO_FOCUS, candidates: true }, { introductions, candidates });
    expect([...overlay.emphasis!.nodes]).toEqual(["g"]);
    expect([...overlay.emphasis!.context!].sort()).toEqual(["a", "b"]);
    // g has no tie yet: no edge to colour, and no dashed line either (a candidate is not an introduction).
    expect(overlay.emphasis!.edges.size).toBe(0);
    expect(overlay.ties).toEqual([]);
    const chosen = mapOverlay(
      graph,
      { ...NO_FOCUS, selected: { kind: "candidate", id: "b" } },
      {
        introductions,
        candidates: [candidate("b", ["c", "d"])],
      },
    );
    expect([...chosen.emphasis!.nodes].sort()).toEqual(["b", "c", "d"]);
    expect([...chosen.emphasis!.edges].sort()).toEqual([edgeBetween("b", "c"), edgeBetween("b", "d")].sort());
  });

  it("compares selections by what they point at", () => {
    expect(
      isSameSelection({ kind: "introduction", a: "a", b: "c" }, { kind: "introduction", a: "a", b: "c" }),
    ).toBe(true);
    expect(
      isSameSelection({ kind: "introduction", a: "a", b: "c" }, { kind: "introduction", a: "c", b: "a" }),
    ).toBe(false);
    expect(isSameSelection({ kind: "candidate", id: "g" }, { kind: "candidate", id: "g" })).toBe(true);
    expect(isSameSelection({ kind: "candidate", id: "g" }, null)).toBe(false);
    expect(isSameSelection(null, null)).toBe(true);
  });
});
