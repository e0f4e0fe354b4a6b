import { buildTemplate } from "../../src/templates";
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import { fileName, main } from "../../src/cli/main";
import { tempDir } from "../support/engines";

jest.setTimeout(60_000);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const tmp = tempDir("ech-cli-");
afterAll(() => tmp.cleanup());
let n = 0;
const fresh = () => path.join(tmp.dir, `case-${++n}`);
const json = (content: string) => {
  const f = path.join(tmp.dir, `inputs-${++n}.json`);
  writeFileSync(f, content);
  return f;
};

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Where the layout puts a row's first cell in option `option`'s template. */
function cellOf(option: "B", rowId: string): string {
  return buildTemplate({ option, overlays: [] }).rows![rowId].range.split(":")[0];
}

describe("ech-templates", () => {
  test("writes one workbook per option, A to D by default", async () => {
    const out = fresh();
    const r = await run(["--out", out]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(readdirSync(out).sort()).toEqual(["A", "B", "C", "D"].map((o) => `ECH-Option-${o}.xlsx`));
  });

  test("--option, --with and --scheme", async () => {
    const out = fresh();
    const r = await run(["--out", out, "--option", "b", "--with", "F,E", "--scheme", "Riverside Court"]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(["ECH-Option-B+E+F-Riverside-Court.xlsx"]);
    const wb = await open(path.join(out, readdirSync(out)[0]));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Inputs",
      "Staffing",
      "Hours needed",
      "Tenant budget",
      "Option B",
      "Option E",
      "Option F",
      "Projection",
      "Sensitivity",
      "Scenarios",
      "Residential care",
      "Assessment",
      "Model workings",
      "Sources and assumptions",
    ]);
    expect(wb.getWorksheet("Inputs")!.getCell(cellOf("B", "schemeName")).value).toBe("Riverside Court");
  });

  test("--inputs prefills the pink cells; the rest keep the defaults (seed 002's scheme, the 2026-27 examples)", async () => {
    const out = fresh();
    const file = json(JSON.stringify({ tenants: 40, hourlyRates: { care: 12.5 }, options: { B: { dayHours: 120, spotPrice: 14 } } }));
    expect((await run(["--out", out, "--option", "B", "--inputs", file])).code).toBe(0);
    const wb = await open(path.join(out, "ECH-Option-B.xlsx"));
    const inputs = wb.getWorksheet("Inputs")!;
    expect(["tenants", "supportRate", "careRate"].map((id) => inputs.getCell(cellOf("B", id)).value)).toEqual([40, 12.71, 12.5]);
    expect(["B.dayHours", "B.spotPrice"].map((id) => wb.getWorksheet("Option B")!.getCell(cellOf("B", id)).value)).toEqual([120, 14]);
  });

  test.each([
    ["bad JSON", "{ tenants: 35 ", /not valid JSON/],
    ["an unknown key", '{"tennants": 35}', /"tennants": is not a known input/],
    ["an unknown nested key", '{"options": {"B": {"coreHours": 1}}}', /"options\.B\.coreHours": is not a known input/],
    ["a wrong type", '{"tenants": "35"}', /"tenants": must be a number/],
    ["a wrong length", '{"bandHours": [7, 18]}', /"bandHours": must be a list of 3 numbers/],
    ["shares not adding up", '{"bandShares": [0.3, 0.46, 0.27]}', /"bandShares": the shares must add up to 100%/],
    [
      "an option value the model rejects",
      '{"options": {"C": {"targetHours": 200}}}',
      /"options\.C\.targetHours": must be at least the minimum block/,
    ],
  ])("%s: clear message, exit 1, no files", async (_what, content, message) => {
    const out = fresh();
    const r = await run(["--out", out, "--inputs", json(content)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/^ech-templates: /);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  test.each([
    [["--inputs", "/nonexistent/inputs.json"], /Cannot read the inputs file \/nonexistent\/inputs\.json: ENOENT/],
    [["--option", "Z"], /Unknown option "Z": choose from A, B, C, D/],
    [["--with", "G"], /Unknown overlay "G": choose from E, F/],
    [["--frobnicate"], /Unknown option '--frobnicate'/],
  ])("usage error %j", async (args, message) => {
    const out = fresh();
    const r = await run(["--out", out, ...args]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/--help/);
    expect(existsSync(out)).toBe(false);
  });

  test("--out is required; --help prints usage", async () => {
    expect((await run([])).err).toMatch(/--out DIR is required/);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: ech-templates --out DIR/);
  });

  test("a write that fails midway removes what it wrote", async () => {
    const out = fresh();
    mkdirSync(path.join(out, "ECH-Option-C.xlsx"), { recursive: true }); // a folder in the way of the third file
    const r = await run(["--out", out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual(["ECH-Option-C.xlsx"]);
  });

  test("file names keep only safe characters", () => {
    expect(fileName("C+E", 'St Ann\'s / "Court": 2')).toBe("ECH-Option-C+E-St-Anns-Court-2.xlsx");
  });
});

describe("bin/ech-templates.js after npm run build:cli", () => {
  const root = path.resolve(__dirname, "../..");
  beforeAll(() => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
  });

  test("writes A–D with E and F from a real process", () => {
    const out = fresh();
    // How fast is measured by `npm run bench` (bench/generator.ts), not here.
    const r = spawnSync(process.execPath, [path.join(root, "bin/ech-templates.js"), "--out", out, "--with", "E,F"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["A", "B", "C", "D"].map((o) => `ECH-Option-${o}+E+F.xlsx`));
  });

  test("a bad inputs file exits 1 with the message on stderr", () => {
    const out = fresh();
    const r = spawnSync(process.execPath, [path.join(root, "bin/ech-templates.js"), "--out", out, "--inputs", json('{"tenants": -1}')], {
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/"tenants"/);
    expect(existsSync(out)).toBe(false);
  });
});
