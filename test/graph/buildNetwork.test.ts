import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/graph/buildNetwork";
import type { Dataset, Person } from "../../src/model/types";
import davis from "./reference/davis_projection.json";

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, groups: [], status: "member", registered: true, ...extra };
}

const people: Person[] = [
  person("P1", "Ana María López", { email: "ana@example.org", sector: "public health", groups: ["Health"] }),
  person("P2", "John Smith", { sector: "sport", status: "prospect" }),
  person("P3", "Marta Ruiz", { status: "former" }),
  person("P4", "", { sector: "academia" }),
];

const dataset: Dataset = {
  people,
  interactions: [
    { line: 2, source: "P1", target: "P2", date: "2024-01-10", type: "meeting", weight: 2 },
    {
      line: 3,
      source: "John Smith",
      target: "ana@example.org",
      date: "2024-03-05",
      type: "email",
      weight: 1,
    },
    { line: 4, source: "P1", target: "P2", date: "2023-11-02", type: "email", weight: 0.5 },
    { line: 5, source: "P2", target: "Pedro Núñez", date: "2024-02-01", weight: 1 },
    { line: 6, source: "pedro nunez", target: "P3", weight: 1 },
    { line: 7, source: "Jon Smith", target: "jon smith", date: "2024-01-01", weight: 1 },
  ],
  attendance: [
    { line: 2, person: "P1", event: "Workshop", date: "2024-02-20" },
    { line: 3, person: "John Smith", event: "Workshop", date: "2024-02-20" },
    { line: 4, person: "P3", event: "Workshop", date: "2024-02-20" },
    { line: 5, person: "P1", event: "Workshop", date: "2024-02-20" },
    { line: 6, person: "P1", event: "Meeting", date: "2024-04-01" },
    { line: 7, person: "P2", event: "Meeting", date: "2024-04-01" },
  ],
};

describe("buildNetwork", () => {
  const { graph, identity, undatedExcluded } = buildNetwork(dataset);

  it("is undirected, simple and without self-loops by default", () => {
    expect(graph.type).toBe("undirected");
    expect(graph.multi).toBe(false);
    expect(graph.allowSelfLoops).toBe(false);
    expect(undatedExcluded).toBe(0);
  });

  it("has every registry person as a node, whatever their status or activity", () => {
    expect(graph.nodes()).toEqual(["P1", "P2", "P3", "P4", "Pedro Núñez", "Jon Smith"]);
    expect(graph.getNodeAttributes("P1")).toMatchObject({
      id: "P1",
      name: "Ana María López",
      label: "Ana María López",
      sector: "public health",
      groups: ["Health"],
      status: "member",
      registered: true,
      aliases: ["ana@example.org"],
    });
    expect(graph.getNodeAttributes("P2")).toMatchObject({ status: "prospect", aliases: ["John Smith"] });
    expect(graph.getNodeAttributes("P3").status).toBe("former");
    expect(graph.getNodeAttributes("P4")).toMatchObject({ label: "P4", registered: true });
    expect(graph.degree("P4")).toBe(0);
  });

  it("flags people missing from the registry as unregistered, never as members", () => {
    expect(graph.getNodeAttributes("Pedro Núñez")).toEqual({
      id: "Pedro Núñez",
      name: "Pedro Núñez",
      label: "Pedro Núñez",
      groups: [],
      status: "unregistered",
      registered: false,
      aliases: ["pedro nunez"],
    });
    expect(identity.unregistered.map((u) => u.key)).toEqual(["Pedro Núñez", "Jon Smith"]);
  });

  it("adds up interactions and shared events between a pair into one tie", () => {
    // P1–P2, P2–Pedro, Pedro–P3, and the Workshop's P1–P3 and P2–P3.
    expect(graph.size).toBe(5);
    // Interactions 2 + 1 + 0.5; Workshop with 3 people adds 1/2, Meeting with 2 adds 1.
    const tie = graph.getEdgeAttributes(graph.edge("P2", "P1")!);
    expect(tie.weight).toBeCloseTo(2 + 1 + 0.5 + 0.5 + 1, 12);
    expect(tie.count).toBe(5);
    expect([tie.firstDate, tie.lastDate]).toEqual(["2023-11-02", "2024-04-01"]);
    expect(tie.types).toEqual(["email", "meeting", "shared event"]);
    expect(tie.sources).toEqual(["interaction", "attendance"]);
    expect(graph.getEdgeAttributes(graph.edge("P1", "P3")!)).toEqual({
      weight: 0.5,
      count: 1,
      firstDate: "2024-02-20",
      lastDate: "2024-02-20",
      types: ["shared event"],
      sources: ["attendance"],
    });
    expect(graph.getEdgeAttributes(graph.edge("Pedro Núñez", "P3")!)).toEqual({
      weight: 1,
      count: 1,
      types: [],
      sources: ["interaction"],
    });
  });

  it("adds no tie for rows whose ends are one person after matching, and lists them", () => {
    expect(identity.selfTiesAfterMatching).toEqual([
      { kind: "interactions", line: 7, source: "Jon Smith", target: "jon smith" },
    ]);
    expect(graph.degree("Jon Smith")).toBe(0);
    graph.forEachEdge((_e, _a, s, t) => expect(s).not.toBe(t));
  });

  it("keeps only records inside a time window, with the same identities", () => {
    const feb = buildNetwork(dataset, { window: { from: "2024-02-01", to: "2024-02-29" } });
    expect(feb.undatedExcluded).toBe(1);
    expect(feb.identity).toEqual(identity);
    // Registry people stay; Jon Smith appears only outside the window.
    expect(feb.graph.nodes()).toEqual(["P1", "P2", "P3", "P4", "Pedro Núñez"]);
    const tie = feb.graph.getEdgeAttributes(feb.graph.edge("P1", "P2")!);
    expect(tie).toMatchObject({ count: 1, types: ["shared event"], sources: ["attendance"] });
    expect(tie.weight).toBeCloseTo(0.5, 12);
    expect(feb.graph.hasEdge("P2", "Pedro Núñez")).toBe(true);
    expect(feb.graph.hasEdge("Pedro Núñez", "P3")).toBe(false);
  });

  it("keeps direction when asked, with shared events tying both ways", () => {
    const { graph: directed } = buildNetwork(dataset, { directed: true });
    expect(directed.type).toBe("directed");
    const forward = directed.getEdgeAttributes(directed.edge("P1", "P2")!);
    const backward = directed.getEdgeAttributes(directed.edge("P2", "P1")!);
    expect(forward.weight).toBeCloseTo(2 + 0.5 + 0.5 + 1, 12);
    expect(forward.types).toEqual(["email", "meeting", "shared event"]);
    expect(backward.weight).toBeCloseTo(1 + 0.5 + 1, 12);
    expect(backward.types).toEqual(["email", "shared event"]);
    expect(directed.hasEdge("P3", "P1") && directed.hasEdge("P1", "P3")).toBe(true);
    expect(directed.hasEdge("Pedro Núñez", "P2")).toBe(false);
  });

  it("reproduces networkx's projection of Davis's Southern Women from attendance alone", () => {
    const { graph: women } = buildNetwork({
      people: davis.women.map((name) => person(name, name)),
      interactions: [],
      attendance: davis.attendance.map((r, i) => ({ line: i + 2, person: r.person, event: r.event })),
    });
    expect(women.order).toBe(18);
    expect(women.size).toBe(davis.ties.length);
    for (const { a, b, weight } of davis.ties) {
      expect(Math.abs(women.getEdgeAttribute(women.edge(a, b)!, "weight") - weight)).toBeLessThan(1e-6);
    }
  });
});

