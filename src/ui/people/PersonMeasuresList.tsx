import { useMemo } from "react";
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import { FAMILY_LABELS, type ColumnFamily } from "../../analysis/registry";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import { InfoButton } from "../common/InfoButton";
import { formatValue } from "../common/measureFormat";
import { PANEL_COLUMNS, personHighlights, rankLabel, rankOf } from "./personSummary";

interface PersonMeasuresListProps {
  person: PersonMeasures;
  analysis: AnalysisPayload;
}

/** The person's measures, grouped by family, each with its explanation and rank. */
export function PersonMeasuresList({ person, analysis }: PersonMeasuresListProps) {
  const highlights = useMemo(() => personHighlights(person, analysis), [person, analysis]);
  const families = useMemo(() => {
    const grouped = new Map<ColumnFamily, typeof PANEL_COLUMNS>();
    for (const column of PANEL_COLUMNS)
      grouped.set(column.family, [...(grouped.get(column.family) ?? []), column]);
    return [...grouped.entries()];
  }, []);
  const n = analysis.people.length;

  return (
    <section
      className="person-measures"
      aria-labelledby="person-measures-title"
      data-testid="person-measures"
    >
      <h3 id="person-measures-title">In the network</h3>
      {highlights.length > 0 && (
        <ul className="highlights">
          {highlights.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {families.map(([family, columns]) => (
        <details
          key={family}
          className="measure-family"
          open={family === "centrality" || family === "bottlenecks"}
        >
          <summary>{FAMILY_LABELS[family]}</summary>
          <dl className="measures">
            {columns.map((column) => {
              const rank = column.numeric ? rankOf(analysis.people, column, person) : null;
              return (
                <div key={column.id} data-measure={column.id}>
                  <dt>
                    <span title={column.explanation}>{column.label}</span>
                    <InfoButton item={column} />
                  </dt>
                  <dd>
                    <span className="measure-value">{formatValue(column.value(person), column.format)}</span>
                    {rank !== null && <span className="measure-rank">{rankLabel(rank, n)}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </details>
      ))}
    </section>
  );
}
