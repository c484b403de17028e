import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { PathWorkerPool, type WorkerPort, type WorkerSpawner } from "./pool";
import type { PathWorkerReply } from "./protocol";

/**
 * Path workers as worker_threads, for the CLI and the benchmarks (Node only; the browser
 * build imports ./browser instead). Works from TypeScript sources under tsx and vitest,
 * and from compiled JavaScript.
 */
function workerEntry(): string {
  const compiled = new URL("./nodeWorker.js", import.meta.url);
  if (compiled.protocol === "file:" && existsSync(fileURLToPath(compiled))) return compiled.href;
  return new URL("./nodeWorker.ts", import.meta.url).href;
}

export function nodeWorkerSpawner(): WorkerSpawner {
  const bootstrap = new URL("./nodeBootstrap.mjs", import.meta.url);
  const entry = workerEntry();
  return (): WorkerPort => {
    const worker = new Worker(bootstrap, { workerData: { weaverEntry: entry } });
    // An idle pool must not keep the CLI alive; the pool marks workers busy during a run.
    worker.unref();
    let onReply: (reply: PathWorkerReply) => void = () => {};
    let onError: (error: Error) => void = () => {};
    worker.on("message", (reply: PathWorkerReply) => onReply(reply));
    worker.on("error", (error: Error) => onError(error));
    worker.on("exit", (code) => {
      if (code !== 0) onError(new Error(`path worker stopped with exit code ${code}`));
    });
    return {
      postMessage: (message, transfer) => worker.postMessage(message, transfer),
      listen(reply, error) {
        onReply = reply;
        onError = error;
      },
      terminate: () => {
        onError = () => {};
        void worker.terminate();
      },
      setBusy: (busy) => (busy ? worker.ref() : worker.unref()),
    };
  };
}

/** A pool of worker_threads, one per core by default. */
export function createNodePathPool(size = availableParallelism()): PathWorkerPool {
  return new PathWorkerPool(nodeWorkerSpawner(), Math.max(1, size));
}
