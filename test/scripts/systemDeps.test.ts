/**
 * Every program the tests, scripts and benchmark start is on the install list (or comes with the
 * machine), so a new machine installs all of it and none was once installed by hand.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";

const { PACKAGES, BASE_PROGRAMS } = require("../../scripts/system-deps") as {
  PACKAGES: { pkg: string; programs: string[]; why: string }[];
  BASE_PROGRAMS: Record<string, string>;
};

const root = path.resolve(__dirname, "../..");
const LISTED = new Set([...PACKAGES.flatMap((p) => p.programs), ...Object.keys(BASE_PROGRAMS)]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(name) || !name.includes(".") ? [p] : [];
  });
}

const STARTERS = "execFileSync|spawnSync|execSync|execFile|spawn|exec|fork";

export interface Started {
  where: string;
  program: string;
}

/**
 * The programs a source starts: the first argument of a child_process call (a command line's first
 * word, skipping VAR=value settings), also through a one-argument wrapper such as
 * `const run = (cmd) => execSync(cmd, …)`, and a browser's `executablePath`. An argument that is
 * not written out is reported as "?", so a new way of starting a program cannot slip past.
 */
export function startedPrograms(file: string, text: string): Started[] {
  const found: Started[] = [];
  const lineOf = (index: number) => `${path.relative(root, file)}:${text.slice(0, index).split("\n").length}`;
  const wrappers = [...text.matchAll(new RegExp(`const (\\w+) = \\((\\w+)\\) =>\\s*(?:${STARTERS})\\(\\2\\b`, "g"))];
  const skip = new Set(wrappers.map((w) => w.index! + w[0].lastIndexOf("(")));
  const names = [STARTERS, ...wrappers.map((w) => w[1])].join("|");
  const call = new RegExp(`(?<![\\w.])(?:child_process\\.)?(${names})\\(\\s*([^,)]*)`, "g");
  for (const m of text.matchAll(call)) {
    const at = m.index! + m[0].indexOf("(");
    if (skip.has(at)) continue;
    const arg = m[2].trim();
    if (arg === "process.execPath") {
      found.push({ where: lineOf(m.index!), program: "node" });
      continue;
    }
    const literal = /^(["'`])(.*)\1$/s.exec(arg);
    if (!literal) {
      found.push({ where: lineOf(m.index!), program: "?" });
      continue;
    }
    const words = literal[2].split(/\s+/).filter((w) => !/^\w+=/.test(w));
    found.push({ where: lineOf(m.index!), program: path.basename(words[0] ?? "?") });
  }
  for (const m of text.matchAll(/executablePath:\s*(\w+|"[^"]+")/g)) {
    const value = m[1].startsWith('"') ? m[1] : new RegExp(`const ${m[1]} = "([^"]+)"`).exec(text)?.[0].split('"')[1];
    found.push({ where: lineOf(m.index!), program: value ? path.basename(value.replace(/"/g, "")) : "?" });
  }
  return found;
}

describe("the install list covers every program the tests, scripts and benchmark start", () => {
  // This file's own examples are not starts.
  const files = ["test", "scripts", "bench"].flatMap((d) => sources(path.join(root, d))).filter((f) => f !== __filename);
  const started = files.flatMap((f) => startedPrograms(f, readFileSync(f, "utf8")));

  test("the known starters are found (the search itself works)", () => {
    const programs = new Set(started.map((s) => s.program));
    for (const p of ["soffice", "ssconvert", "pdftotext", "pdftoppm", "chromium", "npx", "node", "sh"]) expect(programs).toContain(p);
  });

  test("each program is listed in scripts/system-deps.js", () => {
    expect(started.filter((s) => !LISTED.has(s.program)).map((s) => `${s.where} starts ${s.program}`)).toEqual([]);
  });

  test("each listed program is started somewhere (the list holds nothing stale)", () => {
    const programs = new Set(started.map((s) => s.program));
    expect(PACKAGES.flatMap((p) => p.programs).filter((p) => !programs.has(p))).toEqual([]);
  });

  test("a start the search cannot read is reported, not passed over", () => {
    const text = 'const cmd = pick();\nexecFileSync(cmd, []);\nconst run = (c) => execSync(c, {});\nrun("gs -q");\n';
    expect(startedPrograms(path.join(root, "x.ts"), text).map((s) => s.program)).toEqual(["?", "gs"]);
  });
});
