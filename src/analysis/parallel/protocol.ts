import type { PathGraph, PathOptions, PathSums } from "../pathKernel";

/**
 * Messages between the pool and a path worker. The graph and the source list are sent
 * once per run ("init"); the pool then hands out ranges of the source list ("run") as
 * workers become free, so fast and slow workers balance out, and finally asks each
 * worker for its partial sums ("collect").
 */
export type PathWorkerRequest =
  | { type: "init"; graph: PathGraph; options: PathOptions; sources: Int32Array }
  | { type: "run"; start: number; end: number }
  | { type: "collect" };

export type PathWorkerReply =
  { type: "done"; count: number } | { type: "sums"; sums: PathSums } | { type: "error"; message: string };

/** Buffers of the partial sums, handed back to the pool without copying. */
export function sumsBuffers(sums: PathSums): ArrayBuffer[] {
  const arrays = [sums.betweenness, sums.distanceSum, sums.reached, sums.groupDependency, sums.groupPairs];
  return arrays.map((a) => a.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
