/** The generated .xlsx files recalculated by LibreOffice Calc (headless) give the same numbers. */
import { recalcLibreOffice, tempDir, type Results } from "../support/engines";
import { CHOICES } from "../support/choices";
import {
  expectEnglish2026,
  expectSameAsHyperFormula,
  expectSameNumbers,
  expectWorked2026,
  named,
  writeTemplates,
  writeWorked2026,
  type Written,
} from "./compare";
import { ENGLISH_2026_JSON } from "../support/worked";
import ExcelJS from "exceljs";
import { computeScheme, PUBLISHED_SCHEME, pennies } from "../../src/model";

jest.setTimeout(180_000);

describe("LibreOffice Calc recalculates every template to the same numbers, with no error cell", () => {
  const tmp = tempDir("ech-lo-");
  let written: Written[];
  let results: Results[];
  beforeAll(async () => {
    written = await writeTemplates(tmp.dir);
    results = recalcLibreOffice(
      written.map((w) => w.file),
      tmp.dir,
      written.map((w) => w.placed),
    );
  });
  afterAll(() => tmp.cleanup());

  test.each(CHOICES.map((c, i) => ({ ...c, i })))("option $option with $overlays", ({ i }) => {
    expectSameAsHyperFormula(written[i].placed, results[i]);
  });
});

describe("LibreOffice Calc recalculates the worked 2026-27 example (docs/price-base.md) to the penny", () => {
  const tmp = tempDir("ech-lo-2026-");
  afterAll(() => tmp.cleanup());
  test("option A at 2026-27 prices", async () => {
    const w = await writeWorked2026(tmp.dir);
    const [results] = recalcLibreOffice([w.file], tmp.dir, [w.placed]);
    expectWorked2026(w.placed, results);
  });

  test("the English budget on its Tenant budget sheet: £128.90 contribution, £77.00 left a week", async () => {
    const w = await writeWorked2026(tmp.dir, ENGLISH_2026_JSON, "english-2026-27");
    const [results] = recalcLibreOffice([w.file], tmp.dir, [w.placed]);
    expectEnglish2026(w.placed, results);
  });
});

describe("LibreOffice Calc: the workbook with no inputs is a complete 2026-27 costing; the published model keeps its figures", () => {
  const tmp = tempDir("ech-lo-default-");
  afterAll(() => tmp.cleanup());
  test("option A: £944,682.94 a year, £23.23 an hour, every check OK; under 2009 (published model), £555,415.80 and £13.66", async () => {
    const today = await writeWorked2026(tmp.dir, {}, "default-2026-27");
    const published = await writeWorked2026(tmp.dir, { priceBase: "2009 (published model)" }, "published-2009");
    const [t, p] = recalcLibreOffice([today.file, published.file], tmp.dir, [today.placed, published.placed]);
    expectSameNumbers(today.placed, t);
    expectSameAsHyperFormula(published.placed, p);
    const money = (w: Written, r: Results, name: string) => named(w.placed, r, name).map((v) => pennies(v as number));
    expect(named(today.placed, t, "ECH_PriceBase")).toEqual(["2026-27"]);
    expect(named(today.placed, t, "ECH_InputCheck")).toEqual(["OK"]);
    expect(named(today.placed, t, "ECH_PayWarning")).toEqual(["OK"]);
    expect(money(today, t, "ECH_TotalCost")).toEqual([944682.94]);
    expect(money(today, t, "ECH_UnitCostPerHour")).toEqual([23.23]);
    expect(named(published.placed, p, "ECH_PriceBase")).toEqual(["2009 (published model)"]);
    expect(money(published, p, "ECH_TotalCost")).toEqual([555415.8]);
    expect(money(published, p, "ECH_UnitCostPerHour")).toEqual([13.66]);
  });
});

describe("LibreOffice Calc calculates the formulas, not only shows the results stored with them", () => {
  const tmp = tempDir("ech-lo-recalc-");
  afterAll(() => tmp.cleanup());
  test("tenants changed to 40 in the file (its stored results left at 35's): the cost is the 40-tenant scheme's", async () => {
    const [w] = await writeTemplates(tmp.dir, [{ option: "A", overlays: [] }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(w.file);
    const tenants = w.placed.names.find((n) => n.name === "ECH_Tenants")!;
    const sheet = w.placed.sheets.find((s) => s.id === tenants.sheet)!;
    book.getWorksheet(sheet.name)!.getCell(tenants.range.replace(/\$/g, "")).value = 40;
    await book.xlsx.writeFile(w.file);
    const [results] = recalcLibreOffice([w.file], tmp.dir, [w.placed]);
    const cost = w.placed.names.find((n) => n.name === "ECH_CouncilAnnualCost")!;
    const want = computeScheme({ ...PUBLISHED_SCHEME, tenants: 40 }).staff.total;
    expect(want).not.toBeCloseTo(555415.8, 2);
    expect(pennies(results(cost.sheet, cost.range.replace(/\$/g, "")) as number)).toBe(pennies(want));
  });
});
