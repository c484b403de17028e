import { DEFAULT_MAX_EVENT_SIZE } from "../../graph/buildNetwork";
import { ChannelsPanel } from "../adapters/ChannelsPanel";
import { DetectedSummary } from "../adapters/DetectedFileCard";
import { IdentityPanel } from "../identity/IdentityPanel";
import { FailureNotices } from "../common/FailureNotices";
import type { LoadedNetwork } from "../state/appState";
import { FileSummaryTable } from "./FileSummaryTable";
import { IdentityNotes } from "./IdentityNotes";
import { RejectedRows } from "./RejectedRows";
import { UnregisteredPeople } from "./UnregisteredPeople";

export function ImportReportView({ network }: { network: LoadedNetwork }) {
  const withRejections = network.reports.filter((r) => r.rejected.length > 0);
  return (
    <div className="report" data-testid="import-report">
      <h2>Import report</h2>
      <FailureNotices failures={network.failures} />
      <DetectedSummary lines={network.sources.detected} />
      {network.reports.length > 0 && <FileSummaryTable reports={network.reports} />}
      {withRejections.length === 0 && network.reports.length > 0 && (
        <p className="notice ok">Every row of every file was imported.</p>
      )}
      {withRejections.map((report, index) => (
        <RejectedRows key={`${report.fileName}-${index}`} report={report} />
      ))}
      {network.reports.some((r) => r.kind === "attendance" && r.accepted > 0) && (
        <p className="muted">
          Attendance: people who came to the same event are connected, more strongly at small events. Events
          with more than {DEFAULT_MAX_EVENT_SIZE} attendees, such as large webinars, connect no one: their
          attendees are on the map, but sitting in the same webinar does not make people contacts.
        </p>
      )}
      <UnregisteredPeople people={network.identity.unregistered} />
      <IdentityPanel network={network} />
      <IdentityNotes identity={network.identity} />
      <ChannelsPanel network={network} />
    </div>
  );
}
