/**
 * Small checks for reading an untrusted JSON document: each either returns the value with its
 * proper type or throws `Damaged` naming where in the document the problem is and what was found
 * there. Objects are read through own properties only, and nothing here copies a key from the
 * input into an output object, so a `__proto__` or `constructor` key in a file is just ignored.
 */

export class Damaged extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path} ${problem}`);
  }
}

type Json = Record<string, unknown>;

/** Longest id, name or choice kept from a file; real ones are far shorter. */
export const SHORT = 1000;

/** What was found, in a few words, for the message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function fail(path: string, expected: string, value: unknown): never {
  throw new Damaged(path, `should be ${expected}, not ${describeValue(value)}`);
}

export function isPlainObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function object(value: unknown, path: string): Json {
  return isPlainObject(value) ? value : fail(path, "an object", value);
}

/** An own property of `json` (never one inherited from a prototype). */
export function own(json: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(json, key) ? json[key] : undefined;
}

export function list(value: unknown, path: string): unknown[] {
  return Array.isArray(value) ? value : fail(path, "a list", value);
}

export function text(value: unknown, path: string, options: { max?: number; empty?: boolean } = {}): string {
  const max = options.max ?? Infinity;
  if (typeof value !== "string") return fail(path, "text", value);
  if (!options.empty && value === "") return fail(path, "non-empty text", value);
  if (value.length > max) throw new Damaged(path, `is ${value.length} characters long, more than ${max}`);
  return value;
}

export function nullable<T>(read: (value: unknown, path: string) => T) {
  return (value: unknown, path: string): T | null => (value === null ? null : read(value, path));
}

export function number(
  value: unknown,
  path: string,
  options: { min?: number; max?: number; integer?: boolean } = {},
): number {
  const { min = -Infinity, max = Infinity, integer = false } = options;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value));
  if (ok) return value;
  const kind = integer ? "a whole number" : "a number";
  const range =
    min > -Infinity && max < Infinity
      ? ` from ${min} to ${max}`
      : min > -Infinity
        ? ` of at least ${min}`
        : max < Infinity
          ? ` of at most ${max}`
          : "";
  return fail(path, kind + range, value);
}

export function boolean(value: unknown, path: string): boolean {
  return typeof value === "boolean" ? value : fail(path, "true or false", value);
}

export function oneOf<T extends string | number>(value: unknown, path: string, choices: readonly T[]): T {
  if (choices.includes(value as T)) return value as T;
  return fail(path, `one of ${choices.map((c) => JSON.stringify(c)).join(", ")}`, value);
}

/** A calendar date written YYYY-MM-DD. */
export function isoDate(value: unknown, path: string): string {
  const date = typeof value === "string" ? value : "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const real =
    match !== null &&
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
      .toISOString()
      .startsWith(date);
  return real ? date : fail(path, "a date written YYYY-MM-DD", value);
}

/** A date and time JavaScript can read (savedAt). */
export function dateTime(value: unknown, path: string): string {
  const ok = typeof value === "string" && value.length <= 40 && !Number.isNaN(Date.parse(value));
  return ok ? value : fail(path, "a date and time", value);
}

/** Each item read with `read`, its path indexed. */
export function listOf<T>(value: unknown, path: string, read: (item: unknown, path: string) => T): T[] {
  return list(value, path).map((item, i) => read(item, `${path}[${i}]`));
}
