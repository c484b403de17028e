import { useId, useMemo, useState } from "react";
import { columnById, FAMILY_LABELS, type ColumnFamily, type PersonColumn } from "../../analysis/registry";
import type { AnalysisPayload } from "../../worker/analysisHandler";
import { AnalysisGate } from "../analysis/AnalysisGate";
import { downloadText } from "../common/download";
import { formatCount, plural } from "../common/format";
import {
  COLUMN_FAMILIES,
  filterPeople,
  nextSort,
  NO_FILTER,
  peopleCsv,
  sortPeople,
  valueCounts,
  visibleColumns,
  type PeopleFilter,
  type SortState,
} from "./peopleTable";
import { PeopleTable } from "./PeopleTable";

interface PeopleViewProps {
  onShowPerson: (id: string) => void;
}

export function PeopleView({ onShowPerson }: PeopleViewProps) {
  return (
    <AnalysisGate>
      {(analysis) => <PeopleBrowser analysis={analysis} onShowPerson={onShowPerson} />}
    </AnalysisGate>
  );
}

const STATUS_LABELS: Record<string, string> = {
  member: "Members",
  prospect: "Prospects",
  former: "Former members",
  unregistered: "Not in the registry",
};

function PeopleBrowser({
  analysis,
  onShowPerson,
}: {
  analysis: AnalysisPayload;
  onShowPerson: (id: string) => void;
}) {
  const id = useId();
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortState>({ column: "name", direction: "ascending" });
  const [families, setFamilies] = useState<ReadonlySet<ColumnFamily>>(() => new Set(COLUMN_FAMILIES));

  const people = analysis.people;
  const sectors = useMemo(() => valueCounts(people, (p) => p.sector), [people]);
  const statuses = useMemo(() => valueCounts(people, (p) => p.status), [people]);
  const columns = useMemo(() => visibleColumns(families), [families]);
  const sortColumn: PersonColumn = columnById(sort.column);
  const filtered = useMemo(() => filterPeople(people, filter), [people, filter]);
  const rows = useMemo(
    () => sortPeople(filtered, sortColumn, sort.direction),
    [filtered, sortColumn, sort.direction],
  );

  const toggleFamily = (family: ColumnFamily) => {
    const next = new Set(families);
    if (next.has(family)) next.delete(family);
    else next.add(family);
    setFamilies(next);
  };

  return (
    <section className="people-view" aria-labelledby={`${id}-title`}>
      <div className="view-toolbar">
        <h2 id={`${id}-title`} className="visually-hidden">
          People
        </h2>
        <label htmlFor={`${id}-search`} className="visually-hidden">
          Search people by name, organisation, role or region
        </label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="Search people…"
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          data-testid="people-search"
        />
        <FilterSelect
          label="Sector"
          all="All sectors"
          value={filter.sector}
          options={sectors}
          onChange={(sector) => setFilter({ ...filter, sector })}
          testId="people-sector"
        />
        <FilterSelect
          label="Status"
          all="Everyone"
          value={filter.status}
          options={statuses.map((s) => ({ ...s, label: STATUS_LABELS[s.value] }))}
          onChange={(status) => setFilter({ ...filter, status })}
          testId="people-status"
        />
        <fieldset className="column-families">
          <legend>Columns</legend>
          {COLUMN_FAMILIES.map((family) => (
            <label key={family}>
              <input type="checkbox" checked={families.has(family)} onChange={() => toggleFamily(family)} />
              {FAMILY_LABELS[family]}
            </label>
          ))}
        </fieldset>
        <span className="toolbar-spacer" />
        <span className="muted" role="status" data-testid="people-count" data-value={rows.length}>
          {rows.length === people.length
            ? plural(people.length, "person", "people")
            : `${formatCount(rows.length)} of ${plural(people.length, "person", "people")}`}
        </span>
        <button
          type="button"
          className="button small"
          onClick={() => downloadText("weaver-people.csv", peopleCsv(rows, columns))}
          disabled={rows.length === 0}
        >
          Export CSV
        </button>
      </div>
      <p className="view-hint muted">
        Click a column's name to sort by it and its <i>i</i> to read what it means; click a person to see them
        on the map.
      </p>
      <PeopleTable
        rows={rows}
        columns={columns}
        sort={sort}
        onSort={(column) => setSort(nextSort(sort, column))}
        onShowPerson={onShowPerson}
      />
    </section>
  );
}

interface FilterSelectProps {
  label: string;
  /** The choice that filters nothing out. */
  all: string;
  value: string | null;
  options: { value: string; count: number; label?: string }[];
  onChange: (value: string | null) => void;
  testId: string;
}

function FilterSelect({ label, all, value, options, onChange, testId }: FilterSelectProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || null)}
        data-testid={testId}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? o.value} ({formatCount(o.count)})
          </option>
        ))}
      </select>
    </>
  );
}
