import { createPathKernel, type PathKernel } from "../pathKernel";
import { sumsBuffers, type PathWorkerReply, type PathWorkerRequest } from "./protocol";

/**
 * The environment-neutral body of a path worker: Web Worker and worker_threads entries
 * only wire `post` and the message event to it.
 */
export function createPathWorkerHandler(
  post: (reply: PathWorkerReply, transfer?: ArrayBuffer[]) => void,
): (request: PathWorkerRequest) => void {
  let kernel: PathKernel | null = null;
  let sources: Int32Array = new Int32Array(0);
  return (request) => {
    try {
      switch (request.type) {
        case "init":
          kernel = createPathKernel(request.graph, request.options);
          sources = request.sources;
          break;
        case "run":
          if (!kernel) throw new Error("path worker: run before init");
          kernel.run(sources, request.start, request.end);
          post({ type: "done", count: request.end - request.start });
          break;
        case "collect": {
          if (!kernel) throw new Error("path worker: collect before init");
          const sums = kernel.sums;
          kernel = null;
          post({ type: "sums", sums }, sumsBuffers(sums));
          break;
        }
      }
    } catch (error) {
      post({ type: "error", message: error instanceof Error ? error.message : String(error) });
    }
  };
}
