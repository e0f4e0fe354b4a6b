#!/usr/bin/env node
/* `npm test`: every test. Lints (ESLint, Prettier), type-checks, builds the add-in, then runs all
   jest projects (model, functions, templates with HyperFormula, writers, pane components,
   LibreOffice/Gnumeric recalculation, build output and the Chromium end-to-end test) and prints
   one summary line. */
const { execSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { ensureSystemDeps } = require("./system-deps");

const root = path.resolve(__dirname, "..");
const run = (cmd) => execSync(cmd, { cwd: root, stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });

ensureSystemDeps();
run("npm run --silent lint");
run("npx tsc --noEmit -p tsconfig.json");

// The build and end-to-end tests read dist/. Build it fresh (a stale dist/ must not pass) in
// production mode, but with office.js served from dist/ so the browser test needs no network.
const dist = path.join(root, "dist");
fs.rmSync(dist, { recursive: true, force: true });
let failed = false;
try {
  run("npx webpack --mode production --env officejs=local");
} catch {
  // Keep going: the build tests then fail and say that dist/ is missing.
  failed = true;
}

const report = path.join(root, "test-output", "jest.json");
fs.mkdirSync(path.dirname(report), { recursive: true });
try {
  run(`npx jest --ci --json --outputFile=${report}`);
} catch {
  failed = true;
}
const r = JSON.parse(fs.readFileSync(report, "utf8"));
console.log(`\nECH tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
if (failed || r.numFailedTests > 0 || r.numTotalTests === 0) process.exit(1);
