/**
 * Pseudonymised exports, for sharing a network outside the team: every person's id, name and
 * e-mail becomes one stable code ("Person-7F3A9K"), organisations optionally too ("Org-…"),
 * and free text (the reasons of introductions and gaps) has every name, e-mail and id it
 * mentions replaced by the same codes.
 *
 * Stable: a code is HMAC-SHA-256(workspace secret, id), so the same person gets the same
 * code in every export and every session of a workspace, and nobody without the secret can
 * recompute who is behind a code, even knowing the ids. Six base-32 characters (30 bits)
 * keep codes short; when two people of the network draw the same code, the one with the
 * smaller id keeps it and the other draws again, so the outcome does not depend on the order
 * of the input.
 */
import { hmacSha256 } from "./sha256";

export interface PseudonymOptions {
  /** The workspace secret (see `newWorkspaceSecret`): same secret, same codes. */
  secret: string;
  /** Replace organisation names by codes too. Default false. */
  organizations?: boolean;
}

/** What identifies a person in exports and in free text. Graph node attributes fit as they are. */
export interface PersonIdentity {
  id: string;
  name?: string | null;
  label?: string | null;
  email?: string | null;
  organization?: string | null;
  /** Other spellings identity matching resolved to this person. */
  aliases?: readonly string[];
}

export interface Pseudonymizer {
  readonly organizations: boolean;
  /** The code standing for this person's id, name and e-mail. Ids not known at creation get one too. */
  person(id: string): string;
  /** The organisation's code when organisations are pseudonymised, else the organisation as given. */
  organization<T extends string | null | undefined>(name: T): T;
  /** The text with every known name, e-mail and id (and organisation) replaced by its code. */
  text(text: string): string;
}

/** Crockford's base 32: no I, L, O or U, so codes read aloud and copy without confusion. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 6;

function draw(secret: string, kind: string, key: string, attempt: number): string {
  const digest = hmacSha256(secret, `${kind}\u0000${key}${attempt === 0 ? "" : `\u0000${attempt}`}`);
  let bits = 0;
  for (let i = 0; i < 4; i++) bits = bits * 256 + digest[i]!;
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) {
    code = ALPHABET[bits % 32]! + code;
    bits = Math.floor(bits / 32);
  }
  return code;
}

/**
 * Codes for a set of keys: each key's first draw, and on a clash the smallest key keeps it
 * while the others draw again (attempt 1, 2, …) until their code is free.
 */
class CodeBook {
  private readonly codes = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(
    private readonly secret: string,
    private readonly kind: string,
    private readonly prefix: string,
    keys: Iterable<string>,
  ) {
    const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const first = new Map(sorted.map((key) => [key, draw(secret, kind, key, 0)]));
    for (const code of first.values()) this.used.add(code);
    const owner = new Map<string, string>();
    const redraw: string[] = [];
    for (const key of sorted) {
      const code = first.get(key)!;
      if (owner.has(code)) redraw.push(key);
      else {
        owner.set(code, key);
        this.codes.set(key, code);
      }
    }
    for (const key of redraw) this.codes.set(key, this.fresh(key, 1));
  }

  private fresh(key: string, from: number): string {
    for (let attempt = from; ; attempt++) {
      const code = draw(this.secret, this.kind, key, attempt);
      if (!this.used.has(code)) {
        this.used.add(code);
        return code;
      }
    }
  }

  get(key: string): string {
    let code = this.codes.get(key);
    if (code === undefined) {
      const first = draw(this.secret, this.kind, key, 0);
      code = this.used.has(first) ? this.fresh(key, 1) : first;
      this.used.add(code);
      this.codes.set(key, code);
    }
    return `${this.prefix}-${code}`;
  }
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

interface TrieNode {
  next: Map<string, TrieNode>;
  code?: string;
}

/** One code point folded for case-insensitive matching; the same function on both sides. */
const fold = (ch: string) => ch.toLowerCase();

/**
 * Replaces whole-word occurrences of needles, case-insensitively, longest first. A trie walk
 * from each word start: linear in the text, however many people there are, and a code that
 * has been written is never matched again.
 */
class Replacer {
  private readonly root: TrieNode = { next: new Map() };

  add(needle: string, code: string): void {
    let node = this.root;
    for (const ch of needle.normalize("NFC")) {
      const key = fold(ch);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    // The first needle registered for a spelling wins (people are added in id order).
    node.code ??= code;
  }

  replace(text: string): string {
    const chars = Array.from(text.normalize("NFC"));
    let out = "";
    let i = 0;
    while (i < chars.length) {
      const atWordStart = i === 0 || !WORD_CHAR.test(chars[i - 1]!);
      let match: { end: number; code: string } | null = null;
      if (atWordStart) {
        let node: TrieNode | undefined = this.root;
        for (let j = i; j < chars.length && node; j++) {
          node = node.next.get(fold(chars[j]!));
          const endsWord = j + 1 === chars.length || !WORD_CHAR.test(chars[j + 1]!);
          if (node?.code !== undefined && endsWord) match = { end: j + 1, code: node.code };
        }
      }
      if (match) {
        out += match.code;
        i = match.end;
      } else out += chars[i++]!;
    }
    return out;
  }
}

/** Worth looking for in text: a name or e-mail with a letter in it; ids only when not a bare number or date. */
function usableName(value: string | null | undefined): value is string {
  return typeof value === "string" && value.trim().length >= 2 && /\p{L}/u.test(value);
}

function usableId(id: string): boolean {
  return id.trim().length >= 3 && /\p{L}/u.test(id);
}

function organizationKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function createPseudonymizer(
  people: Iterable<PersonIdentity>,
  options: PseudonymOptions,
): Pseudonymizer {
  const list = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const persons = new CodeBook(
    options.secret,
    "person",
    "Person",
    list.map((p) => p.id),
  );
  const withOrganizations = options.organizations ?? false;
  const organizationNames = list.flatMap((p) => (usableName(p.organization) ? [p.organization.trim()] : []));
  const organizations = new CodeBook(
    options.secret,
    "organization",
    "Org",
    organizationNames.map(organizationKey),
  );

  const replacer = new Replacer();
  // Longest first is the trie's job; here people first, then organisations, so that a person
  // named like an organisation keeps the person's code.
  for (const p of list) {
    const code = persons.get(p.id);
    for (const spelling of [p.name, p.label, p.email, ...(p.aliases ?? [])]) {
      if (usableName(spelling)) replacer.add(spelling.trim(), code);
    }
    if (usableId(p.id)) replacer.add(p.id.trim(), code);
  }
  if (withOrganizations) {
    for (const name of organizationNames) replacer.add(name, organizations.get(organizationKey(name)));
  }

  return {
    organizations: withOrganizations,
    person: (id) => persons.get(id),
    organization: <T extends string | null | undefined>(name: T): T => {
      if (!withOrganizations || typeof name !== "string" || name.trim() === "") return name;
      return organizations.get(organizationKey(name)) as T;
    },
    text: (text) => replacer.replace(text),
  };
}

/** A new random workspace secret (256 bits, hex), for the app to keep with the workspace. */
export function newWorkspaceSecret(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
