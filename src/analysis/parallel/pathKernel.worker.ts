/// <reference lib="webworker" />
import { createPathWorkerHandler } from "./workerCore";
import type { PathWorkerRequest } from "./protocol";

/** Web Worker entry of a path worker; bundled by Vite through browser.ts. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createPathWorkerHandler((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (event: MessageEvent<PathWorkerRequest>) => handle(event.data);
