/** The production build under test. scripts/test.js builds it before jest runs. */
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";

export const DIST = path.resolve(__dirname, "../../dist");

/** Fails (never skips) when the build is missing, saying how to make it. */
export function distPath(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) {
    throw new Error(
      `dist/${name} is missing: the build tests need a production build. Run \`npm test\` (it builds first) ` +
        "or `npx webpack --mode production --env officejs=local` before jest.",
    );
  }
  return file;
}

export function readDist(name: string): string {
  return fs.readFileSync(distPath(name), "utf8");
}

export function gzippedKB(name: string): number {
  return gzipSync(fs.readFileSync(distPath(name)), { level: 9 }).length / 1024;
}

/** Our own JavaScript in dist/ (entries and lazy chunks), not the copied office.js. */
export function ownBundles(): string[] {
  distPath("taskpane.js");
  const chunks = fs.existsSync(path.join(DIST, "chunks"))
    ? fs
        .readdirSync(path.join(DIST, "chunks"))
        .filter((f) => f.endsWith(".js"))
        .map((f) => `chunks/${f}`)
    : [];
  return [...fs.readdirSync(DIST).filter((f) => f.endsWith(".js")), ...chunks];
}
