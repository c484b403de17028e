import { useCallback } from "react";
import { toTimeWindow } from "../../workspace";
import type { CommunitySettings } from "../state/appState";
import { useAppDispatch, useAppState } from "../state/AppContext";
import { importClient, toLoadedNetwork } from "../state/useImportFlow";

export type RebuildChange = Partial<Pick<CommunitySettings, "identityDecisions" | "channels" | "time">>;

/**
 * Applies new identity decisions or channel settings: they are kept in the app state and the
 * worker builds the network again from the records it already read. The view stays where
 * the user is; the analysis and the recommendations follow the new network.
 */
export function useRebuild(): (change: RebuildChange) => Promise<void> {
  const { network, community } = useAppState();
  const dispatch = useAppDispatch();
  return useCallback(
    async (change: RebuildChange) => {
      if (!network) return;
      const next = { ...community, ...change };
      dispatch({ type: "setCommunity", change });
      dispatch({ type: "busy", label: "Rebuilding the network", fraction: null, newTask: true });
      try {
        const payload = await importClient().rebuild(
          {
            options: { decisions: next.identityDecisions, window: toTimeWindow(next.time.window) },
            channels: next.channels,
          },
          (p) => dispatch({ type: "busy", label: p.label, fraction: p.fraction }),
        );
        // The files that failed are the same ones as at import: keep the list as it was.
        const rebuilt = await toLoadedNetwork(
          dispatch,
          { ...payload, failures: [] },
          {
            failures: network.failures,
            origin: network.origin,
            rebuiltFrom: network.networkId,
            windowOnly: change.identityDecisions === undefined && change.channels === undefined,
          },
        );
        dispatch({ type: "networkLoaded", network: rebuilt });
      } catch (error) {
        dispatch({ type: "failed", message: error instanceof Error ? error.message : String(error) });
      }
    },
    [network, community, dispatch],
  );
}
