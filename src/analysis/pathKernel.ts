/**
 * The one all-pairs shortest-path pass behind betweenness, closeness and sector
 * dependencies (Brandes 2001, on hops). Each source costs one BFS, which gives the
 * distances closeness needs, plus, when asked, one backward sweep that accumulates
 * dependencies. Doing all three in the same pass means the expensive part (a BFS from
 * every person) is paid once. The graph must be undirected (every tie stored both ways).
 *
 * Hot-loop choices, for speed over compact typed arrays:
 * - the BFS is direction-optimising (top-down, then bottom-up once few vertices are left);
 * - no predecessor lists: in the backward sweep a vertex gets its successors'
 *   contributions by pulling from all its neighbours, or its successors push to all of
 *   theirs, whichever side has fewer arcs; coefficients that must not count are still 0;
 * - Brandes' δ(v) = Σ_w σ(v)/σ(w)·(1+δ(w)) is rewritten with c(w) = (1+δ(w))/σ(w), so
 *   δ(v) = σ(v)·Σ_w c(w): one division per vertex instead of one per edge, no branches;
 * - every buffer is allocated once per kernel and reused; only the entries of the
 *   vertices a BFS reached are reset.
 *
 * Sector dependencies generalise the sweep: δ_b(v) = Σ_w σ(v)/σ(w)·([w ∈ b] + δ_b(w)) is
 * the dependency of the source on v restricted to targets in group b. A source in
 * group a only accumulates groups b > a, since for undirected graphs the pair (a, b)
 * is symmetric and counting it once halves the work.
 *
 * Sums are raw (unnormalised) so that partial results of different workers add up.
 */

/** The adjacency the kernel needs: the CSR arrays without node keys, so it can be posted to workers. */
export interface PathGraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
}

export interface PathOptions {
  /** Accumulate betweenness dependencies. */
  betweenness: boolean;
  /** Record, per source, the sum of distances and the number of vertices reached. */
  closeness: boolean;
  /**
   * Sampled betweenness: only sources with pivots[s] = 1 accumulate dependencies; the
   * others only run the BFS (for closeness). Absent means every source is a pivot.
   */
  pivots?: Uint8Array;
  /**
   * Group (sector) index of each vertex, -1 for none; enables group-pair dependencies.
   * Sources in group a serve the pairs (a, b > a); a source in no group or in the last
   * group only runs the BFS.
   */
  groupOf?: Int32Array;
  groupCount?: number;
  /**
   * Sampled group-pair dependencies: only sources with groupSources[s] = 1 accumulate them
   * (and count the pairs they reach), so shares stay ratios over the same sample. Absent means
   * every source in a group does.
   */
  groupSources?: Uint8Array;
}

export interface PathSums {
  /** Σ over pivot sources of δ_s(v). */
  betweenness: Float64Array;
  /** Per source: Σ_t d(s,t) over reachable t. */
  distanceSum: Float64Array;
  /** Per source: number of other vertices reached. */
  reached: Float64Array;
  /** [(a·G + b)·n + v], a < b: Σ_{s∈a} Σ_{t∈b} σ_st(v)/σ_st. */
  groupDependency: Float64Array;
  /** [a·G + b], a < b: number of (s, t) with s ∈ a, t ∈ b and t reachable from s. */
  groupPairs: Float64Array;
  /** Number of sources processed, for progress and checks. */
  sources: number;
}

export function createPathSums(n: number, options: PathOptions): PathSums {
  const groups = options.groupOf ? (options.groupCount ?? 0) : 0;
  return {
    betweenness: new Float64Array(options.betweenness ? n : 0),
    distanceSum: new Float64Array(options.closeness ? n : 0),
    reached: new Float64Array(options.closeness ? n : 0),
    groupDependency: new Float64Array(groups * groups * n),
    groupPairs: new Float64Array(groups * groups),
    sources: 0,
  };
}

/** Adds `from` into `into` (partial results of workers over disjoint sources). */
export function addPathSums(into: PathSums, from: PathSums): void {
  const add = (a: Float64Array, b: Float64Array) => {
    if (a.length !== b.length) throw new Error("Partial path sums have different shapes");
    for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
  };
  add(into.betweenness, from.betweenness);
  add(into.distanceSum, from.distanceSum);
  add(into.reached, from.reached);
  add(into.groupDependency, from.groupDependency);
  add(into.groupPairs, from.groupPairs);
  into.sources += from.sources;
}

export interface PathKernel {
  readonly sums: PathSums;
  /** Runs sources[start..end) and adds their contributions to `sums`. */
  run(sources: ArrayLike<number>, start?: number, end?: number): void;
}

