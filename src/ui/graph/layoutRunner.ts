/**
 * Runs ForceAtlas2 in a worker (graphology-layout-forceatlas2/worker) on the graph
 * sigma draws, for a time that grows with the network, then stops by itself so an
 * idle tab does not keep a core busy. The page only copies positions back.
 *
 * A small external store (subscribe/getSnapshot) so React reads its state with
 * useSyncExternalStore instead of mirroring it in component state.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { RenderGraph } from "./renderGraph";

export interface LayoutSnapshot {
  running: boolean;
  /** Share of the planned run already done, 0..1. */
  fraction: number;
  /** Increments on every start, so a progress bar can tell runs apart. */
  runId: number;
  /** Increments whenever a run stops (by itself or by the user), when the positions are worth keeping. */
  settled: number;
}

const TICK_MS = 200;

/** Long enough for a few hundred people to settle, capped so large networks do not run for ever. */
export function layoutDuration(order: number): number {
  return Math.min(20_000, Math.max(3_000, 2_000 + order * 8));
}

export class LayoutRunner {
  private supervisor: FA2LayoutSupervisor | null = null;
  private graph: RenderGraph | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private startedAt = 0;
  private duration = 0;
  private snapshot: LayoutSnapshot = { running: false, fraction: 0, runId: 0, settled: 0 };
  private readonly listeners = new Set<() => void>();

  /** `start`: false when everyone already has a place (a restored map), which a run would only move. */
  attach(graph: RenderGraph, start = true): void {
    this.detach();
    this.graph = graph;
    if (graph.order === 0) return;
    this.supervisor = new FA2LayoutSupervisor(graph, {
      // LinLog separates sectors and groups more clearly than FA2's default on dense,
      // webinar-heavy networks; strong gravity keeps isolated people on screen.
      settings: { ...forceAtlas2.inferSettings(graph), linLogMode: true },
      getEdgeWeight: "weight",
    });
    if (start) this.start();
  }

  detach(): void {
    this.stopTimer();
    this.supervisor?.kill();
    this.supervisor = null;
    this.graph = null;
    this.update({ running: false, fraction: 0 });
  }

  start(): void {
    if (!this.supervisor || !this.graph) return;
    this.supervisor.start();
    this.startedAt = performance.now();
    this.duration = layoutDuration(this.graph.order);
    this.stopTimer();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.update({ running: true, fraction: 0, runId: this.snapshot.runId + 1 });
  }

  stop(): void {
    this.supervisor?.stop();
    this.stopTimer();
    this.update({ running: false, fraction: 1, settled: this.snapshot.settled + 1 });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LayoutSnapshot => this.snapshot;

  private tick(): void {
    const fraction = Math.min(1, (performance.now() - this.startedAt) / this.duration);
    if (fraction >= 1) this.stop();
    else this.update({ fraction });
  }

  private stopTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private update(change: Partial<LayoutSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}
