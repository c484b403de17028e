/**
 * Identity matching: which registry person (or which unregistered person) each name, e-mail or id
 * in the interactions and attendance files stands for.
 *
 * Matching is exact and ordered: registry id, then e-mail, then name normalised for case, accents,
 * punctuation, spacing and "Last, First" order. A reference that matches two registry people
 * equally is never guessed: it stays unregistered and is reported as ambiguous. Fuzzy similarity
 * is only used to suggest near-matches for unregistered people; a person confirms those.
 */
import type { Dataset, FileKind, InteractionRecord, AttendanceRecord, Person } from "./types";
import {
  INITIAL_SIMILARITY,
  PARTICLE_WEIGHT,
  isFullWeight,
  looksLikeEmail,
  deletionVariants,
  nameTokens,
  normalizeEmail,
  normalizeName,
  similarityScore,
  tokenSetSimilarity,
  tokenSimilarity,
  type NameTokens,
} from "./normalize";

export type MatchedBy = "id" | "email" | "name" | "unregistered";

export interface Resolution {
  key: string;
  matchedBy: MatchedBy;
  /** Set when the reference was left unregistered because several registry people fit it equally. */
  ambiguous?: Ambiguity;
}

export interface Ambiguity {
  by: "email" | "name";
  /** Registry ids, in registry order. */
  candidates: string[];
}

export interface IdentityResolver {
  resolve(ref: string): Resolution;
}

export interface NearMatch {
  id: string;
  name: string;
  similarity: number;
}

export interface NearMatchIndex {
  /** Registry people whose name is at least `threshold` similar to `name`, best first. */
  find(name: string): NearMatch[];
}

export interface UnregisteredPerson {
  /** Node key: the first spelling seen, trimmed. */
  key: string;
  name: string;
  /** Set when the reference was an e-mail address. */
  email?: string;
  /** Records naming this person (an interaction row counts once per endpoint). */
  appearances: number;
  files: FileKind[];
  nearMatches: NearMatch[];
  /** Every distinct spelling that collapsed into this person, first seen first. */
  spellings: string[];
}

export interface IdentityReport {
  /** Every distinct reference that did not match by exact id, in first-seen order. */
  matches: { ref: string; key: string; matchedBy: MatchedBy }[];
  unregistered: UnregisteredPerson[];
  /** Rows whose two ends turned out to be one person (two spellings); they add no tie. */
  selfTiesAfterMatching: { kind: FileKind; line: number; source: string; target: string }[];
  /** References left unregistered because several registry people fit them equally. */
  ambiguous: ({ ref: string } & Ambiguity)[];
  /** Registry ids that occur more than once; the first row with the id is used. */
  duplicateRegistryIds: string[];
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The spelling that decides which unregistered references are one person. */
function collapseKey(ref: string): string {
  if (looksLikeEmail(ref)) return `email:${normalizeEmail(ref)}`;
  const name = normalizeName(ref);
  return name === "" ? `raw:${ref.trim()}` : `name:${name}`;
}

/** A registry person's display name: their name, or their id when the registry gives none. */
export function displayName(person: Person): string {
  return person.name.trim() === "" ? person.id : person.name;
}

/**
 * Resolves references against the registry: exact id (also after trimming), id ignoring case,
 * e-mail, normalised name. Unregistered references that normalise the same share one key, the
 * first spelling seen, so the resolver is stateful and resolving in file order is deterministic.
 * The key of an unregistered person never equals a registry id (that would have matched).
 */
export function createIdentityResolver(people: Person[]): IdentityResolver {
  const byId = new Set<string>();
  const byFoldedId = new Map<string, string[]>();
  const byEmail = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const person of people) {
    if (byId.has(person.id)) continue;
    byId.add(person.id);
    addTo(byFoldedId, person.id.trim().toLowerCase(), person.id);
    if (person.email) addTo(byEmail, normalizeEmail(person.email), person.id);
    const name = normalizeName(displayName(person));
    if (name !== "") addTo(byName, name, person.id);
  }
  const unregistered = new Map<string, string>();
  const cache = new Map<string, Resolution>();

