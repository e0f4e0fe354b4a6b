export { insertTemplate, type InsertOptions, type InsertReport } from "./insertTemplate";
export { describeOfficeError, EchExcelError, isApiSupported, type OfficeErrorDescription } from "./errors";
export { prepareForSharing, type SharingFinding, type SharingOptions, type SharingReport } from "./prepareForSharing";
export { repairEchFormulas, type RepairReport } from "./repairEchFormulas";
export { compareOptions, comparisonTemplate, listOptionTemplates, type CompareReport, type OptionTemplateInfo } from "./compareOptions";
