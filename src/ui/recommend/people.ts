/** How the recommendation views name people: as the map labels them, with their sector. */
import type { WeaverGraph } from "../../graph/buildNetwork";

export interface Named {
  id: string;
  name: string;
  sector: string | null;
}

export function named(graph: WeaverGraph, id: string): Named {
  if (!graph.hasNode(id)) return { id, name: id, sector: null };
  const a = graph.getNodeAttributes(id);
  return { id, name: a.label || a.name || id, sector: a.sector?.trim() || null };
}
