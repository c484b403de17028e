/**
 * The community at a glance: the headline figures of the network in the current window, each with
 * a line saying what it means, and the pictures a coordinator would rather look at than read.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { TimelinePayload } from "../../worker/workspaceHandler";
import { useAnalysisResult } from "../analysis/AnalysisContext";
import { formatCount, formatPercent } from "../common/format";
import { BarChart } from "./BarChart";
import { activityBars, arrivalBars, degreeBars, sectorBars } from "./overviewData";

interface Figure {
  id: string;
  label: string;
  value: string;
  explanation: string;
}

/** `timeline`: the records' activity (ui/time/useTimeline), null until the worker has answered. */
export function OverviewView({ graph, timeline }: { graph: WeaverGraph; timeline: TimelinePayload | null }) {
  const analysis = useAnalysisResult();
  const summary = analysis?.summary ?? null;
  const pending = "…";
  const figures: Figure[] = [
    {
      id: "people",
      label: "People",
      value: formatCount(graph.order),
      explanation: "Everyone on the map: the registry and anyone the records name.",
    },
    {
      id: "active-members",
      label: "Active members",
      value: timeline ? formatCount(timeline.activeInWindow.members) : pending,
      explanation: "Registry members who took part in at least one interaction or event in the period.",
    },
    {
      id: "ties",
      label: "Ties",
      value: formatCount(graph.size),
      explanation: "Pairs of people who interacted or attended a small event together in the period.",
    },
    {
      id: "density",
      label: "Density",
      value: summary ? formatPercent(summary.density) : pending,
      explanation: "Share of all possible pairs that are tied; small communities are denser.",
    },
    {
      id: "components",
      label: "Components",
      value: summary ? formatCount(summary.components) : pending,
      explanation: "Separate groups with no path between them; one means everyone is reachable.",
    },
    {
      id: "isolates",
      label: "Isolates",
      value: summary ? formatCount(summary.isolates) : pending,
      explanation: "People with no tie at all in the period.",
    },
    {
      id: "cross-sector",
      label: "Cross-sector ties",
      value: summary?.crossSectorShare != null ? formatPercent(summary.crossSectorShare) : pending,
      explanation: "Share of ties joining two different sectors: how much the sectors learn from each other.",
    },
    {
      id: "modularity",
      label: "Modularity",
      value: summary?.modularity != null ? summary.modularity.toFixed(2) : pending,
      explanation: "How strongly the network splits into clusters (0 none, above 0.4 clear silos).",
    },
  ];
  const months = timeline?.months ?? [];
  const every = Math.max(1, Math.ceil(months.length / 8));
  const sectors = sectorBars(graph);
  const largest = Math.max(1, ...sectors.map((s) => s.values[0] ?? 0));
  return (
    <div className="overview" data-testid="overview">
      <h2>Overview</h2>
      <dl className="overview-figures">
        {figures.map((f) => (
          <div key={f.id} className="overview-figure" data-testid={`overview-${f.id}`}>
            <dt>{f.label}</dt>
            <dd className="overview-value">{f.value}</dd>
            <dd className="muted">{f.explanation}</dd>
          </div>
        ))}
      </dl>
      <div className="overview-charts">
        <section>
          <h3>Active people per month</h3>
          <BarChart
            bars={activityBars(months)}
            series={[{ name: "active", colour: "#2f6f9f" }]}
            label="People active in each month of the data"
            testId="chart-activity"
            labelEvery={every}
          />
        </section>
        <section>
          <h3>Newcomers and lapsed members per month</h3>
          <BarChart
            bars={arrivalBars(months)}
            series={[
              { name: "newcomers", colour: "#1a7f37" },
              { name: "lapsed", colour: "#bc4c00" },
            ]}
            label="Members who joined and members who fell silent, per month"
            testId="chart-arrivals"
            labelEvery={every}
          />
        </section>
        <section>
          <h3>Contacts per person</h3>
          <BarChart
            bars={degreeBars(graph)}
            series={[{ name: "people", colour: "#6e40c9" }]}
            label="How many people have 0, 1, 2 … contacts in the period"
            testId="chart-degrees"
          />
        </section>
        <section>
          <h3>Registry members by sector</h3>
          <ul className="sector-bars" data-testid="chart-sectors">
            {sectors.map((s) => (
              <li key={s.label}>
                <span className="sector-name">{s.label}</span>
                <span className="sector-bar" style={{ width: `${((s.values[0] ?? 0) / largest) * 100}%` }} />
                <span className="sector-count">{formatCount(s.values[0] ?? 0)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
