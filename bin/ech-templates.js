#!/usr/bin/env node
/* The ech-templates command: runs the CLI compiled to lib/ by `npm run build:cli` (run by npm ci). */
// Node keeps the compiled code of the CLI between runs (in the system's temporary
// folder): a run after the first starts about 50 ms sooner. Node before 22.1 has no such cache.
require("node:module").enableCompileCache?.();
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && /lib[\\/]cli[\\/]main/.test(e.message)) {
    console.error("ech-templates: the CLI is not built yet; run `npm run build:cli` first.");
    process.exit(1);
  }
  throw e;
}
cli.run();
