#!/usr/bin/env node
/* npm run generate: writes programs out as code from the rows, for the model's hot path
   (src/model/programs.ts -> src/model/programs.generated.ts) and the ECH functions
   (src/functions/programs.ts -> src/functions/programs.generated.ts). A test fails when either is stale. */
const fs = require("fs");
const path = require("path");

require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });

function write(file, source) {
  const out = path.join(__dirname, file);
  fs.writeFileSync(out, source);
  console.log(`Written ${path.relative(process.cwd(), out)}`);
}

// The model's first: the functions' programs are built from model files that run it.
write("../src/model/programs.generated.ts", require("../src/model/programs.ts").modelProgramsSource());
write("../src/functions/programs.generated.ts", require("../src/functions/programs.ts").programsSource());
