import type { SectorMixingResult } from "../../analysis/sectorMixing";
import { formatCount, truncate } from "../common/format";
import { heatColour, maxCell } from "./bridgesCharts";

const CELL = 44;
const LEFT = 196;
const TOP = 150;
const RIGHT = 64;
const LABEL_CHARS = 28;

/**
 * The sector mixing matrix as a heatmap: darker cells are more ties, the number of ties
 * written in each cell, the diagonal (ties inside a sector) outlined. Screen readers get
 * the same numbers as a table.
 */
export function MixingHeatmap({ mixing }: { mixing: SectorMixingResult }) {
  const { sectors, ties } = mixing;
  const n = sectors.length;
  const max = maxCell(ties);
  const width = LEFT + n * CELL + RIGHT;
  const height = TOP + n * CELL + 8;
  return (
    <figure className="heatmap" data-testid="mixing-matrix">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
        {sectors.map((sector, j) => {
          const x = LEFT + j * CELL + CELL / 2;
          return (
            <text
              key={`col-${sector}`}
              className="axis-label"
              transform={`translate(${x + 4}, ${TOP - 8}) rotate(-45)`}
              data-column-sector={sector}
            >
              {truncate(sector, LABEL_CHARS)}
              <title>{sector}</title>
            </text>
          );
        })}
        {sectors.map((rowSector, i) => (
          <g key={`row-${rowSector}`}>
            <text
              x={LEFT - 8}
              y={TOP + i * CELL + CELL / 2 + 4}
              textAnchor="end"
              className="axis-label"
              data-row-sector={rowSector}
            >
              {truncate(rowSector, LABEL_CHARS)}
              <title>{rowSector}</title>
            </text>
            {sectors.map((columnSector, j) => {
              const value = ties[i]![j]!;
              const colour = heatColour(value, max);
              const label =
                i === j
                  ? `${formatCount(value)} ties within ${rowSector}`
                  : `${formatCount(value)} ties between ${rowSector} and ${columnSector}`;
              return (
                <g key={columnSector}>
                  <rect
                    x={LEFT + j * CELL}
                    y={TOP + i * CELL}
                    width={CELL - 2}
                    height={CELL - 2}
                    fill={colour.fill}
                    className={i === j ? "cell diagonal" : "cell"}
                  >
                    <title>{label}</title>
                  </rect>
                  {value > 0 && (
                    <text
                      x={LEFT + j * CELL + (CELL - 2) / 2}
                      y={TOP + i * CELL + CELL / 2 + 3}
                      textAnchor="middle"
                      fill={colour.text}
                      className="cell-value"
                    >
                      {formatCount(value)}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      {/* Hidden in a box, not on the table: a table grows to its content and would widen the page. */}
      <div className="visually-hidden">
        <table data-testid="mixing-table">
          <caption>Ties within and between sectors</caption>
          <thead>
            <tr>
              <td />
              {sectors.map((s) => (
                <th key={s} scope="col">
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sectors.map((rowSector, i) => (
              <tr key={rowSector}>
                <th scope="row">{rowSector}</th>
                {sectors.map((columnSector, j) => (
                  <td key={columnSector}>{ties[i]![j]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="muted">
        Each cell counts the working relationships between two sectors; the outlined diagonal counts those
        inside a sector. Darker means more.
      </figcaption>
    </figure>
  );
}
