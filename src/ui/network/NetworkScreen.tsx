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
import { rememberSession, restoredSession } from "../workspace/sessionMemory";
import { ImportReportView } from "../report/ImportReportView";
import type { LoadedNetwork } from "../state/appState";
import { formatCount } from "../common/format";
import { useTabKeys } from "../common/useTabKeys";
import { DEFAULT_APPEARANCE, type Appearance } from "./appearance";
import { NO_FILTER, type MapFilter } from "./filters";
import type { FocusRequest } from "./FocusController";
import type { NetworkCounts } from "./networkCounts";
import { NetworkView } from "./NetworkView";
import { fromSavedView, toSavedView } from "./savedView";

const TABS = [
  "overview",
  "network",
  "people",
  "bottlenecks",
  "bridges",
  "introductions",
  "recruitment",
  "compare",
  "report",
] as const;
type Tab = (typeof TABS)[number];

/**
 * Tab, selection and map appearance belong to one imported network: keyed by it here
 * rather than reset in an effect, so a new import starts clean without remounting sigma.
 */
interface ViewState {
  network: LoadedNetwork;
  tab: Tab;
  selected: string | null;
  appearance: Appearance;
  filter: MapFilter;
  focus: FocusRequest | null;
}

interface NetworkScreenProps {
  network: LoadedNetwork;
  counts: NetworkCounts;
  hidden: boolean;
}

function isTab(id: string | null | undefined): id is Tab {
  return TABS.some((tab) => tab === id);
}

/**
 * The state a newly imported network opens with: what its workspace had on screen when it is one
 * being brought back, else the defaults (and the import report first when rows were rejected).
 */
function freshView(network: LoadedNetwork, counts: NetworkCounts): ViewState {
  const restored = restoredSession(network.networkId);
  if (restored) {
    const saved = fromSavedView(restored.view, restored.filters, network.graph);
    const tab = isTab(restored.view.screen) ? restored.view.screen : "network";
    return { network, tab, focus: null, ...saved };
  }
  const tab: Tab = counts.rejectedRows > 0 || counts.failedFiles > 0 ? "report" : "network";
  return { network, tab, selected: null, appearance: DEFAULT_APPEARANCE, filter: NO_FILTER, focus: null };
}

export function NetworkScreen({ network, counts, hidden }: NetworkScreenProps) {
  const [view, setView] = useState<ViewState>(() => freshView(network, counts));
  // A network rebuilt from the same records (a time window, a playback step, a split, a channel
  // left out) keeps the user where they were; a new import or a restored workspace opens with its
  // own view. Stored at once (React's "adjust state on a prop change") rather than in an effect.
  let current = view;
  if (view.network !== network) {
    current = network.rebuiltFrom !== null ? { ...view, network } : freshView(network, counts);
    setView(current);
  }
  // What is on screen is part of the workspace (ui/workspace/sessionMemory).
  const { tab, appearance, filter, selected } = current;
  useEffect(
    () => rememberSession(toSavedView({ tab, appearance, filter, selected })),
    [tab, appearance, filter, selected],
  );
  const update = (change: Partial<ViewState>) => setView({ ...current, ...change });
  const issues = counts.rejectedRows + counts.failedFiles;
  const selectTab = (tab: Tab) => update({ tab });
  const onTabKeys = useTabKeys(TABS, selectTab);
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
          filter={current.filter}
          onFilter={(filter) => update({ filter })}
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
        <div className="tabs" role="tablist" aria-label="Views" onKeyDown={onTabKeys}>
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
      tabIndex={current === id ? 0 : -1}
      aria-controls={`panel-${id}`}
      className="tab"
      onClick={() => onSelect(id)}
    >
      {children}
    </button>
  );
}
