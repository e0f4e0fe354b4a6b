/**
 * Every generated workbook carries ECH_TemplateVersion; Compare options, Repair ECH formulas and
 * Prepare for sharing refuse, in plain words and before changing anything, a template made by a
 * version they do not know: none (before version 2) or a newer one.
 */
import ExcelJS from "exceljs";
import { buildTemplate, placeTemplate, TEMPLATE_VERSION, VERSION_NAME } from "../../src/templates";
import { compareOptions, prepareForSharing, repairEchFormulas } from "../../src/workbook";
import { EchExcelError, insertTemplate } from "../../src/writers/officejs";
import { writeXlsx } from "../../src/writers/xlsx";
import { parseAddress } from "../../src/layout/a1";
import { createFakeExcel, installFakeOffice } from "../support/fakeExcel";

let restoreOffice: () => void;
beforeEach(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.12" });
});
afterEach(() => restoreOffice());

// Built once: every test inserts the same two templates into its own fresh workbook.
let templates: ReturnType<typeof buildTemplate>[] | undefined;

async function twoOptions() {
  templates ??= [buildTemplate({ option: "B", overlays: [] }), buildTemplate({ option: "C", overlays: ["E"] })];
  const fx = createFakeExcel();
  fx.book.setCell("Sheet1", "A1", "The officer's own notes");
  await insertTemplate(fx.context, templates[0]);
  const c = await insertTemplate(fx.context, templates[1]);
  return { fx, cSheet: c.sheets.find((s) => s.startsWith("Option C"))! };
}

/** The version cell of the template whose option sheet is `sheet`. */
function versionCell(fx: ReturnType<typeof createFakeExcel>, sheet: string) {
  const n = fx.book.names.find((x) => x.name.startsWith(VERSION_NAME) && x.formula.includes(sheet))!;
  const { rect } = parseAddress(n.formula.replace(/^=/, "").replace(/\$/g, ""));
  return fx.book.requireSheet(sheet).cells.get(`${String.fromCharCode(65 + rect.left)}${rect.top + 1}`)!;
}

async function refusal(run: () => Promise<unknown>): Promise<EchExcelError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EchExcelError);
  expect((error as EchExcelError).code).toBe("UnsupportedVersion");
  return error as EchExcelError;
}

describe("the template version", () => {
  it(`is a cell holding ${TEMPLATE_VERSION}, named ${VERSION_NAME}, on the option sheet, in both writers`, async () => {
    const def = buildTemplate({ option: "A", overlays: ["F"] });
    const name = def.names.find((n) => n.name === VERSION_NAME)!;
    expect(name.sheet).toBe(def.names.find((n) => n.name === "ECH_CouncilAnnualCost")!.sheet);
    const placed = placeTemplate(def);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(placed)) as unknown as ArrayBuffer);
    const model = wb.definedNames.model as { name: string; ranges: string[] }[];
    const [ref] = model.find((n) => n.name === VERSION_NAME)!.ranges;
    const { sheet, rect } = parseAddress(ref.replace(/\$/g, ""));
    expect(wb.getWorksheet(sheet!.replace(/'/g, ""))!.getCell(rect.top + 1, rect.left + 1).value).toBe(TEMPLATE_VERSION);

    const fx = createFakeExcel();
    await insertTemplate(fx.context, def);
    expect(versionCell(fx, "Option A").value).toBe(TEMPLATE_VERSION);
  });

  it("a second template in the same workbook has its own, found by its option sheet", async () => {
    const { fx, cSheet } = await twoOptions();
    expect(fx.book.names.filter((n) => n.name.startsWith(VERSION_NAME)).map((n) => n.name)).toEqual([VERSION_NAME, `${VERSION_NAME}_2`]);
    expect(versionCell(fx, cSheet).value).toBe(TEMPLATE_VERSION);
  });
});

describe.each([
  ["Comparing options", (fx: ReturnType<typeof createFakeExcel>) => compareOptions(fx.context)],
  ["Repair ECH formulas", (fx: ReturnType<typeof createFakeExcel>) => repairEchFormulas(fx.context)],
  ["Prepare for sharing", (fx: ReturnType<typeof createFakeExcel>) => prepareForSharing(fx.context, { change: ["formulas"] })],
])("%s", (operation, run) => {
  it("works on templates of this version", async () => {
    const { fx } = await twoOptions();
    await expect(run(fx)).resolves.toBeDefined();
  });

  it("refuses a template made before version 2 (no version name), changing nothing", async () => {
    const { fx, cSheet } = await twoOptions();
    fx.book.names = fx.book.names.filter((n) => !(n.name.startsWith(VERSION_NAME) && n.formula.includes(cSheet)));
    const before = fx.book.snapshot();
    const e = await refusal(() => run(fx));
    expect(e.message).toContain(`${operation} cannot handle "${cSheet}"`);
    expect(e.message).toContain("earlier version");
    expect(e.action).toContain("Generate that option again");
    expect(fx.book.snapshot()).toEqual(before);
  });

  it("refuses a template made by a newer version, changing nothing", async () => {
    const { fx, cSheet } = await twoOptions();
    versionCell(fx, cSheet).value = TEMPLATE_VERSION + 1;
    const before = fx.book.snapshot();
    const e = await refusal(() => run(fx));
    expect(e.message).toContain(`newer version of the ECH Cost Model add-in (template version ${TEMPLATE_VERSION + 1}`);
    expect(e.action).toContain("Update the add-in");
    expect(fx.book.snapshot()).toEqual(before);
  });
});
