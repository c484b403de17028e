/**
 * The import worker: every byte of a user's file is decoded and parsed here, never on
 * the page, so a large file cannot freeze the interface. It keeps each previewed
 * file's text until the user confirms the mapping, so bytes cross only once.
 */
import { importFiles, previewFile, type DecodedFile } from "./importPipeline";
import type { Progress, RequestKind, ResultPayloads, WorkerRequest, WorkerResponse } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const files = new Map<string, DecodedFile>();

/** Progress messages are throttled: a 200,000-row file must not flood the page. */
const PROGRESS_INTERVAL_MS = 50;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    respond(request.requestId, request.type, handle(request));
  } catch (error) {
    post({ type: "error", requestId: request.requestId, message: String(error) });
  }
};

function handle(request: WorkerRequest): ResultPayloads[RequestKind] {
  switch (request.type) {
    case "preview": {
      const outcomes = request.files.map((file, index) => {
        reportProgress(request.requestId, {
          stage: "decoding",
          fraction: index / request.files.length,
          label: `Opening ${file.fileName}`,
        });
        const { outcome, decoded } = previewFile(file.fileId, file.fileName, new Uint8Array(file.bytes));
        if (decoded) files.set(file.fileId, decoded);
        return outcome;
      });
      return { outcomes };
    }
    case "import": {
      const chosen = request.files.map((spec) => {
        const decoded = files.get(spec.fileId);
        if (!decoded) throw new Error(`File ${spec.fileId} was not previewed first`);
        return { spec, decoded };
      });
      const throttled = throttle((p: Progress) => reportProgress(request.requestId, p));
      return importFiles(chosen, request.options, throttled);
    }
    case "forget": {
      let forgotten = 0;
      for (const id of request.fileIds) if (files.delete(id)) forgotten++;
      return { forgotten };
    }
  }
}

function respond<K extends RequestKind>(requestId: number, kind: K, result: ResultPayloads[K]): void {
  post({ type: "result", kind, requestId, result } as WorkerResponse);
}

function reportProgress(requestId: number, progress: Progress): void {
  post({ type: "progress", requestId, progress });
}

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

function throttle(send: (p: Progress) => void): (p: Progress) => void {
  let last = 0;
  let lastLabel = "";
  return (p) => {
    const now = performance.now();
    if (p.label !== lastLabel || p.fraction >= 1 || now - last >= PROGRESS_INTERVAL_MS) {
      last = now;
      lastLabel = p.label;
      send(p);
    }
  };
}
