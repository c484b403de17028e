/**
 * A small, strict argument parser: unknown flags are errors (a typo must not silently
 * change what a scheduled job computes), repeated file flags accumulate.
 */
export interface ParsedArgs {
  command: string | undefined;
  flags: Map<string, string[]>;
  booleans: Set<string>;
}

export interface ArgSpec {
  /** Flags that take a value, e.g. "people"; may be repeated. */
  values: string[];
  /** Flags that take no value, e.g. "json". */
  booleans: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], spec: ArgSpec): ParsedArgs {
  const [command, ...rest] = argv;
  const flags = new Map<string, string[]>();
  const booleans = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (!token.startsWith("--")) throw new UsageError(`unexpected argument "${token}"`);
    const [name, inline] = token.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.booleans.includes(name)) {
      booleans.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { command, flags, booleans };
}
