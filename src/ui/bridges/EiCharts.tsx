import { Chart } from "../common/Chart";
import { truncate } from "../common/format";
import { formatSigned } from "../common/measureFormat";
import { sectorEiRows } from "./bridgesCharts";

const WIDTH = 480;

/** Where the whole network sits between silos (−1) and cross-sector work (+1). */
export function EiScale({ value }: { value: number | null }) {
  const margin = 24;
  const span = WIDTH - 2 * margin;
  const x = value === null ? null : margin + ((value + 1) / 2) * span;
  const label =
    value === null ? "No ties, so no E-I index." : `E-I index of the whole network: ${formatSigned(value)}`;
  return (
    <Chart width={WIDTH} height={64} label={label} className="ei-scale">
      <line x1={margin} x2={WIDTH - margin} y1={26} y2={26} className="axis" />
      {[-1, 0, 1].map((tick) => (
        <g key={tick}>
          <line
            x1={margin + ((tick + 1) / 2) * span}
            x2={margin + ((tick + 1) / 2) * span}
            y1={20}
            y2={32}
            className="axis"
          />
        </g>
      ))}
      <text x={margin} y={52} className="tick">
        −1 all within sectors
      </text>
      <text x={WIDTH - margin} y={52} textAnchor="end" className="tick">
        all across sectors +1
      </text>
      {x !== null && (
        <g>
          <circle cx={x} cy={26} r={8} className="marker" />
          <text x={x} y={12} textAnchor="middle" className="marker-label">
            {formatSigned(value!)}
          </text>
        </g>
      )}
    </Chart>
  );
}

const ROW = 24;
const LABEL = 190;

/** One bar per sector, left for sectors that keep to themselves, right for those that reach out. */
export function SectorEiBars({ bySector }: { bySector: Record<string, number | null> }) {
  const rows = sectorEiRows(bySector);
  const half = (WIDTH - LABEL - 50) / 2;
  const zero = LABEL + half;
  const height = rows.length * ROW + 20;
  return (
    <Chart
      width={WIDTH}
      height={height}
      label={`E-I index by sector: ${rows.map((r) => `${r.sector} ${formatSigned(r.value)}`).join(", ")}`}
      className="ei-bars"
      testId="sector-ei"
    >
      <line x1={zero} x2={zero} y1={0} y2={rows.length * ROW} className="axis" />
      <text x={zero - half} y={height - 4} className="tick">
        −1 within
      </text>
      <text x={zero + half} y={height - 4} textAnchor="end" className="tick">
        across +1
      </text>
      {rows.map((row, i) => {
        const y = i * ROW;
        const length = Math.abs(row.value) * half;
        return (
          <g key={row.sector}>
            <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" className="bar-label">
              {truncate(row.sector, 26)}
              <title>{row.sector}</title>
            </text>
            <rect
              x={row.value < 0 ? zero - length : zero}
              y={y + 4}
              width={Math.max(1, length)}
              height={ROW - 8}
              className={row.value < 0 ? "bar inward" : "bar outward"}
            />
            <text
              x={row.value < 0 ? zero + 6 : zero - 6}
              y={y + ROW / 2 + 4}
              textAnchor={row.value < 0 ? "start" : "end"}
              className="bar-value"
            >
              {formatSigned(row.value)}
            </text>
          </g>
        );
      })}
    </Chart>
  );
}
