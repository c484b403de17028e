/** The workspace layer's public surface: the saved document, reading and writing it, and keeping it in the browser. */
export {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type FileContent,
  type FilterSettings,
  type NetworkSettings,
  type SavedWindow,
  type TimeSettings,
  type ViewSettings,
  type WindowPreset,
  type Workspace,
  type WorkspaceFile,
  type WorkspaceLayout,
  type WorkspaceSettings,
  type WorkspaceV1,
} from "./schema";
export { parseWorkspace, readWorkspace, type ReadResult } from "./read";
export { migrations } from "./migrations";
export { serializeWorkspace, workspaceFileName } from "./serialize";
export { reimportWorkspaceFile, workspaceFile, workspaceFileBytes } from "./files";
export {
  channelSettingsOf,
  defaultSettings,
  networkOptionsOf,
  newWorkspace,
  toSavedWindow,
  toTimeWindow,
} from "./settings";
export {
  DEFAULT_STORE_NAME,
  StorageQuotaError,
  WorkspaceStoreError,
  isQuotaError,
  openWorkspaceStore,
  type StoreOptions,
  type WorkspaceStore,
} from "./store";
export { createAutosave, type Autosave, type AutosaveOptions } from "./autosave";
