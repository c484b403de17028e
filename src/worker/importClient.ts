/**
 * The page's side of the import worker: each request becomes a promise, progress
 * messages go to the caller's callback, a result sent in parts is put back together
 * before its promise resolves (pendingRequests), and a crashed worker rejects what is
 * pending instead of leaving the interface waiting forever.
 */
import type { AnalysisSettings } from "../analysis/registry";
import type { NetworkOptions } from "../graph/buildNetwork";
import type { AnalysisPayload } from "./analysisHandler";
import { PendingRequests } from "./pendingRequests";
import type { ReadResult } from "../workspace";
import type {
  ChannelSettings,
  ExportFile,
  ExportRequest,
  RebuildRequest,
  RecommendPayload,
  RecommendRequest,
  TargetsFile,
} from "./recommendProtocol";
import type {
  ComparePayload,
  CompareRequest,
  RestoreRequest,
  TimelinePayload,
  TimelineRequest,
} from "./workspaceHandler";
import type {
  ImportedNetwork,
  ImportSpec,
  Progress,
  RequestKind,
  RequestPayloads,
  ResultPayloads,
  WorkerRequest,
  WorkerResponse,
} from "./protocol";

export type ProgressCallback = (progress: Progress) => void;

export class ImportClient {
  private readonly worker: Worker;
  private readonly pending = new PendingRequests();
  private nextRequestId = 1;
  private nextFileId = 1;

  constructor() {
    this.worker = new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.pending.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.pending.rejectAll(new Error(event.message || "The import worker stopped unexpectedly"));
    };
  }

  /** Decodes and previews files off the page; the buffers are transferred, so they are empty afterwards. */
  async preview(
    files: { fileName: string; bytes: ArrayBuffer }[],
    onProgress?: ProgressCallback,
  ): Promise<ResultPayloads["preview"]> {
    const withIds = files.map((f) => ({ ...f, fileId: `file-${this.nextFileId++}` }));
    const transfer = withIds.map((f) => f.bytes);
    return this.request("preview", { files: withIds }, transfer, onProgress);
  }

  importNetwork(
    files: ImportSpec[],
    options: NetworkOptions = {},
    onProgress?: ProgressCallback,
    channels: ChannelSettings = {},
  ): Promise<ImportedNetwork> {
    return this.request("import", { files, options, channels }, [], onProgress);
  }

  /** The last import's records built into a network again, with other channels or identity decisions. */
  rebuild(request: RebuildRequest, onProgress?: ProgressCallback): Promise<ImportedNetwork> {
    return this.request("rebuild", request, [], onProgress);
  }

  /** Introductions and recruitment, computed in the worker from the network's last analysis. */
  recommend(request: RecommendRequest): Promise<RecommendPayload> {
    return this.request("recommend", request, []);
  }

  /** Reads targets.csv off the page; the buffer is transferred. */
  readTargets(fileName: string, bytes: ArrayBuffer): Promise<TargetsFile> {
    return this.request("readTargets", { fileName, bytes }, [bytes]);
  }

  exportFile(request: ExportRequest): Promise<ExportFile> {
    return this.request("export", request, []);
  }

  /**
   * Analyses a network the worker built. Aborting `signal` rejects at once with an
   * AbortError and asks the worker to stop; whatever it still sends is ignored.
   */
  analyze(
    networkId: number,
    settings: AnalysisSettings,
    options: { onProgress?: ProgressCallback; signal?: AbortSignal } = {},
  ): Promise<AnalysisPayload> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(cancelled());
    const { requestId, result } = this.send("analyze", { networkId, settings }, [], onProgress);
    signal?.addEventListener(
      "abort",
      () => {
        if (!this.pending.reject(requestId, cancelled())) return;
        void this.request("cancel", { target: requestId }, []).catch(() => undefined);
      },
      { once: true },
    );
    return result;
  }

  /** A saved workspace's files read again in the worker and built into the network. */
  restore(request: RestoreRequest, onProgress?: ProgressCallback): Promise<ImportedNetwork> {
    return this.request("restore", request, [], onProgress);
  }

  timeline(request: TimelineRequest): Promise<TimelinePayload> {
    return this.request("timeline", request, []);
  }

  compare(request: CompareRequest): Promise<ComparePayload> {
    return this.request("compare", request, []);
  }

  /** A workspace file's text parsed and checked in the worker. */
  openWorkspace(text: string): Promise<ReadResult> {
    return this.request("openWorkspace", { text }, []);
  }

  async forget(fileIds: string[]): Promise<void> {
    if (fileIds.length > 0) await this.request("forget", { fileIds }, []);
  }

  dispose(): void {
    this.worker.terminate();
    this.pending.rejectAll(new Error("The import worker was closed"));
  }

  private request<K extends RequestKind>(
    type: K,
    payload: RequestPayloads[K],
    transfer: Transferable[],
    onProgress?: ProgressCallback,
  ): Promise<ResultPayloads[K]> {
    return this.send(type, payload, transfer, onProgress).result;
  }

  private send<K extends RequestKind>(
    type: K,
    payload: RequestPayloads[K],
    transfer: Transferable[],
    onProgress?: ProgressCallback,
  ): { requestId: number; result: Promise<ResultPayloads[K]> } {
    const requestId = this.nextRequestId++;
    const message = { type, requestId, ...payload } as WorkerRequest;
    const result = this.pending.open<ResultPayloads[K]>(requestId, onProgress);
    try {
      this.worker.postMessage(message, transfer);
    } catch (error) {
      this.pending.reject(requestId, error instanceof Error ? error : new Error(String(error)));
    }
    return { requestId, result };
  }
}

function cancelled(): DOMException {
  return new DOMException("The analysis was cancelled", "AbortError");
}
