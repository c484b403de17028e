/**
 * The Bottlenecks sentences on the small community, whose answers are worked out by hand:
 * Bruno alone joins Carla and the =HYPERLINK member to the Sport side; Ana alone holds Félix.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  articulationSentence,
  bridgeSentence,
  contactsOf,
  dependencyGroups,
  fragmentationSteps,
  leastConstrained,
  namesOf,
  sentenceText,
  type NameOf,
} from "../../src/ui/bottlenecks/bottleneckText";
import type { AnalysisPayload } from "../../src/worker/analysisHandler";
import { smallAnalysis } from "./smallNetwork";

let analysis: AnalysisPayload;
let nameOf: NameOf;

beforeAll(async () => {
  analysis = (await smallAnalysis()).analysis;
  nameOf = namesOf(analysis.people);
});

describe("articulation points", () => {
  it("say who would be cut off, most first", () => {
    const sentences = analysis.articulationPoints.map((p) => sentenceText(articulationSentence(p, nameOf)));
    expect(sentences).toEqual([
      "If Bruno Díaz leaves, 2 people lose their connection to the rest.",
      "If Ana López leaves, 1 person loses their connection to the rest.",
    ]);
  });

  it("keep people as buttons-to-be, not text", () => {
    const sentence = articulationSentence(analysis.articulationPoints[0]!, nameOf);
    expect(sentence).toContainEqual({ id: "b", name: "Bruno Díaz" });
  });
});

describe("bridges", () => {
  it("name who hangs on a tie when it is their only one", () => {
    expect(analysis.bridges).toHaveLength(1);
    const text = sentenceText(bridgeSentence(analysis.bridges[0]!, nameOf, contactsOf(analysis.people)));
    expect(text).toBe("Félix Ortega is connected to the community only through Ana López.");
  });

  it("say how many people a tie holds otherwise", () => {
    const text = sentenceText(bridgeSentence({ source: "a", target: "b", separated: 3 }, nameOf, () => 2));
    expect(text).toBe(
      "If Ana López and Bruno Díaz stopped working together, 3 people would lose touch with the rest.",
    );
  });
});

describe("sector dependencies", () => {
  it("say which sectors lose how much of their connection if one person leaves", () => {
    // Of the 9 Sport–Health pairs, 6 route through Bruno only (a–c, a–d, e–c, e–d, f–c, f–d).
    const groups = dependencyGroups(analysis.sectorDependencies, nameOf);
    expect(groups).toHaveLength(1);
    expect(sentenceText(groups[0]!.sentence)).toBe(
      "If Bruno Díaz leaves, Health and Sport lose 67% of their connection. They have 2 direct ties.",
    );
    // Ana carries 3 of 9, below a 50% threshold but above 25%: only the top person of a pair is named.
    expect(dependencyGroups(analysis.sectorDependencies, nameOf, 0.7)).toEqual([]);
  });
});

describe("key players and constraint", () => {
  it("step fragmentation from today's value as each key player leaves", () => {
    const steps = fragmentationSteps(analysis.keyPlayers, nameOf);
    expect(steps[0]).toEqual({ person: null, fragmentation: 1 - 30 / 42 });
    expect(steps.slice(1).map((s) => s.person!.id)).toEqual(analysis.keyPlayers.players);
    expect(steps.at(-1)!.fragmentation).toBe(analysis.keyPlayers.fragmentationAfter);
  });

  it("list the least constrained people with at least two contacts", () => {
    const brokers = leastConstrained(analysis.people);
    expect(brokers.map((p) => p.id).sort()).toEqual(["a", "b", "c", "d", "e"]);
    const values = brokers.map((p) => p.constraint!);
    expect(values).toEqual([...values].sort((x, y) => x - y));
    expect(leastConstrained(analysis.people, 2)).toHaveLength(2);
  });
});
