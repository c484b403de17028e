/**
 * The app's state as a workspace document and back. The page's settings (community decisions,
 * channels, time window) and what is on screen (view, filters, layout, analysis settings; see
 * sessionMemory) map one to one onto the saved settings; anything the page does not hold yet keeps
 * the defaults, so an older or newer page never fails on a document.
 */
import type { InteractionChannel } from "../../model/types";
import {
  channelSettingsOf,
  defaultSettings,
  newWorkspace,
  type Workspace,
  type WorkspaceFile,
} from "../../workspace";
import type { ChannelSettings } from "../../worker/recommendProtocol";
import type { AppState, CommunitySettings } from "../state/appState";
import type { Session } from "./sessionMemory";

export function toWorkspace(
  state: Pick<AppState, "community" | "pseudonymSecret">,
  origin: Workspace["origin"],
  files: readonly WorkspaceFile[],
  session: Session,
  now: Date = new Date(),
): Workspace {
  const base = newWorkspace(origin, now);
  const { community } = state;
  const { excluded, excludeSharedEvents, ...weights } = community.channels;
  const settings = defaultSettings();
  return {
    ...base,
    files: [...files],
    identityDecisions: community.identityDecisions,
    targets: community.targets,
    pseudonymSecret: state.pseudonymSecret,
    settings: {
      ...settings,
      network: {
        ...settings.network,
        channelWeights: weights as Partial<Record<InteractionChannel, number>>,
        excludedChannels: [...(excluded ?? [])],
        excludeSharedEvents: excludeSharedEvents ?? false,
      },
      analysis: session.analysis ?? settings.analysis,
      view: session.view,
      filters: session.filters,
      time: community.time,
    },
    layout: session.layout,
  };
}

/** The community settings a workspace brings back. */
export function communityOf(workspace: Workspace): CommunitySettings {
  const channels: ChannelSettings = channelSettingsOf(workspace);
  return {
    targets: workspace.targets,
    targetsFrom: null,
    identityDecisions: workspace.identityDecisions,
    channels,
    time: workspace.settings.time,
  };
}
