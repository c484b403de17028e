import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import type { PersonColumn } from "../../analysis/registry";
import { InfoButton } from "../common/InfoButton";
import { formatValue } from "../common/measureFormat";
import { useVirtualWindow } from "../common/useVirtualWindow";
import { scrollToReveal } from "../common/virtualWindow";
import type { SortState } from "./peopleTable";

/** Fixed heights (also in styles.css) so the window maths needs no measuring. */
export const ROW_HEIGHT = 34;
export const HEADER_HEIGHT = 58;

interface PeopleTableProps {
  rows: readonly PersonMeasures[];
  columns: readonly PersonColumn[];
  sort: SortState;
  onSort: (column: PersonColumn) => void;
  onShowPerson: (id: string) => void;
}

const PAGE_KEYS: Record<string, (active: number, page: number, last: number) => number> = {
  ArrowDown: (a) => a + 1,
  ArrowUp: (a) => a - 1,
  PageDown: (a, page) => a + page,
  PageUp: (a, page) => a - page,
  Home: () => 0,
  End: (_a, _page, last) => last,
};

/**
 * Everyone with every measure, rendering only the rows in view. Headers sort (click or
 * Enter) and explain themselves; each name is a button that shows the person on the map,
 * and the arrow keys move between names without tabbing through every row.
 */
export function PeopleTable({ rows, columns, sort, onSort, onShowPerson }: PeopleTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const inView = useVirtualWindow(scroller, rows.length, ROW_HEIGHT, HEADER_HEIGHT);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const activeRow = Math.min(active, Math.max(0, rows.length - 1));
  // The one name reachable with Tab: the active one, or the first in view when it scrolled away.
  const tabStop = activeRow >= inView.start && activeRow < inView.end ? activeRow : inView.start;

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLButtonElement>(`button[data-index="${activeRow}"]`)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const move = PAGE_KEYS[event.key];
    const element = scroller.current;
    if (!move || !element || rows.length === 0) return;
    event.preventDefault();
    const page = Math.max(1, Math.floor((element.clientHeight - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const next = Math.max(0, Math.min(rows.length - 1, move(activeRow, page, rows.length - 1)));
    element.scrollTop = scrollToReveal(
      next,
      element.scrollTop,
      element.clientHeight,
      ROW_HEIGHT,
      HEADER_HEIGHT,
    );
    focusPending.current = true;
    setActive(next);
  };

  const visible = rows.slice(inView.start, inView.end);
  return (
    <div className="people-scroll" ref={scroller} data-testid="people-table">
      <table className="people-table" aria-rowcount={rows.length + 1} aria-label="People and their measures">
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={column.numeric ? "number" : undefined}
                aria-sort={sort.column === column.id ? sort.direction : undefined}
                data-column={column.id}
              >
                <div className="th-inner">
                  <button
                    type="button"
                    className="sort-button"
                    title={column.explanation}
                    onClick={() => onSort(column)}
                  >
                    {column.label}
                    <span aria-hidden="true" className="sort-arrow">
                      {sort.column === column.id ? (sort.direction === "ascending" ? "▲" : "▼") : ""}
                    </span>
                  </button>
                  <InfoButton item={column} />
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inView.padTop > 0 && <Spacer height={inView.padTop} span={columns.length} />}
          {visible.map((person, offset) => {
            const index = inView.start + offset;
            return (
              <tr
                key={person.id}
                aria-rowindex={index + 2}
                data-testid="person-row"
                data-person={person.id}
                onClick={() => onShowPerson(person.id)}
              >
                {columns.map((column, c) => {
                  const value = column.value(person);
                  const text = formatValue(value, column.format);
                  if (c === 0) {
                    return (
                      <th key={column.id} scope="row">
                        <button
                          type="button"
                          className="link row-name"
                          data-index={index}
                          tabIndex={index === tabStop ? 0 : -1}
                          title={`Show ${text} on the map`}
                          onFocus={() => setActive(index)}
                          onKeyDown={onKeyDown}
                          onClick={(event) => {
                            event.stopPropagation();
                            onShowPerson(person.id);
                          }}
                        >
                          {text}
                        </button>
                      </th>
                    );
                  }
                  return (
                    <td
                      key={column.id}
                      data-column={column.id}
                      data-value={value === null ? undefined : String(value)}
                      className={column.numeric ? "number" : undefined}
                      title={column.format === "text" ? text : undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {inView.padBottom > 0 && <Spacer height={inView.padBottom} span={columns.length} />}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted table-empty">No one matches these filters.</p>}
    </div>
  );
}

function Spacer({ height, span }: { height: number; span: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
}
