import { Chart } from "../common/Chart";
import { formatCount } from "../common/format";

export interface Bar {
  label: string;
  /** One value per series, stacked side by side. */
  values: number[];
}

interface BarChartProps {
  bars: Bar[];
  series: { name: string; colour: string }[];
  label: string;
  testId?: string;
  /** Show every n-th label on the axis, so months do not overlap. */
  labelEvery?: number;
}

const WIDTH = 520;
const HEIGHT = 180;
const PAD = { left: 36, bottom: 28, top: 10 };

/** Vertical bars, one group per category, one bar per series; the tallest bar sets the scale. */
export function BarChart({ bars, series, label, testId, labelEvery = 1 }: BarChartProps) {
  const max = Math.max(1, ...bars.flatMap((b) => b.values));
  const plotW = WIDTH - PAD.left;
  const plotH = HEIGHT - PAD.bottom - PAD.top;
  const groupW = plotW / Math.max(1, bars.length);
  const barW = Math.max(1, (groupW * 0.8) / series.length);
  return (
    <figure className="overview-chart">
      <Chart width={WIDTH} height={HEIGHT} label={label} className="bar-chart" testId={testId}>
        <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end">
          {formatCount(max)}
        </text>
        <line
          x1={PAD.left}
          x2={WIDTH}
          y1={PAD.top + plotH}
          y2={PAD.top + plotH}
          className="tick"
          stroke="#8c959f"
        />
        {bars.map((bar, i) => (
          <g key={bar.label}>
            {bar.values.map((value, s) => {
              const h = (value / max) * plotH;
              return (
                <rect
                  key={series[s]?.name ?? s}
                  x={PAD.left + i * groupW + groupW * 0.1 + s * barW}
                  y={PAD.top + plotH - h}
                  width={barW}
                  height={h}
                  fill={series[s]?.colour}
                >
                  <title>{`${bar.label}: ${formatCount(value)} ${series[s]?.name ?? ""}`}</title>
                </rect>
              );
            })}
            {i % labelEvery === 0 && (
              <text x={PAD.left + i * groupW + groupW / 2} y={HEIGHT - 8} textAnchor="middle">
                {bar.label}
              </text>
            )}
          </g>
        ))}
      </Chart>
      {series.length > 1 && (
        <figcaption className="chart-legend">
          {series.map((s) => (
            <span key={s.name}>
              <svg width="10" height="10" aria-hidden="true">
                <rect width="10" height="10" fill={s.colour} />
              </svg>{" "}
              {s.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
