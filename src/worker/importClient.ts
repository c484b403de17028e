/**
 * The page's side of the import worker: each request becomes a promise, progress
 * messages go to the caller's callback, and a crashed worker rejects what is pending
 * instead of leaving the interface waiting forever.
 */
import type { NetworkOptions } from "../graph/buildNetwork";
import type {
  ImportSpec,
  NetworkPayload,
  PreviewOutcome,
  Progress,
  RequestKind,
  RequestPayloads,
  ResultPayloads,
  WorkerRequest,
  WorkerResponse,
} from "./protocol";

export type ProgressCallback = (progress: Progress) => void;

interface Pending {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressCallback;
}

export class ImportClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextRequestId = 1;
  private nextFileId = 1;

  constructor() {
    this.worker = new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(event.message || "The import worker stopped unexpectedly"));
    };
  }

  /** Decodes and previews files off the page; the buffers are transferred, so they are empty afterwards. */
  async preview(
    files: { fileName: string; bytes: ArrayBuffer }[],
    onProgress?: ProgressCallback,
  ): Promise<PreviewOutcome[]> {
    const withIds = files.map((f) => ({ ...f, fileId: `file-${this.nextFileId++}` }));
    const transfer = withIds.map((f) => f.bytes);
    const { outcomes } = await this.request("preview", { files: withIds }, transfer, onProgress);
    return outcomes;
  }

  importNetwork(
    files: ImportSpec[],
    options: NetworkOptions = {},
    onProgress?: ProgressCallback,
  ): Promise<NetworkPayload> {
    return this.request("import", { files, options }, [], onProgress);
  }

  async forget(fileIds: string[]): Promise<void> {
    if (fileIds.length > 0) await this.request("forget", { fileIds }, []);
  }

  dispose(): void {
    this.worker.terminate();
    this.failAll(new Error("The import worker was closed"));
  }

  private request<K extends RequestKind>(
    type: K,
    payload: RequestPayloads[K],
    transfer: Transferable[],
    onProgress?: ProgressCallback,
  ): Promise<ResultPayloads[K]> {
    const requestId = this.nextRequestId++;
    const message = { type, requestId, ...payload } as WorkerRequest;
    return new Promise<ResultPayloads[K]>((resolve, reject) => {
      this.pending.set(requestId, { resolve: resolve as (result: never) => void, reject, onProgress });
      this.worker.postMessage(message, transfer);
    });
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.requestId);
    if (!pending) return;
    switch (message.type) {
      case "progress":
        pending.onProgress?.(message.progress);
        return;
      case "result":
        this.pending.delete(message.requestId);
        pending.resolve(message.result as never);
        return;
      case "error":
        this.pending.delete(message.requestId);
        pending.reject(new Error(message.message));
        return;
    }
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
