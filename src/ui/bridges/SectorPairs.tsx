import { useMemo } from "react";
import type { SectorMixingResult } from "../../analysis/sectorMixing";
import { UNKNOWN_SECTOR } from "../../analysis/sectors";
import { plural } from "../common/format";
import { mixingHighlights } from "./bridgesCharts";

const PAIRS_LISTED = 6;

interface SectorPairsProps {
  mixing: SectorMixingResult;
  /** The headings' level where the lists are shown. */
  heading: "h3" | "h4";
  missingTestId?: string;
}

/** What to read off the ties between sectors first: the pairs that work together most, and those that never do. */
export function SectorPairs({ mixing, heading: Heading, missingTestId }: SectorPairsProps) {
  const { strongest, missing } = useMemo(() => mixingHighlights(mixing, UNKNOWN_SECTOR), [mixing]);
  return (
    <>
      <Heading>Sectors that work together most</Heading>
      {strongest.length === 0 ? (
        <p>None: no tie crosses a sector line.</p>
      ) : (
        <ul>
          {strongest.slice(0, PAIRS_LISTED).map((pair) => (
            <li key={`${pair.a}\u0000${pair.b}`}>
              {pair.a} and {pair.b}: {plural(pair.ties, "tie", "ties")}
            </li>
          ))}
        </ul>
      )}
      <Heading>Sectors that never work together</Heading>
      {missing.length === 0 ? (
        <p>None: every two sectors have at least one tie.</p>
      ) : (
        <ul data-testid={missingTestId}>
          {missing.slice(0, PAIRS_LISTED).map(([a, b]) => (
            <li key={`${a}\u0000${b}`}>
              {a} and {b}
            </li>
          ))}
          {missing.length > PAIRS_LISTED && (
            <li>and {plural(missing.length - PAIRS_LISTED, "more pair", "more pairs")}</li>
          )}
        </ul>
      )}
    </>
  );
}
