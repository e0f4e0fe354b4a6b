/* The spreadsheet engines and browser the tests use come from Debian's packages, never from a download. */
const { execSync, spawnSync } = require("child_process");

const NEEDED = [
  { command: "soffice", pkg: "libreoffice-calc-nogui", why: "recalculates the generated .xlsx files" },
  { command: "ssconvert", pkg: "gnumeric", why: "a second spreadsheet engine for the generated .xlsx files" },
  { command: "chromium", pkg: "chromium", why: "the end-to-end test of the task pane" },
];

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function ensureSystemDeps() {
  const missing = NEEDED.filter((n) => !has(n.command));
  if (missing.length === 0) return;
  const pkgs = missing.map((m) => m.pkg).join(" ");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !has("apt-get")) {
    const lines = missing.map((m) => `  ${m.pkg} (${m.command}: ${m.why})`).join("\n");
    throw new Error(`These Debian packages are needed for the tests:\n${lines}\nInstall them with: sudo apt-get install -y ${pkgs}`);
  }
  console.log(`Installing Debian packages: ${pkgs}`);
  execSync("apt-get update -qq", { stdio: "inherit" });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkgs} fonts-dejavu-core`, {
    stdio: "inherit",
  });
}

module.exports = { ensureSystemDeps };
