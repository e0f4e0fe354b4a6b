/** Fast, deterministic unit tests; the browser and spreadsheet-engine checks run from scripts/test.js. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }];

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts", "<rootDir>/test/setup/fastCheck.ts"],
    },
    {
      displayName: "pane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts", "<rootDir>/test/setup/fastCheck.ts"],
    },
  ],
};
