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

export type MatchedBy = "id" | "email" | "name" | "unregistered" | "decision";

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
  /**
   * The person `ref` (an id, e-mail or name) stands for. `email` is an address the file gives
   * beside a name (a Zoom or Slack user); it is tried first, then the name.
   */
  resolve(ref: string, email?: string): Resolution;
}

/**
 * What the coordinator decided about matches, saved with the workspace and given back to
 * `createIdentityResolver` / `buildNetwork` (through `ResolveOptions.decisions`). References are
 * compared as matching compares them: e-mails ignoring case, names normalised, so a decision made
 * on "López, Ana" also holds for "ana lopez". Plain JSON, versioned.
 */
export interface IdentityDecisions {
  version: 1;
  /** "The same person": `ref` resolves to whoever `into` (an id, e-mail or name) resolves to. */
  merge: { ref: string; into: string }[];
  /** "Not the same person": `ref` never resolves to whoever `from` resolves to. */
  split: { ref: string; from: string }[];
  /** Automatic merges the user checked and accepted: they change nothing, the report marks them confirmed. */
  confirm: { ref: string; into: string }[];
}

export function emptyDecisions(): IdentityDecisions {
  return { version: 1, merge: [], split: [], confirm: [] };
}

/** Decisions read back from a saved workspace, or null when the value is not decisions Weaver wrote. */
export function readIdentityDecisions(value: unknown): IdentityDecisions | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const pairs = (list: unknown, a: string, b: string): { [k: string]: string }[] | null => {
    if (!Array.isArray(list)) return null;
    const ok = list.every(
      (e) =>
        e &&
        typeof e === "object" &&
        typeof (e as never)[a] === "string" &&
        typeof (e as never)[b] === "string",
    );
    return ok ? (list as { [k: string]: string }[]).map((e) => ({ [a]: e[a]!, [b]: e[b]! })) : null;
  };
  const merge = pairs(v.merge, "ref", "into");
  const split = pairs(v.split, "ref", "from");
  const confirm = pairs(v.confirm ?? [], "ref", "into");
  if (v.version !== 1 || !merge || !split || !confirm) return null;
  return { version: 1, merge, split, confirm } as IdentityDecisions;
}

/** Decisions with "`ref` is `into`" added, replacing any earlier decision on the same pair. */
export function decideMerge(decisions: IdentityDecisions, ref: string, into: string): IdentityDecisions {
  const other = (d: { ref: string }, o: string) => !(sameRef(d.ref, ref) && sameRef(o, into));
  return {
    version: 1,
    merge: [...decisions.merge.filter((d) => !sameRef(d.ref, ref)), { ref, into }],
    split: decisions.split.filter((d) => other(d, d.from)),
    confirm: decisions.confirm.filter((d) => other(d, d.into)),
  };
}

/** Decisions with "`ref` is not `from`" added, replacing any merge or confirmation of that pair. */
export function decideSplit(decisions: IdentityDecisions, ref: string, from: string): IdentityDecisions {
  const other = (d: { ref: string }, o: string) => !(sameRef(d.ref, ref) && sameRef(o, from));
  return {
    version: 1,
    merge: decisions.merge.filter((d) => other(d, d.into)),
    split: [...decisions.split.filter((d) => other(d, d.from)), { ref, from }],
    confirm: decisions.confirm.filter((d) => other(d, d.into)),
  };
}

/** Decisions with the automatic merge of `ref` into `into` marked as checked. */
export function decideConfirm(decisions: IdentityDecisions, ref: string, into: string): IdentityDecisions {
  const kept = decisions.confirm.filter((d) => !(sameRef(d.ref, ref) && sameRef(d.into, into)));
  return { ...decisions, confirm: [...kept, { ref, into }] };
}

/** How matching compares references: e-mails ignoring case, names normalised. */
function refKey(ref: string): string {
  return looksLikeEmail(ref) ? `email:${normalizeEmail(ref)}` : `name:${normalizeName(ref) || ref.trim()}`;
}

function sameRef(a: string, b: string): boolean {
  return refKey(a) === refKey(b);
}

