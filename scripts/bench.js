#!/usr/bin/env node
/* npm run bench: builds what it measures (the add-in bundles and the CLI), then runs bench/run.ts. */
const { execSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const run = (cmd) => execSync(cmd, { cwd: root, stdio: "inherit" });

// office.js from our own origin, as in the tests: the pane's load is measured without the network.
run("npx webpack --mode production --env officejs=local");
run("npm run build:cli");
// HyperFormula holds 20,000 sheets for the portfolio; give it room.
run("node --max-old-space-size=12000 -r ts-node/register/transpile-only bench/run.ts");
