/**
 * The sample community as a Weaver network, read with papaparse straight from the generator's
 * CSV text (no src/ingest, so these tests do not move when the import pipeline does) and built
 * with buildNetwork, optionally for a time window.
 */
import Papa from "papaparse";
import { buildNetwork, type WeaverGraph } from "../../src/graph/buildNetwork";
import type { TimeWindow } from "../../src/graph/timeWindow";
import type {
  AttendanceRecord,
  Dataset,
  InteractionRecord,
  MemberStatus,
  Person,
} from "../../src/model/types";
import { generateSampleCommunity, type SampleCommunity } from "../../sample-data/generate";

type Row = Record<string, string>;

function rows(text: string): Row[] {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return parsed.data;
}

const optional = (value: string | undefined) => (value ? { value } : null);

export function sampleDataset(sample: SampleCommunity): Dataset {
  const people: Person[] = rows(sample.people).map((r) => {
    const person: Person = {
      id: r.id!,
      name: r.name ?? "",
      groups: r.groups ? r.groups.split(";").map((g) => g.trim()) : [],
      status: (r.status || "member") as MemberStatus,
      registered: true,
    };
    for (const field of ["email", "organization", "sector", "region", "role", "joined"] as const) {
      const value = optional(r[field]);
      if (value) person[field] = value.value;
    }
    return person;
  });
  const interactions: InteractionRecord[] = rows(sample.interactions).map((r, i) => ({
    line: i + 2,
    source: r.source!,
    target: r.target!,
    ...(r.date ? { date: r.date } : {}),
    ...(r.type ? { type: r.type } : {}),
    weight: r.weight ? Number(r.weight) : 1,
  }));
  const attendance: AttendanceRecord[] = rows(sample.attendance).map((r, i) => ({
    line: i + 2,
    person: r.person!,
    event: r.event!,
    ...(r.date ? { date: r.date } : {}),
  }));
  return { people, interactions, attendance };
}

let cached: { sample: SampleCommunity; dataset: Dataset } | null = null;

export function sampleCommunity(): { sample: SampleCommunity; dataset: Dataset } {
  if (!cached) {
    const sample = generateSampleCommunity();
    cached = { sample, dataset: sampleDataset(sample) };
  }
  return cached;
}

export function sampleNetwork(window?: TimeWindow): WeaverGraph {
  return buildNetwork(sampleCommunity().dataset, window ? { window } : {}).graph;
}
