import { useEffect, useState, type ReactNode } from "react";
import { AnalysisBar } from "../analysis/AnalysisBar";
import { BottlenecksView } from "../bottlenecks/BottlenecksView";
import { BridgesView } from "../bridges/BridgesView";
import { ExportMenu } from "../exports/ExportMenu";
import { IntroductionsView } from "../introductions/IntroductionsView";
import { RecruitmentView } from "../recruitment/RecruitmentView";
import { PeopleView } from "../people/PeopleView";
import { CompareView } from "../compare/CompareView";
import { OverviewView } from "../overview/OverviewView";
import { rememberView, restoredView } from "../workspace/viewMemory";
import { ImportReportView } from "../report/ImportReportView";
import type { LoadedNetwork } from "../state/appState";
import { formatCount } from "../common/format";
import { DEFAULT_APPEARANCE, type Appearance } from "./appearance";
import type { FocusRequest } from "./FocusController";
import type { NetworkCounts } from "./networkCounts";
import { NetworkView } from "./NetworkView";

type Tab =
  | "overview"
  | "network"
  | "people"
  | "bottlenecks"
  | "bridges"
  | "introductions"
  | "recruitment"
  | "compare"
  | "report";
const TABS: readonly Tab[] = [
  "overview",
  "network",
  "people",
  "bottlenecks",
  "bridges",
  "introductions",
  "recruitment",
  "compare",
  "report",
];

/**
 * Tab, selection and map appearance belong to one imported network: keyed by it here
 * rather than reset in an effect, so a new import starts clean without remounting sigma.
 */
interface ViewState {
  network: LoadedNetwork;
  tab: Tab;
  selected: string | null;
  appearance: Appearance;
  focus: FocusRequest | null;
}

interface NetworkScreenProps {
  network: LoadedNetwork;
  counts: NetworkCounts;
  hidden: boolean;
}

function freshView(network: LoadedNetwork, tab: Tab): ViewState {
  return { network, tab, selected: null, appearance: DEFAULT_APPEARANCE, focus: null };
}

export function NetworkScreen({ network, counts, hidden }: NetworkScreenProps) {
  const firstTab: Tab = counts.rejectedRows > 0 || counts.failedFiles > 0 ? "report" : "network";
  const [view, setView] = useState<ViewState>(() => freshView(network, restoredView(TABS) ?? firstTab));
  // A network rebuilt from the same records (a split, a channel left out) keeps the user where they were.
  const current =
    view.network === network
      ? view
      : network.rebuiltFrom === view.network.networkId
        ? { ...view, network }
        : freshView(network, restoredView(TABS) ?? firstTab);
  // The open view is part of the workspace (ui/workspace/viewMemory).
  useEffect(() => rememberView(current.tab), [current.tab]);
  const update = (change: Partial<ViewState>) => setView({ ...current, ...change });
  const issues = counts.rejectedRows + counts.failedFiles;
  const selectTab = (tab: Tab) => update({ tab });
  /** From a table or a sentence to the person on the map: select, switch, fly there. */
  const showPerson = (node: string) =>
    update({ selected: node, tab: "network", focus: { node, id: (current.focus?.id ?? 0) + 1 } });
  /** To the map with nobody selected, where what a recommendation view chose to show is drawn. */
  const showMap = () => update({ selected: null, tab: "network" });

  const tabs: { id: Tab; label: ReactNode; content: ReactNode; className?: string }[] = [
    {
      id: "overview",
      label: "Overview",
      content: <OverviewView graph={network.graph} />,
      className: "scroll-panel",
    },
    {
      id: "network",
      label: "Network",
      content: (
        <NetworkView
          network={network}
          selected={current.selected}
          onSelect={(selected) => update({ selected, tab: "network" })}
          appearance={current.appearance}
          onAppearance={(appearance) => update({ appearance })}
          focus={current.focus}
        />
      ),
    },
    {
      id: "people",
      label: "People",
      content: <PeopleView onShowPerson={showPerson} />,
      className: "fill-panel",
    },
    {
      id: "bottlenecks",
      label: "Bottlenecks",
      content: <BottlenecksView onShowPerson={showPerson} />,
      className: "scroll-panel",
    },
    {
      id: "bridges",
      label: "Bridges",
      content: <BridgesView graph={network.graph} onShowPerson={showPerson} />,
      className: "scroll-panel",
    },
    {
      id: "introductions",
      label: "Introductions",
      content: <IntroductionsView graph={network.graph} onShowPerson={showPerson} onShowMap={showMap} />,
      className: "scroll-panel",
    },
    {
      id: "recruitment",
      label: "Recruitment",
      content: <RecruitmentView graph={network.graph} onShowPerson={showPerson} onShowMap={showMap} />,
      className: "scroll-panel",
    },
    {
      id: "compare",
      label: "Compare",
      content: <CompareView onShowPerson={showPerson} />,
      className: "scroll-panel",
    },
    {
      id: "report",
      label: (
        <>
          Import report
          {issues > 0 && <span className="badge warning">{formatCount(issues)} to check</span>}
        </>
      ),
      content: <ImportReportView network={network} />,
      className: "report-panel",
    },
  ];

  return (
    <main className="network-screen" hidden={hidden}>
      <h1 className="visually-hidden">The network of your community</h1>
      <div className="tab-row">
        <div className="tabs" role="tablist" aria-label="Views">
          {tabs.map((tab) => (
            <TabButton key={tab.id} id={tab.id} current={current.tab} onSelect={selectTab}>
              {tab.label}
            </TabButton>
          ))}
        </div>
        <AnalysisBar graph={network.graph} />
        <ExportMenu />
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={`panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          className={tab.className}
          hidden={current.tab !== tab.id}
        >
          {tab.content}
        </div>
      ))}
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