/** Connected components as contiguous vertex lists, with the number of arcs in each. */
interface Components {
  of: Int32Array;
  vertices: Int32Array;
  start: Int32Array;
  arcs: Float64Array;
}

function components(graph: PathGraph): Components {
  const { n, offsets, targets } = graph;
  const of = new Int32Array(n).fill(-1);
  const vertices = new Int32Array(n);
  const start: number[] = [0];
  const arcs: number[] = [];
  let tail = 0;
  for (let root = 0; root < n; root++) {
    if (of[root]! >= 0) continue;
    const c = arcs.length;
    of[root] = c;
    vertices[tail++] = root;
    let count = 0;
    for (let head = tail - 1; head < tail; head++) {
      const v = vertices[head]!;
      count += offsets[v + 1]! - offsets[v]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (of[w]! < 0) {
          of[w] = c;
          vertices[tail++] = w;
        }
      }
    }
    start.push(tail);
    arcs.push(count);
  }
  return { of, vertices, start: Int32Array.from(start), arcs: Float64Array.from(arcs) };
}

/**
 * Direction switches: go bottom-up when the arcs left to scan are fewer than the
 * frontier's arcs times BOTTOM_UP; push dependencies from the next level when its arcs are
 * fewer than the current level's divided by PUSH. Pushing scatters (read-modify-write),
 * which costs a little more per arc than gathering, hence values above 1.
 */
const BOTTOM_UP = 1.2;
const PUSH = 1.2;

