// Entry of every Node path worker. Under tsx or vitest the worker's modules are
// TypeScript, which a fresh worker thread cannot load by itself: register tsx's
// loader in this thread first, then import the real entry. Compiled (.js) entries
// load directly.
import { workerData } from "node:worker_threads";

const entry = workerData.weaverEntry;
if (entry.endsWith(".ts")) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import(entry);
