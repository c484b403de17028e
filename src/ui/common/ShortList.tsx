import { useState, type ReactNode } from "react";

interface ShortListProps<T> {
  items: readonly T[];
  /** Items shown before "Show all". */
  limit: number;
  render: (item: T, index: number) => ReactNode;
  keyOf: (item: T) => string;
  empty: ReactNode;
  ordered?: boolean;
  testId?: string;
}

/** The first few items of a long list, with a button for the rest. */
export function ShortList<T>({
  items,
  limit,
  render,
  keyOf,
  empty,
  ordered = false,
  testId,
}: ShortListProps<T>) {
  const [all, setAll] = useState(false);
  if (items.length === 0) return <p className="muted">{empty}</p>;
  const shown = all ? items : items.slice(0, limit);
  const List = ordered ? "ol" : "ul";
  return (
    <>
      <List className="sentences" data-testid={testId}>
        {shown.map((item, index) => (
          <li key={keyOf(item)}>{render(item, index)}</li>
        ))}
      </List>
      {items.length > limit && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? "Show fewer" : `Show all ${items.length}`}
        </button>
      )}
    </>
  );
}
