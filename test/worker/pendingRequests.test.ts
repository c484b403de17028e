/**
 * The page's bookkeeping of worker requests, fed the messages the worker sends for the sample
 * community's real network (resultMessages, as importWorker posts them, each copied by
 * structuredClone as postMessage would): a result in parts resolves to the whole result,
 * progress still arrives between parts, and a request that fails, is cancelled or loses its
 * worker midway drops the parts it had received.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { PendingRequests } from "../../src/worker/pendingRequests";
import type { ImportedNetwork, Progress, WorkerResponse } from "../../src/worker/protocol";
import { resultMessages, type SliceRule } from "../../src/worker/resultParts";
import { sampleNetwork } from "./sampleResults";

let network: ImportedNetwork;

beforeAll(() => {
  network = sampleNetwork();
});

const RULES: SliceRule<ImportedNetwork>[] = [
  { path: "graph.nodes", size: 100 },
  { path: "graph.edges", size: 1_000 },
];

function messagesFor(requestId: number, result: ImportedNetwork = network): WorkerResponse[] {
  return resultMessages(requestId, "rebuild", result, RULES).map((message) => structuredClone(message));
}

const parts = (messages: WorkerResponse[]) => messages.filter((m) => m.type === "part");
const result = (messages: WorkerResponse[]) => messages.find((m) => m.type === "result")!;

describe("PendingRequests", () => {
  it("resolves a result sent in parts to the whole result, with progress between the parts", async () => {
    const requests = new PendingRequests();
    const progress: Progress[] = [];
    const answer = requests.open<ImportedNetwork>(1, (p) => progress.push(p));
    const messages = messagesFor(1);
    expect(parts(messages).length).toBeGreaterThan(3);

    const step: Progress = { stage: "building", fraction: 0.95, label: "Building the network" };
    for (const part of parts(messages)) {
      requests.receive(part);
      requests.receive({ type: "progress", requestId: 1, progress: step });
    }
    expect(requests.partsHeld).toBe(parts(messages).length);
    requests.receive(result(messages));

    await expect(answer).resolves.toEqual(network);
    expect(progress).toHaveLength(parts(messages).length);
    expect(requests.partsHeld).toBe(0);
  });

  it("keeps two requests' parts apart when their messages interleave", async () => {
    const requests = new PendingRequests();
    const other = {
      ...network,
      networkId: 2,
      graph: { ...network.graph, edges: network.graph.edges.slice(1) },
    };
    const first = requests.open<ImportedNetwork>(1);
    const second = requests.open<ImportedNetwork>(2);
    const a = messagesFor(1);
    const b = messagesFor(2, other);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]) requests.receive(a[i]!);
      if (b[i]) requests.receive(b[i]!);
    }
    await expect(first).resolves.toEqual(network);
    await expect(second).resolves.toEqual(other);
  });

  it("drops the parts of a request that fails midway, and ignores what still comes for it", async () => {
    const requests = new PendingRequests();
    const failing = requests.open<ImportedNetwork>(1);
    const healthy = requests.open<ImportedNetwork>(2);
    const a = messagesFor(1);
    const b = messagesFor(2);
    for (const part of parts(a).slice(0, 3)) requests.receive(part);
    requests.receive(parts(b)[0]!);
    expect(requests.partsHeld).toBe(4);

    requests.receive({ type: "error", requestId: 1, message: "Out of memory" });
    await expect(failing).rejects.toThrow("Out of memory");
    expect(requests.partsHeld).toBe(1);
    for (const late of a.slice(3)) requests.receive(late);
    expect(requests.partsHeld).toBe(1);

    for (const message of b.slice(1)) requests.receive(message);
    await expect(healthy).resolves.toEqual(network);
    expect(requests.partsHeld).toBe(0);
  });

  it("drops the parts of a request cancelled midway; its result arriving later changes nothing", async () => {
    const requests = new PendingRequests();
    const answer = requests.open<ImportedNetwork>(1);
    const messages = messagesFor(1);
    for (const part of parts(messages).slice(0, 2)) requests.receive(part);

    expect(requests.reject(1, new DOMException("The analysis was cancelled", "AbortError"))).toBe(true);
    await expect(answer).rejects.toMatchObject({ name: "AbortError" });
    expect(requests.partsHeld).toBe(0);
    for (const late of messages.slice(2)) requests.receive(late);
    expect(requests.partsHeld).toBe(0);
    expect(requests.reject(1, new Error("again"))).toBe(false);
  });

  it("drops every request's parts when the worker stops", async () => {
    const requests = new PendingRequests();
    const answers = [requests.open(1), requests.open(2)];
    requests.receive(parts(messagesFor(1))[0]!);
    requests.receive(parts(messagesFor(2))[0]!);
    requests.rejectAll(new Error("The import worker stopped unexpectedly"));
    for (const answer of answers) await expect(answer).rejects.toThrow("stopped unexpectedly");
    expect(requests.partsHeld).toBe(0);
  });

  it("rejects, rather than resolve a wrong result, when the parts do not fit the result", async () => {
    const requests = new PendingRequests();
    const answer = requests.open<ImportedNetwork>(1);
    requests.receive({ type: "part", kind: "analyze", requestId: 1, path: "people", items: [] });
    requests.receive(result(messagesFor(1)));
    await expect(answer).rejects.toThrow(/people/);
    expect(requests.partsHeld).toBe(0);
  });
});