  function lookup(ref: string): Resolution {
    const trimmed = ref.trim();
    if (byId.has(ref)) return { key: ref, matchedBy: "id" };
    if (byId.has(trimmed)) return { key: trimmed, matchedBy: "id" };
    const folded = byFoldedId.get(trimmed.toLowerCase());
    if (folded?.length === 1) return { key: folded[0]!, matchedBy: "id" };
    const byMail = looksLikeEmail(ref) ? byEmail.get(normalizeEmail(ref)) : undefined;
    if (byMail?.length === 1) return { key: byMail[0]!, matchedBy: "email" };
    // A registry may hold an address in its name column; an ambiguous e-mail is not retried as a name.
    const byNormalName = byMail ? undefined : byName.get(normalizeName(ref));
    if (byNormalName?.length === 1) return { key: byNormalName[0]!, matchedBy: "name" };
    const collapse = collapseKey(ref);
    let key = unregistered.get(collapse);
    if (key === undefined) {
      key = trimmed;
      unregistered.set(collapse, key);
    }
    if (byMail) return { key, matchedBy: "unregistered", ambiguous: { by: "email", candidates: byMail } };
    if (byNormalName)
      return { key, matchedBy: "unregistered", ambiguous: { by: "name", candidates: byNormalName } };
    return { key, matchedBy: "unregistered" };
  }

  return {
    resolve(ref) {
      let hit = cache.get(ref);
      if (!hit) {
        hit = lookup(ref);
        cache.set(ref, hit);
      }
      return hit;
    },
  };
}

/**
 * Near-match search over the registry, giving exactly what `nameSimilarity` against every
 * registry name would give, without comparing against every name. Blocking: a name can only
 * reach a non-zero similarity with names sharing a similar full-weight word, so candidates come
 * from an index of words; similar words are found through their deletion variants (see
 * `deletionVariants`), once per distinct query word. Candidates are then pruned with an upper
 * bound on their shared evidence before the exact score is computed.
 */
