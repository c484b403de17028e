/**
 * Opening a workspace document without trusting it. `readWorkspace` takes whatever JSON.parse
 * gave and answers either a Workspace the app can use as it is, or one message a person can act
 * on: not a Weaver workspace, saved by a newer Weaver, or damaged (saying where). It never throws,
 * never runs anything from the file and never changes anything, so the caller can keep the
 * current workspace untouched when the answer is no.
 */
import { Damaged, isPlainObject, own } from "./check";
import { migrations, readers } from "./migrations";
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace } from "./schema";

export type ReadResult =
  { ok: true; workspace: Workspace; migratedFrom: number | null } | { ok: false; message: string };

const NOT_A_WORKSPACE =
  "This file is not a Weaver workspace. Open a file saved with “Save workspace”; to add a CSV or an export " +
  "from Zoom, Teams or Slack, import it as data instead.";

function damaged(where: string): ReadResult {
  return {
    ok: false,
    message: `This workspace file is damaged and was not opened: ${where}. Your current work is unchanged.`,
  };
}

export function readWorkspace(json: unknown): ReadResult {
  if (!isPlainObject(json) || own(json, "format") !== WORKSPACE_FORMAT)
    return { ok: false, message: NOT_A_WORKSPACE };
  const version = own(json, "version");
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return damaged(
      `its version should be a whole number from 1, not ${JSON.stringify(version) ?? "nothing"}`,
    );
  }
  if (version > WORKSPACE_VERSION) {
    return {
      ok: false,
      message:
        `This workspace was saved by a newer Weaver (workspace version ${version}); this Weaver opens ` +
        `versions 1 to ${WORKSPACE_VERSION}. Update Weaver to open it. Your current work is unchanged.`,
    };
  }
  try {
    let doc: object = json;
    for (let v = version; ; v++) {
      const checked = readers[v]!(doc as Record<string, unknown>);
      if (v === WORKSPACE_VERSION) {
        return { ok: true, workspace: checked as Workspace, migratedFrom: version === v ? null : version };
      }
      doc = migrations[v]!(checked as never);
    }
  } catch (error) {
    if (error instanceof Damaged) return damaged(error.message);
    return damaged(`it could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The text of a saved workspace file, parsed and read. */
export function parseWorkspace(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // A file that starts as a workspace but is not whole JSON was cut off, not foreign.
    if (text.slice(0, 200).includes(`"${WORKSPACE_FORMAT}"`)) {
      return damaged("it ends before the workspace does (it was probably cut off while saving or copying)");
    }
    return { ok: false, message: NOT_A_WORKSPACE };
  }
  return readWorkspace(json);
}
