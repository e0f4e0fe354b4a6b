/**
 * End-to-end: the production build of the pane in Debian's Chromium (never a downloaded browser),
 * served from dist/ on a loopback port, not in Excel (the pane offers the download): choose an
 * option, change an input, watch the live result change, see the chosen option's council cost and the A–D chart, the
 * band-mix total as you type, the contract section (projection, tornado, solve for a target by
 * keyboard), the main action pinned to the bottom while scrolling, download the
 * .xlsx and read it back with ExcelJS. Also: no request leaves the page's origin, no CSP violation,
 * no serious axe finding (colour contrast included), and 320 px works. Screenshots go to
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
import { projectContract } from "../../src/decisions/projection";
import { sensitivity } from "../../src/decisions/sensitivity";
import { solveFor } from "../../src/decisions/solve";
import { scenarioBetween, scenarioHeadlines } from "../../src/decisions/scenarios";
import { DEFAULT_TEMPLATE_INPUTS } from "../../src/templates";
import { formatPence, formatPounds } from "../../src/taskpane/format";

jest.setTimeout(180_000);

const CHROMIUM = "/usr/bin/chromium";
const OFFICE_TELEMETRY_FRAME = "frame-src https://telemetryservice.firstpartyapps.oaspapps.com";
const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");
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

const MAIN_ACTION = "Download the workbook";

/** Whether the element's whole box is inside the window. */
async function inViewport(locator: ReturnType<Page["locator"]>): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}

const text = (testId: string) => page.getByTestId(testId).innerText();

