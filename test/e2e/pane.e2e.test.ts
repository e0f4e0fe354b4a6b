/**
 * End-to-end: the production build of the pane in Debian's Chromium (never a downloaded browser),
 * served from dist/ on a loopback port, not in Excel (the pane offers the download), in a window of
 * 350 × 700: the answer on the first screen at the model's default inputs (the chosen option's
 * council cost a year and how the options differ), the sections loading when they open, the cost
 * built up line by line, solve and scenarios by keyboard with focus where the user is, the one-line
 * footer, the download read back with ExcelJS. Also: no request leaves the page's origin, no CSP
 * violation, no axe violation in any state visited, and 320 px works. Screenshots go to
 * docs/screenshots/ for the docs.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { distPath, DIST } from "../build/dist";
import { compareOptions, isCosted } from "../../src/decisions/optionComparison";
import { projectContract } from "../../src/decisions/projection";
import { sensitivity } from "../../src/decisions/sensitivity";
import { solveFor } from "../../src/decisions/solve";
import { scenarioBetween, scenarioHeadlines } from "../../src/decisions/scenarios";
import { computeScheme, DEFAULT_SCHEME } from "../../src/model";
import { DEFAULT_TEMPLATE_INPUTS } from "../../src/templates";
import { formatHours, formatPence, formatPounds } from "../../src/taskpane/format";
import { optionContent } from "../../src/taskpane/options";

jest.setTimeout(180_000);

const CHROMIUM = "/usr/bin/chromium";
const OFFICE_TELEMETRY_FRAME = "frame-src https://telemetryservice.firstpartyapps.oaspapps.com";
// The README's pictures are refreshed with ECH_SCREENSHOTS=docs/screenshots; a test run leaves the tree as it was.
const SCREENSHOTS = path.resolve(__dirname, "../..", process.env.ECH_SCREENSHOTS ?? "test-output/screenshots");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".css": "text/css",
};

/** Just enough of office.js for the pane to find itself in Excel on the web, with a protected workbook. */
const FAKE_EXCEL_OFFICE_JS = `
window.Office = {
  context: {
    host: "Excel",
    platform: "OfficeOnline",
    officeTheme: { bodyBackgroundColor: "#ffffff" },
    requirements: { isSetSupported: function () { return true; } }
  },
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "OfficeOnline" }); }
};
window.Excel = {
  run: function () {
    var e = new Error("The cell or chart you're trying to change is on a protected sheet.");
    e.code = "AccessDenied";
    return Promise.reject(e);
  }
};`;

let server: http.Server;
let origin: string;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const requests: string[] = [];
const problems: string[] = [];

function serveDist(): Promise<void> {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const file = path.join(DIST, decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
}

async function screenshot(name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // A window as tall as the page, so the pinned footer sits at the end rather than over the middle.
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height });
  await page.waitForTimeout(50);
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
  await page.setViewportSize(size);
}

/** What the user sees in the window, with the pinned footer where it is while scrolling. */
async function viewportScreenshot(name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}

const MAIN_ACTION = /^Download option /;

/** Whether the element's whole box is inside the window. */
async function inViewport(locator: ReturnType<Page["locator"]>): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}

const text = (testId: string) => page.getByTestId(testId).innerText();

