/**
 * The number of people the sample community should show, computed here from the CSV
 * files with papaparse and a deliberately simple matching rule (registry id, then
 * e-mail, then name ignoring case, accents and spacing), independently of Weaver's
 * own importer and identity code.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";

function rows(file: string): Record<string, string>[] {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" }).data;
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function expectedSampleCounts(dir: string): { registered: number; unregistered: number } {
  const people = rows(path.join(dir, "people.csv"));
  const ids = new Set(people.map((p) => (p.id ?? "").trim()).filter(Boolean));
  const emails = new Set(people.map((p) => fold(p.email ?? "")).filter(Boolean));
  const names = new Set(people.map((p) => fold(p.name ?? "")).filter(Boolean));

  const refs = [
    ...rows(path.join(dir, "interactions.csv")).flatMap((r) => [r.source ?? "", r.target ?? ""]),
    ...rows(path.join(dir, "attendance.csv")).map((r) => r.person ?? ""),
  ]
    .map((ref) => ref.trim())
    .filter(Boolean);
  const unregistered = new Set(
    refs.filter((ref) => !ids.has(ref) && !emails.has(fold(ref)) && !names.has(fold(ref))).map(fold),
  );
  return { registered: ids.size, unregistered: unregistered.size };
}
