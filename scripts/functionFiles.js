/* The files that define the ECH custom functions: the ones src/functions/functions.ts re-exports.
   webpack's metadata plugin and the tests read the functions' JSDoc from these. */
const fs = require("fs");
const path = require("path");

const ENTRY = path.join(__dirname, "../src/functions/functions.ts");

function functionFiles() {
  const text = fs.readFileSync(ENTRY, "utf8");
  return [...text.matchAll(/^export \* from "\.\/(\w+)";$/gm)].map((m) => path.join(path.dirname(ENTRY), `${m[1]}.ts`));
}

module.exports = { functionFiles };
