import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { buildSearchIndex, searchPeople } from "./searchIndex";
import { useSigma } from "./SigmaContainer";
import { zoomToNode } from "./zoomToNode";

const MAX_RESULTS = 8;

interface SearchBoxProps {
  graph: WeaverGraph;
  onSelect: (node: string) => void;
}

/** Find a person by name: Enter takes the first match; every match is a button. */
export function SearchBox({ graph, onSelect }: SearchBoxProps) {
  const sigma = useSigma();
  const inputId = useId();
  const [query, setQuery] = useState("");
  const index = useMemo(() => buildSearchIndex(graph), [graph]);
  const results = useMemo(() => searchPeople(index, query, MAX_RESULTS), [index, query]);

  const choose = (node: string) => {
    onSelect(node);
    setQuery("");
    void zoomToNode(sigma, node);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && results[0]) choose(results[0].node);
    if (event.key === "Escape") setQuery("");
  };

  return (
    <div className="search">
      <label htmlFor={inputId} className="visually-hidden">
        Find a person by name
      </label>
      <input
        id={inputId}
        type="search"
        placeholder="Find a person…"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      {query.trim() !== "" && (
        <ul className="search-results" aria-label="Matching people" data-testid="search-results">
          {results.length === 0 && <li className="muted search-empty">No one by that name</li>}
          {results.map((entry) => (
            <li key={entry.node}>
              <button type="button" onClick={() => choose(entry.node)}>
                <span className="result-name">{entry.label}</span>
                {!entry.registered && <span className="badge">not in registry</span>}
                {entry.detail && <span className="result-detail">{entry.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
