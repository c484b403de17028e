/**
 * The committed sample community as the app holds it: its files read with src/ingest (importBytes,
 * the same path the worker takes), the dataset they give, and a workspace keeping those files.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importBytes, type ImportOutcome } from "../../src/ingest";
import type { Dataset } from "../../src/model/types";
import { newWorkspace, workspaceFile, type Workspace, type WorkspaceFile } from "../../src/workspace";

export const SAMPLE_DIR = fileURLToPath(new URL("../../sample-data/", import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));

export type Imported = Extract<ImportOutcome, { ok: true }>;

export function imported(outcome: ImportOutcome): Imported {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

/** Appends records one by one: spreading 100k records into push() overflows the stack. */
export function datasetOf(results: Imported[]): Dataset {
  const dataset: Dataset = { people: [], interactions: [], attendance: [] };
  for (const r of results) {
    for (const p of r.people) dataset.people.push(p);
    for (const i of r.interactions) dataset.interactions.push(i);
    for (const a of r.attendance) dataset.attendance.push(a);
  }
  return dataset;
}

/** A workspace file for bytes read the way importBytes read them (the mapping it detected). */
export function fileFor(id: string, fileName: string, bytes: Uint8Array, result: Imported): WorkspaceFile {
  const kind = result.report.kind;
  return workspaceFile(bytes, {
    id,
    fileName,
    kind,
    encoding: result.report.encoding,
    mapping: result.preview.candidates[kind],
  });
}

let cached: { dataset: Dataset; workspace: Workspace; bytes: Map<string, Uint8Array> } | null = null;

export function sample(): { dataset: Dataset; workspace: Workspace; bytes: Map<string, Uint8Array> } {
  if (cached) return cached;
  const workspace = newWorkspace("sample", new Date("2026-11-02T09:30:00Z"));
  const results: Imported[] = [];
  const bytes = new Map<string, Uint8Array>();
  for (const name of ["people", "interactions", "attendance"]) {
    const fileName = `${name}.csv`;
    const data = new Uint8Array(readFileSync(`${SAMPLE_DIR}${fileName}`));
    const result = imported(importBytes(data, fileName));
    results.push(result);
    bytes.set(name, data);
    workspace.files.push(fileFor(name, fileName, data, result));
  }
  cached = { dataset: datasetOf(results), workspace, bytes };
  return cached;
}
