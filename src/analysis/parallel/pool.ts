import { addPathSums, createPathSums, type PathGraph, type PathOptions, type PathSums } from "../pathKernel";
import type { PathWorkerReply, PathWorkerRequest } from "./protocol";

/**
 * A worker as the pool sees it, whatever runs underneath (a Web Worker in the browser,
 * a worker_threads Worker in Node).
 */
export interface WorkerPort {
  postMessage(message: PathWorkerRequest, transfer?: ArrayBuffer[]): void;
  /** Replaces the listeners for replies and for crashes. */
  listen(onReply: (reply: PathWorkerReply) => void, onError: (error: Error) => void): void;
  terminate(): void;
  /** Whether a run is using the worker; Node lets an idle worker not keep the process alive. */
  setBusy?(busy: boolean): void;
}

export type WorkerSpawner = () => WorkerPort;

export interface RunControl {
  /** Aborting stops the run at once (workers are terminated) and rejects with an AbortError. */
  signal?: AbortSignal;
  /** Fraction of sources done, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

export interface PoolRunOptions extends RunControl {
  /** Sources per message; default aims at about 64 messages per worker. */
  chunkSize?: number;
}

export function abortError(signal: AbortSignal): unknown {
  if (signal.reason !== undefined) return signal.reason;
  return new DOMException("The analysis was cancelled", "AbortError");
}

/**
 * Copies into memory every worker can read without its own copy, when the platform
 * allows it (Node always; browsers only on cross-origin-isolated pages). Otherwise the
 * array is returned as is and postMessage copies it once per worker.
 */
function shared<T extends Int32Array | Uint8Array>(array: T): T {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  if (typeof SharedArrayBuffer === "undefined" || isolated === false) return array;
  const Ctor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Ctor(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/**
 * A fixed number of path workers that split the sources of one all-pairs pass among
 * themselves and add up their partial sums. Workers are spawned on first use and kept
 * for later runs; a cancelled or failed run terminates them (new ones are spawned next
 * time). Runs on one pool are queued, one at a time.
 */
export class PathWorkerPool {
  private workers: WorkerPort[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * @param startCost Work (edge visits) a pass must exceed to be worth starting the workers
   *   for, when they are not running yet: starting a worker costs a few hundred milliseconds
   *   under tsx, far less for a bundled Web Worker.
   */
  constructor(
    private readonly spawn: WorkerSpawner,
    readonly size: number,
    readonly startCost = 1e8,
  ) {
    if (!(size >= 1)) throw new Error("A worker pool needs at least one worker");
  }

  run(graph: PathGraph, options: PathOptions, sources: Int32Array, control: PoolRunOptions = {}) {
    const result = this.queue.then(() => this.runNow(graph, options, sources, control));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Whether every worker is already running, so that a run pays no start-up. */
  get warm(): boolean {
    return this.workers.length >= this.size;
  }

  /** Starts the workers ahead of the first run (e.g. while the user is still importing files). */
  prestart(): void {
    while (this.workers.length < this.size) this.workers.push(this.spawn());
  }

  /** Terminates the workers; the pool can still be used (it spawns new ones). */
  close(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
  }

  private runNow(
    graph: PathGraph,
    options: PathOptions,
    sources: Int32Array,
    control: PoolRunOptions,
  ): Promise<PathSums> {
    const { signal, onProgress } = control;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const total = sources.length;
    if (total === 0) return Promise.resolve(createPathSums(graph.n, options));
    const chunk = Math.max(1, control.chunkSize ?? Math.min(1024, Math.ceil(total / (this.size * 64))));
    const used = Math.min(this.size, Math.ceil(total / chunk));
    while (this.workers.length < used) this.workers.push(this.spawn());
    const workers = this.workers.slice(0, used);

    const sharedGraph: PathGraph = {
      n: graph.n,
      offsets: shared(graph.offsets),
      targets: shared(graph.targets),
    };
    const sharedOptions: PathOptions = { ...options };
    if (options.pivots) sharedOptions.pivots = shared(options.pivots);
    if (options.groupOf) sharedOptions.groupOf = shared(options.groupOf);
    if (options.groupSources) sharedOptions.groupSources = shared(options.groupSources);
    const sharedSources = shared(sources);

    return new Promise<PathSums>((resolve, reject) => {
      const sums = createPathSums(graph.n, options);
      let next = 0;
      let done = 0;
      let collected = 0;
      let settled = false;

      const finish = () => {
        settled = true;
        signal?.removeEventListener("abort", onAbort);
        for (const worker of workers) worker.setBusy?.(false);
      };
      const fail = (error: unknown) => {
        if (settled) return;
        finish();
        this.close();
        reject(error);
      };
      const onAbort = () => fail(abortError(signal!));
      signal?.addEventListener("abort", onAbort, { once: true });

      const dispatch = (worker: WorkerPort) => {
        if (next < total) {
          const end = Math.min(total, next + chunk);
          worker.postMessage({ type: "run", start: next, end });
          next = end;
        } else {
          worker.postMessage({ type: "collect" });
        }
      };

      for (const worker of workers) {
        worker.setBusy?.(true);
        worker.listen(
          (reply) => {
            if (settled) return;
            if (reply.type === "error") return fail(new Error(reply.message));
            if (reply.type === "done") {
              done += reply.count;
              onProgress?.(done / total);
              return dispatch(worker);
            }
            addPathSums(sums, reply.sums);
            if (++collected === workers.length) {
              finish();
              resolve(sums);
            }
          },
          (error) => fail(error),
        );
        worker.postMessage({
          type: "init",
          graph: sharedGraph,
          options: sharedOptions,
          sources: sharedSources,
        });
        dispatch(worker);
      }
    });
  }
}
