/**
 * Operations on the open workbook (Office.js): compare generated options, prepare a workbook for
 * sharing, repair ECH formulas. They read and change the user's workbook; templates go in through
 * the Office.js writer (src/writers/officejs).
 */
export {
  prepareForSharing,
  describeItem,
  DOCUMENT_PROPERTIES,
  SHARING_KINDS,
  SHARING_LIMITS,
  type SharingFinding,
  type SharingItem,
  type SharingKind,
  type SharingOptions,
  type SharingReport,
} from "./prepareForSharing";
export { repairEchFormulas, type RepairReport } from "./repairEchFormulas";
export { compareOptions, comparisonTemplate, listOptionTemplates, type CompareReport, type OptionTemplateInfo } from "./compareOptions";
