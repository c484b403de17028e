import { parentPort } from "node:worker_threads";
import { createPathWorkerHandler } from "./workerCore";
import type { PathWorkerRequest } from "./protocol";

/** worker_threads entry of a path worker (loaded through nodeBootstrap.mjs). */
const port = parentPort;
if (!port) throw new Error("nodeWorker must run in a worker thread");
const handle = createPathWorkerHandler((reply, transfer) => port.postMessage(reply, transfer));
port.on("message", (request: PathWorkerRequest) => handle(request));
