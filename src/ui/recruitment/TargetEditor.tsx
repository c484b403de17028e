import { useId, useMemo, useState, type ChangeEvent, type InputHTMLAttributes } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { Target, TargetDimension } from "../../recommend/targets";
import type { TargetsFile } from "../../worker/recommendProtocol";
import { formatCount, plural } from "../common/format";
import { useAppDispatch, useAppState } from "../state/AppContext";
import { importClient } from "../state/useImportFlow";
import { knownValues } from "./knownValues";
import {
  checkDraft,
  DIMENSION_LABELS,
  emptyRow,
  nextKey,
  rowsFromTargets,
  type DraftRow,
} from "./targetDraft";

/** Said of a targets file whose rows were then changed in the app. */
const EDITED = ", edited here";

interface TargetEditorProps {
  graph: WeaverGraph;
  /** The frame in force: the team's, or the defaults the worker derived. */
  inForce: Target[];
}

/** Rows being edited, valid while the targets they produced are still the ones in force. */
interface Draft {
  made: Target[] | null;
  rows: DraftRow[];
}

/**
 * The target frame, editable in place: every change that passes the checks is applied (and
 * the gaps recomputed); a row that does not says why and is left out. Or load targets.csv,
 * or go back to the defaults derived from the registry.
 */