export function createNearMatchIndex(
  people: Person[],
  { threshold = 0.8, limit = 3 }: { threshold?: number; limit?: number } = {},
): NearMatchIndex {
  const entries = people.map((p) => ({ id: p.id, name: displayName(p), tokens: nameTokens(displayName(p)) }));
  const postings = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    entry.tokens.tokens.forEach((word, i) => {
      const list = postings.get(word);
      if (!isFullWeight(entry.tokens, i) || list?.[list.length - 1] === index) return;
      addTo(postings, word, index);
    });
  });
  const byInitial = new Map<string, string[]>();
  const byVariant = new Map<string, string[]>();
  for (const word of postings.keys()) {
    addTo(byInitial, word[0]!, word);
    if (word.length > 1) for (const variant of deletionVariants(word)) addTo(byVariant, variant, word);
  }
  const wordCache = new Map<string, [string, number][]>();

  function similarWords(word: string): [string, number][] {
    const cached = wordCache.get(word);
    if (cached) return cached;
    const found: [string, number][] = [];
    if (word.length === 1) {
      for (const other of byInitial.get(word) ?? [])
        found.push([other, other === word ? 1 : INITIAL_SIMILARITY]);
    } else {
      if (postings.has(word[0]!)) found.push([word[0]!, INITIAL_SIMILARITY]);
      const candidates = new Set<string>();
      for (const variant of deletionVariants(word))
        for (const other of byVariant.get(variant) ?? []) candidates.add(other);
      for (const other of candidates) {
        const s = tokenSimilarity(word, other);
        if (s > 0) found.push([other, s]);
      }
    }
    wordCache.set(word, found);
    return found;
  }

  // Per-query scratch space, reused: best[row * width + i] is the best similarity of query word i
  // to a word of the entry owning that row; stamp marks the entries touched by the current query.
  const stamp = new Int32Array(entries.length);
  const rowOf = new Int32Array(entries.length);
  let best = new Float64Array(0);
  let generation = 0;

  /** Most a name can score against `query` when it shares at most `shared` evidence with it. */
  const ceiling = (query: NameTokens, shared: number): number =>
    shared <= 0
      ? 0
      : similarityScore(Math.min(shared, query.total), query.total, Math.min(shared, query.total));

  /**
   * The query words a name must match (at full weight) to reach the threshold, rarest first: the
   * shortest run of rarest words such that a name matching none of them cannot reach it. Only
   * their postings are enumerated, which spares walking the thousands of people named "Maria".
   */
  function requiredWords(query: NameTokens): number[] {
    const full = query.tokens.map((_, i) => i).filter((i) => isFullWeight(query, i));
    const cost = (i: number) =>
      similarWords(query.tokens[i]!).reduce((n, [w]) => n + postings.get(w)!.length, 0);
    const costs = new Map(full.map((i) => [i, cost(i)]));
    full.sort((x, y) => costs.get(x)! - costs.get(y)! || x - y);
    let unmatchedBound = query.total;
    for (let j = 0; j < full.length; j++) {
      // If the name misses words 0..j, each of them can still meet one of its particles.
      unmatchedBound -= 1 - PARTICLE_WEIGHT;
      if (ceiling(query, unmatchedBound) < threshold) return full.slice(0, j + 1);
    }
    return full;
  }

  return {
    find(name) {
      const query = nameTokens(name);
      if (query.total === 0) return [];
      const width = query.tokens.length;
      const required = requiredWords(query);
      generation++;
      const touched: number[] = [];
      for (const i of required) {
        for (const [other, s] of similarWords(query.tokens[i]!)) {
          for (const index of postings.get(other)!) {
            if (stamp[index] !== generation) {
              stamp[index] = generation;
              rowOf[index] = touched.length;
              touched.push(index);
              if (best.length < touched.length * width) {
                const grown = new Float64Array(Math.max(2 * best.length, touched.length * width));
                grown.set(best);
                best = grown;
              }
              best.fill(0, (touched.length - 1) * width, touched.length * width);
            }
            const at = rowOf[index]! * width + i;
            if (s > best[at]!) best[at] = s;
          }
        }
      }
      const isRequired = query.tokens.map((_, i) => required.includes(i));
      const matches: (NearMatch & { index: number })[] = [];
      for (const index of touched) {
        // Upper bound on shared evidence: a required word without a full-weight match can still
        // meet a particle; the other words are not looked up, so they might match fully.
        let bound = 0;
        for (let i = 0; i < width; i++) {
          const w = query.weights[i]!;
          bound += isRequired[i] ? Math.max(best[rowOf[index]! * width + i]!, PARTICLE_WEIGHT) : w;
        }
        const entry = entries[index]!;
        if (similarityScore(bound, query.total, entry.tokens.total) < threshold) continue;
        const similarity = tokenSetSimilarity(query, entry.tokens);
        if (similarity >= threshold) matches.push({ id: entry.id, name: entry.name, similarity, index });
      }
      // Ties keep registry order: stable, and independent of the browser's locale.
      matches.sort((a, b) => b.similarity - a.similarity || a.index - b.index);
      return matches.slice(0, limit).map(({ id, name, similarity }) => ({ id, name, similarity }));
    },
  };
}

export interface ResolvedInteraction extends InteractionRecord {
  sourceKey: string;
  targetKey: string;
}

export interface ResolvedAttendance extends AttendanceRecord {
  key: string;
}