export function createPathKernel(graph: PathGraph, options: PathOptions): PathKernel {
  const { n, offsets, targets } = graph;
  const sums = createPathSums(n, options);
  const {
    of: componentOf,
    vertices: componentVertices,
    start: componentStart,
    arcs: componentArcs,
  } = components(graph);
  // acc doubles as the visited mark: a vertex is first touched when it is discovered, and σ ≥ 1.
  const acc = new Float64Array(n);
  const coef = new Float64Array(n);
  const pushed = new Float64Array(n);
  const unvisited = new Int32Array(n);
  const queue = new Int32Array(n);
  const sigmaQ = new Float64Array(n);
  const pullQ = new Float64Array(n);
  const levelStart = new Int32Array(n + 2);
  const levelArcs = new Float64Array(n + 1);
  const pivots = options.pivots;
  const groupOf = options.groupOf;
  const groups = groupOf ? (options.groupCount ?? 0) : 0;
  const groupCoef = new Float64Array(groups > 0 ? n * groups : 0);
  const groupPull = new Float64Array(groups > 0 ? n * groups : 0);
  const reachedIn = new Float64Array(groups);
  const bc = sums.betweenness;
  let levels = 0;
  let pushedAny = false;

  /**
   * Level-synchronous BFS from s that counts shortest paths (σ), level by level in
   * whichever direction scans fewer arcs (Beamer et al.'s direction-optimising BFS):
   *
   * - top-down: every neighbour of the frontier gets σ added into acc without asking how
   *   far it is; only the next level's totals are read once the level is complete, so the
   *   additions into earlier levels are harmless and the loop's only branch is discovery;
   * - bottom-up: every vertex not yet reached sums acc over all its neighbours; a non-zero
   *   sum puts it in the next level. That sum is exactly σ: an unreached vertex's
   *   neighbours are either in the frontier, whose acc holds exactly their σ (only the
   *   level before pushed into them), or unreached themselves (acc 0). In small-world
   *   networks most vertices sit within two or three levels, so the last levels are found
   *   from the few vertices left instead of from the huge frontier's arcs.
   *
   * Fills queue (vertices in BFS order), sigmaQ (σ in queue order), levelStart and
   * levelArcs. Returns the number of vertices reached, s included.
   */
  const bfs = (s: number): number => {
    const component = componentOf[s]!;
    acc[s] = 1;
    sigmaQ[0] = 1;
    queue[0] = s;
    levelStart[0] = 0;
    let head = 0;
    let tail = 1;
    let total = 0;
    let frontierArcs = offsets[s + 1]! - offsets[s]!;
    let remainingArcs = componentArcs[component]! - frontierArcs;
    let unvisitedCount = -1;
    let level = 0;
    while (head < tail) {
      const levelEnd = tail;
      levelArcs[level] = frontierArcs;
      levelStart[++level] = levelEnd;
      let nextArcs = 0;
      if (remainingArcs < frontierArcs * BOTTOM_UP) {
        if (unvisitedCount < 0) {
          unvisitedCount = 0;
          const last = componentStart[component + 1]!;
          for (let i = componentStart[component]!; i < last; i++) {
            const v = componentVertices[i]!;
            unvisited[unvisitedCount] = v;
            unvisitedCount += acc[v] === 0 ? 1 : 0;
          }
        }
        let kept = 0;
        for (let j = 0; j < unvisitedCount; j++) {
          const u = unvisited[j]!;
          if (acc[u] !== 0) continue; // reached by an earlier top-down level
          let sum = 0;
          const end = offsets[u + 1]!;
          for (let e = offsets[u]!; e < end; e++) sum += acc[targets[e]!]!;
          if (sum > 0) {
            queue[tail] = u;
            sigmaQ[tail++] = sum;
            nextArcs += end - offsets[u]!;
          } else {
            unvisited[kept++] = u;
          }
        }
        unvisitedCount = kept;
        // Only now, so that no vertex of the new level counts a neighbour of its own level.
        for (let i = levelEnd; i < tail; i++) acc[queue[i]!] = sigmaQ[i]!;
      } else {
        for (let i = head; i < levelEnd; i++) {
          const v = queue[i]!;
          const sv = sigmaQ[i]!;
          const end = offsets[v + 1]!;
          for (let e = offsets[v]!; e < end; e++) {
            const w = targets[e]!;
            const old = acc[w]!;
            acc[w] = old + sv;
            if (old === 0) queue[tail++] = w;
          }
        }
        for (let i = levelEnd; i < tail; i++) {
          const w = queue[i]!;
          sigmaQ[i] = acc[w]!;
          nextArcs += offsets[w + 1]! - offsets[w]!;
        }
      }
      total += level * (tail - levelEnd);
      remainingArcs -= nextArcs;
      frontierArcs = nextArcs;
      head = levelEnd;
    }
    levels = level;
    if (sums.distanceSum.length > 0) {
      sums.distanceSum[s]! += total;
      sums.reached[s]! += tail - 1;
    }
    return tail;
  };

  /** Whether level L gets its successors' coefficients by pulling (else level L+1 pushes them). */
  const pullsAt = (level: number) => levelArcs[level]! <= levelArcs[level + 1]! * PUSH;

  /**
   * Backward sweep, deepest level first, computing c(w) = (1+δ(w))/σ(w). For each level
   * L the successors' coefficients reach w either by pulling (w sums coef over all its
   * neighbours: coef is still zero on levels L-1 and L, because a level's coefficients are
   * only written once the whole level has its sums) or by pushing (each vertex of level
   * L+1 adds its coef into all its neighbours' `pushed`; what lands on levels L+1 and L+2
   * is never read again). Either way, whichever side has fewer arcs is scanned.
   */
  const accumulate = () => {
    const deepest = levels - 1;
    for (let i = levelStart[deepest]!; i < levelStart[deepest + 1]!; i++) coef[queue[i]!] = 1 / sigmaQ[i]!;
    for (let level = deepest - 1; level > 0; level--) {
      const from = levelStart[level]!;
      const to = levelStart[level + 1]!;
      if (pullsAt(level)) {
        for (let i = from; i < to; i++) {
          const w = queue[i]!;
          let pull = 0;
          const end = offsets[w + 1]!;
          for (let e = offsets[w]!; e < end; e++) pull += coef[targets[e]!]!;
          pullQ[i] = pull;
        }
      } else {
        const nextEnd = levelStart[level + 2]!;
        for (let i = to; i < nextEnd; i++) {
          const u = queue[i]!;
          const cu = coef[u]!;
          const end = offsets[u + 1]!;
          for (let e = offsets[u]!; e < end; e++) pushed[targets[e]!]! += cu;
        }
        pushedAny = true;
        for (let i = from; i < to; i++) {
          const w = queue[i]!;
          const sw = sigmaQ[i]!;
          const pull = pushed[w]!;
          bc[w]! += sw * pull;
          coef[w] = 1 / sw + pull;
        }
        continue;
      }
      for (let i = from; i < to; i++) {
        const w = queue[i]!;
        const sw = sigmaQ[i]!;
        const pull = pullQ[i]!;
        bc[w]! += sw * pull;
        coef[w] = 1 / sw + pull;
      }
    }
  };

  /**
   * The same sweep split by the target's group, for groups b > a (a = the source's
   * group): a vector of coefficients per vertex instead of one number, pulled or pushed in
   * the same way. groupPull collects both; what pushes leave on swept levels is cleared
   * with the source's other buffers.
   */
  const accumulateByGroup = (a: number) => {
    // Vectors hold groups a+1 .. G-1 only, packed: entry j of vertex v is group a+1+j.
    const first = a + 1;
    const width = groups - first;
    const pairBase = a * groups;
    const deepest = levels - 1;
    for (let level = deepest; level > 0; level--) {
      const from = levelStart[level]!;
      const to = levelStart[level + 1]!;
      if (level === deepest) {
        // Nothing lies beyond the deepest level.
      } else if (pullsAt(level)) {
        for (let i = from; i < to; i++) {
          const w = queue[i]!;
          const out = w * width;
          const end = offsets[w + 1]!;
          for (let e = offsets[w]!; e < end; e++) {
            const base = targets[e]! * width;
            for (let j = 0; j < width; j++) groupPull[out + j]! += groupCoef[base + j]!;
          }
        }
      } else {
        const nextEnd = levelStart[level + 2]!;
        for (let i = to; i < nextEnd; i++) {
          const u = queue[i]!;
          const base = u * width;
          const end = offsets[u + 1]!;
          for (let e = offsets[u]!; e < end; e++) {
            const out = targets[e]! * width;
            for (let j = 0; j < width; j++) groupPull[out + j]! += groupCoef[base + j]!;
          }
        }
      }
      for (let i = from; i < to; i++) {
        const w = queue[i]!;
        const sw = sigmaQ[i]!;
        const own = groupOf![w]! - first;
        const base = w * width;
        for (let j = 0; j < width; j++) {
          const pulled = groupPull[base + j]!;
          sums.groupDependency[(pairBase + first + j) * n + w]! += sw * pulled;
          groupCoef[base + j] = (own === j ? 1 / sw : 0) + pulled;
        }
      }
    }
  };

  const countReachedByGroup = (tail: number, a: number) => {
    reachedIn.fill(0);
    for (let i = 1; i < tail; i++) {
      const g = groupOf![queue[i]!]!;
      if (g > a) reachedIn[g]! += 1;
    }
    for (let b = a + 1; b < groups; b++) sums.groupPairs[a * groups + b]! += reachedIn[b]!;
  };

  const runOne = (s: number) => {
    const tail = bfs(s);
    pushedAny = false;
    const isPivot = options.betweenness && (pivots === undefined || pivots[s] === 1);
    if (isPivot) accumulate();
    const a = groups > 0 ? groupOf![s]! : -1;
    const byGroup =
      a >= 0 && a < groups - 1 && (options.groupSources === undefined || options.groupSources[s] === 1);
    if (byGroup) {
      countReachedByGroup(tail, a);
      accumulateByGroup(a);
    }
    for (let i = 0; i < tail; i++) acc[queue[i]!] = 0;
    if (isPivot) for (let i = 0; i < tail; i++) coef[queue[i]!] = 0;
    if (pushedAny) for (let i = 0; i < tail; i++) pushed[queue[i]!] = 0;
    if (byGroup) {
      const width = groups - a - 1;
      for (let i = 0; i < tail; i++) {
        const v = queue[i]!;
        for (let k = v * width, end = k + width; k < end; k++) {
          groupCoef[k] = 0;
          groupPull[k] = 0;
        }
      }
    }
    sums.sources++;
  };

  return {
    sums,
    run(sources, start = 0, end = sources.length) {
      for (let i = start; i < end; i++) runOne(sources[i]!);
    },
  };
}

