/**
 * The coordinator's records as one graphology graph: a node per person (everyone in the registry,
 * plus the unregistered people who turn up in the files) and a tie per pair of people who
 * interacted or attended the same events, carrying how much, how often, since when and how.
 */
import Graph from "graphology";
import type { Dataset, PersonAttributes, TieAttributes } from "../model/types";
import { displayName, resolveIdentities, type IdentityReport, type ResolveOptions } from "../model/identity";
import { filterRecordsByWindow, type TimeWindow } from "./timeWindow";
import { groupAttendance, pairKey, projectAttendance } from "./projectAttendance";

export type WeaverGraph = Graph<PersonAttributes, TieAttributes>;

export interface NetworkOptions extends ResolveOptions {
  /** Keep the direction of interactions (source → target); shared events tie both ways. Default false. */
  directed?: boolean;
  /** Only interactions and attendance inside this window make ties. Default: all time. */
  window?: TimeWindow;
  /**
   * Events with more attendees than this make no ties (their attendees still become nodes).
   * Newman's 1/(n−1) keeps a webinar's ties light, but measures counted in hops (contacts,
   * betweenness, closeness) see every tie alike, and one 100-person webinar would otherwise
   * make 4,950 "contacts" out of people who never spoke. Default DEFAULT_MAX_EVENT_SIZE;
   * Infinity keeps every event.
   */
  maxEventSize?: number;
}

export interface BuildResult {
  graph: WeaverGraph;
  /** Identity matching over the whole dataset, whatever the window, so keys are the same in every window. */
  identity: IdentityReport;
  /** Undated interactions and attendance rows left out because a window was set. */
  undatedExcluded: number;
}

interface TieDraft {
  source: string;
  target: string;
  weight: number;
  count: number;
  firstDate?: string;
  lastDate?: string;
  types: Set<string>;
  fromInteractions: boolean;
  fromAttendance: boolean;
}

export const SHARED_EVENT_TYPE = "shared event";

/** Working meetings and workshops tie their attendees; webinars and plenaries above this do not. */
export const DEFAULT_MAX_EVENT_SIZE = 30;

function orderedKey(source: string, target: string): string {
  return `${source.length}:${source}${target}`;
}

function widenDates(tie: TieDraft, first: string | undefined, last: string | undefined): void {
  if (first !== undefined && (tie.firstDate === undefined || first < tie.firstDate)) tie.firstDate = first;
  if (last !== undefined && (tie.lastDate === undefined || last > tie.lastDate)) tie.lastDate = last;
}

function toAttributes(tie: TieDraft): TieAttributes {
  const sources: TieAttributes["sources"] = [];
  if (tie.fromInteractions) sources.push("interaction");
  if (tie.fromAttendance) sources.push("attendance");
  return {
    weight: tie.weight,
    count: tie.count,
    ...(tie.firstDate === undefined ? {} : { firstDate: tie.firstDate }),
    ...(tie.lastDate === undefined ? {} : { lastDate: tie.lastDate }),
    types: [...tie.types].sort(),
    sources,
  };
}

/**
 * Builds the network. Identity matching runs over the whole dataset first (so an unregistered
 * person has the same key in every time window), then the window is applied. Every registry
 * person is a node, active or not; an unregistered person is a node when a record inside the
 * window names them (even a row that turned out to be a self-tie). Interactions between the same pair add up into one tie (weight summed, rows
 * counted, first and last date, distinct types); the Newman projection of shared events adds into
 * the same tie with type "shared event". Rows whose ends turn out to be one person add nothing and
 * are listed in `identity.selfTiesAfterMatching`.
 */
export function buildNetwork(dataset: Dataset, options: NetworkOptions = {}): BuildResult {
  const directed = options.directed ?? false;
  const window = options.window ?? {};
  const resolved = resolveIdentities(dataset, options);
  const interactions = filterRecordsByWindow(resolved.interactions, window);
  const selfTies = filterRecordsByWindow(resolved.selfTies, window);
  const attendance = filterRecordsByWindow(resolved.attendance, window);

  const graph: WeaverGraph = new Graph<PersonAttributes, TieAttributes>({
    type: directed ? "directed" : "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  const aliasesOf = (key: string): { aliases?: string[] } => {
    const aliases = resolved.aliases.get(key);
    return aliases ? { aliases: [...aliases] } : {};
  };
  for (const person of resolved.people) {
    graph.addNode(person.id, {
      ...person,
      registered: true,
      label: displayName(person),
      ...aliasesOf(person.id),
    });
  }
  const unregistered = new Map(resolved.identity.unregistered.map((u) => [u.key, u]));
  const ensureNode = (key: string): void => {
    const person = unregistered.get(key);
    if (!person || graph.hasNode(key)) return;
    graph.addNode(key, {
      id: key,
      name: person.name,
      ...(person.email === undefined ? {} : { email: person.email }),
      groups: person.groups ?? [],
      status: "unregistered",
      registered: false,
      label: person.name,
      ...aliasesOf(key),
    });
  };

  // People from an export's user list (e.g. Slack) are part of the community even before they
  // interact, so they are nodes from the start, like registry people.
  for (const person of resolved.identity.unregistered) if (person.profile) ensureNode(person.key);

  const ties = new Map<string, TieDraft>();
  const tieBetween = (source: string, target: string): TieDraft => {
    const key = directed ? orderedKey(source, target) : pairKey(source, target);
    let tie = ties.get(key);
    if (!tie) {
      tie = {
        source,
        target,
        weight: 0,
        count: 0,
        types: new Set(),
        fromInteractions: false,
        fromAttendance: false,
      };
      ties.set(key, tie);
    }
    return tie;
  };

  for (const record of interactions.records) {
    ensureNode(record.sourceKey);
    ensureNode(record.targetKey);
    const tie = tieBetween(record.sourceKey, record.targetKey);
    tie.weight += record.weight;
    tie.count++;
    widenDates(tie, record.date, record.date);
    if (record.type) tie.types.add(record.type);
    tie.fromInteractions = true;
  }
  for (const record of selfTies.records) ensureNode(record.sourceKey);
  for (const record of attendance.records) ensureNode(record.key);
  const maxEventSize = options.maxEventSize ?? DEFAULT_MAX_EVENT_SIZE;
  const occurrences = groupAttendance(attendance.records).filter((o) => o.attendees.length <= maxEventSize);
  for (const projected of projectAttendance(occurrences).values()) {
    const directions: [string, string][] = directed
      ? [
          [projected.a, projected.b],
          [projected.b, projected.a],
        ]
      : [[projected.a, projected.b]];
    for (const [source, target] of directions) {
      const tie = tieBetween(source, target);
      tie.weight += projected.weight;
      tie.count += projected.count;
      widenDates(tie, projected.firstDate, projected.lastDate);
      tie.types.add(SHARED_EVENT_TYPE);
      tie.fromAttendance = true;
    }
  }
  // Keyed by the pair, so a tie has the same key in every network built from these records (each
  // time window): the map keeps drawing it instead of indexing a new graph (ui/network/drawnWindow).
  // In the order of their keys, so the ties of any window come in the same order as in the whole
  // network, and the map draws them on top of each other the same way.
  const keys = [...ties.keys()].sort();
  for (const key of keys) {
    const tie = ties.get(key)!;
    graph.addEdgeWithKey(key, tie.source, tie.target, toAttributes(tie));
  }

  return {
    graph,
    identity: resolved.identity,
    undatedExcluded: interactions.undatedExcluded + selfTies.undatedExcluded + attendance.undatedExcluded,
  };
}