export interface ResolvedDataset {
  /** Registry people, first row per id. */
  people: Person[];
  /** Interactions with both ends resolved, except the self-ties after matching. */
  interactions: ResolvedInteraction[];
  /** Interactions whose two ends resolved to one person: no tie, but the person still appeared. */
  selfTies: ResolvedInteraction[];
  attendance: ResolvedAttendance[];
  identity: IdentityReport;
  /** Distinct spellings per node key, other than the key itself. */
  aliases: Map<string, string[]>;
}

export interface ResolveOptions {
  /** Least name similarity for a near-match (default 0.8). */
  nearMatchThreshold?: number;
  /** Most near-matches listed per unregistered person (default 3). */
  nearMatchLimit?: number;
}

/**
 * Resolves every reference of a dataset, in file order (interactions, then attendance), and
 * reports what matched how, who is unregistered (with near-matches) and which rows collapsed into
 * self-ties.
 */
export function resolveIdentities(dataset: Dataset, options: ResolveOptions = {}): ResolvedDataset {
  const seenIds = new Set<string>();
  const duplicateIds = new Set<string>();
  const people: Person[] = [];
  for (const person of dataset.people) {
    if (seenIds.has(person.id)) duplicateIds.add(person.id);
    else {
      seenIds.add(person.id);
      people.push(person);
    }
  }
  const resolver = createIdentityResolver(people);
  const sightings = new Map<string, Resolution>();
  const appearances = new Map<string, { count: number; files: Set<FileKind>; spellings: string[] }>();
  const aliases = new Map<string, string[]>();

  function see(ref: string, kind: FileKind): string {
    let resolution = sightings.get(ref);
    if (!resolution) {
      resolution = resolver.resolve(ref);
      sightings.set(ref, resolution);
      if (ref !== resolution.key) addTo(aliases, resolution.key, ref);
    }
    const { key, matchedBy } = resolution;
    if (matchedBy === "unregistered") {
      let entry = appearances.get(key);
      if (!entry) {
        entry = { count: 0, files: new Set(), spellings: [] };
        appearances.set(key, entry);
      }
      entry.count++;
      entry.files.add(kind);
      if (!entry.spellings.includes(ref)) entry.spellings.push(ref);
    }
    return key;
  }

  const interactions: ResolvedInteraction[] = [];
  const selfTies: ResolvedInteraction[] = [];
  for (const record of dataset.interactions) {
    const resolved = {
      ...record,
      sourceKey: see(record.source, "interactions"),
      targetKey: see(record.target, "interactions"),
    };
    (resolved.sourceKey === resolved.targetKey ? selfTies : interactions).push(resolved);
  }
  const attendance = dataset.attendance.map((record) => ({
    ...record,
    key: see(record.person, "attendance"),
  }));

  const index = createNearMatchIndex(people, {
    threshold: options.nearMatchThreshold ?? 0.8,
    limit: options.nearMatchLimit ?? 3,
  });
  const unregistered = [...appearances].map(([key, entry]): UnregisteredPerson => {
    const email = looksLikeEmail(key) ? normalizeEmail(key) : undefined;
    const asName = email === undefined ? key : email.split("@")[0]!.split("+")[0]!;
    return {
      key,
      name: key,
      ...(email === undefined ? {} : { email }),
      appearances: entry.count,
      files: [...entry.files].sort(),
      nearMatches: index.find(asName),
      spellings: entry.spellings,
    };
  });

  const report: IdentityReport = {
    matches: [],
    unregistered,
    selfTiesAfterMatching: selfTies.map(({ line, source, target }) => ({
      kind: "interactions" as const,
      line,
      source,
      target,
    })),
    ambiguous: [],
    duplicateRegistryIds: [...duplicateIds],
  };
  for (const [ref, resolution] of sightings) {
    if (resolution.matchedBy === "id" && resolution.key === ref) continue;
    report.matches.push({ ref, key: resolution.key, matchedBy: resolution.matchedBy });
    if (resolution.ambiguous) report.ambiguous.push({ ref, ...resolution.ambiguous });
  }
  return { people, interactions, selfTies, attendance, identity: report, aliases };
}
