export { insertTemplate, OFFICE_JS_LIMITS, type InsertOptions, type InsertReport } from "./insertTemplate";
export { describeOfficeError, EchExcelError, isApiSupported, type OfficeErrorDescription } from "./errors";
