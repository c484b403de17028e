/** The ingest layer's public surface: from file bytes to validated records and an import report. */
export { decodeBytes, type DecodeResult, type TextEncodingName } from "./decode";
export { detectColumns, FIELDS, FILE_KINDS, missingRequired, normalizeHeader } from "./fields";
export type { ColumnMapping, ColumnDetection, FieldSpec } from "./fields";
export { previewTable, type TablePreview } from "./preview";
export { importTable, type ImportOptions, type ImportResult, type IngestReport } from "./importTable";
export { importBytes, type ImportBytesOptions, type ImportOutcome } from "./importFile";
export { rejectedRowsToCsv } from "./rejectedCsv";
export { RecordCollector, type IngestRejectedRow, type RejectCode, type RowValues } from "./collector";
export { DEFAULT_ADAPTERS, type AdapterInput, type IngestAdapter } from "./adapters";
export type { DateOrder } from "./dates";
