import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "vite";
import { powerlawClusterGraph, toGraphology } from "../../bench/lib/powerlawCluster";
import { computePathMeasures, type PathMeasures } from "../../src/analysis/pathKernelMeasures";
import { allSources } from "../../src/analysis/pathKernel";
import { runPathPassSync } from "../../src/analysis/pathKernelRun";
import { createNodePathPool } from "../../src/analysis/parallel/node";
import { PathWorkerPool } from "../../src/analysis/parallel/pool";
import { createRandom } from "../../src/analysis/sampling";

const SECTORS = ["academia", "public health", "sport", "UN agency"];

/** A 1,200-person power-law cluster graph with sectors, a few people without one, and isolates. */
function testGraph() {
  const graph = toGraphology(powerlawClusterGraph(1200, 3, 0.2, 11));
  const random = createRandom(5);
  graph.forEachNode((node) => {
    if (random() > 0.05)
      graph.setNodeAttribute(node, "sector", SECTORS[Math.floor(random() * SECTORS.length)]);
  });
  for (let i = 0; i < 3; i++) graph.addNode(`isolate-${i}`, { sector: "sport" });
  return graph;
}

const graph = testGraph();
const pool = createNodePathPool(2);
afterAll(() => pool.close());

function expectSameMeasures(actual: PathMeasures, expected: PathMeasures) {
  const close = (a: Record<string, number>, b: Record<string, number>) => {
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const key of Object.keys(b)) expect(Math.abs(a[key]! - b[key]!)).toBeLessThan(1e-12);
  };
  close(actual.betweenness!.values, expected.betweenness!.values);
  expect(actual.betweenness!.mode).toEqual(expected.betweenness!.mode);
  close(actual.closeness!, expected.closeness!);
  const deps = (m: PathMeasures) =>
    m.sectorDependencies!.map((d) => ({ ...d, people: d.people.map((p) => [p.id, p.share.toFixed(12)]) }));
  expect(deps(actual)).toEqual(deps(expected));
}

describe("worker pool (worker_threads under vitest)", () => {
  const request = { betweenness: { mode: "exact" as const }, sectorDependencies: { top: 50 } };

  it("gives the same betweenness, closeness and sector dependencies as the single-thread pass", async () => {
    const sequential = await computePathMeasures(graph, request);
    const parallel = await computePathMeasures(graph, request, { pool, parallelThreshold: 0 });
    expectSameMeasures(parallel, sequential);
    expect(Math.max(...Object.values(parallel.betweenness!.values))).toBeGreaterThan(0.01);
    expect(parallel.sectorDependencies!.length).toBe(6);
  }, 60_000);

  it("gives the same sampled estimate as the single-thread pass for the same seed", async () => {
    const sampled = {
      betweenness: { mode: "sampled" as const, pivots: 150, seed: 3 },
      sectorDependencies: true,
    };
    const sequential = await computePathMeasures(graph, sampled);
    const parallel = await computePathMeasures(graph, sampled, { pool, parallelThreshold: 0 });
    expectSameMeasures(parallel, sequential);
  }, 60_000);

  it("samples the same sector sources in workers as in one thread (the mask follows renumbering)", async () => {
    const sampled = { betweenness: false as const, sectorDependencies: { top: 50, maxSourcesPerSector: 7 } };
    const sequential = await computePathMeasures(graph, sampled);
    const parallel = await computePathMeasures(graph, sampled, { pool, parallelThreshold: 0 });
    expect(sequential.sectorDependencies!.some((d) => d.estimated)).toBe(true);
    const deps = (m: PathMeasures) =>
      m.sectorDependencies!.map((d) => ({ ...d, people: d.people.map((p) => [p.id, p.share.toFixed(12)]) }));
    expect(deps(parallel)).toEqual(deps(sequential));
  }, 60_000);

  it("reports progress from 0 to 1, in order", async () => {
    const fractions: number[] = [];
    await computePathMeasures(
      graph,
      { closeness: true, betweenness: false },
      {
        pool,
        parallelThreshold: 0,
        onProgress: (f) => fractions.push(f),
      },
    );
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  }, 60_000);

  it("stops when cancelled, rejects with the abort reason, and works again afterwards", async () => {
    const controller = new AbortController();
    const fractions: number[] = [];
    const run = computePathMeasures(graph, request, {
      pool,
      parallelThreshold: 0,
      signal: controller.signal,
      onProgress: (f) => {
        fractions.push(f);
        if (fractions.length === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(fractions.length).toBeGreaterThanOrEqual(2);
    expect(fractions.at(-1)).toBeLessThan(1);

    const again = await computePathMeasures(graph, request, { pool, parallelThreshold: 0 });
    expect(again.betweenness!.values["0"]).toBeGreaterThan(0);
  }, 60_000);

  it("rejects at once when the signal is already aborted", async () => {
    const reason = new Error("user cancelled");
    await expect(
      computePathMeasures(graph, request, { pool, parallelThreshold: 0, signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
  });

  it("reports a worker that fails instead of hanging", async () => {
    const broken = new PathWorkerPool(
      () => ({
        postMessage: () => {},
        listen: (_reply, onError) => setTimeout(() => onError(new Error("worker crashed")), 10),
        terminate: () => {},
      }),
      2,
    );
    await expect(computePathMeasures(graph, request, { pool: broken, parallelThreshold: 0 })).rejects.toThrow(
      "worker crashed",
    );
  });
});

describe("single-thread pass", () => {
  it("can be cancelled between chunks and reports progress", () => {
    const controller = new AbortController();
    const fractions: number[] = [];
    const pathGraph = { n: 3, offsets: Int32Array.of(0, 1, 3, 4), targets: Int32Array.of(1, 0, 2, 1) };
    const run = () =>
      runPathPassSync(pathGraph, { betweenness: true, closeness: true }, allSources(3), {
        signal: controller.signal,
        onProgress: (f) => {
          fractions.push(f);
          controller.abort();
        },
      });
    expect(run).toThrow(expect.objectContaining({ name: "AbortError" }) as Error);
    expect(fractions).toEqual([1 / 3]);
  });
});

describe("browser bundle", () => {
  it("bundles the Web Worker pool with Vite, worker included as its own module chunk", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "weaver-pool-build-"));
    try {
      await build({
        configFile: false,
        logLevel: "silent",
        publicDir: false,
        worker: { format: "es" },
        build: {
          outDir,
          lib: { entry: "src/analysis/parallel/browser.ts", formats: ["es"], fileName: "pool" },
          minify: false,
        },
      });
      const files = readdirSync(join(outDir), { recursive: true }).map(String);
      const worker = files.find((f) => /pathKernel\.worker.*\.js$/.test(f));
      expect(worker, files.join(", ")).toBeDefined();
      const main = readFileSync(
        join(
          outDir,
          files.find((f) => /^pool\.m?js$/.test(f))!,
        ),
        "utf8",
      );
      expect(main).toContain('type: "module"');
      const workerCode = readFileSync(join(outDir, worker!), "utf8");
      expect(workerCode).not.toMatch(/from\s*["']node:|import\(["']node:|require\(/);
      expect(workerCode).toContain("collect");
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