/** Whether a decision about `decided` concerns a sighting of `ref` (with e-mail `email`). */
function concerns(decided: string, ref: string, email: string | undefined): boolean {
  const key = refKey(decided);
  return key === refKey(ref) || (email !== undefined && email !== "" && key === refKey(email));
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
  /** Node key: the first spelling seen, trimmed (the address, when the file gave one beside the name). */
  key: string;
  name: string;
  /** Set when the reference was an e-mail address, or came with one. */
  email?: string;
  /** Records naming this person (an interaction row counts once per endpoint). */
  appearances: number;
  files: FileKind[];
  nearMatches: NearMatch[];
  /** Every distinct spelling that collapsed into this person, first seen first. */
  spellings: string[];
  /** Groups an export's user list gives (Slack channels), when it does. */
  groups?: string[];
  /** True for someone an export's user list names (a Slack user) who matched nobody in the registry. */
  profile?: boolean;
}

/** One person several spellings were merged into, and why each was. */
export interface IdentityMerge {
  key: string;
  name: string;
  registered: boolean;
  spellings: {
    ref: string;
    email?: string;
    /** How it matched; "rename" for a name the file itself gives the person (a Zoom rename). */
    by: Exclude<MatchedBy, "unregistered"> | "rename";
    /** The user confirmed this merge (IdentityDecisions.confirm). */
    confirmed?: true;
  }[];
}

