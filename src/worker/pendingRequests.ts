/**
 * The page's record of the requests it has sent a worker and not yet had answered: each one's
 * promise, its progress callback and the parts of its result received so far. Kept apart from
 * the Worker so the bookkeeping (parts joined before the promise resolves, dropped with a
 * request that fails or is cancelled) runs and is tested in Node.
 *
 * A request's parts live in its own entry, so whatever ends the request (a result, an error,
 * a cancellation, a crashed worker) drops them with it, and what the worker still sends for a
 * request no longer here is ignored.
 */
import type { Progress, WorkerResponse } from "./protocol";
import { joinResult } from "./resultParts";

interface Pending {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: Progress) => void;
  parts: { path: string; items: unknown[] }[];
}

export class PendingRequests {
  private readonly pending = new Map<number, Pending>();

  /** The promise of request `requestId`, settled by the worker's answer or by `reject`. */
  open<T>(requestId: number, onProgress?: (progress: Progress) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.set(requestId, {
        resolve: resolve as (result: never) => void,
        reject,
        onProgress,
        parts: [],
      });
    });
  }

  receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.requestId);
    if (!pending) return;
    switch (message.type) {
      case "progress":
        pending.onProgress?.(message.progress);
        return;
      case "part":
        pending.parts.push({ path: message.path, items: message.items });
        return;
      case "result": {
        this.pending.delete(message.requestId);
        let result: unknown;
        try {
          result = joinResult(message.result, pending.parts);
        } catch (error) {
          pending.reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        pending.resolve(result as never);
        return;
      }
      case "error":
        this.pending.delete(message.requestId);
        pending.reject(new Error(message.message));
        return;
    }
  }

  /** Ends one request now with `error`; false if it had already ended. */
  reject(requestId: number, error: Error): boolean {
    const pending = this.pending.get(requestId);
    if (!pending) return false;
    this.pending.delete(requestId);
    pending.reject(error);
    return true;
  }

  rejectAll(error: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const pending of all) pending.reject(error);
  }

  /** Slices held for requests still waiting for their result (none once every request has ended). */
  get partsHeld(): number {
    let count = 0;
    for (const pending of this.pending.values()) count += pending.parts.length;
    return count;
  }
}