/** Every vertex, as the source list of an exact pass. */
export function allSources(n: number): Int32Array {
  const sources = new Int32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  return sources;
}

/**
 * Renumbers vertices in breadth-first order (from the best-connected person, component
 * by component) so that people who are close in the network are close in memory: the
 * kernel's scattered reads then hit cache far more often (about 25% faster on the
 * benchmark graphs). `order[newId] = oldId`.
 */
export function localityOrder(graph: PathGraph): Int32Array {
  const { n, offsets, targets } = graph;
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let hub = 0;
  for (let v = 1; v < n; v++) if (offsets[v + 1]! - offsets[v]! > offsets[hub + 1]! - offsets[hub]!) hub = v;
  let tail = 0;
  const visitFrom = (root: number) => {
    if (seen[root]) return;
    seen[root] = 1;
    order[tail++] = root;
    for (let head = tail - 1; head < tail; head++) {
      const v = order[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (!seen[w]) {
          seen[w] = 1;
          order[tail++] = w;
        }
      }
    }
  };
  if (n > 0) visitFrom(hub);
  for (let v = 0; v < n; v++) visitFrom(v);
  return order;
}

/** The graph with vertex order[i] renamed i. */
export function permuteGraph(graph: PathGraph, order: Int32Array): PathGraph {
  const { n, offsets, targets } = graph;
  const position = new Int32Array(n);
  for (let i = 0; i < n; i++) position[order[i]!] = i;
  const newOffsets = new Int32Array(n + 1);
  const newTargets = new Int32Array(targets.length);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    let k = newOffsets[i]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) newTargets[k++] = position[targets[e]!]!;
    newTargets.subarray(newOffsets[i]!, k).sort();
    newOffsets[i + 1] = k;
  }
  return { n, offsets: newOffsets, targets: newTargets };
}
