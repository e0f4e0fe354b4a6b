import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";

const DIST = path.join(__dirname, "../dist");

function gzipKb(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

/**
 * Minified + gzipped sizes of what Excel loads at start-up: functions.js, and the scripts the pane's
 * page loads before its first render (lazy chunks excluded; office.js is Microsoft's, not ours).
 */
export function bundleSize(): { functionsKb: number; paneInitialKb: number; paneScripts: string[] } {
  const html = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(html)) throw new Error("dist/ is missing: run `npm run build` first.");
  const scripts = [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]*\bsrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src) && !/office-js\//.test(src) && !/\/?functions\.js$/.test(src));
  return {
    functionsKb: gzipKb(path.join(DIST, "functions.js")),
    paneInitialKb: scripts.reduce((kb, src) => kb + gzipKb(path.join(DIST, src)), 0),
    paneScripts: scripts,
  };
}
