/** The ECH revenue cost model: pure TypeScript, no Office dependency. Everything else calls this. */
export * from "./types";
export * from "./errors";
export * from "../calc/excel";
export * from "./validate";
export * from "./defaults";
export * from "./revenue";
export * from "./budget";
export * from "./howMuchCare";
export * from "./minimumBlock";
export * from "./coreAndAddOn";
export * from "./capital";
export * from "./options";
export * from "./priceBase";
export * from "./priceRows";
export * from "./today";
export * from "./projection";
export {
  ATTENDANCE_RATES,
  ENGLISH_INPUTS,
  ENGLISH_RESULTS,
  TENANT_ENTER_CELLS,
  TENANT_FIGURES,
  TENANT_TABLE,
  DEFAULT_ENGLISH_CELLS,
  NO_TENANT_ENTRIES,
  careChargeWeekly,
  checkEnglishCells,
  englishBudget,
  englishValues,
  type EnglishCells,
  type CareCharge,
  type CareChargeInputs,
  type EnglishBudget,
  type EnglishBudgetInputs,
  type TenantFigureSpec,
} from "./englishBudget";
export * from "./contributions";