/** Every axe violation, whatever its impact, in the whole page (Fluent's focus sentinels included). */
async function axeViolations(on: Page = page): Promise<string[]> {
  const results = await new AxeBuilder({ page: on }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The model's figures at its default inputs, as the first screen should show them. */
const DEFAULTS = compareOptions(DEFAULT_SCHEME, computeScheme(DEFAULT_SCHEME), "A");
const figures = (id: "A" | "B" | "C" | "D") => {
  const o = DEFAULTS.options[id];
  if (!isCosted(o)) throw new Error(o.error);
  return o;
};

async function openSection(name: string): Promise<void> {
  const heading = page.getByRole("heading", { name, level: 2, exact: true });
  const open = await heading.evaluate((h) => h.closest("details")!.hasAttribute("open"));
  if (!open) await heading.click();
  await until(
    () => heading.evaluate((h) => h.closest("details")!.querySelector("div")?.textContent ?? ""),
    (t) => t !== "" && !t.startsWith("Loading"),
  );
}

const focusedName = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (label ?? el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
  });

/** Polls until `ok` holds (the pane updates asynchronously), failing with the last value seen. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await read();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`Timed out; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}

beforeAll(async () => {
  distPath("taskpane.html");
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (scripts/system-deps.js does it)`);
  await serveDist();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ech-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    acceptDownloads: true,
    viewport: { width: 350, height: 700 },
    locale: "en-GB",
    // Dialogs appear without animation, so screenshots show them settled.
    reducedMotion: "reduce",
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  // CSP violations surface as events; collect them so the test can assert there were none.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("heading", { name: "ECH Cost Model", level: 1 }).waitFor();
  await page.getByText("Not in Excel", { exact: true }).waitFor();
  await page.getByTestId("option-council-year").waitFor();
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

describe("the pane in Chromium, not in Excel", () => {
  test("the first screen at 350 × 700 answers at the model's default inputs: the chosen option's council cost a year and how the options differ", async () => {
    expect(page.viewportSize()).toEqual({ width: 350, height: 700 });
    const a = figures("A");
    const cost = page.getByTestId("option-council-year");
    expect(await cost.innerText()).toBe(formatPounds(a.councilYear));
    expect(await inViewport(cost)).toBe(true);
    const hours = page.getByTestId("option-hours");
    expect(await hours.innerText()).toBe(`${formatHours(a.contactHours)} contact + ${formatHours(a.nonContactHours)} non-contact`);
    expect(await inViewport(hours)).toBe(true);
    // A difference between options on the same screen: the non-contact hours bought and who carries the risk.
    const shown: Record<string, string> = {};
    for (const id of ["A", "B", "C", "D"] as const) {
      const cell = page.getByTestId(`non-contact-${id}`);
      expect(await inViewport(cell)).toBe(true);
      shown[id] = await cell.innerText();
      expect(shown[id]).toBe(formatHours(figures(id).nonContactHours));
      const risk = page.getByTestId(`risk-${id}`);
      expect(await inViewport(risk)).toBe(true);
    }
    expect(new Set(Object.values(shown)).size).toBeGreaterThan(1);
    expect(await page.getByTestId("risk-A").innerText()).toMatch(/^Provider £/);
    expect(await page.getByTestId("risk-C").innerText()).toMatch(/^Council £/);
    // E and F, and the main action, are on the first screen too; nothing needed scrolling.
    expect(await inViewport(page.getByRole("checkbox", { name: /^Add F/ }))).toBe(true);
    expect(await inViewport(page.getByRole("button", { name: MAIN_ACTION }))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await viewportScreenshot("pane-first-screen.png");
    expect(await axeViolations()).toEqual([]);
  });

  test("the page itself carries the first screen, figures loading, and the sections' code loads only when they open", async () => {
    const html = fs.readFileSync(distPath("taskpane.html"), "utf8");
    const root = html.slice(html.indexOf('<div id="root">'), html.indexOf("</main>"));
    // The option choice and a loading state, before the pane's scripts run; office.js in the head, as Microsoft requires.
    for (const id of ["A", "B", "C", "D"]) expect(root).toContain(`value="${id}"`);
    expect(root).toContain("Working out the costs…");
    expect(html.indexOf("office-js/office.js")).toBeLessThan(html.indexOf("</head>"));
    // The restore script runs while office.js downloads; nothing is painted before the whole screen is read.
    expect(html.indexOf('<script src="restore.js">')).toBeLessThan(html.indexOf('<script src="office-js/office.js">'));
    const expected = /<link rel="expect" href="#([\w-]+)" blocking="render"/.exec(html)?.[1];
    expect(html.indexOf(`id="${expected}"`)).toBeGreaterThan(html.indexOf("</main>"));
    // The pane's script runs once the page (and so the first screen) is read.
    expect(html).toMatch(/<script defer[^>]*taskpane\.js/);
    // The pane's script has replaced it.
    expect(await page.locator("[data-prerendered]").count()).toBe(0);
    const fetched = () => requests.filter((u) => u.includes("/chunks/")).map((u) => path.basename(u).replace(/\.[0-9a-f]{8}\.js$/, ""));
    for (const later of ["contract", "scenarios", "charts", "results", "inputs", "dialog"]) expect(fetched()).not.toContain(later);
    await openSection("Over the contract");
    expect(fetched()).toContain("contract");
    await page.getByRole("heading", { name: "Over the contract", level: 2 }).click();
  });

  test("ticking F shows its block and years, and the first year of every option becomes option F's", async () => {
    await page.getByRole("checkbox", { name: /^Add F/ }).check();
    const withF = compareOptions(DEFAULT_SCHEME, computeScheme(DEFAULT_SCHEME), "A", ["F"]);
    const f = withF.pumpPriming as { yearCosts: readonly number[] };
    await page.getByTestId("effect-F").waitFor();
    expect(await page.getByTestId("effect-F").innerText()).toContain(`year 1 ${formatPounds(f.yearCosts[0])}`);
    expect(await page.getByRole("columnheader", { name: "Year 1 with F" }).count()).toBe(1);
    await page.getByRole("checkbox", { name: /^Add E/ }).check();
    await page.getByTestId("effect-E").waitFor();
    await viewportScreenshot("pane-overlays.png");
    expect(await axeViolations()).toEqual([]);
    await page.getByRole("checkbox", { name: /^Add E/ }).uncheck();
    await page.getByRole("checkbox", { name: /^Add F/ }).uncheck();
  });

  test("keyboard: the option radios move with the arrow keys, and the answer follows", async () => {
    await page.getByRole("radio", { name: /^A\./ }).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: /^B\./ }).isChecked()).toBe(true);
    await until(
      () => page.getByTestId("option-hours").innerText(),
      (v) => v.endsWith(`${formatHours(figures("B").nonContactHours)} non-contact`),
    );
    expect(await page.getByTestId("announcement").innerText()).toBe(
      `Option B: council cost ${formatPounds(figures("B").councilYear)} a year for ${formatHours(figures("B").paidHours)} hours a week.`,
    );
    await page.keyboard.press("ArrowUp");
    expect(await page.getByRole("radio", { name: /^A\./ }).isChecked()).toBe(true);
  });

  test("the sources open once, behind the information button; Escape closes and focus returns", async () => {
    await page.getByRole("button", { name: "Sources" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("default-sources").waitFor();
    expect(await dialog.innerText()).toContain("“Extra Care Housing” (Tony Homer, Joint Improvement Team, May 2009)");
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await until(focusedName, (v) => v === "Sources");
  });

  test("the option's full description opens in a dialog and closes with Escape", async () => {
    await page.getByRole("button", { name: /About option A/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Advantages", exact: true }).waitFor();
    await screenshot("pane-option-details.png");
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await until(focusedName, (v) => /About option A/.test(v));
  });

  test("the cost built up line by line: each block adds up, to the chosen option's council cost and its net cost", async () => {
    await openSection("How the cost is worked out");
    const table = page.getByTestId("build-up");
    const rows = await table
      .locator("tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.children[0].textContent ?? "", tr.children[1].textContent ?? "", tr.querySelector("th")!.className]),
      );
    const money = (t: string) => Number(t.replace(/[£,]/g, ""));
    // The lines before each total add up to it, to the penny.
    let running = 0;
    const totals = ["Total staff cost", "Pay", "Total cost a year"];
    for (const [label, value] of rows) {
      if (label.startsWith("÷")) break;
      if (totals.includes(label)) {
        expect({ label, sum: Math.round(running * 100) / 100 }).toEqual({ label, sum: money(value) });
        running = money(value);
      } else running += money(value);
    }
    // Then the council's cost, less the tenants' contributions (none at the defaults), is its net cost.
    const [cost, contributions, net] = rows.slice(-3);
    expect(cost[0]).toBe("= Council's cost a year, option A");
    expect(money(cost[1])).toBeCloseTo(figures("A").councilYear, 2);
    expect(contributions[0]).toBe("− Tenants' contributions to their care");
    expect(money(contributions[1].replace("−", ""))).toBe(0);
    expect(net[0]).toBe("= Council's net cost a year, option A");
    expect(money(net[1])).toBeCloseTo(figures("A").councilYear, 2);
    await table.scrollIntoViewIfNeeded();
    await table.screenshot({ path: path.join(SCREENSHOTS, "pane-build-up.png") });
    expect(await axeViolations()).toEqual([]);
  });

  test("the Scheme: the band-mix total follows the typing and is read out politely; a wrong value says why", async () => {
    await openSection("Scheme");
    const low = page.getByRole("textbox", { name: "Low" });
    const total = page.getByTestId("band-total");
    expect(await total.getAttribute("role")).toBe("status");
    await low.fill("17");
    await until(
      () => total.innerText(),
      (v) => v === "Total 90%: 10 points short",
    );
    expect(await page.getByRole("textbox", { name: "High" }).getAttribute("aria-invalid")).toBe("true");
    await low.scrollIntoViewIfNeeded();
    await viewportScreenshot("pane-band-total.png");
    expect(await axeViolations()).toEqual([]);
    await low.fill(String(DEFAULT_SCHEME.bandShares[0] * 100));
    await until(
      () => total.innerText(),
      (v) => v === "Total 100%",
    );
    const tenants = page.getByRole("textbox", { name: "Tenants" });
    await tenants.fill("2.5");
    await page.getByText("Must be a whole number (got 2.5).").waitFor();
    expect(await page.getByRole("button", { name: MAIN_ACTION }).isDisabled()).toBe(true);
    await tenants.fill(String(DEFAULT_SCHEME.tenants));
    await page.getByTestId("option-council-year").waitFor();
  });

  test("a field focused with the keyboard is never hidden behind the pinned footer", async () => {
    const care = page.getByRole("textbox", { name: "Care" });
    await page.getByRole("textbox", { name: "Housing support" }).focus();
    await page.keyboard.press("Tab");
    expect(await care.evaluate((el) => el === document.activeElement)).toBe(true);
    const careBox = (await care.boundingBox())!;
    const footerBox = (await page.getByRole("region", { name: "Main action" }).boundingBox())!;
    expect(careBox.y + careBox.height).toBeLessThanOrEqual(footerBox.y);
  });

  test("over the contract: solve by keyboard, in pence; Use this value moves focus to the Care field with a message", async () => {
    await openSection("Over the contract");
    const contract = page.getByRole("region", { name: "Over the contract" });
    await contract.getByTestId("contract-total").waitFor();
    const p = projectContract({ option: "A" }, DEFAULT_TEMPLATE_INPUTS);
    expect(await text("contract-npv")).toBe(formatPounds(p.npv));
    const bars = await contract
      .getByTestId("tornado")
      .locator("[data-bar]")
      .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-bar")));
    expect(bars).toEqual(sensitivity({ option: "A" }, DEFAULT_TEMPLATE_INPUTS).ranked.npv);
    const solve = contract.getByTestId("solve");
    await solve.getByRole("combobox", { name: "Result" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.type("1000000");
    await page.keyboard.press("Tab");
    await solve.getByRole("combobox", { name: "Input to change" }).selectOption("careRate");
    await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("Solve");
    await page.keyboard.press("Enter");
    const solved = solveFor({ option: "A" }, DEFAULT_TEMPLATE_INPUTS, "councilYear", 1000000, "careRate");
    expect(Math.round(solved.value * 100) / 100).toBe(solved.value);
    await solve.getByTestId("solve-answer").waitFor();
    expect(await solve.getByTestId("solve-answer").innerText()).toContain(`Hourly pay of care: ${formatPence(solved.value)} an hour gives`);
    await contract.screenshot({ path: path.join(SCREENSHOTS, "pane-contract.png") });
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("Use this value");
    await page.keyboard.press("Enter");
    const care = page.getByRole("textbox", { name: "Care" });
    await until(
      () => care.evaluate((el) => el === document.activeElement),
      (v) => v,
    );
    expect(await care.inputValue()).toBe(String(solved.value));
    expect(await inViewport(care)).toBe(true);
    expect(await page.getByTestId("changed-message").innerText()).toBe(
      `Solve set "Hourly pay of care" to ${formatPence(solved.value)} an hour. The Scheme fields below changed.`,
    );
    await care.fill(String(DEFAULT_SCHEME.hourlyRates.care));
    await until(
      () => text("option-council-year"),
      (v) => v === formatPounds(figures("A").councilYear),
    );
  });

  test("scenarios by keyboard: save, a long name refused, use, delete and undo; a screenshot", async () => {
    await openSection("Scenarios");
    const tenants = page.getByRole("textbox", { name: "Tenants" });
    await tenants.fill("40");
    const section = page.getByRole("region", { name: "Scenarios" });
    const name = section.getByRole("textbox", { name: /^Scenario name/ });
    await name.fill("Forty tenants and some more");
    await section.getByRole("button", { name: "Save current inputs" }).click();
    await section.getByText(/takes at most 20 characters; this one has 27/).waitFor();
    await name.fill("");
    await name.focus();
    await page.keyboard.type("Forty tenants");
    await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("Save current inputs");
    await page.keyboard.press("Enter");
    await tenants.fill(String(DEFAULT_SCHEME.tenants));
    const choice = { option: "A" as const, pumpPriming: false };
    const forty = scenarioHeadlines(
      choice,
      DEFAULT_TEMPLATE_INPUTS,
      scenarioBetween(choice, DEFAULT_TEMPLATE_INPUTS, { ...DEFAULT_TEMPLATE_INPUTS, tenants: 40 }),
    );
    const row = section.getByTestId("scenario-table").getByRole("row", { name: /^Forty tenants/ });
    await until(
      () => row.innerText(),
      (v) => v.includes(formatPence(forty.unitCost)) && v.includes(formatPounds(forty.councilYear)) && v.includes(formatPounds(forty.npv)),
    );
    await section.screenshot({ path: path.join(SCREENSHOTS, "pane-scenarios.png") });
    expect(await axeViolations()).toEqual([]);
    await section.getByRole("button", { name: "Use scenario Forty tenants" }).focus();
    await page.keyboard.press("Enter");
    await until(
      () => tenants.evaluate((el) => el === document.activeElement),
      (v) => v,
    );
    expect(await tenants.inputValue()).toBe("40");
    await section.getByRole("button", { name: "Delete scenario Forty tenants" }).focus();
    await page.keyboard.press("Enter");
    await until(focusedName, (v) => v === "Undo");
    await page.keyboard.press("Enter");
    await row.waitFor();
    await section.getByRole("button", { name: "Delete scenario Forty tenants" }).click();
    await tenants.fill(String(DEFAULT_SCHEME.tenants));
  });

  test("Download writes the chosen template; the footer stays one line, and its message goes when the inputs change", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("radio", { name: /^C\./ }).check();
    const footer = page.getByRole("region", { name: "Main action" });
    const height = (await footer.boundingBox())!.height;
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: MAIN_ACTION }).click()]);
    expect(download.suggestedFilename()).toBe("ECH option C.xlsx");
    const file = path.join(userDataDir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByTestId("outcome").getByText("Downloaded").waitFor();
    expect((await footer.boundingBox())!.height).toBe(height);
    expect(height).toBeLessThanOrEqual(50);
    await viewportScreenshot("pane-downloaded.png");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const tenants = book.definedNames.getRanges("ECH_Tenants").ranges;
    const [sheetName, address] = tenants[0].split("!");
    const cell = book.getWorksheet(sheetName.replace(/^'|'$/g, "").replace(/''/g, "'"))!.getCell(address.replace(/\$/g, ""));
    expect(cell.value).toBe(DEFAULT_SCHEME.tenants);
    // Another option on screen: "Downloaded" no longer describes it.
    await page.getByRole("radio", { name: /^A\./ }).check();
    await until(
      () => page.getByTestId("outcome").count(),
      (n) => n === 0,
    );
  });

  test("works at 320 px wide: no sideways scrolling, the footer one line", async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await inViewport(page.getByRole("button", { name: MAIN_ACTION }))).toBe(true);
    expect((await page.getByRole("region", { name: "Main action" }).boundingBox())!.height).toBeLessThanOrEqual(50);
    await screenshot("pane-320px.png");
    await page.setViewportSize({ width: 350, height: 700 });
  });

  test("inside Excel (office.js stood in for), an Office error is shown in plain words and the spinner stops", async () => {
    const excelPage = await context.newPage();
    await excelPage.route(`${origin}/office-js/office.js`, (route) =>
      route.fulfill({ contentType: "text/javascript", body: FAKE_EXCEL_OFFICE_JS }),
    );
    await excelPage.setViewportSize({ width: 350, height: 700 });
    await excelPage.goto(`${origin}/taskpane.html`);
    await excelPage.getByText("In Excel").waitFor();
    await excelPage.getByTestId("option-council-year").waitFor();
    await excelPage.getByRole("button", { name: /^Add option A/ }).click();
    const outcome = excelPage.getByTestId("outcome");
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/protected/);
    expect(await outcome.textContent()).toMatch(/Unprotect it/);
    expect(await excelPage.getByRole("progressbar").count()).toBe(0);
    expect(await excelPage.getByRole("button", { name: /^Add option A/ }).isEnabled()).toBe(true);
    await outcome.getByRole("button").click();
    await excelPage.getByRole("dialog").getByTestId("outcome-details").waitFor();
    await excelPage.screenshot({ path: path.join(SCREENSHOTS, "pane-excel-error.png") });
    expect(await axeViolations(excelPage)).toEqual([]);
    await excelPage.close();
  });

  test("an option chosen on the first screen before the pane's script has run is kept", async () => {
    const slowPage = await context.newPage();
    // At the default inputs, whatever the other pages saved (this page comes after them).
    await slowPage.addInitScript(() => localStorage.clear());
    // The pane's script held back, as on a slow laptop: the prerendered screen is all there is.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await slowPage.route(`${origin}/taskpane.js`, async (route) => {
      await held;
      await route.continue();
    });
    await slowPage.setViewportSize({ width: 350, height: 700 });
    await slowPage.goto(`${origin}/taskpane.html`, { waitUntil: "commit" });
    await slowPage.locator("[data-prerendered]").waitFor();
    await slowPage.getByRole("radio", { name: /^C\./ }).check();
    release();
    await slowPage.locator("[data-prerendered]").waitFor({ state: "detached" });
    await slowPage.getByTestId("option-council-year").waitFor();
    expect(await slowPage.getByRole("heading", { level: 2, name: /^Option C:/ }).count()).toBe(1);
    expect(await slowPage.getByRole("radio", { name: /^C\./ }).isChecked()).toBe(true);
    expect(await slowPage.getByRole("radio", { name: /^C\./ }).evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await slowPage.getByTestId("option-council-year").innerText()).toBe(formatPounds(figures("C").councilYear));
    await slowPage.close();
  });

  test("a returning user's saved option and additions are on the first screen before the pane's script has run, and stay", async () => {
    const slowPage = await context.newPage();
    await slowPage.addInitScript(() =>
      localStorage.setItem("@ech-cost-model/pane", JSON.stringify({ choice: { option: "C", overlays: ["F"] } })),
    );
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await slowPage.route(`${origin}/taskpane.js`, async (route) => {
      await held;
      await route.continue();
    });
    // Every heading the page has painted, from its first frame: option A's must never be one.
    await slowPage.addInitScript(() => {
      const w = window as unknown as { __headings: string[] };
      w.__headings = [];
      const look = () => {
        const h = document.querySelector('[data-testid="answer"] h2')?.textContent;
        if (h && w.__headings[w.__headings.length - 1] !== h) w.__headings.push(h);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await slowPage.setViewportSize({ width: 350, height: 700 });
    await slowPage.goto(`${origin}/taskpane.html`, { waitUntil: "commit" });
    const shell = slowPage.locator("[data-prerendered]");
    await shell.waitFor();
    // The whole screen read: the page's next element is there (its load waits for the held script).
    await slowPage.locator("#root + noscript").waitFor({ state: "attached" });
    expect(await shell.getByRole("radio", { name: /^C\./ }).isChecked()).toBe(true);
    expect(await shell.getByRole("heading", { level: 2, name: /^Option / }).innerText()).toBe(`Option C: ${optionContent("C").title}`);
    expect(await shell.getByRole("button", { name: "Download option C" }).count()).toBe(1);
    expect(await shell.getByRole("button", { name: /^About option C:/ }).count()).toBe(1);
    expect(await shell.locator('tbody[data-option="C"] > tr').first().getAttribute("class")).toBeTruthy();
    expect(await shell.locator('tbody[data-option="A"] > tr').first().getAttribute("class")).toBeNull();
    // F, saved as added, is ticked on the same screen; E was not saved and is not.
    expect(await shell.getByRole("checkbox", { name: /^Add F/ }).isChecked()).toBe(true);
    expect(await shell.getByRole("checkbox", { name: /^Add E/ }).isChecked()).toBe(false);
    release();
    await shell.waitFor({ state: "detached" });
    await slowPage.getByTestId("option-council-year").waitFor();
    // The pane's script keeps the saved choice whole, F included.
    expect(await slowPage.getByRole("radio", { name: /^C\./ }).isChecked()).toBe(true);
    expect(await slowPage.getByRole("checkbox", { name: /^Add F/ }).isChecked()).toBe(true);
    expect(await slowPage.evaluate(() => (window as unknown as { __headings: string[] }).__headings)).toEqual([
      `Option C: ${optionContent("C").title}`,
    ]);
    await slowPage.close();
  });

  test("made no request outside its own origin, broke no CSP rule and logged no error", async () => {
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(outside).toEqual([]);
    expect(requests).toContain(`${origin}/office-js/office.js`);
    const blocked = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(blocked.filter((v) => v !== OFFICE_TELEMETRY_FRAME)).toEqual([]);
    expect(problems.filter((p) => !p.includes("telemetryservice.firstpartyapps.oaspapps.com"))).toEqual([]);
  });
});
