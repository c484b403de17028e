import type { ReactNode } from "react";
import type { NetworkCounts } from "../network/networkCounts";
import { formatCount, plural } from "./format";

interface HeaderProps {
  counts: NetworkCounts | null;
  actions?: ReactNode;
}

export function Header({ counts, actions }: HeaderProps) {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">Weaver</span>
        <span className="brand-tagline">maps of your community of practice</span>
      </div>
      {counts && (
        <p className="header-counts">
          <span data-testid="count-people" data-value={counts.people} data-registered={counts.registered}>
            {plural(counts.people, "person", "people")}
          </span>
          {counts.unregistered > 0 && (
            <span className="muted" data-testid="count-unregistered" data-value={counts.unregistered}>
              {" "}
              ({formatCount(counts.unregistered)} not in the registry)
            </span>
          )}
          <span aria-hidden="true"> · </span>
          <span data-testid="count-ties" data-value={counts.ties}>
            {plural(counts.ties, "tie", "ties")}
          </span>
        </p>
      )}
      <div className="header-actions">{actions}</div>
    </header>
  );
}
