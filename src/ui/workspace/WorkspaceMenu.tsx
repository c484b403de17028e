import { useRef } from "react";
import type { WorkspacePersistence } from "./useWorkspacePersistence";

/** "New workspace" (asks first), "Save workspace" (a JSON file) and "Open workspace" in the header. */
export function WorkspaceMenu({ workspace }: { workspace: WorkspacePersistence }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="workspace-menu">
      <button type="button" className="button small" onClick={() => dialog.current?.showModal()}>
        New workspace
      </button>
      <button
        type="button"
        className="button small"
        disabled={!workspace.canSave}
        onClick={workspace.saveFile}
      >
        Save workspace
      </button>
      <label className="button small">
        Open workspace
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void workspace.openFile(file);
          }}
        />
      </label>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="new-workspace-title">
        <h2 id="new-workspace-title">Start a new workspace?</h2>
        <p>
          This clears the imported files, your decisions and settings from this browser. Save the workspace to
          a file first if you may need it again.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              dialog.current?.close();
              void workspace.clearAll();
            }}
          >
            Clear and start again
          </button>
        </div>
      </dialog>
    </div>
  );
}

/** A storage problem (full quota, private window), shown until dismissed. */
export function WorkspaceNotice({ workspace }: { workspace: WorkspacePersistence }) {
  if (!workspace.notice) return null;
  return (
    <div className="notice error app-error" role="alert" data-testid="workspace-notice">
      <span>{workspace.notice}</span>
      <button type="button" className="button small" onClick={workspace.dismissNotice}>
        Dismiss
      </button>
    </div>
  );
}
