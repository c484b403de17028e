/**
 * Makes an export file in the worker (which holds the network and its analysis) from what
 * the page shows: the recommendations on screen, the map as drawn, pseudonymised when the
 * user asked. CSV and GEXF are downloaded; the printable report opens in a new window from
 * a Blob URL, where the browser prints it or saves it as PDF.
 */
import { useCallback, useState } from "react";
import type { ExportFile, ExportKind } from "../../worker/recommendProtocol";
import { useAnalysisResult } from "../analysis/AnalysisContext";
import { downloadText } from "../common/download";
import { sectorPalette } from "../graph/palette";
import { useMapAccess, useRecommendations } from "../recommend/RecommendationsContext";
import { useAppState } from "../state/AppContext";
import { importClient } from "../state/useImportFlow";
import { isoDate, visualRows } from "./visuals";

/** The report window stays readable this long before its Blob URL is let go. */
const REPORT_URL_LIFETIME_MS = 5 * 60_000;

export interface Exporter {
  /** Null until the network is analysed. */
  ready: boolean;
  /** Recommendation exports wait for the recommendations. */
  recommended: boolean;
  busy: ExportKind | null;
  error: string | null;
  run(kind: ExportKind): void;
}

export function useExport(): Exporter {
  const analysis = useAnalysisResult();
  const { result } = useRecommendations();
  const access = useMapAccess();
  const { network, pseudonymise, pseudonymSecret } = useAppState();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    (kind: ExportKind) => {
      if (!analysis || !network) return;
      if (pseudonymise && pseudonymSecret === null) {
        setError("Pseudonymised exports need the workspace secret; turn the option off and on again.");
        return;
      }
      // Opened now, inside the click, so that no popup blocker stops it; filled when the report is ready.
      const reportWindow = kind === "report" ? window.open("", "_blank") : null;
      const render = access.read();
      const palette = kind === "report" ? sectorPalette(network.graph) : null;
      const colourOf = palette
        ? (node: string) => palette.colorOf(network.graph.getNodeAttribute(node, "sector"))
        : undefined;
      setBusy(kind);
      setError(null);
      importClient()
        .exportFile({
          networkId: analysis.networkId,
          kind,
          recommendations: result,
          secret: pseudonymise ? pseudonymSecret : null,
          visuals: render ? visualRows(render, colourOf) : null,
          date: isoDate(new Date()),
        })
        .then((file) => (kind === "report" ? showReport(file, reportWindow) : save(file)))
        .catch((failure: unknown) => {
          reportWindow?.close();
          setError(`The export failed: ${failure instanceof Error ? failure.message : String(failure)}`);
        })
        .finally(() => setBusy(null));
    },
    [analysis, network, result, access, pseudonymise, pseudonymSecret],
  );

  return { ready: analysis !== null && network !== null, recommended: result !== null, busy, error, run };
}

function save(file: ExportFile): void {
  downloadText(file.fileName, file.text, file.type);
}

function showReport(file: ExportFile, target: Window | null): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  setTimeout(() => URL.revokeObjectURL(url), REPORT_URL_LIFETIME_MS);
  // A blocked window: the report is saved instead, to open from disk.
  if (!target) save(file);
  else target.location.href = url;
}
