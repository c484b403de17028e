/**
 * The import steps as the user sees them: open files (or the sample), confirm their
 * columns, import. Every byte goes to the import worker; the page only receives the
 * previews and the finished network.
 */
import { useCallback, useMemo, type Dispatch } from "react";
import Graph from "graphology";
import { missingRequired } from "../../ingest/fields";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { ImportClient } from "../../worker/importClient";
import type { FileFailure, ImportSpec, Progress } from "../../worker/protocol";
import { SAMPLE_FILES } from "../start/sampleFiles";
import type { AppAction, StagedFile } from "./appState";
import { useAppDispatch } from "./AppContext";

let sharedClient: ImportClient | null = null;

/** One worker for the page's lifetime, created on first use. */
function importClient(): ImportClient {
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

  const importStaged = useCallback(
    (staged: StagedFile[], failures: FileFailure[], origin: Origin) =>
      runTask(dispatch, "Reading files", () => importAndLoad(dispatch, staged, failures, origin)),
    [dispatch],
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
          await importAndLoad(dispatch, staged, failures, "sample");
        }
      }),
    [dispatch],
  );

  return useMemo(() => ({ openFiles, loadSample, importStaged }), [openFiles, loadSample, importStaged]);
}

export function isComplete(file: StagedFile): boolean {
  return file.kind !== null && missingRequired(file.kind, file.mapping).length === 0;
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
  const outcomes = await client.preview(inputs, progressTo(dispatch));
  const staged: StagedFile[] = [];
  const failures: FileFailure[] = [];
  for (const outcome of outcomes) {
    if (outcome.ok) {
      const { preview } = outcome;
      staged.push({ fileId: outcome.fileId, preview, kind: preview.kind, mapping: { ...preview.mapping } });
    } else {
      failures.push({ fileName: outcome.fileName, message: outcome.message });
    }
  }
  dispatch({ type: "staged", staged, failures, origin });
  return { staged, failures };
}

async function importAndLoad(
  dispatch: Dispatch<AppAction>,
  staged: StagedFile[],
  failures: FileFailure[],
  origin: Origin,
): Promise<void> {
  const specs: ImportSpec[] = staged.flatMap((f) =>
    f.kind ? [{ fileId: f.fileId, kind: f.kind, mapping: f.mapping }] : [],
  );
  const payload = await importClient().importNetwork(specs, {}, progressTo(dispatch));
  dispatch({ type: "busy", label: "Drawing the network", fraction: 1 });
  const graph = Graph.from(payload.graph) as WeaverGraph;
  // Let the page breathe between rebuilding the graph and drawing it: two shorter tasks, not one long one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  dispatch({
    type: "networkLoaded",
    network: {
      graph,
      reports: payload.reports,
      identity: payload.identity,
      failures: [...failures, ...payload.failures],
      undatedExcluded: payload.undatedExcluded,
      origin,
    },
  });
}
