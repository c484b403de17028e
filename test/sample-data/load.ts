/**
 * Reads the committed sample CSVs with papaparse and builds real graphology graphs from them,
 * deliberately without src/ingest or src/graph: the sample is checked on its own terms.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Graph from "graphology";
import Papa from "papaparse";

export const SAMPLE_DIR = fileURLToPath(new URL("../../sample-data", import.meta.url));

export type Row = Record<string, string>;

export function readSample(file: string): string {
  return readFileSync(join(SAMPLE_DIR, file), "utf8");
}

export function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Case-, accent- and whitespace-insensitive form of a name. */
export function normalizeName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  organization: string;
  sector: string;
  region: string;
  role: string;
  groups: string[];
  status: string;
  joined: string;
}

export interface InteractionRow {
  source: string;
  target: string;
  date: string;
  type: string;
  weight: number;
  /** Endpoints resolved to registry ids where possible (raw text otherwise). */
  a: string;
  b: string;
}

export interface AttendanceRow {
  person: string;
  event: string;
  date: string;
}

export interface Sample {
  people: Map<string, PersonRow>;
  interactions: InteractionRow[];
  attendance: AttendanceRow[];
  /** Registry id for an identifier written as id, e-mail or name; undefined when unregistered. */
  resolve(identifier: string): string | undefined;
}

const text = (r: Row, column: string): string => r[column] ?? "";

export function loadSample(): Sample {
  const people = new Map<string, PersonRow>();
  for (const r of parseCsv(readSample("people.csv")).rows) {
    const p = {
      ...(Object.fromEntries(Object.keys(r).map((k) => [k, text(r, k)])) as Omit<PersonRow, "groups">),
      groups: text(r, "groups") ? text(r, "groups").split(";") : [],
    };
    people.set(p.id, p);
  }
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const p of people.values()) {
    if (p.email) byEmail.set(p.email.toLowerCase(), p.id);
    byName.set(normalizeName(p.name), p.id);
  }
  const resolve = (x: string) =>
    people.has(x) ? x : (byEmail.get(x.toLowerCase()) ?? byName.get(normalizeName(x)));
  const interactions = parseCsv(readSample("interactions.csv")).rows.map((r) => {
    const [source, target] = [text(r, "source"), text(r, "target")];
    const [date, type, weight] = [text(r, "date"), text(r, "type"), Number(text(r, "weight"))];
    return { source, target, date, type, weight, a: resolve(source) ?? source, b: resolve(target) ?? target };
  });
  const attendance = parseCsv(readSample("attendance.csv")).rows.map((r) => ({
    person: text(r, "person"),
    event: text(r, "event"),
    date: text(r, "date"),
  }));
  return { people, interactions, attendance, resolve };
}

export function eventsOf(attendance: AttendanceRow[]): Map<string, string[]> {
  const events = new Map<string, string[]>();
  for (const r of attendance) events.set(r.event, [...(events.get(r.event) ?? []), r.person]);
  return events;
}

/** Undirected graph of every registered person plus interaction ties and, optionally, co-attendance. */
export function buildGraph(sample: Sample, withAttendance: boolean): Graph {
  const graph = new Graph({ type: "undirected" });
  for (const id of sample.people.keys()) graph.addNode(id);
  for (const { a, b } of sample.interactions) {
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.mergeEdge(a, b);
  }
  if (withAttendance) {
    for (const attendees of eventsOf(sample.attendance).values()) {
      for (let i = 0; i < attendees.length; i++)
        for (let j = i + 1; j < attendees.length; j++) graph.mergeEdge(attendees[i], attendees[j]);
    }
  }
  return graph;
}

/** Articulation points by Tarjan's low-link DFS (iterative, so deep graphs cannot overflow). */
export function articulationPoints(graph: Graph): Set<string> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const points = new Set<string>();
  for (const root of graph.nodes()) {
    if (order.has(root)) continue;
    order.set(root, order.size);
    low.set(root, order.get(root) as number);
    let rootChildren = 0;
    const stack: { node: string; parent: string | null; next: string[] }[] = [
      { node: root, parent: null, next: graph.neighbors(root) },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      const child = frame.next.pop();
      if (child !== undefined) {
        if (!order.has(child)) {
          order.set(child, order.size);
          low.set(child, order.get(child) as number);
          if (frame.node === root) rootChildren++;
          stack.push({ node: child, parent: frame.node, next: graph.neighbors(child) });
        } else if (child !== frame.parent) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, order.get(child) as number));
        }
        continue;
      }
      stack.pop();
      if (frame.parent === null) continue;
      low.set(frame.parent, Math.min(low.get(frame.parent) as number, low.get(frame.node) as number));
      if (frame.parent !== root && (low.get(frame.node) as number) >= (order.get(frame.parent) as number))
        points.add(frame.parent);
    }
    if (rootChildren > 1) points.add(root);
  }
  return points;
}