describe("event size limit", () => {
  const attendees = Array.from({ length: 40 }, (_, i) => `W${i}`);
  const webinar: Dataset = {
    people: attendees.map((id) => person(id, `Person ${id}`)),
    interactions: [],
    attendance: [
      ...attendees.map((id, i) => ({ line: i + 2, person: id, event: "Webinar", date: "2024-05-01" })),
      ...attendees
        .slice(0, 4)
        .map((id, i) => ({ line: i + 42, person: id, event: "Workshop", date: "2024-05-02" })),
    ],
  };

  it("ties the attendees of small events but not those of events above the limit", () => {
    const { graph } = buildNetwork(webinar);
    expect(graph.size).toBe(6);
    expect(graph.getEdgeAttribute("W0", "W1", "weight")).toBeCloseTo(1 / 3, 12);
    expect(graph.order).toBe(40);
  });

  it("keeps every event when the limit is lifted, with Newman's weights", () => {
    const { graph } = buildNetwork(webinar, { maxEventSize: Infinity });
    expect(graph.size).toBe((40 * 39) / 2);
    expect(graph.getEdgeAttribute("W0", "W1", "weight")).toBeCloseTo(1 / 39 + 1 / 3, 12);
    expect(graph.getEdgeAttribute("W10", "W11", "weight")).toBeCloseTo(1 / 39, 12);
  });
});

describe("people from an export's user list", () => {
  it("become nodes with their groups before they interact, unregistered", () => {
    const { graph } = buildNetwork({
      people: [
        person("P1", "Ana María López", { email: "ana@example.org" }),
        person("U9", "Quiet Slack User", { registered: false, groups: ["#sport-health"] }),
      ],
      interactions: [],
      attendance: [],
    });
    const quiet = graph.findNode((_key, attributes) => attributes.name === "Quiet Slack User");
    expect(quiet).toBeDefined();
    expect(graph.getNodeAttributes(quiet!)).toMatchObject({
      registered: false,
      status: "unregistered",
      groups: ["#sport-health"],
    });
    expect(graph.order).toBe(2);
  });

  it("gives a tie the same key in every time window, so the map can keep drawing it", () => {
    const all = buildNetwork(dataset).graph;
    const windowed = buildNetwork(dataset, { window: { from: "2024-02-01" } }).graph;
    expect(windowed.size).toBeGreaterThan(0);
    expect(windowed.size).toBeLessThan(all.size);
    windowed.forEachEdge((edge, _attributes, source, target) => {
      expect(all.hasEdge(edge), edge).toBe(true);
      expect(all.extremities(edge).sort()).toEqual([source, target].sort());
    });
    for (const directed of [false, true]) {
      const graph = buildNetwork(dataset, { directed }).graph;
      const again = buildNetwork(dataset, { directed, window: { from: "2024-02-01" } }).graph;
      again.forEachEdge((edge, _a, source, target) => expect(graph.edge(source, target)).toBe(edge));
    }
  });
});
