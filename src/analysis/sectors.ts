import type { AbstractGraph, Attributes } from "graphology-types";
import type { CsrInput } from "./undirected";

/**
 * How sector-based measures (brokerage, participation, E-I, mixing, sector network)
 * read a person's sector.
 */
export interface SectorOptions extends Pick<CsrInput, "csr"> {
  /** Node attribute holding the sector. Default "sector". */
  sectorAttribute?: string;
  /**
   * Group for people whose sector is missing or blank. Default "Unknown". They form one
   * shared group rather than one group each, so that the mixing matrix and the sector
   * network show them as a visible "Unknown" row the coordinator can fix, instead of
   * silently inflating cross-sector figures with one-person sectors.
   */
  unknownSector?: string;
}

export const UNKNOWN_SECTOR = "Unknown";

export interface SectorIndex {
  /** Distinct sectors, alphabetical, with the unknown group last. */
  sectors: string[];
  /** Sector index of node i, for node i of `nodes`. */
  groupOf: Int32Array;
}

export function sectorLabel(value: unknown, unknownSector: string = UNKNOWN_SECTOR): string {
  if (value === undefined || value === null) return unknownSector;
  const text = String(value).trim();
  return text === "" ? unknownSector : text;
}

/** Indexes the sector of each node, in the order of `nodes` (a CSR's node order). */
export function indexSectors<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  nodes: readonly string[],
  options: SectorOptions = {},
): SectorIndex {
  const attribute = options.sectorAttribute ?? "sector";
  const unknown = options.unknownSector ?? UNKNOWN_SECTOR;
  const labels = nodes.map((node) => sectorLabel(graph.getNodeAttribute(node, attribute), unknown));
  const sectors = [...new Set(labels)].sort((a, b) => {
    if (a === unknown || b === unknown) return a === b ? 0 : a === unknown ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const position = new Map(sectors.map((s, i) => [s, i]));
  const groupOf = Int32Array.from(labels, (label) => position.get(label)!);
  return { sectors, groupOf };
}
