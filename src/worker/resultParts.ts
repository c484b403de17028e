/**
 * A large result cut into messages small enough to receive, and put back together.
 *
 * Chromium deserialises a structured-clone message inside the page task that delivers it, so a
 * network of 100,000 ties sent as one message is one task of a few hundred milliseconds on a
 * slow machine: the page cannot paint or answer a click meanwhile. Sending the big arrays of a
 * result (the graph's nodes and edges, the analysis's people) a slice at a time, ahead of the
 * result, turns that into many short tasks. The result itself carries the last slice of each,
 * so a result small enough to need no parts is sent exactly as before.
 *
 * Pure and DOM-free: the worker splits (importWorker), the page joins (pendingRequests).
 */
import type { RequestKind, ResultPayloads, WorkerResponse } from "./protocol";

/** A key of `T` whose value is an array. */
type ArrayKey<T> = {
  [K in keyof T & string]: T[K] extends readonly unknown[] ? K : never;
}[keyof T & string];

/**
 * Where an array sits in a result: a field of it ("people") or a field of one of its fields
 * ("graph.edges"), which is as deep as Weaver's results keep their big arrays.
 */
export type ArrayPath<T> =
  | ArrayKey<T>
  | {
      [K in keyof T & string]: T[K] extends readonly unknown[]
        ? never
        : T[K] extends object
          ? `${K}.${ArrayKey<T[K]>}`
          : never;
    }[keyof T & string];

/** The element type of the array at `P` in `T`. */
export type ItemAt<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ItemAt<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P] extends readonly (infer Item)[]
      ? Item
      : never
    : never;

/** A run of consecutive items of the array at `path`, in the order they are to be joined. */
export type Slice<T> = {
  [P in ArrayPath<T>]: { path: P; items: ItemAt<T, P>[] };
}[ArrayPath<T>];

/** Send the array at `path` `size` items a message. */
export interface SliceRule<T> {
  path: ArrayPath<T>;
  size: number;
}

/**
 * The slices to send first and the result to send last, which holds the final slice of each
 * array. `result` is not changed (the worker keeps it): the objects on each path are copied.
 */
export function splitResult<T>(result: T, rules: readonly SliceRule<T>[]): { parts: Slice<T>[]; rest: T } {
  const parts: Slice<T>[] = [];
  let rest = result;
  for (const { path, size } of rules) {
    if (!(size >= 1)) throw new RangeError(`A slice of ${path} must hold at least one item`);
    const items = arrayAt(rest, path);
    if (!items || items.length <= size) continue;
    const lastStart = Math.floor((items.length - 1) / size) * size;
    for (let start = 0; start < lastStart; start += size) {
      parts.push({ path, items: items.slice(start, start + size) } as Slice<T>);
    }
    rest = withArrayAt(rest, path, items.slice(lastStart));
  }
  return { parts, rest };
}

/** The messages answering request `requestId`: the slices of `result`'s arrays, then the result. */
export function resultMessages<K extends RequestKind>(
  requestId: number,
  kind: K,
  result: ResultPayloads[K],
  rules: readonly SliceRule<ResultPayloads[K]>[],
): WorkerResponse[] {
  const { parts, rest } = splitResult(result, rules);
  return [
    ...parts.map((part) => ({ type: "part", kind, requestId, ...part }) as WorkerResponse),
    { type: "result", kind, requestId, result: rest } as WorkerResponse,
  ];
}

/** The result the worker split: each array is its parts, in the order received, then its rest. */
export function joinResult<T>(rest: T, parts: readonly { path: string; items: unknown[] }[]): T {
  if (parts.length === 0) return rest;
  const byPath = new Map<string, unknown[][]>();
  for (const part of parts) {
    const runs = byPath.get(part.path) ?? [];
    runs.push(part.items);
    byPath.set(part.path, runs);
  }
  let joined = rest;
  for (const [path, runs] of byPath) {
    const last = arrayAt(joined, path);
    if (!last) throw new Error(`The worker sent parts of ${path}, which its result does not have`);
    joined = withArrayAt(joined, path, ([] as unknown[]).concat(...runs, last));
  }
  return joined;
}

function arrayAt(value: unknown, path: string): unknown[] | undefined {
  let node = value;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return Array.isArray(node) ? node : undefined;
}

/** A copy of `value` with `items` at `path`, sharing everything off the path. */
function withArrayAt<T>(value: T, path: string, items: unknown[]): T {
  const [key, ...deeper] = path.split(".");
  const record = value as Record<string, unknown>;
  const inner = deeper.length === 0 ? items : withArrayAt(record[key!], deeper.join("."), items);
  return { ...record, [key!]: inner } as T;
}
