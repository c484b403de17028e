import { Activity, memo, useCallback, useDeferredValue, useEffect, useState, type ReactNode } from "react";
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
import { useTimeline } from "../time/useTimeline";
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

// The views, memoised: their props (the graph, the screen's callbacks, which never change) change
// with the network, so a filter or a colour chosen on the map re-renders the map alone.
const Overview = memo(OverviewView);
const MapView = memo(NetworkView);
const People = memo(PeopleView);
const Bottlenecks = memo(BottlenecksView);
const Bridges = memo(BridgesView);
const Introductions = memo(IntroductionsView);
const Recruitment = memo(RecruitmentView);
const Compare = memo(CompareView);
const ImportReport = memo(ImportReportView);
const AnalysisStatus = memo(AnalysisBar);
const Exports = memo(ExportMenu);

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

export function NetworkScreen({ network: latest, counts, hidden }: NetworkScreenProps) {
  // A network rebuilt for another window (or a split, a channel left out) is rendered as a
  // transition: React renders the views a few at a time, yielding between them, instead of in
  // one long task, while the previous network stays on screen. A new import is shown at once.
  const deferred = useDeferredValue(latest);
  const network = latest.rebuiltFrom !== null ? deferred : latest;
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
  // Fetched here rather than in the views that show it, so that a hidden Overview or Compare
  // (whose effects do not run) still has the figures of the window on screen when opened.
  const timeline = useTimeline();
  // The same functions for the screen's whole life (they update the state they are given), so
  // that the memoised views below re-render only when what they show changes.
  const update = useCallback((change: Partial<ViewState>) => setView((v) => ({ ...v, ...change })), []);
  const selectTab = useCallback((tab: Tab) => setView((v) => (v.tab === tab ? v : { ...v, tab })), []);
  const onTabKeys = useTabKeys(TABS, selectTab);
  const onSelect = useCallback((selected: string | null) => update({ selected, tab: "network" }), [update]);
  const onAppearance = useCallback((appearance: Appearance) => update({ appearance }), [update]);
  const onFilter = useCallback((filter: MapFilter) => update({ filter }), [update]);
  /** From a table or a sentence to the person on the map: select, switch, fly there. */
  const showPerson = useCallback(
    (node: string) =>
      setView((v) => ({ ...v, selected: node, tab: "network", focus: { node, id: (v.focus?.id ?? 0) + 1 } })),
    [],
  );
  /** To the map with nobody selected, where what a recommendation view chose to show is drawn. */
  const showMap = useCallback(() => update({ selected: null, tab: "network" }), [update]);
  const issues = counts.rejectedRows + counts.failedFiles;
  const { graph } = network;

  const tabs: { id: Tab; label: ReactNode; content: ReactNode; className?: string }[] = [
    {
      id: "overview",
      label: "Overview",
      content: <Overview graph={graph} timeline={timeline} />,
      className: "scroll-panel",
    },
    {
      id: "network",
      label: "Network",
      content: (
        <MapView
          network={network}
          selected={selected}
          onSelect={onSelect}
          appearance={appearance}
          onAppearance={onAppearance}
          filter={filter}
          onFilter={onFilter}
          focus={current.focus}
        />
      ),
    },
    {
      id: "people",
      label: "People",
      content: <People onShowPerson={showPerson} />,
      className: "fill-panel",
    },
    {
      id: "bottlenecks",
      label: "Bottlenecks",
      content: <Bottlenecks onShowPerson={showPerson} />,
      className: "scroll-panel",
    },
    {
      id: "bridges",
      label: "Bridges",
      content: <Bridges graph={graph} onShowPerson={showPerson} />,
      className: "scroll-panel",
    },
    {
      id: "introductions",
      label: "Introductions",
      content: <Introductions graph={graph} onShowPerson={showPerson} onShowMap={showMap} />,
      className: "scroll-panel",
    },
    {
      id: "recruitment",
      label: "Recruitment",
      content: <Recruitment graph={graph} onShowPerson={showPerson} onShowMap={showMap} />,
      className: "scroll-panel",
    },
    {
      id: "compare",
      label: "Compare",
      content: <Compare timeline={timeline} onShowPerson={showPerson} />,
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
      content: <ImportReport network={network} />,
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
        <AnalysisStatus graph={graph} />
        <Exports />
      </div>
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} shown={current.tab === tab.id} className={tab.className}>
          {tab.content}
        </TabPanel>
      ))}
    </main>
  );
}

interface TabPanelProps {
  id: Tab;
  shown: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A tab's panel. Every view but the map sits in an Activity: hidden, it keeps its state and its
 * DOM (scroll, sort, a half-typed search) while React renders its updates (a new network, a new
 * analysis) at idle priority, in slices, instead of in the same task as the view on screen. The
 * map stays mounted as it is: a hidden Activity would run its effects' cleanup, and with them
 * destroy the app's one sigma instance.
 */
function TabPanel({ id, shown, className, children }: TabPanelProps) {
  return (
    <div
      id={`panel-${id}`}
      role="tabpanel"
      aria-labelledby={`tab-${id}`}
      className={className}
      hidden={!shown}
    >
      {id === "network" ? children : <Activity mode={shown ? "visible" : "hidden"}>{children}</Activity>}
    </div>
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
