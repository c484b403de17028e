/**
 * Name search: accent- and case-insensitive, so "lopez" finds "López". Names that
 * start with the query come before names that merely contain it.
 */
import type { WeaverGraph } from "../../graph/buildNetwork";

export interface SearchEntry {
  node: string;
  label: string;
  detail: string;
  registered: boolean;
  folded: string;
}

export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function buildSearchIndex(graph: WeaverGraph): SearchEntry[] {
  return graph
    .mapNodes((node, a) => {
      const label = a.label || a.name || node;
      return {
        node,
        label,
        detail: [a.organization, a.sector].filter(Boolean).join(" · "),
        registered: a.registered,
        folded: foldText(`${label} ${a.email ?? ""}`),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function searchPeople(index: SearchEntry[], query: string, limit: number): SearchEntry[] {
  const q = foldText(query);
  if (!q) return [];
  const starts: SearchEntry[] = [];
  const contains: SearchEntry[] = [];
  for (const entry of index) {
    if (entry.folded.startsWith(q)) starts.push(entry);
    else if (entry.folded.includes(q)) contains.push(entry);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
