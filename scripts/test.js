#!/usr/bin/env node
/* `npm test`: every test. Installs the Debian packages the tests need; lints (ESLint, Prettier),
   type-checks and builds the add-in side by side; then runs all jest projects, those that read
   the build once it is done
   (model, functions, templates with HyperFormula, writers, pane components, LibreOffice and
   Gnumeric recalculation, print, build output and the Chromium end-to-end test). It always ends
   with the wall time and one summary line, "N passed, N failed"; any failed step makes the exit
   code non-zero. `npm run test:deep` (ECH_DEEP=10) multiplies the property tests' runs by 10. */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { ensureSystemDeps } = require("./system-deps");

/** The tests that read dist/: they run once the build is done. */
const DIST_TESTS = ["test/build/bundle.test.ts", "test/e2e/"];

const started = Date.now();
if (process.argv.includes("--deep")) process.env.ECH_DEEP = process.env.ECH_DEEP || "10";
const root = path.resolve(__dirname, "..");
const env = { ...process.env, FORCE_COLOR: "0" };
const start = (cmd) => spawn(cmd, { cwd: root, env, shell: true, stdio: ["ignore", "pipe", "pipe"] });
const inherit = (cmd) => spawn(cmd, { cwd: root, env, shell: true, stdio: "inherit" });

/** Why each failed step failed; the steps after a failure still run, so one run reports all. */
const problems = [];
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** Waits for a step; its output is printed whole when it ends, so two steps' lines never mix. */
function finished(what, child) {
  const t = Date.now();
  const out = [];
  child.stdout?.on("data", (d) => out.push(d));
  child.stderr?.on("data", (d) => out.push(d));
  return new Promise((resolve) => {
    child.on("error", (e) => out.push(Buffer.from(`${e.message}\n`)));
    child.on("close", (code) => {
      const text = Buffer.concat(out).toString().trimEnd();
      console.log(`\n== ${what}: ${code === 0 ? "passed" : "FAILED"} (${seconds(t)} s)${text ? `\n${text}` : ""}`);
      if (code !== 0) problems.push(`${what} failed (exit ${code})`);
      resolve(code === 0);
    });
  });
}

async function main() {
  try {
    ensureSystemDeps();
  } catch (e) {
    problems.push(`installing the Debian packages: ${e.message}`);
  }
  // The build and end-to-end tests read dist/. Build it fresh (a stale dist/ must not pass) in
  // production mode, but with office.js served from dist/ so the browser test needs no network.
  fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
  // Templates many test files read are built once and shared between the jest workers (test/support/templates.ts).
  env.ECH_TEST_SHARED = path.join(root, "test-output", "shared");
  fs.rmSync(env.ECH_TEST_SHARED, { recursive: true, force: true });
  const reports = [path.join(root, "test-output", "jest.json"), path.join(root, "test-output", "jest-dist.json")];
  for (const r of reports) fs.rmSync(r, { force: true });
  fs.mkdirSync(path.dirname(reports[0]), { recursive: true });

  // The build (the type check is tsc's) runs beside lint and the type check, and outlasts them: the
  // tests that do not read dist/ start when those two end, the others when the build is done.
  const build = finished("build", start("npx webpack --mode production --env officejs=local"));
  await Promise.all([
    finished("lint (ESLint, Prettier)", start("npm run --silent lint")),
    finished("type check", start("npx tsc --noEmit -p tsconfig.json")),
  ]);
  const ignore = DIST_TESTS.map((t) => `--testPathIgnorePatterns=${t}`).join(" ");
  const main = finished("jest", inherit(`npx jest --ci --json --outputFile=${reports[0]} ${ignore}`));
  await build;
  const only = DIST_TESTS.join(" ");
  const dist = finished(
    "jest: the build's output and the browser",
    start(`npx jest --ci --maxWorkers=1 --json --outputFile=${reports[1]} ${only}`),
  );
  await Promise.all([main, dist]);

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const results = [];
  for (const report of reports) {
    if (!fs.existsSync(report)) {
      problems.push(`jest wrote no report (${path.relative(root, report)}): it did not start or stopped before the end`);
      continue;
    }
    try {
      const r = JSON.parse(fs.readFileSync(report, "utf8"));
      passed += r.numPassedTests;
      failed += r.numFailedTests;
      skipped += r.numPendingTests;
      if (r.numTotalTests === 0) problems.push(`jest ran no test (${path.relative(root, report)})`);
      if (r.numRuntimeErrorTestSuites > 0) problems.push(`${r.numRuntimeErrorTestSuites} test files could not run`);
      results.push(...r.testResults);
    } catch (e) {
      problems.push(`the jest report ${path.relative(root, report)} could not be read: ${e.message}`);
    }
  }
  const slowest = results
    .map((t) => [(t.endTime - t.startTime) / 1000, path.relative(root, t.name)])
    .sort((a, b) => b[0] - a[0])
    .slice(0, 8);
  console.log(`\nSlowest test files:\n${slowest.map(([s, f]) => `  ${s.toFixed(1)} s  ${f}`).join("\n")}`);
  for (const p of problems) console.error(`npm test: ${p}`);
  // A step that failed outside jest counts as one failed test, so the summary never says 0 failed.
  const outside = problems.length > 0 && failed === 0 ? 1 : 0;
  const wall = (Date.now() - started) / 1000;
  console.log(`\nWall time ${Math.floor(wall / 60)} min ${Math.round(wall % 60)} s`);
  console.log(`Summary: ${passed} passed, ${failed + outside} failed, ${skipped} skipped`);
  process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(`npm test: ${e.stack ?? e}`);
  console.log("Summary: 0 passed, 1 failed, 0 skipped");
  process.exit(1);
});
