/* Everything outside npm that the tests, scripts and benchmark start or read, in one list. The
   spreadsheet engines, PDF tools, browser and fonts come from Debian's packages, never from a
   download; `npm test` installs what is missing (as root), so a new machine needs no step by hand.
   test/scripts/systemDeps.test.ts fails when a program is started that this list does not name. */
const { execSync, spawnSync } = require("child_process");

/** Debian packages the tests need, each with the programs it provides (or a file it installs). */
const PACKAGES = [
  { pkg: "libreoffice-calc-nogui", programs: ["soffice"], why: "recalculates and prints the generated .xlsx files" },
  { pkg: "gnumeric", programs: ["ssconvert"], why: "a second spreadsheet engine for the generated .xlsx files" },
  {
    pkg: "poppler-utils",
    programs: ["pdftotext", "pdftoppm", "pdffonts"],
    why: "reads the words, boxes, colours and fonts of printed pages",
  },
  { pkg: "chromium", programs: ["chromium"], why: "the end-to-end test of the task pane" },
  {
    pkg: "fonts-liberation2",
    programs: [],
    why: "Liberation Sans has Arial's metrics, so every machine prints the workbooks' Arial text alike",
  },
  { pkg: "fonts-dejavu-core", programs: [], why: "the fallback font for characters Liberation Sans lacks" },
];

/** Programs that come with every machine of the project's kind (Node.js, npm and Debian's base). */
const BASE_PROGRAMS = {
  sh: "the system shell",
  node: "Node.js, the project's runtime",
  npm: "Node.js's package manager",
  npx: "runs the project's own packages",
  "apt-get": "Debian's package installer",
  "dpkg-query": "tells which Debian packages are installed",
};

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

/** The packages not installed: by dpkg where the machine has it, else by their programs. */
function missingPackages() {
  if (!has("dpkg-query")) return PACKAGES.filter((p) => p.programs.some((c) => !has(c)));
  return PACKAGES.filter((p) => {
    const r = spawnSync("dpkg-query", ["-W", "-f=${db:Status-Abbrev}", p.pkg], { encoding: "utf8" });
    return r.status !== 0 || !r.stdout.startsWith("ii");
  });
}

function ensureSystemDeps() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const pkgs = missing.map((m) => m.pkg).join(" ");
  if (!isRoot() || !has("apt-get")) {
    const lines = missing.map((m) => `  ${m.pkg}: ${m.why}`).join("\n");
    throw new Error(`These Debian packages are needed for the tests:\n${lines}\nInstall them with: sudo apt-get install -y ${pkgs}`);
  }
  console.log(`Installing Debian packages: ${pkgs}`);
  execSync("apt-get update -qq", { stdio: "inherit" });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkgs}`, { stdio: "inherit" });
}

module.exports = { PACKAGES, BASE_PROGRAMS, ensureSystemDeps };