async function seriousAxeViolations(): Promise<string[]> {
  // Fluent's focus manager (Tabster) keeps aria-hidden sentinels beside the last focused control;
  // they pass focus straight on and are never read. Everything else is checked.
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

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
    viewport: { width: 360, height: 800 },
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
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

describe("the pane in Chromium, not in Excel", () => {
  test("first screen: the default scheme's figures, option A's council cost, the A–D chart, and a screenshot", async () => {
    expect(await text("unit-cost")).toBe("£13.66");
    expect(await text("total-staff-cost")).toBe("£555,415.80");
    expect(await page.getByRole("heading", { name: "Option A: Spot-purchasing" }).count()).toBe(1);
    expect(await text("option-council-week")).toBe("£10,681.07");
    expect(await text("option-council-year")).toBe("£555,415.80");
    expect(await text("option-block-hours")).toBe("0");
    expect(await text("option-spot-hours")).toBe("782");
    expect(await text("option-gap")).toBe("0");
    expect(await text("band-total")).toBe("Total 100%");
    const chart = page.getByRole("img", { name: /^Council cost a year, options A–D/ });
    await chart.waitFor();
    expect(await chart.locator("[data-bar]").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-bar")))).toEqual([
      "Option A (chosen)",
      "Option B",
      "Option C",
      "Option D",
    ]);
    await page.locator("figure svg").nth(2).waitFor();
    await screenshot("pane-download-mode.png");
  });

  test("the main action stays in view while scrolling, top to bottom", async () => {
    const button = page.getByRole("button", { name: MAIN_ACTION });
    for (const y of [0, 600, 1200, 100000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
      expect({ y, visible: await inViewport(button) }).toEqual({ y, visible: true });
    }
    // Part-way down, on the chosen option's figures: the pinned footer is at the bottom of the window.
    await page.getByRole("heading", { name: "3. Results" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(50);
    await viewportScreenshot("pane-option-results.png");
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  test("a field focused with the keyboard is never hidden behind the pinned footer", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const care = page.getByRole("textbox", { name: "Care" });
    await page.getByRole("textbox", { name: "Housing support" }).focus();
    await page.keyboard.press("Tab");
    expect(await care.evaluate((el) => el === document.activeElement)).toBe(true);
    const careBox = (await care.boundingBox())!;
    const footerBox = (await page.getByRole("region", { name: "Main action" }).boundingBox())!;
    expect(careBox.y + careBox.height).toBeLessThanOrEqual(footerBox.y);
  });

  test("the band-mix total follows the typing and is read out politely", async () => {
    const low = page.getByRole("textbox", { name: "Low" });
    const total = page.getByTestId("band-total");
    expect(await total.getAttribute("role")).toBe("status");
    await low.fill("17");
    await until(
      () => total.innerText(),
      (v) => v === "Total 90%: 10 points short",
    );
    await low.fill("32");
    await until(
      () => total.innerText(),
      (v) => v === "Total 105%: 5 points over",
    );
    expect(await page.getByRole("textbox", { name: "High" }).getAttribute("aria-invalid")).toBe("true");
    await low.scrollIntoViewIfNeeded();
    await screenshot("pane-band-total.png");
    await low.fill("27");
    await until(
      () => total.innerText(),
      (v) => v === "Total 100%",
    );
    await page.getByTestId("option-council-year").waitFor();
  });

  test("option B: the same £555,415.80 a year, with a 175-hour core block", async () => {
    await page.getByRole("radio", { name: /^B\./ }).check();
    await until(
      () => text("option-block-hours"),
      (v) => v === "175",
    );
    expect(await text("option-spot-hours")).toBe("607");
    expect(await text("option-council-year")).toBe("£555,415.80");
    // The comparison table opens from the keyboard (Enter on its summary) and has the same figures.
    const summary = page.getByText("Show the comparison as a table");
    await summary.focus();
    await page.keyboard.press("Enter");
    const table = page.getByRole("table", { name: "Council cost by option" });
    await table.waitFor();
    expect(await table.getByRole("row").allInnerTexts()).toEqual([
      "Option\tA week\tA year\tGap, hours a week",
      "A. Spot-purchasing\t£10,681.07\t£555,415.80\t0",
      "B. Core and add-on (chosen)\t£10,681.07\t£555,415.80\t0",
      "C. Block contract with freedom of choice\t£10,681.07\t£555,415.80\t0",
      "D. Block contract, choice made at entry\t£10,681.07\t£555,415.80\t0",
    ]);
    await page.keyboard.press("Enter");
    await table.waitFor({ state: "hidden" });
  });

  test("unselected option titles have enough contrast (axe colour-contrast on the option picker)", async () => {
    const results = await new AxeBuilder({ page }).include('[role="radiogroup"]').withRules(["color-contrast"]).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);
    // axe really looked at the labels (none skipped as unknown).
    expect(results.passes.flatMap((p) => p.nodes).length).toBeGreaterThanOrEqual(8);
    expect(results.incomplete.flatMap((p) => p.nodes)).toEqual([]);
    // And the unselected titles are drawn in the full text colour, not Fluent's grey for unchecked radios.
    const colours = await page
      .locator('[role="radiogroup"] label > span > span:first-child')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).color));
    expect(new Set(colours).size).toBe(1);
  });

  test("choose an option and an overlay, change an input: the results follow as you type", async () => {
    await page.getByRole("radio", { name: /^C\./ }).check();
    await page.getByRole("checkbox", { name: /^F\./ }).check();
    const before = await text("total-staff-cost");
    const tenants = page.getByRole("textbox", { name: "Tenants" });
    await tenants.fill("50");
    await until(
      () => text("total-staff-cost"),
      (v) => v !== before,
    );
    expect(await text("cost-per-person")).toMatch(/^£\d+\.\d\d$/);

    // An invalid value gets the model's message next to the field, and results wait for a fix.
    await tenants.fill("2.5");
    await until(
      () => tenants.getAttribute("aria-invalid"),
      (v) => v === "true",
    );
    await page.getByText("Must be a whole number (got 2.5).").waitFor();
    await screenshot("pane-validation.png");
    await tenants.fill("50");
    await page.getByTestId("unit-cost").waitFor();
  });

  test("the option's full description opens in a dialog and closes with Escape", async () => {
    await page.getByRole("button", { name: /About option C/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Advantages", exact: true }).waitFor();
    await dialog.getByRole("heading", { name: "Disadvantages", exact: true }).waitFor();
    await screenshot("pane-option-details.png");
    expect(await seriousAxeViolations()).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // Focus returns to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/About option C/);
  });

  test("Download the workbook writes the chosen template with the inputs on screen", async () => {
    await page.getByRole("radio", { name: /^C\./ }).check();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: MAIN_ACTION }).click()]);
    expect(download.suggestedFilename()).toBe("ECH option C+F.xlsx");
    const file = path.join(userDataDir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByTestId("outcome").getByText("Downloaded").waitFor();
    await expect(page.getByRole("progressbar").count()).resolves.toBe(0);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.length).toBeGreaterThan(1);
    const tenants = book.definedNames.getRanges("ECH_Tenants").ranges;
    expect(tenants).toHaveLength(1);
    const [sheetName, address] = tenants[0].split("!");
    const cell = book.getWorksheet(sheetName.replace(/^'|'$/g, "").replace(/''/g, "'"))!.getCell(address.replace(/\$/g, ""));
    expect(cell.value).toBe(50);
    const titles = book.worksheets.map((w) => w.name).join(" | ");
    expect(titles).toMatch(/C/);
    expect(titles).toMatch(/F/);
    await screenshot("pane-downloaded.png");
  });

  test("keyboard only: the option radios move with the arrow keys", async () => {
    await page.getByRole("radio", { name: /^C\./ }).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: /^D\./ }).isChecked()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe("D");
  });

  test("keyboard only: Tab visits the controls in reading order and Enter downloads", async () => {
    await page.getByRole("radio", { name: /^B\./ }).check();
    await page.getByRole("checkbox", { name: /^F\./ }).check();
    // Clicking the title puts the keyboard's starting point at the top of the pane.
    await page.getByRole("heading", { name: "ECH Cost Model", level: 1 }).click();
    const visited: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return "";
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return `${el.tagName.toLowerCase()}:${(label ?? el.getAttribute("value") ?? el.textContent ?? "").trim().slice(0, 24)}`;
      });
      visited.push(name);
      if (name === `button:${MAIN_ACTION}`) break;
    }
    const at = (prefix: string) => visited.findIndex((v) => v.startsWith(prefix));
    const order = [
      "input:B.",
      "button:About option B",
      "input:E.",
      "input:F.",
      "input:Scheme name",
      "input:Tenants",
      "input:Low",
      "input:Medium",
      "input:High",
      "input:Housing support",
      "input:Care",
      "summary:Show the comparison",
      "button:Download the workbook",
    ];
    expect({ missing: order.filter((o) => at(o) < 0), visited }).toEqual({ missing: [], visited });
    expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/^ECH option B(\+E)?\+F\.xlsx$/);
  });

  test("over the contract: the projection and tornado are the model's, and solve for a target works by keyboard; a screenshot", async () => {
    await page.getByRole("radio", { name: /^A\./ }).check();
    await page.getByRole("checkbox", { name: /^F\./ }).uncheck();
    await page.getByRole("textbox", { name: "Tenants" }).fill("35");
    const contract = page.getByRole("region", { name: "4. Over the contract" });
    const p = projectContract({ option: "A" }, DEFAULT_TEMPLATE_INPUTS);
    await until(
      () => text("contract-total"),
      (v) => v === "£2,777,079",
    );
    expect(await text("contract-npv")).toBe(formatPounds(p.npv));
    expect(formatPounds(p.npv)).toBe("£2,595,502");
    const bars = await contract
      .getByTestId("tornado")
      .locator("[data-bar]")
      .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-bar")));
    expect(bars).toEqual(sensitivity({ option: "A" }, DEFAULT_TEMPLATE_INPUTS).ranked.npv);

    // Solve: the council's cost a year of £600,000 by the hourly cost of care, by keyboard.
    const solve = contract.getByTestId("solve");
    await solve.getByRole("combobox", { name: "Result" }).focus();
    expect(await solve.getByRole("combobox", { name: "Result" }).inputValue()).toBe("councilYear");
    await page.keyboard.press("Tab");
    await page.keyboard.type("600000");
    await page.keyboard.press("Tab");
    await solve.getByRole("combobox", { name: "Input to change" }).selectOption("careRate");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Solve");
    await page.keyboard.press("Enter");
    const solved = solveFor({ option: "A" }, DEFAULT_TEMPLATE_INPUTS, "councilYear", 600000, "careRate");
    expect(await solve.getByTestId("solve-answer").innerText()).toBe(
      `Hourly pay of care: ${formatPence(solved.value)} an hour gives a council's cost a year of £600,000.`,
    );
    await contract.screenshot({ path: path.join(SCREENSHOTS, "pane-contract.png") });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Use this value");
    const care = page.getByRole("textbox", { name: "Care" });
    const careBefore = await care.inputValue();
    await page.keyboard.press("Enter");
    await until(
      () => text("option-council-year"),
      (v) => v === "£600,000.00",
    );
    expect(Number(await care.inputValue())).toBeCloseTo(solved.value, 9);
    await care.fill(careBefore);
    await until(
      () => text("option-council-year"),
      (v) => v === "£555,415.80",
    );
  });

  test("scenarios by keyboard: save 40 tenants under a name, compare it with the model's figures, use it, delete it; a screenshot", async () => {
    await page.getByRole("radio", { name: /^A\./ }).check();
    await page.getByRole("checkbox", { name: /^F\./ }).uncheck();
    const tenants = page.getByRole("textbox", { name: "Tenants" });
    await tenants.fill("40");
    const section = page.getByRole("region", { name: "Scenarios" });
    await section.getByRole("textbox", { name: "Scenario name" }).focus();
    await page.keyboard.type("Forty tenants");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Save current inputs as a scenario");
    await page.keyboard.press("Enter");
    await tenants.fill("35");
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
    await section.getByRole("button", { name: "Use scenario Forty tenants" }).focus();
    await page.keyboard.press("Enter");
    await until(
      () => tenants.inputValue(),
      (v) => v === "40",
    );
    await section.getByRole("button", { name: "Delete scenario Forty tenants" }).focus();
    await page.keyboard.press("Enter");
    await until(
      () => section.getByRole("row", { name: /^Forty tenants/ }).count(),
      (n) => n === 0,
    );
    await tenants.fill("35");
  });

  test("no serious or critical accessibility violations (axe-core)", async () => {
    expect(await seriousAxeViolations()).toEqual([]);
  });

  test("works at 320 px wide: no sideways scrolling", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: MAIN_ACTION }).waitFor();
    expect(await inViewport(page.getByRole("button", { name: MAIN_ACTION }))).toBe(true);
    await screenshot("pane-320px.png");
  });

  test("inside Excel (office.js stood in for), an Office error is shown in plain words and the spinner stops", async () => {
    const excelPage = await context.newPage();
    // A stand-in office.js: Excel on the web whose workbook is protected. Served from the same
    // origin, so the page's CSP and the origin check still apply.
    await excelPage.route(`${origin}/office-js/office.js`, (route) =>
      route.fulfill({ contentType: "text/javascript", body: FAKE_EXCEL_OFFICE_JS }),
    );
    await excelPage.setViewportSize({ width: 360, height: 800 });
    await excelPage.goto(`${origin}/taskpane.html`);
    await excelPage.getByText("In Excel").waitFor();
    await excelPage.getByRole("button", { name: "Generate into this workbook" }).click();
    const outcome = excelPage.getByTestId("outcome");
    await outcome
      .getByText(/protected/)
      .first()
      .waitFor();
    expect(await outcome.innerText()).toMatch(/Unprotect it/);
    expect(await excelPage.getByRole("progressbar").count()).toBe(0);
    expect(await excelPage.getByRole("button", { name: "Generate into this workbook" }).isEnabled()).toBe(true);
    // The actions section and the footer with the message are what differ inside Excel: photograph
    // the bottom of the pane, where the footer sits at its place after the section.
    const atBottom = () =>
      excelPage.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
      });
    await until(atBottom, (v) => v);
    await excelPage.waitForTimeout(200);
    await until(atBottom, (v) => v);
    const section = (await excelPage.locator('section[aria-labelledby="h-actions"]').boundingBox())!;
    const footer = (await excelPage.getByRole("region", { name: "Main action" }).boundingBox())!;
    expect(section.y + section.height).toBeLessThanOrEqual(footer.y);
    await excelPage.screenshot({ path: path.join(SCREENSHOTS, "pane-excel-error.png") });
    await excelPage.close();
  });

  test("made no request outside its own origin, broke no CSP rule and logged no error", async () => {
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(outside).toEqual([]);
    expect(requests).toContain(`${origin}/office-js/office.js`);
    // office.js tries to open its telemetry frame; the pane's CSP blocks it, which is the point.
    const blocked = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(blocked.filter((v) => v !== OFFICE_TELEMETRY_FRAME)).toEqual([]);
    expect(problems.filter((p) => !p.includes("telemetryservice.firstpartyapps.oaspapps.com"))).toEqual([]);
  });
});
