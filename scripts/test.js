#!/usr/bin/env node
/* `npm test`: every test. Type-checks, builds the add-in, then runs all jest projects (model,
   functions, templates with HyperFormula, writers, pane components, LibreOffice/Gnumeric
   recalculation, build output and the Chromium end-to-end test) and prints one summary line. */
const { execSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { ensureSystemDeps } = require("./system-deps");

const root = path.resolve(__dirname, "..");
const run = (cmd) => execSync(cmd, { cwd: root, stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });

ensureSystemDeps();
run("npx tsc --noEmit -p tsconfig.json");

const report = path.join(root, "test-output", "jest.json");
fs.mkdirSync(path.dirname(report), { recursive: true });
let failed = false;
try {
  run(`npx jest --ci --json --outputFile=${report}`);
} catch {
  failed = true;
}
const r = JSON.parse(fs.readFileSync(report, "utf8"));
console.log(`\nECH tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
if (failed || r.numFailedTests > 0 || r.numTotalTests === 0) process.exit(1);
