/** Every test runs under jest: `npm test` builds first, so test/build and test/e2e see dist/. */
const common = {
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts", "<rootDir>/test/setup/fastCheck.ts"],
};

module.exports = {
  projects: [
    { ...common, displayName: "node", testEnvironment: "node", testMatch: ["**/*.test.ts"] },
    { ...common, displayName: "pane", testEnvironment: "jsdom", testMatch: ["**/*.test.tsx"] },
  ],
};
