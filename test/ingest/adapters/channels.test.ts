import { describe, expect, it } from "vitest";
import {
  applyChannelWeights,
  applyChannelWeightsToDataset,
  channelOf,
  countChannels,
  inferChannel,
} from "../../../src/ingest/adapters";
import { buildNetwork } from "../../../src/graph/buildNetwork";
import type { Dataset, InteractionRecord } from "../../../src/model/types";

const rec = (
  line: number,
  source: string,
  target: string,
  extra: Partial<InteractionRecord> = {},
): InteractionRecord => ({
  line,
  source,
  target,
  weight: 1,
  ...extra,
});

const records: InteractionRecord[] = [
  rec(2, "a", "b", { channel: "reply", weight: 2 }),
  rec(3, "a", "b", { channel: "mention" }),
  rec(4, "b", "c", { type: "Correo" }),
  rec(5, "c", "d", { type: "reunión" }),
  rec(6, "d", "e"),
  rec(7, "a", "c", { type: "co-authoring" }),
];

describe("channels", () => {
  it("come from the record, else from a type in any of the community's languages, else 'other'", () => {
    expect(records.map(channelOf)).toEqual(["reply", "mention", "email", "meeting", "other", "co-authoring"]);
    expect(["E-mail", "mensaje", "Llamada", "respuesta", "coautoría", "lunch"].map(inferChannel)).toEqual([
      "email",
      "message",
      "meeting",
      "reply",
      "co-authoring",
      undefined,
    ]);
    // An explicit channel wins over the type.
    expect(channelOf({ channel: "reply", type: "email" })).toBe("reply");
  });

  it("are counted for the channel picker", () => {
    expect(countChannels(records)).toEqual([
      { channel: "meeting", count: 1 },
      { channel: "email", count: 1 },
      { channel: "reply", count: 1 },
      { channel: "mention", count: 1 },
      { channel: "co-authoring", count: 1 },
      { channel: "other", count: 1 },
    ]);
  });

  it("can be weighted and excluded; records are copied, never changed", () => {
    const before = structuredClone(records);
    const out = applyChannelWeights(records, { mention: 0.5, email: 0, excluded: ["other"] });
    expect(out.map((r) => [r.line, r.weight])).toEqual([
      [2, 2],
      [3, 0.5],
      [5, 1],
      [7, 1],
    ]);
    expect(records).toEqual(before);
    expect(out[0]).toBe(records[0]);
    expect(applyChannelWeights(records, {})).toEqual(records);
  });

  it("refuses a weight that is not a number ≥ 0", () => {
    expect(() => applyChannelWeights(records, { reply: -1 })).toThrow(/reply must be a number ≥ 0/);
    expect(() => applyChannelWeights(records, { reply: Number.NaN })).toThrow(RangeError);
  });

  it("change the network buildNetwork builds", () => {
    const dataset: Dataset = {
      people: [],
      interactions: records,
      attendance: [
        { line: 2, person: "a", event: "E" },
        { line: 3, person: "e", event: "E" },
      ],
    };
    const weighted = applyChannelWeightsToDataset(dataset, {
      reply: 0.25,
      excluded: ["mention"],
      excludeSharedEvents: true,
    });
    const { graph } = buildNetwork(weighted);
    expect(graph.getEdgeAttribute("a", "b", "weight")).toBe(0.5);
    expect(graph.getEdgeAttribute("a", "b", "count")).toBe(1);
    expect(graph.hasEdge("a", "e")).toBe(false);
    expect(buildNetwork(dataset).graph.hasEdge("a", "e")).toBe(true);
  });
});
