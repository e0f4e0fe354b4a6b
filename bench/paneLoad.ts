/**
 * The pane's load on a slow laptop: Debian's Chromium (never a downloaded browser) at 4× CPU
 * throttling opens dist/taskpane.html from a loopback server, fresh each time, and records when
 * the first paint happens, when the option choice (the A–D radios) is on screen (the page carries
 * it, prerendered), when the pane's script has rendered over it (the pane responds), and when the
 * chosen option's council cost is; and how much of the pane's own JavaScript (gzip, office.js
 * excluded) was fetched before the option choice showed and before the pane responded. Medians of
 * five loads.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import { gzipSync } from "zlib";
import type { AddressInfo } from "net";
import { chromium } from "playwright-core";
import { median } from "./measure";

const DIST = path.join(__dirname, "../dist");
const CHROMIUM = "/usr/bin/chromium";
export const CPU_THROTTLE = 4;
const RUNS = 5;

/** One load's times (ms since navigation started) and sizes. */
export interface PaneLoadRun {
  firstPaintMs: number;
  optionChoiceMs: number;
  /** The pane's script has replaced the prerendered first screen: every control responds. */
  interactiveMs: number;
  councilCostMs: number;
  /** gzip KB of the pane's own scripts fetched before the option choice showed (functions.js, the custom functions, apart). */
  jsBeforeChoiceKb: number;
  /** The same with functions.js, which the shared runtime's page loads first. */
  jsWithFunctionsKb: number;
  /** gzip KB of the pane's own scripts fetched before it responded (functions.js apart): what its first render needs. */
  jsBeforeInteractiveKb: number;
}

/** The medians of the runs, with the scripts of the last. */
export interface PaneLoad extends PaneLoadRun {
  scriptsBeforeChoice: string[];
  scriptsBeforeInteractive: string[];
  runs: PaneLoadRun[];
}

function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end();
    const type = file.endsWith(".html")
      ? "text/html; charset=utf-8"
      : file.endsWith(".js")
        ? "text/javascript"
        : "application/octet-stream";
    res.writeHead(200, { "Content-Type": type });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const gzipKb = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

export async function paneLoad(): Promise<PaneLoad> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` first.");
  const server = await serve();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  const runs: PaneLoad["runs"] = [];
  let scriptsBeforeChoice: string[] = [];
  let scriptsBeforeInteractive: string[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
      // The moment each thing appears, from the page's own clock (ms since navigation started).
      await page.addInitScript(() => {
        const w = window as unknown as { __at: Record<string, number> };
        w.__at = {};
        const seen = () => {
          if (!w.__at.choice && document.querySelector('input[type="radio"][value="A"]')) w.__at.choice = performance.now();
          if (w.__at.choice && !w.__at.ready && !document.querySelector("[data-prerendered]")) w.__at.ready = performance.now();
          if (!w.__at.cost && document.querySelector('[data-testid="option-council-year"]')) w.__at.cost = performance.now();
        };
        new MutationObserver(seen).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForFunction(() => (window as unknown as { __at: Record<string, number> }).__at.cost, undefined, { timeout: 30000 });
      const r = await page.evaluate(() => {
        const at = (window as unknown as { __at: Record<string, number> }).__at;
        const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
        const before = (t: number) =>
          (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
            // Scripts, and the scripts the head preloads (restore.js).
            .filter((e) => (e.initiatorType === "script" || (e.initiatorType === "link" && e.name.endsWith(".js"))) && e.responseEnd <= t)
            .map((e) => new URL(e.name).pathname);
        return { choice: at.choice, ready: at.ready, cost: at.cost, paint, scripts: before(at.choice), readyScripts: before(at.ready) };
      });
      const ownOf = (scripts: string[]) => scripts.filter((s) => !s.includes("/office-js/")).map((s) => s.replace(/^\//, ""));
      const kb = (scripts: string[]) => scripts.reduce((sum, s) => sum + gzipKb(path.join(DIST, s)), 0);
      const own = ownOf(r.scripts);
      scriptsBeforeChoice = own;
      scriptsBeforeInteractive = ownOf(r.readyScripts);
      runs.push({
        firstPaintMs: r.paint,
        optionChoiceMs: r.choice,
        interactiveMs: r.ready,
        councilCostMs: r.cost,
        jsBeforeChoiceKb: kb(own.filter((s) => s !== "functions.js")),
        jsWithFunctionsKb: kb(own),
        jsBeforeInteractiveKb: kb(scriptsBeforeInteractive.filter((s) => s !== "functions.js")),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return {
    firstPaintMs: median(runs.map((r) => r.firstPaintMs)),
    optionChoiceMs: median(runs.map((r) => r.optionChoiceMs)),
    interactiveMs: median(runs.map((r) => r.interactiveMs)),
    councilCostMs: median(runs.map((r) => r.councilCostMs)),
    jsBeforeChoiceKb: median(runs.map((r) => r.jsBeforeChoiceKb)),
    jsWithFunctionsKb: median(runs.map((r) => r.jsWithFunctionsKb)),
    jsBeforeInteractiveKb: median(runs.map((r) => r.jsBeforeInteractiveKb)),
    scriptsBeforeChoice,
    scriptsBeforeInteractive,
    runs,
  };
}

if (require.main === module) {
  paneLoad().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
