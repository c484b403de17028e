/**
 * Name and e-mail normalisation, and a name similarity for near-matches.
 *
 * The same person is written many ways across a coordinator's exports: "López, Ana María" in the
 * registry, "ana maria lopez" in a sign-in sheet, "Ana M. Lopez" in Zoom. Exact matching uses
 * `normalizeName`, which only removes differences that never distinguish two people (case, accents,
 * punctuation, spacing, "Last, First" order). Everything fuzzier is left to `nameSimilarity`, whose
 * results are only ever shown as suggestions, never merged automatically.
 */

/** Letters that NFD does not decompose into a base letter plus accents. */
const FOLDED: Record<string, string> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * Trailing parts that are not a first name: "Smith, John" is reordered, "John Smith, Jr." and
 * "Ana Lopez, PhD" are not.
 */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "msc", "esq"]);

/** Connecting words of family names; they carry little evidence that two names are the same person. */
const PARTICLES = new Set(["de", "del", "della", "da", "das", "do", "dos", "di", "du", "la", "las", "los"]);
export const PARTICLE_WEIGHT = 0.3;

/** An initial ("M.") agrees with a full name starting with that letter, but weakly. */
export const INITIAL_SIMILARITY = 0.8;
/** Two tokens count as the same word when at most a quarter of their letters differ. */
export const TOKEN_SIMILARITY_FLOOR = 0.75;

function fold(s: string): string {
  return (
    s
      .normalize("NFD")
      // Accents are spelling variants in Latin and Greek script, but distinct letters elsewhere
      // (Russian й is not и, Japanese が is not か), so only those two scripts lose them.
      .replace(/([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu, "$1")
      .normalize("NFC")
      .toLowerCase()
      .replace(/[øæœßłđðþı]/g, (c) => FOLDED[c] ?? c)
      .replace(/['’‘`´ʼ]/g, "")
      .replace(/[^\p{L}\p{M}\p{N},]+/gu, " ")
  );
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Lowercase, accents stripped, punctuation and spacing collapsed, "Last, First" turned into
 * "First Last": `normalizeName("López, Ana María") === "ana maria lopez"`. Apostrophes vanish
 * ("O'Brien" = "obrien") and hyphens become spaces ("Jean-Pierre" = "jean pierre").
 */
export function normalizeName(s: string): string {
  const parts = fold(s)
    .split(",")
    .map(collapse)
    .filter((p) => p !== "");
  if (parts.length === 2) {
    const [last, first] = parts as [string, string];
    const isSuffix = first.split(" ").every((t) => SUFFIXES.has(t));
    return isSuffix ? `${last} ${first}` : `${first} ${last}`;
  }
  return parts.join(" ");
}

/**
 * Trimmed, lowercased address; accepts "mailto:" links and "Name <address>" forms. The local part
 * is lowercased too: case-sensitive mailboxes exist in theory, never in a coordinator's registry.
 */
export function normalizeEmail(s: string): string {
  const bracketed = /<([^<>]*)>/.exec(s);
  const address = (bracketed ? bracketed[1]! : s).trim().replace(/^mailto:/i, "");
  return address.trim().toLowerCase();
}

/** Whether a reference looks like an e-mail address rather than a name or an id. */
export function looksLikeEmail(s: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalizeEmail(s));
}

/** A normalised name split into words, each with the weight it carries as evidence. */
export interface NameTokens {
  tokens: string[];
  weights: number[];
  total: number;
}

/**
 * Words of a name with their evidence weight: family-name particles ("de", "la") weigh little,
 * unless the name has nothing else.
 */
export function nameTokens(s: string): NameTokens {
  const tokens = normalizeName(s)
    .split(" ")
    .filter((t) => t !== "");
  const allParticles = tokens.every((t) => PARTICLES.has(t));
  const weights = tokens.map((t) => (!allParticles && PARTICLES.has(t) ? PARTICLE_WEIGHT : 1));
  return { tokens, weights, total: weights.reduce((a, b) => a + b, 0) };
}

/** Whether a token of these tokens is a full-weight word (not a particle). */
export function isFullWeight(name: NameTokens, index: number): boolean {
  return name.weights[index] === 1;
}

// Rows of the edit-distance table, reused across calls: near-match search computes millions.
let rowBefore = new Int32Array(32);
let rowPrev = new Int32Array(32);
let rowCur = new Int32Array(32);

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, "Jhon" = "John" + 1),
 * giving up as soon as it must exceed `max`: returns `max + 1` then.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowCur.length <= n) {
    rowBefore = new Int32Array(2 * n + 2);
    rowPrev = new Int32Array(2 * n + 2);
    rowCur = new Int32Array(2 * n + 2);
  }
  let before = rowBefore;
  let prev = rowPrev;
  let cur = rowCur;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = prev[j - 1]! + (ca === cb ? 0 : 1);
      if (prev[j]! + 1 < d) d = prev[j]! + 1;
      if (cur[j - 1]! + 1 < d) d = cur[j - 1]! + 1;
      if (
        i > 1 &&
        j > 1 &&
        ca === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === cb &&
        before[j - 2]! + 1 < d
      ) {
        d = before[j - 2]! + 1;
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[n]!, max + 1);
}

/** Most edits two tokens may differ by and still count as the same word. */
export function maxTokenEdits(lengthA: number, lengthB: number): number {
  return Math.floor((1 - TOKEN_SIMILARITY_FLOOR) * Math.max(lengthA, lengthB) + 1e-9);
}

/**
 * Every string obtained by deleting at most a quarter of the word's letters (the word included).
 * Two words within `maxTokenEdits` of each other always share one: each substitution or
 * transposition is undone by deleting one letter on each side, each insertion by deleting it, and
 * neither side ever needs more than a quarter of its own letters deleted. This makes an exact,
 * scan-free index of similar words.
 */
export function deletionVariants(word: string): Set<string> {
  const variants = new Set([word]);
  let level = [word];
  for (let k = maxTokenEdits(word.length, 0); k > 0; k--) {
    const next: string[] = [];
    for (const w of level) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!variants.has(shorter)) {
          variants.add(shorter);
          next.push(shorter);
        }
      }
    }
    level = next;
  }
  return variants;
}

