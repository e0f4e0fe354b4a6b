#!/usr/bin/env node
/* npm run generate: writes the ECH functions' programs out as code from the rows
   (src/functions/programs.ts -> src/functions/programs.generated.ts). A test fails when the file is stale. */
const fs = require("fs");
const path = require("path");

require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
const { programsSource } = require("../src/functions/programs.ts");

const out = path.join(__dirname, "../src/functions/programs.generated.ts");
fs.writeFileSync(out, programsSource());
console.log(`Written ${path.relative(process.cwd(), out)}`);
