/**
 * Imported files in and out of a workspace: the bytes the user gave, with how they were read,
 * and the same import done again from them when a workspace opens.
 */
import { importBytes, type ImportOutcome } from "../ingest/importFile";
import type { ImportBytesOptions } from "../ingest/importFile";
import { contentBytes, contentFromBytes } from "./content";
import type { WorkspaceFile } from "./schema";

/** A workspace file for bytes the user imported, with the kind, mapping and encoding the import used. */
export function workspaceFile(
  bytes: Uint8Array,
  read: Pick<WorkspaceFile, "id" | "fileName" | "kind" | "encoding" | "mapping"> &
    Partial<Pick<WorkspaceFile, "dateOrder">>,
): WorkspaceFile {
  return {
    id: read.id,
    fileName: read.fileName,
    kind: read.kind,
    encoding: read.encoding,
    mapping: read.mapping === null ? null : { ...read.mapping },
    dateOrder: read.dateOrder ?? null,
    byteLength: bytes.length,
    content: contentFromBytes(bytes),
  };
}

/** The file's original bytes. */
export function workspaceFileBytes(file: WorkspaceFile): Uint8Array {
  return contentBytes(file.content);
}

/**
 * Reads the file again as it was read the first time: same kind, same mapping, same date order;
 * a file without a mapping goes through the format adapters again. Never throws (importBytes).
 */
export function reimportWorkspaceFile(
  file: WorkspaceFile,
  options: Pick<ImportBytesOptions, "onProgress" | "limits" | "adapters"> = {},
): ImportOutcome {
  return importBytes(workspaceFileBytes(file), file.fileName, {
    ...options,
    ...(file.kind === null ? {} : { kind: file.kind }),
    ...(file.mapping === null ? {} : { mapping: file.mapping }),
    ...(file.dateOrder === null ? {} : { dateOrder: file.dateOrder }),
  });
}
