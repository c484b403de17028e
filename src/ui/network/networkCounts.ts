import type { LoadedNetwork } from "../state/appState";

export interface NetworkCounts {
  people: number;
  registered: number;
  unregistered: number;
  ties: number;
  rejectedRows: number;
  failedFiles: number;
}

/** The figures shown in the header and on the tabs; computed once per imported network. */
export function networkCounts(network: LoadedNetwork): NetworkCounts {
  let registered = 0;
  network.graph.forEachNode((_, attributes) => {
    if (attributes.registered) registered++;
  });
  return {
    people: network.graph.order,
    registered,
    unregistered: network.graph.order - registered,
    ties: network.graph.size,
    rejectedRows: network.reports.reduce((sum, r) => sum + r.rejected.length, 0),
    failedFiles: network.failures.length,
  };
}
