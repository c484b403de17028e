/**
 * Weaver's exports, pure and DOM-free (the app's worker and the CLI alike): the printable
 * report, the recommendation CSVs, GEXF for Gephi, the analysis tables and pseudonymisation.
 * Node-only file writing is in ./node (not re-exported, so this bundles for the browser).
 */
export { analysisTables, type Table } from "./analysisTables";
export { neutralizeCell, toCsv, type CsvValue } from "./csv";
export { EDGE_COLUMNS, NODE_COLUMNS, toGexf, type GexfOptions } from "./gexf";
export { layoutNetwork, type LayoutOptions, type NetworkLayout } from "./layout";
export { parseHexColor, type NodeVisual, type NodeVisuals } from "./picture";
export {
  createPseudonymizer,
  newWorkspaceSecret,
  type PersonIdentity,
  type PseudonymOptions,
  type Pseudonymizer,
} from "./pseudonymize";
export {
  pseudonymizeAnalysis,
  pseudonymizeCandidates,
  pseudonymizeGaps,
  pseudonymizeIntroductions,
  pseudonymizePerson,
  pseudonymizeRecommendations,
  pseudonymizerForGraph,
  type RecommendationLists,
} from "./pseudonymizeData";
export {
  INTRODUCTION_COLUMNS,
  RECRUITMENT_COLUMNS,
  introductionsCsv,
  recruitmentCsv,
  type ExportOptions,
  type PersonRef,
} from "./recommendationsCsv";
export {
  DEFAULT_MAX_PEOPLE_DRAWN,
  REPORT_CSP,
  dataPeriod,
  renderReportHtml,
  type DataPeriod,
  type ReportInput,
} from "./reportHtml";
export type { RecommendationLimits } from "./reportRecommendations";
export { REPORT_STYLE_HASH } from "./reportStyle";
