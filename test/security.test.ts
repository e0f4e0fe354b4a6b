import * as fs from "fs";
import * as path from "path";

/** Promise 5, in our own source: no user text rendered as HTML, no code built from strings. */
const SRC = path.join(__dirname, "../src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|tsx|html)$/.test(e.name) ? [p] : [];
  });
}

describe("source code", () => {
  const sources = files(SRC).map((f) => ({ f: path.relative(SRC, f), text: fs.readFileSync(f, "utf8") }));

  test("is all read", () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(sources.some((s) => s.f.startsWith("taskpane"))).toBe(true);
  });

  test.each([
    ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
    ["innerHTML / outerHTML / insertAdjacentHTML", /\.(inner|outer)HTML\b|insertAdjacentHTML/],
    ["document.write", /document\.write/],
    ["eval", /\beval\s*\(/],
    ["new Function", /new\s+Function\s*\(/],
    ["string timers", /set(Timeout|Interval)\s*\(\s*["'`]/],
  ])("uses no %s", (_what, pattern) => {
    expect(sources.filter((s) => pattern.test(s.text)).map((s) => s.f)).toEqual([]);
  });
});
