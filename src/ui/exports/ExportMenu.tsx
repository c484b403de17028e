import { useId, useState } from "react";
import { newWorkspaceSecret } from "../../report/pseudonymize";
import type { ExportKind } from "../../worker/recommendProtocol";
import { useAppDispatch, useAppState } from "../state/AppContext";
import { useExport } from "./useExport";

interface ExportItem {
  kind: ExportKind;
  label: string;
  description: string;
  /** Needs the recommendations, not only the analysis. */
  recommendations: boolean;
}

export const EXPORT_ITEMS: readonly ExportItem[] = [
  {
    kind: "report",
    label: "Printable report",
    description:
      "Opens in a new window, written for a coordinator: print it, or save it as PDF from the print dialog.",
    recommendations: false,
  },
  {
    kind: "introductions",
    label: "Introductions (introductions.csv)",
    description: "Every suggested introduction with who can make it, the score and its reasons.",
    recommendations: true,
  },
  {
    kind: "recruitment",
    label: "Recruitment (recruitment.csv)",
    description: "The recruitment gaps, then the candidates who could fill them, with reasons.",
    recommendations: true,
  },
  {
    kind: "people",
    label: "People and measures (people.csv)",
    description: "Everyone in the network with every measure, for a spreadsheet.",
    recommendations: false,
  },
  {
    kind: "gexf",
    label: "Network for Gephi (network.gexf)",
    description: "The annotated network with every measure, and the map's positions and colours.",
    recommendations: false,
  },
];

/** Every export in one place, with the choice to replace people by codes. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggleId = useId();
  const exporter = useExport();
  const { pseudonymise, pseudonymSecret } = useAppState();
  const dispatch = useAppDispatch();

  const setPseudonymise = (on: boolean) =>
    dispatch({
      type: "setPseudonymise",
      on,
      // Drawn once for the workspace and kept, so a person's code is the same in every export.
      secret: on && pseudonymSecret === null ? newWorkspaceSecret() : null,
    });

  return (
    <div className="export-menu">
      <button
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={!exporter.ready}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open && (
        <div
          id={panelId}
          className="settings-panel export-panel"
          data-testid="export-panel"
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
          }}
        >
          <h2>Export</h2>
          <p className="muted">
            Files are made in this browser and saved on this computer; nothing is sent anywhere.
          </p>
          <label className="checkbox pseudonymise" htmlFor={toggleId}>
            <input
              id={toggleId}
              type="checkbox"
              checked={pseudonymise}
              onChange={(event) => setPseudonymise(event.target.checked)}
            />
            <span>
              <strong>Pseudonymise exports</strong>
              <span className="muted">
                {" "}
                Names, e-mails and ids become codes such as Person-7F3A9K, the same in every export of this
                workspace, for sharing outside the team.
              </span>
            </span>
          </label>
          <ul className="export-list">
            {EXPORT_ITEMS.map((item) => (
              <li key={item.kind}>
                <button
                  type="button"
                  className="button"
                  data-export={item.kind}
                  disabled={exporter.busy !== null || (item.recommendations && !exporter.recommended)}
                  onClick={() => exporter.run(item.kind)}
                >
                  {exporter.busy === item.kind ? "Preparing…" : item.label}
                </button>
                <span className="muted">{item.description}</span>
              </li>
            ))}
          </ul>
          {exporter.error && (
            <p className="notice error" role="alert">
              {exporter.error}
            </p>
          )}
          <div className="settings-actions">
            <button type="button" className="button small" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
