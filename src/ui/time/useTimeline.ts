import { useEffect, useState } from "react";
import { toTimeWindow } from "../../workspace";
import type { TimelinePayload } from "../../worker/workspaceHandler";
import { useAppState } from "../state/AppContext";
import { importClient } from "../state/useImportFlow";

/**
 * The activity timeline of the records behind the current network, computed in the worker. It
 * depends on the records, decisions and channels; the time window only changes how many people
 * were active in it.
 */
export function useTimeline(): TimelinePayload | null {
  const { network, community } = useAppState();
  // The network of the last import or restore: rebuilds (a window, a split) keep its records.
  const [root, setRoot] = useState<number | null>(null);
  const latestRoot = network && network.rebuiltFrom === null ? network.networkId : root;
  if (latestRoot !== root) setRoot(latestRoot);
  const rootId = network ? latestRoot : null;
  const { identityDecisions, channels } = community;
  const window = community.time.window;
  const [timeline, setTimeline] = useState<{ key: unknown[]; value: TimelinePayload } | null>(null);
  const key = [rootId, identityDecisions, channels];

  useEffect(() => {
    if (rootId === null) return;
    let live = true;
    const request = [rootId, identityDecisions, channels];
    importClient()
      .timeline({ options: { decisions: identityDecisions }, channels, window: toTimeWindow(window) })
      .then(
        (value) => live && setTimeline({ key: request, value }),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [rootId, identityDecisions, channels, window]);

  // A new window keeps the months shown until its own answer comes: only the active counts change.
  return timeline && timeline.key.every((part, i) => part === key[i]) ? timeline.value : null;
}
