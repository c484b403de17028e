import { useId, useState, type ChangeEvent, type DragEvent } from "react";

interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}

/** Several files at once, dropped or chosen; the input stays keyboard-reachable behind its label. */
export function FileDropZone({ onFiles, disabled = false }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0 && !disabled) onFiles(files);
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Reset so that choosing the same file again (after fixing it) fires a change.
    event.target.value = "";
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={dragging ? "dropzone dragging" : "dropzone"}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p className="dropzone-title">Drop your files here</p>
      <p id={hintId} className="muted">
        CSV or tab-separated text, several at once (for example people.csv, interactions.csv and
        attendance.csv), Zoom and Teams attendance reports, or a Slack export (.zip).
      </p>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.zip,text/csv,text/plain,text/tab-separated-values,application/zip"
        aria-describedby={hintId}
        disabled={disabled}
        onChange={onChange}
        data-testid="file-input"
      />
      <label htmlFor={inputId} className="button primary">
        Choose files…
      </label>
    </div>
  );
}
