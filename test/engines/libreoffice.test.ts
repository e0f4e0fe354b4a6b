/** The generated .xlsx files recalculated by LibreOffice Calc (headless) give the same numbers. */
import { recalcLibreOffice, tempDir, type Results } from "../support/engines";
import { ENGINE_CHOICES } from "../support/choices";
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
import { mkdirSync } from "fs";
import * as path from "path";
import { computeScheme, PUBLISHED_SCHEME, pennies } from "../../src/model";

jest.setTimeout(180_000);

// Every workbook below is recalculated in one LibreOffice run: starting LibreOffice takes longer
// than recalculating a workbook.
const tmp = tempDir("ech-lo-");
let templates: Written[];
const books: Record<"worked" | "english" | "today" | "published" | "forty", Written> = {} as never;
const results = new Map<Written, Results>();
beforeAll(async () => {
  templates = await writeTemplates(tmp.dir);
  books.worked = await writeWorked2026(tmp.dir);
  books.english = await writeWorked2026(tmp.dir, ENGLISH_2026_JSON, "english-2026-27");
  books.today = await writeWorked2026(tmp.dir, {}, "default-2026-27");
  books.published = await writeWorked2026(tmp.dir, { priceBase: "2009 (published model)" }, "published-2009");
  // Tenants changed to 40 in the file, its stored results left at 35's.
  const own = path.join(tmp.dir, "forty");
  mkdirSync(own);
  [books.forty] = await writeTemplates(own, [{ option: "A", overlays: [] }]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(books.forty.file);
  const tenants = books.forty.placed.names.find((n) => n.name === "ECH_Tenants")!;
  const sheet = books.forty.placed.sheets.find((s) => s.id === tenants.sheet)!;
  book.getWorksheet(sheet.name)!.getCell(tenants.range.replace(/\$/g, "")).value = 40;
  books.forty.file = path.join(tmp.dir, "forty-tenants.xlsx");
  await book.xlsx.writeFile(books.forty.file);

  const all = [...templates, ...Object.values(books)];
  const recalculated = recalcLibreOffice(
    all.map((w) => w.file),
    tmp.dir,
    all.map((w) => w.placed),
  );
  all.forEach((w, i) => results.set(w, recalculated[i]));
});
afterAll(() => tmp.cleanup());

describe("LibreOffice Calc recalculates the templates (all sixteen in test:deep) to the same numbers, with no error cell", () => {
  test.each(ENGINE_CHOICES.map((c, i) => ({ ...c, i })))("option $option with $overlays", ({ i }) => {
    expectSameAsHyperFormula(templates[i].placed, results.get(templates[i])!);
  });
});

describe("LibreOffice Calc recalculates the worked 2026-27 example (docs/price-base.md) to the penny", () => {
  test("option A at 2026-27 prices", () => {
    expectWorked2026(books.worked.placed, results.get(books.worked)!);
  });

  test("the English budget on its Tenant budget sheet: £128.90 contribution, £77.00 left a week", () => {
    expectEnglish2026(books.english.placed, results.get(books.english)!);
  });
});

describe("LibreOffice Calc: the workbook with no inputs is a complete 2026-27 costing; the published model keeps its figures", () => {
  test("option A: £944,682.94 a year, £23.23 an hour, every check OK; under 2009 (published model), £555,415.80 and £13.66", () => {
    const { today, published } = books;
    const [t, p] = [results.get(today)!, results.get(published)!];
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
  test("tenants changed to 40 in the file (its stored results left at 35's): the cost is the 40-tenant scheme's", () => {
    const w = books.forty;
    const cost = w.placed.names.find((n) => n.name === "ECH_CouncilAnnualCost")!;
    const want = computeScheme({ ...PUBLISHED_SCHEME, tenants: 40 }).staff.total;
    expect(want).not.toBeCloseTo(555415.8, 2);
    expect(pennies(results.get(w)!(cost.sheet, cost.range.replace(/\$/g, "")) as number)).toBe(pennies(want));
  });
});
