/**
 * The import worker: every byte of a user's file is decoded and parsed here, never on
 * the page, so a large file cannot freeze the interface. It keeps each previewed
 * file's text until the user confirms the mapping, so bytes cross only once, and the
 * last network it built, so analysing it needs no copy from the page. Large results go
 * to the page in slices (RESULT_SLICES), so that receiving one never freezes it.
 */
import Graph from "graphology";
import { createBrowserPathPool } from "../analysis/parallel/browser";
import type { PathWorkerPool } from "../analysis/parallel/pool";
import type { WeaverGraph } from "../graph/buildNetwork";
import { describeImports } from "../ingest/adapters";
import { runAnalysis, type AnalysisPayload } from "./analysisHandler";
import { buildPayload, previewFile, readFiles, type DecodedFile, type ReadFiles } from "./importPipeline";
import { exportFile, readTargetsFile, recommendFor, toNetworkAnalysis } from "./recommendHandler";
import { resultMessages, type SliceRule } from "./resultParts";
import { parseWorkspace } from "../workspace";
import { compareOf, readWorkspaceFiles, timelineOf } from "./workspaceHandler";
import type {
  ImportedNetwork,
  NetworkPayload,
  Progress,
  RequestKind,
  ResultPayloads,
  WorkerRequest,
  WorkerResponse,
} from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const files = new Map<string, DecodedFile>();

/** The last network built; the graph object is rebuilt from its export on first analysis. */
let latest: { networkId: number; exported: ImportedNetwork["graph"]; graph: WeaverGraph | null } | null =
  null;
let networksBuilt = 0;
/** The records of the last import, kept so the network can be rebuilt without reading the files again. */
let lastRead: ReadFiles | null = null;
/** The last analysis finished, which recommendations and exports start from. */
let lastAnalysis: AnalysisPayload | null = null;
/** Analyses in flight, by request id, so a `cancel` can stop them. */
const running = new Map<number, AbortController>();
/** Web Workers for the all-pairs pass; created on first use, started only for large networks. */
let pathPool: PathWorkerPool | null = null;

/** Progress messages are throttled: a 200,000-row file must not flood the page. */
const PROGRESS_INTERVAL_MS = 50;

type Answer = ResultPayloads[RequestKind];

/**
 * The arrays sent ahead of a result in slices (PartMessage), sized so that the page receives
 * each in a few milliseconds. Measured in headless Chromium on the 2-core test machine with
 * 10,000-person communities of 99,861 ties: the network in one message was a 130–250 ms task
 * and the analysis 16–40 ms; 2,000 people, 5,000 ties, 2,500 people's measures or 5,000
 * entries of an identity list take 1–8 ms a message, several times under the 30 ms aimed at,
 * which leaves room for registries with many more columns and for a busy machine. The
 * identity lists grow with the people when the files name them by e-mail or name, or name
 * people missing from the registry (10,000 such people: 30,000 near misses, a 20–60 ms
 * result when sent whole).
 */
const NETWORK_SLICES: SliceRule<ImportedNetwork>[] = [
  { path: "graph.nodes", size: 2_000 },
  { path: "graph.edges", size: 5_000 },
  { path: "identity.matches", size: 5_000 },
  { path: "identity.merges", size: 5_000 },
  { path: "identity.unregistered", size: 5_000 },
  { path: "identity.nearMisses", size: 5_000 },
];
const RESULT_SLICES: { [K in RequestKind]?: SliceRule<ResultPayloads[K]>[] } = {
  import: NETWORK_SLICES,
  rebuild: NETWORK_SLICES,
  restore: NETWORK_SLICES,
  analyze: [{ path: "people", size: 2_500 }],
};

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const fail = (error: unknown) =>
    post({ type: "error", requestId: request.requestId, message: String(error) });
  try {
    const answer = handle(request);
    if (answer instanceof Promise)
      answer.then((result) => respond(request.requestId, request.type, result), fail);
    else respond(request.requestId, request.type, answer);
  } catch (error) {
    fail(error);
  }
};