export function TargetEditor({ graph, inForce }: TargetEditorProps) {
  const { targets, targetsFrom } = useAppState().community;
  const dispatch = useAppDispatch();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loaded, setLoaded] = useState<TargetsFile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const known = useMemo(() => knownValues(graph), [graph]);
  const fileId = useId();
  const listId = useId();

  const current = draft && draft.made === targets ? draft : null;
  const frameRows = useMemo(() => rowsFromTargets(inForce), [inForce]);
  const rows = current?.rows ?? frameRows;
  const { problems } = useMemo(() => checkDraft(rows), [rows]);

  const edit = (next: DraftRow[]) => {
    const checked = checkDraft(next);
    if (JSON.stringify(checked.targets) === JSON.stringify(targets)) {
      setDraft({ made: targets, rows: next });
      return;
    }
    setDraft({ made: checked.targets, rows: next });
    const from =
      targetsFrom === null || targetsFrom.endsWith(EDITED) ? targetsFrom : `${targetsFrom}${EDITED}`;
    dispatch({ type: "setCommunity", change: { targets: checked.targets, targetsFrom: from } });
  };
  const change = (key: number, patch: Partial<DraftRow>) =>
    edit(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const useDefaults = () => {
    setDraft(null);
    setLoaded(null);
    dispatch({ type: "setCommunity", change: { targets: null, targetsFrom: null } });
  };

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setLoadError(null);
    try {
      const parsed = await importClient().readTargets(file.name, await file.arrayBuffer());
      setLoaded(parsed);
      if (parsed.problem) return;
      setDraft(null);
      dispatch({ type: "setCommunity", change: { targets: parsed.targets, targetsFrom: file.name } });
    } catch (error) {
      setLoadError(
        `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <div className="target-editor" data-testid="target-editor">
      <div className="view-actions">
        <p className="target-source" data-testid="targets-source">
          {targets === null
            ? "Using the defaults: every sector and region in the registry, and the four core roles in each group."
            : targetsFrom
              ? `Targets from ${targetsFrom}.`
              : "Targets set here."}
        </p>
        <span className="toolbar-spacer" />
        <input
          id={fileId}
          className="visually-hidden"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          data-testid="targets-file"
          onChange={(event) => void loadFile(event)}
        />
        <label htmlFor={fileId} className="button small">
          Load targets.csv…
        </label>
        <button type="button" className="button small" disabled={targets === null} onClick={useDefaults}>
          Use the defaults
        </button>
      </div>
      {loadError && (
        <p className="notice error" role="alert">
          {loadError}
        </p>
      )}
      {loaded && <LoadedFile file={loaded} />}
      <div className="table-scroll">
        <table className="data-table compact target-table" data-testid="targets-table">
          <caption className="visually-hidden">Recruitment targets</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Value</th>
              <th scope="col">Within group</th>
              <th scope="col" className="number">
                At least (people)
              </th>
              <th scope="col" className="number">
                At least (% of members)
              </th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <TargetRowEditor
                key={row.key}
                row={row}
                number={index + 1}
                problem={problems.get(row.key)}
                listId={listId}
                onChange={(patch) => change(row.key, patch)}
                onRemove={() => edit(rows.filter((r) => r.key !== row.key))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button small" onClick={() => edit([...rows, emptyRow(nextKey(rows))])}>
        Add a target
      </button>
      {(["sector", "region", "role"] as const).map((dimension) => (
        <datalist key={dimension} id={`${listId}-${dimension}`}>
          {known.values[dimension].map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      ))}
      <datalist id={`${listId}-group`}>
        {known.groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
    </div>
  );
}

function LoadedFile({ file }: { file: TargetsFile }) {
  if (file.problem) {
    return (
      <p className="notice error" role="alert" data-testid="targets-file-report">
        {file.fileName}: {file.problem}
      </p>
    );
  }
  return (
    <div
      className={file.rejected.length > 0 ? "notice warning" : "notice ok"}
      data-testid="targets-file-report"
      data-read={file.read}
      data-accepted={file.accepted}
      data-rejected={file.rejected.length}
    >
      <p>
        {file.fileName}: read {plural(file.read, "row", "rows")}, accepted {formatCount(file.accepted)},
        rejected {formatCount(file.rejected.length)}.
      </p>
      {file.rejected.length > 0 && (
        <ul className="rejected-targets">
          {file.rejected.map((row) => (
            <li key={row.line} data-line={row.line}>
              Line {row.line}: {row.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface RowProps {
  row: DraftRow;
  number: number;
  problem: string | undefined;
  listId: string;
  onChange: (patch: Partial<DraftRow>) => void;
  onRemove: () => void;
}

function TargetRowEditor({ row, number, problem, listId, onChange, onRemove }: RowProps) {
  const invalid = problem !== undefined;
  const describedBy = invalid ? `${listId}-problem-${row.key}` : undefined;
  const text = (
    label: string,
    key: "value" | "group" | "minCount" | "minShare",
    extra: InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <input
      {...field(label)}
      {...extra}
      type="text"
      value={row[key]}
      onChange={(event) => onChange({ [key]: event.target.value })}
    />
  );
  const field = (label: string) => ({
    "aria-label": `${label}, row ${number}`,
    "aria-invalid": invalid,
    "aria-describedby": describedBy,
  });
  return (
    <>
      <tr className={invalid ? "invalid" : undefined} data-testid="target-row" data-row={number}>
        <td>
          <select
            {...field("Dimension")}
            value={row.dimension}
            onChange={(event) => onChange({ dimension: event.target.value as TargetDimension })}
          >
            {(["sector", "region", "role"] as const).map((d) => (
              <option key={d} value={d}>
                {DIMENSION_LABELS[d]}
              </option>
            ))}
          </select>
        </td>
        <td>{text("Value", "value", { list: `${listId}-${row.dimension}` })}</td>
        <td>{text("Within group", "group", { list: `${listId}-group`, placeholder: "whole community" })}</td>
        <td className="number">
          {text("At least, people", "minCount", { inputMode: "numeric", className: "narrow" })}
        </td>
        <td className="number">
          {text("At least, percent of members", "minShare", { inputMode: "decimal", className: "narrow" })}
        </td>
        <td>
          <button type="button" className="link" aria-label={`Remove row ${number}`} onClick={onRemove}>
            Remove
          </button>
        </td>
      </tr>
      {invalid && (
        <tr className="problem-row">
          <td colSpan={6} id={describedBy} role="alert" data-testid="target-problem">
            Row {number} is not applied: {problem}.
          </td>
        </tr>
      )}
    </>
  );
}
