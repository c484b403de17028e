/**
 * The sample community's files, bundled with the app and fetched from its own origin,
 * then read through the same worker pipeline as a coordinator's own files.
 */
import peopleUrl from "../../../sample-data/people.csv?url";
import interactionsUrl from "../../../sample-data/interactions.csv?url";
import attendanceUrl from "../../../sample-data/attendance.csv?url";
import targetsUrl from "../../../sample-data/targets.csv?url&no-inline";

export const SAMPLE_FILES: readonly { fileName: string; url: string }[] = [
  { fileName: "people.csv", url: peopleUrl },
  { fileName: "interactions.csv", url: interactionsUrl },
  { fileName: "attendance.csv", url: attendanceUrl },
];

/** The sample community's recruitment targets, loaded with it. */
export const SAMPLE_TARGETS = { fileName: "targets.csv", url: targetsUrl };
