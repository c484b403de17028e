import type { Dispatch } from "react";
import { networkOptionsOf, type Workspace } from "../../workspace";
import type { AppAction } from "../state/appState";
import { importClient, toLoadedNetwork } from "../state/useImportFlow";
import { communityOf } from "./toWorkspace";
import { restoreSession } from "./sessionMemory";
import { setWorkspaceFiles } from "./workspaceFiles";

/**
 * Brings a workspace back: the worker reads each saved file again from its bytes with the saved
 * mapping and builds the network with the saved decisions, channels and window; the page shows
 * its progress. Nothing changes on the page until the network is ready.
 */
export async function restoreWorkspace(dispatch: Dispatch<AppAction>, workspace: Workspace): Promise<void> {
  dispatch({ type: "busy", label: "Restoring your workspace", fraction: 0, newTask: true });
  const community = communityOf(workspace);
  const payload = await importClient().restore(
    { files: workspace.files, options: networkOptionsOf(workspace), channels: community.channels },
    (p) => dispatch({ type: "busy", label: p.label, fraction: p.fraction }),
  );
  const network = await toLoadedNetwork(dispatch, payload, {
    failures: [],
    origin: workspace.origin,
    rebuiltFrom: null,
  });
  setWorkspaceFiles(workspace.files);
  restoreSession(workspace, network.networkId);
  if (workspace.pseudonymSecret !== null)
    dispatch({ type: "setPseudonymise", on: false, secret: workspace.pseudonymSecret });
  dispatch({ type: "networkLoaded", network, community });
}
