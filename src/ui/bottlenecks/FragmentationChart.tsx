import { Chart } from "../common/Chart";
import { formatPercent, truncate } from "../common/format";
import type { FragmentationStep } from "./bottleneckText";

const ROW = 30;
const LABEL_WIDTH = 210;
const BAR_WIDTH = 300;
const VALUE_WIDTH = 56;

/**
 * Fragmentation today and after each key player leaves, one bar per step: how much of
 * the community would stop being able to reach each other.
 */
export function FragmentationChart({ steps }: { steps: FragmentationStep[] }) {
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = steps.length * ROW + 24;
  const first = steps[0]?.fragmentation ?? 0;
  const last = steps.at(-1)?.fragmentation ?? 0;
  const summary =
    `Fragmentation ${formatPercent(first)} today, ${formatPercent(last)} if these ` +
    `${steps.length - 1} people left together.`;
  return (
    <Chart
      width={width}
      height={height}
      label={summary}
      className="fragmentation-chart"
      testId="fragmentation-chart"
    >
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line
            x1={LABEL_WIDTH + tick * BAR_WIDTH}
            x2={LABEL_WIDTH + tick * BAR_WIDTH}
            y1={0}
            y2={steps.length * ROW}
            className="gridline"
          />
          <text
            x={LABEL_WIDTH + tick * BAR_WIDTH}
            y={steps.length * ROW + 16}
            className="tick"
            textAnchor="middle"
          >
            {formatPercent(tick)}
          </text>
        </g>
      ))}
      {steps.map((step, i) => {
        const y = i * ROW;
        const label =
          step.person === null
            ? "Today"
            : i === 1
              ? `Without ${step.person.name}`
              : `… and ${step.person.name}`;
        return (
          <g key={step.person?.id ?? "today"}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end" className="bar-label">
              {truncate(label, 30)}
              <title>{label}</title>
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 5}
              width={Math.max(1, step.fragmentation * BAR_WIDTH)}
              height={ROW - 10}
              className={step.person === null ? "bar today" : "bar"}
            />
            <text
              x={LABEL_WIDTH + step.fragmentation * BAR_WIDTH + 6}
              y={y + ROW / 2 + 4}
              className="bar-value"
            >
              {formatPercent(step.fragmentation)}
            </text>
          </g>
        );
      })}
    </Chart>
  );
}
