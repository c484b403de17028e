/**
 * The import steps as the user sees them: open files (or the sample), confirm their
 * columns, import. Every byte goes to the import worker; the page only receives the
 * previews and the finished network.
 */
import { useCallback, useMemo, type Dispatch } from "react";
import { missingRequired } from "../../ingest/fields";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { ImportClient } from "../../worker/importClient";
import type { FileFailure, ImportedNetwork, ImportSpec, Progress } from "../../worker/protocol";
import { SAMPLE_FILES, SAMPLE_TARGETS } from "../start/sampleFiles";
import { graphInSlices } from "./graphInSlices";
import { toTimeWindow } from "../../workspace";
import { keepImportedFiles, keepPreviewedBytes } from "../workspace/workspaceFiles";
import {
  freshCommunity,
  type AppAction,
  type CommunitySettings,
  type LoadedNetwork,
  type StagedFile,
} from "./appState";
import { useAppDispatch, useAppState } from "./AppContext";

let sharedClient: ImportClient | null = null;

/** One worker for the page's lifetime, created on first use; it also analyses the network it built. */
export function importClient(): ImportClient {
  sharedClient ??= new ImportClient();
  return sharedClient;
}

type Origin = "sample" | "files";

export interface ImportFlow {
  openFiles(files: File[]): Promise<void>;
  loadSample(): Promise<void>;
  importStaged(staged: StagedFile[], failures: FileFailure[], origin: Origin): Promise<void>;
}

export function useImportFlow(): ImportFlow {
  const dispatch = useAppDispatch();
  const { community, network } = useAppState();
  const previousOrigin = network?.origin ?? null;
  /** Settings carry over between imports of the same kind; the sample and one's own files do not mix. */
  const communityFor = useCallback(
    (origin: Origin): CommunitySettings =>
      previousOrigin === null || previousOrigin === origin ? community : freshCommunity(),
    [community, previousOrigin],
  );

  const importStaged = useCallback(
    (staged: StagedFile[], failures: FileFailure[], origin: Origin) =>
      runTask(dispatch, "Reading files", () =>
        importAndLoad(dispatch, staged, failures, origin, communityFor(origin)),
      ),
    [dispatch, communityFor],
  );

  const openFiles = useCallback(
    (files: File[]) =>
      runTask(dispatch, "Opening files", async () => {
        const inputs = await Promise.all(
          files.map(async (f) => ({ fileName: f.name, bytes: await f.arrayBuffer() })),
        );
        await stage(dispatch, inputs, "files");
      }),
    [dispatch],
  );

  const loadSample = useCallback(
    () =>
      runTask(dispatch, "Loading the sample community", async () => {
        const inputs = await Promise.all(
          SAMPLE_FILES.map(async ({ fileName, url }) => {
            const response = await fetch(url);
            if (!response.ok)
              throw new Error(`Could not load the sample file ${fileName} (${response.status})`);
            return { fileName, bytes: await response.arrayBuffer() };
          }),
        );
        const { staged, failures } = await stage(dispatch, inputs, "sample");
        // The sample's columns are recognised exactly, so there is nothing for the user to confirm.
        if (failures.length === 0 && staged.every(isComplete)) {
          const targets = await sampleTargets();
          const community = { ...communityFor("sample"), targets, targetsFrom: SAMPLE_TARGETS.fileName };
          await importAndLoad(dispatch, staged, failures, "sample", community);
        }
      }),
    [dispatch, communityFor],
  );

  return useMemo(() => ({ openFiles, loadSample, importStaged }), [openFiles, loadSample, importStaged]);
}

export function isComplete(file: StagedFile): boolean {
  if (file.detected !== undefined) return true;
  return file.kind !== null && missingRequired(file.kind, file.mapping).length === 0;
}

/** The sample's targets.csv, read by the worker like any targets file. */
async function sampleTargets() {
  const response = await fetch(SAMPLE_TARGETS.url);
  if (!response.ok) throw new Error(`Could not load the sample targets (${response.status})`);
  const parsed = await importClient().readTargets(SAMPLE_TARGETS.fileName, await response.arrayBuffer());
  return parsed.targets;
}

async function runTask(
  dispatch: Dispatch<AppAction>,
  label: string,
  task: () => Promise<void>,
): Promise<void> {
  dispatch({ type: "busy", label, fraction: null, newTask: true });
  try {
    await task();
  } catch (error) {
    dispatch({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}

function progressTo(dispatch: Dispatch<AppAction>) {
  return (p: Progress) => dispatch({ type: "busy", label: p.label, fraction: p.fraction });
}

async function stage(
  dispatch: Dispatch<AppAction>,
  inputs: { fileName: string; bytes: ArrayBuffer }[],
  origin: Origin,
): Promise<{ staged: StagedFile[]; failures: FileFailure[] }> {
  const client = importClient();
  // The workspace keeps the original bytes, and preview transfers them to the worker: copy first.
  const copies = inputs.map((input) => input.bytes.slice(0));
  const { outcomes, detected } = await client.preview(inputs, progressTo(dispatch));
  keepPreviewedBytes(outcomes, copies);
  const staged: StagedFile[] = [];
  const failures: FileFailure[] = [];
  for (const outcome of outcomes) {
    if (outcome.ok) {
      const { preview } = outcome;
      const file = { fileId: outcome.fileId, preview, kind: preview.kind, mapping: { ...preview.mapping } };
      staged.push(outcome.detected === undefined ? file : { ...file, detected: outcome.detected });
    } else {
      failures.push({ fileName: outcome.fileName, message: outcome.message });
    }
  }
  dispatch({ type: "staged", staged, failures, detected, origin });
  return { staged, failures };
}

async function importAndLoad(
  dispatch: Dispatch<AppAction>,
  staged: StagedFile[],
  failures: FileFailure[],
  origin: Origin,
  community: CommunitySettings,
): Promise<void> {
  const specs: ImportSpec[] = staged.flatMap((f) =>
    f.kind ? [{ fileId: f.fileId, kind: f.kind, mapping: f.mapping }] : [],
  );
  const payload = await importClient().importNetwork(
    specs,
    { decisions: community.identityDecisions, window: toTimeWindow(community.time.window) },
    progressTo(dispatch),
    community.channels,
  );
  const network = await toLoadedNetwork(dispatch, payload, { failures, origin, rebuiltFrom: null });
  keepImportedFiles(staged);
  dispatch({ type: "networkLoaded", network, community });
}

/** The worker's network as the page keeps it; `failures` are the files that failed before import. */
export async function toLoadedNetwork(
  dispatch: Dispatch<AppAction>,
  payload: ImportedNetwork,
  context: { failures: FileFailure[]; origin: Origin; rebuiltFrom: number | null; windowOnly?: boolean },
): Promise<LoadedNetwork> {
  dispatch({ type: "busy", label: "Drawing the network", fraction: 1 });
  // Rebuilt in slices, each its own task, so the page keeps answering (and drawing) meanwhile.
  const graph: WeaverGraph = await graphInSlices(payload.graph);
  return {
    networkId: payload.networkId,
    graph,
    reports: payload.reports,
    identity: payload.identity,
    failures: [...context.failures, ...payload.failures],
    undatedExcluded: payload.undatedExcluded,
    origin: context.origin,
    sources: payload.sources,
    rebuiltFrom: context.rebuiltFrom,
    windowOnly: context.windowOnly ?? false,
  };
}
