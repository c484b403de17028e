import { useId, useMemo } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { formatCount } from "../common/format";
import {
  excludedValues,
  FILTER_KEYS,
  filterValues,
  NO_VALUE,
  type FilterKey,
  type MapFilter,
  type Visibility,
} from "./filters";

interface FilterControlsProps {
  graph: WeaverGraph;
  filter: MapFilter;
  onChange: (filter: MapFilter) => void;
  visibility: Visibility;
}

/**
 * Sector, group, role and status ticks, a minimum tie weight and hiding isolates, with how
 * many people remain. Someone in several groups stays while any of their groups is ticked.
 */
export function FilterControls({ graph, filter, onChange, visibility }: FilterControlsProps) {
  const weightId = useId();
  const values = useMemo(
    () => FILTER_KEYS.map(({ key, label }) => ({ key, label, values: filterValues(graph, key) })),
    [graph],
  );
  const toggle = (key: FilterKey, value: string, shown: boolean) => {
    const excluded = new Set(excludedValues(filter, key));
    if (shown) excluded.delete(value);
    else excluded.add(value);
    onChange({ ...filter, excluded: { ...filter.excluded, [key]: excluded } });
  };

  return (
    <div className="map-controls map-filters" role="group" aria-label="Filter" data-testid="map-filters">
      <span className="filter-title">Filter</span>
      {values.map(({ key, label, values: options }) => {
        const hidden = excludedValues(filter, key);
        return (
          <details key={key} className="filter-menu" data-testid={`filter-${key}`}>
            <summary>
              {label}
              {hidden.size > 0 && ` (${options.filter((v) => !hidden.has(v)).length}/${options.length})`}
            </summary>
            <fieldset>
              <legend className="visually-hidden">{label}s to show</legend>
              {options.map((value) => (
                <label key={value}>
                  <input
                    type="checkbox"
                    checked={!hidden.has(value)}
                    onChange={(event) => toggle(key, value, event.target.checked)}
                  />
                  {value === NO_VALUE ? `(no ${label.toLowerCase()})` : value}
                </label>
              ))}
            </fieldset>
          </details>
        );
      })}
      <label htmlFor={weightId}>Minimum tie weight</label>
      <input
        id={weightId}
        type="number"
        min={0}
        step="any"
        className="weight-input"
        value={filter.minWeight}
        onChange={(event) => onChange({ ...filter, minWeight: Math.max(0, Number(event.target.value) || 0) })}
      />
      <label>
        <input
          type="checkbox"
          checked={filter.hideIsolates}
          onChange={(event) => onChange({ ...filter, hideIsolates: event.target.checked })}
        />
        Hide isolates
      </label>
      {filter.ego && graph.hasNode(filter.ego.node) && (
        <button type="button" className="button small" onClick={() => onChange({ ...filter, ego: null })}>
          Show everyone, not only {graph.getNodeAttribute(filter.ego.node, "label") || filter.ego.node}&apos;s
          network
        </button>
      )}
      <span
        className="muted"
        data-testid="visible-count"
        data-shown={visibility.shown}
        data-total={visibility.total}
        aria-live="polite"
      >
        Showing {formatCount(visibility.shown)} of {formatCount(visibility.total)} people
      </span>
    </div>
  );
}