function handle(request: WorkerRequest): Answer | Promise<Answer> {
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
        return { outcome, adapted: decoded?.adapted };
      });
      return {
        outcomes: outcomes.map((o) => o.outcome),
        detected: describeImports(outcomes.flatMap((o) => (o.adapted ? [o.adapted] : []))),
      };
    }
    case "import": {
      const chosen = request.files.map((spec) => {
        const decoded = files.get(spec.fileId);
        if (!decoded) throw new Error(`File ${spec.fileId} was not previewed first`);
        return { spec, decoded };
      });
      const throttled = throttle((p: Progress) => reportProgress(request.requestId, p));
      lastRead = readFiles(chosen, throttled);
      return publish(buildPayload(lastRead, request.options, request.channels ?? {}, throttled));
    }
    case "rebuild": {
      if (!lastRead) throw new Error("There is no imported data to rebuild the network from");
      const throttled = throttle((p: Progress) => reportProgress(request.requestId, p));
      return publish(buildPayload(lastRead, request.options, request.channels, throttled));
    }
    case "recommend":
      return recommendFor(networkGraph(request.networkId), analysisOf(request.networkId), request);
    case "export":
      return exportFile(networkGraph(request.networkId), analysisOf(request.networkId), request);
    case "readTargets":
      return readTargetsFile(new Uint8Array(request.bytes), request.fileName);
    case "forget": {
      let forgotten = 0;
      for (const id of request.fileIds) if (files.delete(id)) forgotten++;
      return { forgotten };
    }
    case "analyze": {
      const graph = networkGraph(request.networkId);
      const controller = new AbortController();
      running.set(request.requestId, controller);
      pathPool ??= createBrowserPathPool();
      return runAnalysis(graph, request.networkId, request.settings, {
        pool: pathPool,
        signal: controller.signal,
        onProgress: throttle((p: Progress) => reportProgress(request.requestId, p)),
      })
        .then((payload) => (lastAnalysis = payload))
        .finally(() => running.delete(request.requestId));
    }
    case "restore": {
      const throttled = throttle((p: Progress) => reportProgress(request.requestId, p));
      lastRead = readWorkspaceFiles(request.files, throttled);
      return publish(buildPayload(lastRead, request.options, request.channels, throttled));
    }
    case "timeline":
      if (!lastRead) throw new Error("There is no imported data to draw a timeline from");
      return timelineOf(lastRead, request);
    case "openWorkspace":
      return parseWorkspace(request.text);
    case "compare":
      if (!lastRead) throw new Error("There is no imported data to compare periods of");
      return compareOf(lastRead, request);
    case "cancel": {
      const controller = running.get(request.target);
      controller?.abort();
      return { cancelled: controller !== undefined };
    }
  }
}

/** A new network becomes the one loaded, under a new id. */
function publish(payload: NetworkPayload): ImportedNetwork {
  const imported = { ...payload, networkId: ++networksBuilt };
  latest = { networkId: imported.networkId, exported: imported.graph, graph: null };
  lastAnalysis = null;
  return imported;
}

/** The last analysis of the network `networkId`, as the recommendation engine takes it. */
function analysisOf(networkId: number) {
  if (!lastAnalysis || lastAnalysis.networkId !== networkId) {
    throw new Error("This network has not been analysed yet");
  }
  return toNetworkAnalysis(lastAnalysis, networkGraph(networkId));
}

/** The graph of the network built under `networkId`, if it is still the one loaded. */
function networkGraph(networkId: number): WeaverGraph {
  if (!latest || latest.networkId !== networkId) {
    throw new Error("This network is no longer loaded; import it again to analyse it");
  }
  latest.graph ??= Graph.from(latest.exported) as WeaverGraph;
  return latest.graph;
}

/** The result, its large arrays first in slices; `result` itself is left as it is (publish keeps it). */
function respond<K extends RequestKind>(requestId: number, kind: K, result: ResultPayloads[K]): void {
  for (const message of resultMessages(requestId, kind, result, RESULT_SLICES[kind] ?? [])) post(message);
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
