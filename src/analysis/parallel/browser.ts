import { PathWorkerPool, type WorkerPort, type WorkerSpawner } from "./pool";
import type { PathWorkerReply } from "./protocol";

/** Path workers as Web Workers (module workers, bundled by Vite). */
export function browserWorkerSpawner(): WorkerSpawner {
  return (): WorkerPort => {
    const worker = new Worker(new URL("./pathKernel.worker.ts", import.meta.url), { type: "module" });
    let onReply: (reply: PathWorkerReply) => void = () => {};
    let onError: (error: Error) => void = () => {};
    worker.onmessage = (event: MessageEvent<PathWorkerReply>) => onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onError(new Error(event.message || "path worker failed to start"));
    };
    return {
      postMessage: (message, transfer) => worker.postMessage(message, transfer ?? []),
      listen(reply, error) {
        onReply = reply;
        onError = error;
      },
      terminate: () => worker.terminate(),
    };
  };
}

/**
 * A pool of Web Workers, one per core: the page and the analysis worker that awaits the
 * pool are idle meanwhile.
 */
export function createBrowserPathPool(size?: number): PathWorkerPool {
  const cores = typeof navigator !== "undefined" ? navigator.hardwareConcurrency || 2 : 2;
  // A bundled module worker starts in tens of milliseconds.
  return new PathWorkerPool(browserWorkerSpawner(), Math.max(1, size ?? cores), 5e7);
}
