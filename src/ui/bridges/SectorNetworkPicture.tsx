import type { SectorMixingResult } from "../../analysis/sectorMixing";
import { Chart } from "../common/Chart";
import { formatCount, plural } from "../common/format";
import type { SectorPalette } from "../graph/palette";
import { labelAnchor, sectorColour, sectorNetworkLayout, wrapLabel } from "./bridgesCharts";

const WIDTH = 540;
const HEIGHT = 460;
const CENTRE = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 150;
const LABEL_WIDTH = 15;
const LINE_HEIGHT = 13;

/**
 * The community seen from above: one circle per sector (sized by its people, coloured as
 * on the map), one line per pair of sectors that work together (thicker = more ties).
 */
export function SectorNetworkPicture({
  mixing,
  palette,
  testId = "sector-network",
}: {
  mixing: SectorMixingResult;
  palette: SectorPalette;
  testId?: string;
}) {
  const { nodes, links } = sectorNetworkLayout(mixing, CENTRE, RADIUS);
  const at = new Map(nodes.map((node) => [node.sector, node]));
  const isolated = nodes.filter((node) => !links.some((l) => l.a === node.sector || l.b === node.sector));
  const summary =
    `${plural(nodes.length, "sector", "sectors")} and ${plural(links.length, "pair", "pairs")} of sectors in contact` +
    (isolated.length > 0
      ? `; ${isolated.map((n) => n.sector).join(", ")} in contact with no other sector.`
      : ".");
  return (
    <Chart width={WIDTH} height={HEIGHT} label={summary} className="sector-network" testId={testId}>
      {links.map((link) => {
        const a = at.get(link.a)!;
        const b = at.get(link.b)!;
        return (
          <line
            key={`${link.a}\u0000${link.b}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            strokeWidth={link.width}
            className="sector-link"
          >
            <title>{`${formatCount(link.ties)} ties between ${link.a} and ${link.b}`}</title>
          </line>
        );
      })}
      {nodes.map((node) => {
        const anchor = labelAnchor(node, CENTRE);
        const dx = node.x - CENTRE.x;
        const dy = node.y - CENTRE.y;
        const distance = Math.hypot(dx, dy) || 1;
        const offset = node.radius + 6;
        const lx = node.x + (dx / distance) * offset;
        const lines = wrapLabel(node.sector, LABEL_WIDTH);
        // Above the circle the lines stack upwards, below it downwards, beside it around its centre.
        const shift =
          anchor === "middle"
            ? dy > 0
              ? 10
              : -2 - (lines.length - 1) * LINE_HEIGHT
            : 4 - ((lines.length - 1) * LINE_HEIGHT) / 2;
        const ly = node.y + (dy / distance) * offset + shift;
        return (
          <g key={node.sector} data-sector={node.sector}>
            <circle
              cx={node.x}
              cy={node.y}
              r={node.radius}
              fill={sectorColour(palette, node.sector)}
              className="sector-node"
            >
              <title>{`${node.sector}: ${plural(node.people, "person", "people")}, ${plural(node.internalTies, "tie", "ties")} inside`}</title>
            </circle>
            <text x={lx} y={ly} textAnchor={anchor} className="node-label">
              {lines.map((line, i) => (
                <tspan key={i} x={lx} dy={i === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </Chart>
  );
}