/**
 * Similarity of two normalised words: 1 when equal, INITIAL_SIMILARITY for an initial and a word
 * it starts, 1 − edits/length when at most a quarter of the letters differ, otherwise 0.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? INITIAL_SIMILARITY : 0;
  const max = maxTokenEdits(a.length, b.length);
  const d = boundedEditDistance(a, b, max);
  return d > max ? 0 : 1 - d / Math.max(a.length, b.length);
}

/**
 * Similarity of two tokenised names. Each word is paired with at most one word of the other name
 * (greedily, best pairs first; names have few words); a pair contributes its similarity times the
 * smaller weight. The score averages a Dice term (shared evidence over both names) and a coverage
 * term (shared evidence over the shorter name, so a missing middle name costs little), where a
 * one-word name covering a longer one counts as half-covered: "Ana" alone says little about which
 * Ana. Two names that share no full-weight word (only particles) score 0.
 */
export function tokenSetSimilarity(a: NameTokens, b: NameTokens): number {
  if (a.total === 0 || b.total === 0) return 0;
  const pairs: { i: number; j: number; value: number; full: boolean }[] = [];
  a.tokens.forEach((ta, i) => {
    b.tokens.forEach((tb, j) => {
      const s = tokenSimilarity(ta, tb);
      if (s > 0) {
        const full = isFullWeight(a, i) && isFullWeight(b, j);
        pairs.push({ i, j, value: s * Math.min(a.weights[i]!, b.weights[j]!), full });
      }
    });
  });
  if (!pairs.some((p) => p.full)) return 0;
  pairs.sort((p, q) => q.value - p.value || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let shared = 0;
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    shared += p.value;
  }
  return similarityScore(shared, a.total, b.total);
}

/**
 * The score for `shared` evidence between names of total weights `wa` and `wb`; increasing in
 * `shared`, which lets an index prune candidates with an upper bound on it.
 */
export function similarityScore(shared: number, wa: number, wb: number): number {
  const dice = (2 * shared) / (wa + wb);
  const coverage = shared / Math.max(Math.min(wa, wb), Math.min(2, Math.max(wa, wb)));
  return Math.min(1, (dice + coverage) / 2);
}

/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same once normalised).
 * "Jon Smith" / "John Smith" ≈ 0.88, "Ana M. Lopez" / "Ana María López" ≈ 0.93,
 * "Ana Lopez" / "Ana Perez" = 0.5. Word order is ignored.
 */
export function nameSimilarity(a: string, b: string): number {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (na === "" || nb === "") return 0;
  if (na === nb) return 1;
  return tokenSetSimilarity(nameTokens(na), nameTokens(nb));
}

/**
 * Words that mark a trailing parenthesis as an organisation, a role or a meeting marker rather
 * than a person's name: "Juan Pérez (Comité Olímpico)", "Ana (Host)".
 */
const NOT_A_NAME = new Set(
  (
    "comite committee federacion federation federacao ministerio ministry secretaria secretariat " +
    "fundacion foundation fundacao asociacion association associacao universidad university universidade " +
    "instituto institute ong ngo club liga league banco bank agency agencia oficina office departamento " +
    "department programa program programme proyecto project projeto gobierno government governo alcaldia " +
    "municipio municipality prefeitura team equipo equipe group grupo unit unidad network red rede " +
    "host cohost co-host guest invitado invitada externo externa external unverified moderator moderador " +
    "moderadora presenter panelist panelista interpreter interprete organizer organizador organizadora"
  ).split(" "),
);

/**
 * Zoom writes a participant who renamed themselves in a meeting as "New name (Original name)".
 * Returns the original name as `name` and the in-meeting name as `shownAs`, or the name unchanged
 * when the trailing parenthesis is not a rename. It counts as one when it holds two to five words
 * of letters (account names have a first and a last name) and none of them names an organisation,
 * a role or a marker: "Ana L (Ana López)" is a rename, while "Ana López (Colombia)", "Juan Pérez
 * (Comité Olímpico)", "Ana (she/her)" and "Luis (Host)" are names as written.
 */
export function splitRename(s: string): { name: string; shownAs?: string } {
  const text = s.trim();
  const m = /^(.*\S)\s*\(([^()]*)\)$/u.exec(text);
  if (!m) return { name: text };
  const shown = m[1]!.trim();
  const original = m[2]!.trim().replace(/\s+/g, " ");
  const words = original.split(" ");
  const nameLike =
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w)) &&
    !words.some((w) => NOT_A_NAME.has(fold(w).replace(/[^\p{L}-]/gu, "")));
  if (!nameLike) return { name: text };
  // "Ana López (Ana Lopez)": one name written twice is no rename.
  if (normalizeName(shown) === normalizeName(original)) return { name: original };
  return { name: original, shownAs: shown };
}
