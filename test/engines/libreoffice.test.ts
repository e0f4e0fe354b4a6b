/** The generated .xlsx files recalculated by LibreOffice Calc (headless) give the same numbers. */
import { recalcLibreOffice, tempDir, type Results } from "../support/engines";
import { CHOICES } from "../support/choices";
import { expectEnglish2026, expectSameAsHyperFormula, expectWorked2026, writeTemplates, writeWorked2026, type Written } from "./compare";
import { ENGLISH_2026_JSON } from "../support/worked";
import ExcelJS from "exceljs";
import { computeScheme, DEFAULT_SCHEME, pennies } from "../../src/model";

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
    const want = computeScheme({ ...DEFAULT_SCHEME, tenants: 40 }).staff.total;
    expect(want).not.toBeCloseTo(555415.8, 2);
    expect(pennies(results(cost.sheet, cost.range.replace(/\$/g, "")) as number)).toBe(pennies(want));
  });
});
