import { formatCount } from "../common/format";
import type { SectorPalette } from "./palette";
import { UNKNOWN_COLOR } from "./palette";

interface LegendProps {
  palette: SectorPalette;
  /** What the colours stand for, e.g. "sector" or "community". */
  colour?: string;
  /** What a bigger circle means. */
  size?: string;
  /** False where every circle is a group, not a person (the sector map): no hollow "not in the registry" key. */
  people?: boolean;
  /** What a thicker line means, when line widths say something. */
  lineWidth?: string;
  /** What a dashed line means, when some are drawn. */
  dashed?: string;
}

/** Always on screen: what the colours, shapes, sizes and lines mean. */
export function Legend({
  palette,
  colour = "sector",
  size = "more contacts",
  people = true,
  lineWidth,
  dashed,
}: LegendProps) {
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title">Colour: {colour}</h2>
      <ul className="legend-sectors">
        {palette.entries.map((entry) => (
          <li key={entry.label} title={entry.members?.join(", ")}>
            <Swatch color={entry.color} />
            <span className="legend-label">{entry.label}</span>
            <span className="legend-count">{formatCount(entry.count)}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-keys">
        {people && (
          <li>
            <Swatch color={UNKNOWN_COLOR} hollow />
            <span className="legend-label">Not in the registry</span>
          </li>
        )}
        <li>
          <svg width="16" height="16" aria-hidden="true" className="swatch">
            <circle cx="4" cy="11" r="3" fill="#6B7785" />
            <circle cx="11" cy="8" r="5" fill="#6B7785" />
          </svg>
          <span className="legend-label">Bigger: {size}</span>
        </li>
        {lineWidth && (
          <li>
            <svg width="22" height="16" aria-hidden="true" className="swatch">
              <line x1="1" y1="4" x2="21" y2="4" stroke="#8794A3" strokeWidth="1" />
              <line x1="1" y1="11" x2="21" y2="11" stroke="#8794A3" strokeWidth="4" />
            </svg>
            <span className="legend-label">Thicker: {lineWidth}</span>
          </li>
        )}
        {dashed && (
          <li>
            <span className="dash-key" aria-hidden="true" />
            <span className="legend-label">Dashed: {dashed}</span>
          </li>
        )}
      </ul>
    </section>
  );
}

function Swatch({ color, hollow = false }: { color: string; hollow?: boolean }) {
  return (
    <svg width="16" height="16" aria-hidden="true" className="swatch">
      {hollow ? (
        <circle cx="8" cy="8" r="5.5" fill="none" stroke={color} strokeWidth="3" />
      ) : (
        <circle cx="8" cy="8" r="7" fill={color} />
      )}
    </svg>
  );
}
