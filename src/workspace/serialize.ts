/**
 * Writing a workspace file. The document is checked and copied by the same reader that opens
 * files, so a file Weaver writes always opens again, holds nothing but the workspace's own fields
 * (in one fixed order) and never a value JSON cannot carry.
 */
import { Damaged } from "./check";
import { readCurrent } from "./readCurrent";
import type { Workspace } from "./schema";

export function serializeWorkspace(workspace: Workspace): string {
  let checked: Workspace;
  try {
    checked = readCurrent(workspace as unknown as Record<string, unknown>);
  } catch (error) {
    if (error instanceof Damaged)
      throw new Error(`Weaver cannot save this workspace: ${error.message}`, { cause: error });
    throw error;
  }
  return `${JSON.stringify(checked)}\n`;
}

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/**
 * A file name for saving: "weaver-<name>-<date of save>.json", in letters, digits and hyphens
 * only, so it is valid on every system whatever the workspace is called.
 */
export function workspaceFileName(workspace: Pick<Workspace, "name" | "origin" | "savedAt">): string {
  const base =
    (workspace.name && slug(workspace.name)) ||
    (workspace.origin === "sample" ? "sample-community" : "workspace");
  const date = /^\d{4}-\d{2}-\d{2}/.exec(workspace.savedAt)?.[0];
  return `weaver-${base}${date ? `-${date}` : ""}.json`;
}
