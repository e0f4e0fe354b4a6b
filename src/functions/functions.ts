/* The ECH custom functions, one file for each part of the model. custom-functions-metadata-plugin
   reads the JSDoc of the files this one re-exports (scripts/functionFiles.js lists them for webpack
   and the tests) to write functions.json, and appends a CustomFunctions.associate call for each
   function at build time. Every argument is typed as what Excel may pass (src/functions/args.ts),
   and args.ts checks it before the model sees it. */
export * from "./publishedModel";
export * from "./howMuchCare";
export * from "./currentPriceBase";
export * from "./councilCost";