/** Two people who might be one, left apart: a near-match not made. */
export interface NearMiss {
  key: string;
  name: string;
  otherKey: string;
  otherName: string;
  otherRegistered: boolean;
  similarity: number;
  /** One sentence for the import report. */
  reason: string;
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
  /** Each person two or more spellings were merged into, with how; for the user to confirm or split. */
  merges: IdentityMerge[];
  /** Pairs of people with similar names that were not merged, each once, most similar first. */
  nearMisses: NearMiss[];
  /** Decisions that applied to nobody in these files (kept, since later files may need them). */
  unusedDecisions: number;
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

interface ResolverState extends IdentityResolver {
  /** Decisions that concerned at least one reference, by list and index ("merge:0"). */
  used: Set<string>;
}

const NO_KEYS: ReadonlySet<string> = new Set();

function createResolverState(people: Person[], decisions: IdentityDecisions): ResolverState {
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
  /** Collapse key -> node key of an unregistered person. */
  const unregistered = new Map<string, string>();
  /** Name collapse key -> keys of unregistered people known with an e-mail under that name. */
  const emailedByName = new Map<string, Set<string>>();
  const keysWithEmail = new Set<string>();
  const usedKeys = new Set<string>();
  const cache = new Map<string, Resolution>();
  const used = new Set<string>();

  /** A node key for a new unregistered person: `wanted`, unless a registry id or another person has it. */
  function fresh(wanted: string): string {
    let key = wanted;
    for (let n = 2; byId.has(key) || usedKeys.has(key); n++) key = `${wanted} (${n})`;
    usedKeys.add(key);
    return key;
  }

  function unregisteredKey(
    ref: string,
    address: string | undefined,
    separate: boolean,
    exclude: ReadonlySet<string>,
  ): string {
    const trimmed = ref.trim();
    const nameKey = collapseKey(ref);
    const allowed = (key: string | undefined) => (key !== undefined && !exclude.has(key) ? key : undefined);
    if (separate && address) {
      const emailKey = `email:${normalizeEmail(address)}`;
      let key = allowed(unregistered.get(emailKey));
      if (key === undefined) {
        // Someone already known by this name alone, with no e-mail yet, is this person.
        const named = allowed(unregistered.get(nameKey));
        key = named !== undefined && !keysWithEmail.has(named) ? named : fresh(address.trim());
        unregistered.set(emailKey, key);
        keysWithEmail.add(key);
      }
      if (nameKey.startsWith("name:"))
        emailedByName.set(nameKey, (emailedByName.get(nameKey) ?? new Set()).add(key));
      return key;
    }
    const slot =
      exclude.size > 0 && unregistered.has(nameKey) && exclude.has(unregistered.get(nameKey)!)
        ? `split:${nameKey}`
        : nameKey;
    let key = allowed(unregistered.get(slot));
    if (key === undefined) {
      const emailed = [...(emailedByName.get(nameKey) ?? [])].filter((k) => !exclude.has(k));
      key = emailed.length === 1 ? emailed[0]! : fresh(trimmed);
      unregistered.set(slot, key);
    }
    return key;
  }

  function lookup(ref: string, email: string | undefined, exclude: ReadonlySet<string>): Resolution {
    const trimmed = ref.trim();
    const ok = (key: string) => !exclude.has(key);
    const some = (list: string[] | undefined) => {
      const kept = list?.filter(ok);
      return kept && kept.length > 0 ? kept : undefined;
    };
    if (byId.has(ref) && ok(ref)) return { key: ref, matchedBy: "id" };
    if (byId.has(trimmed) && ok(trimmed)) return { key: trimmed, matchedBy: "id" };
    const folded = some(byFoldedId.get(trimmed.toLowerCase()));
    if (folded?.length === 1) return { key: folded[0]!, matchedBy: "id" };
    const separate = email !== undefined && looksLikeEmail(email);
    const address = separate ? email : looksLikeEmail(ref) ? ref : undefined;
    const byMail = address ? some(byEmail.get(normalizeEmail(address))) : undefined;
    if (byMail?.length === 1) return { key: byMail[0]!, matchedBy: "email" };
    const named = some(byName.get(normalizeName(ref)));
    // A shared address (an office account) is told apart by the name written beside it.
    const within = separate && byMail ? named?.filter((k) => byMail.includes(k)) : undefined;
    if (within?.length === 1) return { key: within[0]!, matchedBy: "name" };
    // A registry may hold an address in its name column; an ambiguous e-mail is not retried as a name.
    const byNormalName = byMail ? undefined : named;
    if (byNormalName?.length === 1) return { key: byNormalName[0]!, matchedBy: "name" };
    const key = unregisteredKey(ref, address, separate, exclude);
    if (byMail) return { key, matchedBy: "unregistered", ambiguous: { by: "email", candidates: byMail } };
    if (byNormalName)
      return { key, matchedBy: "unregistered", ambiguous: { by: "name", candidates: byNormalName } };
    return { key, matchedBy: "unregistered" };
  }

  /** Keys `ref` must not resolve to, from split decisions. */
  function splitFrom(ref: string, email: string | undefined, visiting: Set<string>): Set<string> {
    const exclude = new Set<string>();
    decisions.split.forEach((d, i) => {
      if (!concerns(d.ref, ref, email)) return;
      used.add(`split:${i}`);
      exclude.add(resolveWith(d.from, undefined, visiting).key);
    });
    return exclude;
  }

  /**
   * Resolution with the user's decisions applied. The targets of decisions are resolved the same
   * way; a decision that leads back to a reference being resolved (a cycle of merges, a split of a
   * name from itself) gets plain matching there, so resolution always ends.
   */
  function resolveWith(ref: string, email: string | undefined, visiting: Set<string>): Resolution {
    const cacheKey = `${ref}\u0000${email ?? ""}`;
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    if (visiting.has(cacheKey)) return lookup(ref, email, NO_KEYS);
    visiting.add(cacheKey);
    let resolution: Resolution;
    const merge = decisions.merge.findIndex((d) => concerns(d.ref, ref, email));
    if (merge >= 0) {
      used.add(`merge:${merge}`);
      const into = decisions.merge[merge]!.into;
      resolution = { key: resolveWith(into, undefined, visiting).key, matchedBy: "decision" };
    } else {
      const exclude = decisions.split.length > 0 ? splitFrom(ref, email, visiting) : NO_KEYS;
      resolution = lookup(ref, email, exclude);
    }
    visiting.delete(cacheKey);
    cache.set(cacheKey, resolution);
    return resolution;
  }

  return { resolve: (ref, email) => resolveWith(ref, email, new Set()), used };
}

/**
 * Resolves references against the registry: exact id (also after trimming), id ignoring case,
 * e-mail, normalised name. Unregistered references that normalise the same share one key, the
 * first spelling seen, so the resolver is stateful and resolving in file order is deterministic.
 * The key of an unregistered person never equals a registry id (that would have matched).
 * An e-mail given beside a name is tried first; unregistered people known by e-mail keep it as
 * their key, and a later reference by name alone joins the one such person with that name.
 * `decisions` (the user's merges and splits) override the automatic matching.
 */
export function createIdentityResolver(
  people: Person[],
  decisions: IdentityDecisions = emptyDecisions(),
): IdentityResolver {
  const { resolve } = createResolverState(people, decisions);
  return { resolve };
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
  /** Registry people, first row per id, with the groups and e-mail their export profiles add. */
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
  /** The user's merges and splits, saved with the workspace (default: none). */
  decisions?: IdentityDecisions;
}

interface Sighting {
  ref: string;
  email?: string;
  resolution: Resolution;
}

interface Appearance {
  count: number;
  files: Set<FileKind>;
  spellings: string[];
  name?: string;
  email?: string;
  groups?: Set<string>;
  profile?: boolean;
}

function similarityWords(similarity: number): string {
  return similarity >= 1 ? "written alike" : `${Math.round(similarity * 100)}% alike`;
}

/**
 * Resolves every reference of a dataset, in file order (export profiles, then interactions, then
 * attendance), and reports what matched how, who is unregistered (with near-matches), which rows
 * collapsed into self-ties, each merge made and each near-match not made.
 *
 * People with `registered: false` in `dataset.people` are profiles from an export's user list (a
 * Slack workspace), not registry rows: each is matched like a reference, by e-mail then name; a
 * match adds the profile's groups (and e-mail, when the registry has none) to the registry person,
 * otherwise the profile is an unregistered person carrying its groups, flagged `profile`.
 */
export function resolveIdentities(dataset: Dataset, options: ResolveOptions = {}): ResolvedDataset {
  const seenIds = new Set<string>();
  const duplicateIds = new Set<string>();
  const registry: Person[] = [];
  const profiles: Person[] = [];
  for (const person of dataset.people) {
    if (person.registered === false) profiles.push(person);
    else if (seenIds.has(person.id)) duplicateIds.add(person.id);
    else {
      seenIds.add(person.id);
      registry.push(person);
    }
  }
  const decisions = options.decisions ?? emptyDecisions();
  const state = createResolverState(registry, decisions);
  const sightings = new Map<string, Sighting>();
  const appearances = new Map<string, Appearance>();
  const aliases = new Map<string, string[]>();
  const renames = new Map<string, string[]>();
  const alias = (map: Map<string, string[]>, key: string, spelling: string) => {
    if (spelling !== key && !map.get(key)?.includes(spelling)) addTo(map, key, spelling);
  };

  function see(ref: string, kind: FileKind, email?: string, counted = true): string {
    const id = `${ref}\u0000${email ?? ""}`;
    let sighting = sightings.get(id);
    if (!sighting) {
      sighting = { ref, ...(email ? { email } : {}), resolution: state.resolve(ref, email || undefined) };
      sightings.set(id, sighting);
      alias(aliases, sighting.resolution.key, ref);
    }
    const { key } = sighting.resolution;
    if (seenIds.has(key)) return key;
    let entry = appearances.get(key);
    if (!entry) {
      entry = { count: 0, files: new Set(), spellings: [] };
      appearances.set(key, entry);
    }
    if (counted) {
      entry.count++;
      entry.files.add(kind);
    }
    if (!entry.spellings.includes(ref)) entry.spellings.push(ref);
    if (email && looksLikeEmail(email)) {
      entry.email ??= normalizeEmail(email);
      if (!looksLikeEmail(ref) && ref.trim()) entry.name ??= ref.trim();
    }
    return key;
  }

  const enriched = new Map<string, { groups: Set<string>; email?: string }>();
  for (const profile of profiles) {
    const key = see(displayName(profile), "people", profile.email, false);
    if (seenIds.has(key)) {
      const extra = enriched.get(key) ?? { groups: new Set<string>() };
      profile.groups.forEach((g) => extra.groups.add(g));
      extra.email ??= profile.email;
      enriched.set(key, extra);
    } else {
      const entry = appearances.get(key)!;
      entry.profile = true;
      entry.groups ??= new Set();
      profile.groups.forEach((g) => entry.groups!.add(g));
    }
  }
  const people = registry.map((person) => {
    const extra = enriched.get(person.id);
    if (!extra) return person;
    const groups = [...new Set([...person.groups, ...extra.groups])];
    return { ...person, groups, ...(person.email || !extra.email ? {} : { email: extra.email }) };
  });

  const interactions: ResolvedInteraction[] = [];
  const selfTies: ResolvedInteraction[] = [];
  for (const record of dataset.interactions) {
    const resolved = {
      ...record,
      sourceKey: see(record.source, "interactions", record.sourceEmail),
      targetKey: see(record.target, "interactions", record.targetEmail),
    };
    (resolved.sourceKey === resolved.targetKey ? selfTies : interactions).push(resolved);
  }
  const attendance = dataset.attendance.map((record) => {
    const key = see(record.person, "attendance", record.email);
    for (const other of record.aliases ?? []) {
      alias(aliases, key, other);
      alias(renames, key, other);
    }
    return { ...record, key };
  });

  const index = createNearMatchIndex(registry, {
    threshold: options.nearMatchThreshold ?? 0.8,
    limit: options.nearMatchLimit ?? 3,
  });
  const unregistered = [...appearances].map(([key, entry]): UnregisteredPerson => {
    const email = entry.email ?? (looksLikeEmail(key) ? normalizeEmail(key) : undefined);
    const asName = entry.name ?? (email === undefined ? key : email.split("@")[0]!.split("+")[0]!);
    return {
      key,
      name: entry.name ?? key,
      ...(email === undefined ? {} : { email }),
      appearances: entry.count,
      files: [...entry.files].sort(),
      nearMatches: index.find(asName),
      spellings: entry.spellings,
      ...(entry.groups && entry.groups.size > 0 ? { groups: [...entry.groups] } : {}),
      ...(entry.profile ? { profile: true } : {}),
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
    merges: [],
    nearMisses: [],
    unusedDecisions: 0,
  };
  const seenRefs = new Set<string>();
  for (const { ref, resolution } of sightings.values()) {
    if ((resolution.matchedBy === "id" && resolution.key === ref) || seenRefs.has(ref)) continue;
    seenRefs.add(ref);
    report.matches.push({ ref, key: resolution.key, matchedBy: resolution.matchedBy });
    if (resolution.ambiguous) report.ambiguous.push({ ref, ...resolution.ambiguous });
  }
  report.merges = mergeReport(sightings, renames, registry, unregistered, decisions, state);
  report.nearMisses = nearMissReport(unregistered, report.ambiguous, sightings, decisions, state, options);
  report.unusedDecisions =
    decisions.merge.length + decisions.split.length + decisions.confirm.length - state.used.size;
  return { people, interactions, selfTies, attendance, identity: report, aliases };
}

/** Each person two or more spellings were merged into (or a file renamed), with how each matched. */
function mergeReport(
  sightings: Map<string, Sighting>,
  renames: Map<string, string[]>,
  registry: Person[],
  unregistered: UnregisteredPerson[],
  decisions: IdentityDecisions,
  state: ResolverState,
): IdentityMerge[] {
  const registered = new Map(registry.map((p) => [p.id, p]));
  const others = new Map(unregistered.map((u) => [u.key, u]));
  const byKey = new Map<string, Sighting[]>();
  for (const sighting of sightings.values()) addTo(byKey, sighting.resolution.key, sighting);
  for (const key of renames.keys()) if (!byKey.has(key)) byKey.set(key, []);
  const confirmed = (ref: string, email: string | undefined, key: string) =>
    decisions.confirm.some((d, i) => {
      const hit = concerns(d.ref, ref, email) && state.resolve(d.into).key === key;
      if (hit) state.used.add(`confirm:${i}`);
      return hit;
    });
  const merges: IdentityMerge[] = [];
  for (const [key, list] of byKey) {
    const person = registered.get(key);
    const other = others.get(key);
    const spellings: IdentityMerge["spellings"] = [];
    list.forEach(({ ref, email, resolution }, i) => {
      // The person's own spelling (registry id or name, or the first spelling seen) is no merge.
      // A name matched beside another e-mail than the registry's is a merge worth showing.
      const sameMail =
        !email || (person?.email !== undefined && normalizeEmail(person.email) === normalizeEmail(email));
      const own = person
        ? ref.trim() === key || (ref.trim() === displayName(person).trim() && sameMail)
        : i === 0 || ref.trim() === key;
      if (own) return;
      const mail = email ?? (looksLikeEmail(ref) ? ref : undefined);
      const by: IdentityMerge["spellings"][number]["by"] =
        resolution.matchedBy !== "unregistered"
          ? resolution.matchedBy
          : mail && other?.email === normalizeEmail(mail)
            ? "email"
            : "name";
      spellings.push({
        ref,
        ...(email ? { email } : {}),
        by,
        ...(confirmed(ref, email, key) ? { confirmed: true as const } : {}),
      });
    });
    for (const ref of renames.get(key) ?? []) spellings.push({ ref, by: "rename" });
    if (spellings.length === 0) continue;
    const name = person ? displayName(person) : (other?.name ?? key);
    merges.push({ key, name, registered: person !== undefined, spellings });
  }
  return merges;
}

/**
 * Pairs of people who may be one but were not merged: an unregistered person and a registry
 * person with a similar name, or two unregistered people with similar names (two e-mails under one
 * name, for instance). Pairs the user split are left out.
 */
function nearMissReport(
  unregistered: UnregisteredPerson[],
  ambiguous: ({ ref: string } & Ambiguity)[],
  sightings: Map<string, Sighting>,
  decisions: IdentityDecisions,
  state: ResolverState,
  options: ResolveOptions,
): NearMiss[] {
  const split = new Set<string>();
  for (const d of decisions.split) {
    const from = state.resolve(d.from).key;
    for (const s of sightings.values()) {
      if (concerns(d.ref, s.ref, s.email)) split.add(pairKeyOf(s.resolution.key, from));
    }
  }
  const ambiguousKeys = new Map<string, string>();
  for (const s of sightings.values()) {
    const a = ambiguous.find((x) => x.ref === s.ref);
    if (a) for (const c of a.candidates) ambiguousKeys.set(pairKeyOf(s.resolution.key, c), a.by);
  }
  const misses: NearMiss[] = [];
  const listed = new Set<string>();
  const add = (
    u: UnregisteredPerson,
    otherKey: string,
    otherName: string,
    otherRegistered: boolean,
    similarity: number,
  ) => {
    const pair = pairKeyOf(u.key, otherKey);
    if (u.key === otherKey || listed.has(pair) || split.has(pair)) return;
    listed.add(pair);
    const by = ambiguousKeys.get(pair);
    const who = otherRegistered ? `${otherName} (${otherKey}) in the registry` : `"${otherName}"`;
    const reason = by
      ? `"${u.name}" fits ${who} and another registry person equally by ${by === "email" ? "e-mail" : "name"}, so it was kept apart rather than guessed.`
      : `"${u.name}" and ${who} are ${similarityWords(similarity)} but share no e-mail or id, so they were kept apart.`;
    misses.push({ key: u.key, name: u.name, otherKey, otherName, otherRegistered, similarity, reason });
  };
  for (const u of unregistered) for (const m of u.nearMatches) add(u, m.id, m.name, true, m.similarity);
  const named = unregistered.filter((u) => !looksLikeEmail(u.name));
  const peers = createNearMatchIndex(
    named.map((u) => ({ id: u.key, name: u.name, groups: [], status: "member", registered: false })),
    { threshold: options.nearMatchThreshold ?? 0.8, limit: (options.nearMatchLimit ?? 3) + 1 },
  );
  const byKey = new Map(named.map((u) => [u.key, u]));
  for (const u of named)
    for (const m of peers.find(u.name)) add(u, m.id, byKey.get(m.id)!.name, false, m.similarity);
  return misses.sort((a, b) => b.similarity - a.similarity);
}

function pairKeyOf(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `${x.length}:${x}${y}`;
}
