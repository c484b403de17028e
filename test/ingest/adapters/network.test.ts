/** From real-format exports to one network: Zoom, Teams and Slack files with a registry. */
import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/graph/buildNetwork";
import { importBytes } from "../../../src/ingest/importFile";
import type { Dataset } from "../../../src/model/types";
import { utf8 } from "../helpers";
import { fixtureBytes, imported } from "./helpers";

const REGISTRY = [
  "id,name,email,sector",
  'P1,"López, Ana María",ana.lopez@example.org,NGO',
  "P2,Marta Ruiz,,National federation",
  "P3,Carlos Vega,cvega@onu.org,UN agency",
].join("\n");

function load(): Dataset {
  const dataset: Dataset = { people: [], interactions: [], attendance: [] };
  const files: [string, Uint8Array][] = [
    ["people.csv", utf8(REGISTRY)],
    ["participants_85212345678.csv", fixtureBytes("zoom/participants_85212345678.csv")],
    ["attendance-report-en-us.csv", fixtureBytes("teams/attendance-report-en-us.csv")],
    ["community-export.zip", fixtureBytes("slack/community-export.zip")],
  ];
  for (const [name, bytes] of files) {
    const result = imported(importBytes(bytes, name));
    dataset.people.push(...result.people);
    dataset.interactions.push(...result.interactions);
    dataset.attendance.push(...result.attendance);
  }
  return dataset;
}

describe("Zoom, Teams and Slack exports with a registry", () => {
  const { graph, identity } = buildNetwork(load());

  it("make one node per person, matched by e-mail first, then name", () => {
    expect(graph.nodes().sort()).toEqual(
      [
        "P1",
        "P2",
        "P3",
        "joao.silva@saude.gov.br",
        "pedro.nunez@onu.org",
        "Invitado Pérez",
        "Carla Rojas",
        "Rosa Díaz",
      ].sort(),
    );
    expect(graph.getNodeAttributes("joao.silva@saude.gov.br")).toMatchObject({
      label: "João Silva",
      email: "joao.silva@saude.gov.br",
      status: "unregistered",
    });
    // Slack channels become the registry person's groups; the Slack e-mail fills the registry's gap.
    expect(graph.getNodeAttributes("P2")).toMatchObject({
      groups: ["#sport-health", "#youth-crime"],
      email: "marta.ruiz@deporte.org",
    });
  });

  it("add meetings (Newman weights) and chat ties into one tie per pair, keeping their kinds", () => {
    // Two 5-person meetings add 1/4 each; Slack adds two mentions and two replies between them.
    expect(graph.getEdgeAttributes("P1", "P2")).toMatchObject({
      weight: 4.5,
      count: 6,
      types: ["mention", "reply", "shared event"],
      sources: ["interaction", "attendance"],
    });
    // Ana and João: the two meetings, two direct messages and two mentions.
    expect(graph.getEdgeAttributes("P1", "joao.silva@saude.gov.br")).toMatchObject({
      weight: 4.5,
      types: ["mention", "message", "shared event"],
    });
    // The deleted Slack user is the registry's Carlos Vega by name (the e-mails differ).
    expect(graph.getEdgeAttributes("P3", "P2").types).toEqual(["mention", "shared event"]);
  });

  it("report the merges made, for the user to confirm or split", () => {
    const p3 = identity.merges.find((m) => m.key === "P3");
    // Export profiles (the Slack user) are resolved before records (the Zoom row).
    expect(p3?.spellings).toEqual([
      { ref: "Carlos Vega", email: "carlos.vega@onu.org", by: "name" },
      { ref: "Vega, Carlos", email: "carlos.vega@onu.org", by: "name" },
    ]);
    expect(identity.merges.find((m) => m.key === "P1")?.spellings).toContainEqual({
      ref: "Ana L",
      by: "rename",
    });
  });
});
