import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/graph/buildNetwork";
import {
  networkOptionsOf,
  parseWorkspace,
  reimportWorkspaceFile,
  serializeWorkspace,
  workspaceFileName,
  type Workspace,
} from "../../src/workspace";
import { generateSampleCommunity } from "../../sample-data/generate";
import { datasetOf, imported, sample } from "./sampleWorkspace";

/** The sample as an analyst leaves it: files, a decision, a window, a layout, a secret. */
function worked(): Workspace {
  const ws = structuredClone(sample().workspace);
  ws.identityDecisions.merge.push({ ref: "Ana Maria Lopes", into: "Ana María López" });
  ws.settings.time = {
    window: { from: "2026-05-01", to: "2026-10-31" },
    preset: "last6",
    compare: { a: { from: "2025-11-01", to: "2026-04-30" }, b: { from: "2026-05-01", to: "2026-10-31" } },
  };
  ws.settings.view = {
    ...ws.settings.view,
    colourBy: "community",
    selectedPerson: "P001",
    ego: { person: "P001", steps: 2 },
  };
  ws.settings.filters = { ...ws.settings.filters, sectors: ["UN agency", "Academia"], hideIsolates: true };
  ws.layout.positions = Array.from({ length: 340 }, (_, i) => [
    `P${String(i + 1).padStart(3, "0")}`,
    Math.cos(i),
    i / 7,
  ]);
  ws.layout.camera = { x: 0.5, y: 0.5, ratio: 0.8, angle: 0 };
  ws.pseudonymSecret = "9f".repeat(32);
  return ws;
}

describe("serializeWorkspace and parseWorkspace", () => {
  it("bring the sample workspace back exactly", () => {
    const ws = worked();
    const opened = parseWorkspace(serializeWorkspace(ws));
    expect(opened).toEqual({ ok: true, workspace: ws, migratedFrom: null });
  });

  it("bring back the same network: files re-imported, decisions and window applied", () => {
    const ws = worked();
    const opened = parseWorkspace(serializeWorkspace(ws));
    if (!opened.ok) throw new Error(opened.message);
    const build = (w: Workspace) =>
      buildNetwork(datasetOf(w.files.map((f) => imported(reimportWorkspaceFile(f)))), networkOptionsOf(w))
        .graph;
    const before = build(ws);
    const after = build(opened.workspace);
    // Edge keys are generated; the people, the ties and every attribute must be the same.
    const content = (g: typeof before) => ({
      nodes: g.export().nodes,
      edges: g.mapEdges((_e, attributes, source, target) => ({ source, target, attributes })),
    });
    expect(content(after)).toEqual(content(before));
    // Everyone in the registry, and the friends of the network active in the window but the one merged.
    expect(after.order).toBe(
      sample().dataset.people.length + generateSampleCommunity().facts.friends.length - 1,
    );
    // The identity decision came back too: the near-spelling is the registry person, not a node of its own.
    const decided = buildNetwork(sample().dataset, { decisions: opened.workspace.identityDecisions }).graph;
    expect(buildNetwork(sample().dataset).graph.hasNode("Ana Maria Lopes")).toBe(true);
    expect(decided.hasNode("Ana Maria Lopes")).toBe(false);
  });

  it("write the same text whatever order the fields were set in", () => {
    const ws = worked();
    const reordered = Object.fromEntries(Object.entries(ws).reverse()) as unknown as Workspace;
    reordered.settings = Object.fromEntries(Object.entries(ws.settings).reverse()) as Workspace["settings"];
    expect(serializeWorkspace(reordered)).toBe(serializeWorkspace(ws));
  });

  it("cost about the size of the files themselves", () => {
    const ws = worked();
    const files = [...sample().bytes.values()].reduce((sum, b) => sum + b.length, 0);
    const size = Buffer.byteLength(serializeWorkspace(ws));
    expect(size).toBeGreaterThan(files);
    expect(size / files).toBeLessThan(1.1);
  });

  it("refuse to write a workspace that would not open again", () => {
    const ws = worked();
    ws.layout.positions[3] = ["P004", Number.NaN, 0];
    expect(() => serializeWorkspace(ws)).toThrow(/cannot save this workspace: layout.positions\[3\]\[1\]/);
    const cut = worked();
    cut.files[0]!.byteLength += 1;
    expect(() => serializeWorkspace(cut)).toThrow(/cut off or edited/);
  });
});

describe("workspaceFileName", () => {
  const savedAt = "2026-11-02T09:30:00.000Z";

  it("names the file after the workspace and the day it was saved, safely for any system", () => {
    expect(
      workspaceFileName({ name: "Salud y Deporte: Región Andina / 2026", origin: "files", savedAt }),
    ).toBe("weaver-salud-y-deporte-region-andina-2026-2026-11-02.json");
    expect(workspaceFileName({ name: "../../etc/passwd", origin: "files", savedAt })).toBe(
      "weaver-etc-passwd-2026-11-02.json",
    );
  });

  it("falls back on what the workspace is when it has no usable name", () => {
    expect(workspaceFileName({ name: null, origin: "sample", savedAt })).toBe(
      "weaver-sample-community-2026-11-02.json",
    );
    expect(workspaceFileName({ name: "日本語", origin: "files", savedAt })).toBe(
      "weaver-workspace-2026-11-02.json",
    );
    expect(workspaceFileName({ name: "x".repeat(200), origin: "files", savedAt })).toBe(
      `weaver-${"x".repeat(60)}-2026-11-02.json`,
    );
  });
});
