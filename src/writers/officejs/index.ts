export { insertTemplate, type InsertOptions, type InsertReport } from "./insertTemplate";
export { describeOfficeError, EchExcelError, isApiSupported, type OfficeErrorDescription } from "./errors";
