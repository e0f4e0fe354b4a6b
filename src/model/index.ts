/** The ECH revenue cost model: pure TypeScript, no Office dependency. Everything else calls this. */
export * from "./types";
export * from "./errors";
export * from "./excel";
export * from "./validate";
export * from "./defaults";
export * from "./revenue";
export * from "./budget";
export * from "./howMuchCare";
export * from "./capital";
export * from "./options";
export * from "./priceBase";
export * from "./priceRows";
export * from "./today";
export * from "./projection";
