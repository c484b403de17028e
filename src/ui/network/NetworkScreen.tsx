import { useState, type ReactNode } from "react";
import { ImportReportView } from "../report/ImportReportView";
import type { LoadedNetwork } from "../state/appState";
import { formatCount } from "../common/format";
import type { NetworkCounts } from "./networkCounts";
import { NetworkView } from "./NetworkView";

type Tab = "network" | "report";

/**
 * Tab and selection belong to one imported network: keyed by it here rather than
 * reset in an effect, so a new import starts clean without remounting sigma.
 */
interface ViewState {
  network: LoadedNetwork;
  tab: Tab;
  selected: string | null;
}

interface NetworkScreenProps {
  network: LoadedNetwork;
  counts: NetworkCounts;
  hidden: boolean;
}

export function NetworkScreen({ network, counts, hidden }: NetworkScreenProps) {
  const firstTab: Tab = counts.rejectedRows > 0 || counts.failedFiles > 0 ? "report" : "network";
  const [view, setView] = useState<ViewState>({ network, tab: firstTab, selected: null });
  const current = view.network === network ? view : { network, tab: firstTab, selected: null };
  const update = (change: Partial<ViewState>) => setView({ ...current, ...change });
  const issues = counts.rejectedRows + counts.failedFiles;

  return (
    <main className="network-screen" hidden={hidden}>
      <h1 className="visually-hidden">The network of your community</h1>
      <div className="tabs" role="tablist" aria-label="Views">
        <TabButton id="network" current={current.tab} onSelect={(tab) => update({ tab })}>
          Network
        </TabButton>
        <TabButton id="report" current={current.tab} onSelect={(tab) => update({ tab })}>
          Import report
          {issues > 0 && <span className="badge warning">{formatCount(issues)} to check</span>}
        </TabButton>
      </div>
      <div
        id="panel-network"
        role="tabpanel"
        aria-labelledby="tab-network"
        hidden={current.tab !== "network"}
      >
        <NetworkView
          network={network}
          selected={current.selected}
          onSelect={(selected) => update({ selected, tab: "network" })}
        />
      </div>
      <div
        id="panel-report"
        role="tabpanel"
        aria-labelledby="tab-report"
        className="report-panel"
        hidden={current.tab !== "report"}
      >
        <ImportReportView network={network} />
      </div>
    </main>
  );
}

interface TabButtonProps {
  id: Tab;
  current: Tab;
  onSelect: (tab: Tab) => void;
  children: ReactNode;
}

function TabButton({ id, current, onSelect, children }: TabButtonProps) {
  return (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={current === id}
      aria-controls={`panel-${id}`}
      className="tab"
      onClick={() => onSelect(id)}
    >
      {children}
    </button>
  );
}
