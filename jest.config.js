/** Every test runs under jest: `npm test` builds first, so test/build and test/e2e see dist/. Tests are
    compiled one file at a time by swc, without types: `npm test` type-checks them with tsc first. */
const common = {
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": [
      "@swc/jest",
      { jsc: { target: "es2020", parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } } },
    ],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts", "<rootDir>/test/setup/fastCheck.ts"],
  // Speed is measured by `npm run bench`; a test's time limit only catches a hang, on a busy machine too.
  testTimeout: 120_000,
};

module.exports = {
  // Jest's default on two cores is one worker; both cores halve the wall time.
  maxWorkers: 2,
  testSequencer: "<rootDir>/test/setup/sequencer.js",
  projects: [
    { ...common, displayName: "node", testEnvironment: "node", testMatch: ["**/*.test.ts"] },
    {
      ...common,
      displayName: "pane",
      testEnvironment: "jsdom",
      testMatch: ["**/*.test.tsx"],
      setupFiles: [...common.setupFiles, "<rootDir>/test/setup/textEncoder.ts"],
    },
  ],
};
