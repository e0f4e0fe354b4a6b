import ExcelJS from "exceljs";
import { buildTemplate, placeTemplate, type PlacedTemplate } from "../../src/templates";
import { writeXlsx } from "../../src/writers/xlsx";

async function roundTrip(placed: PlacedTemplate): Promise<ExcelJS.Workbook> {
  const bytes = await writeXlsx(placed);
  expect(bytes).toBeInstanceOf(Uint8Array);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("writeXlsx", () => {
  const placed = placeTemplate(buildTemplate({ option: "B", overlays: ["F"], scheme: "Riverside Court" }), [], []);
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(placed);
  });

  test("sheets in order with their names", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(placed.sheets.map((s) => s.name));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Inputs",
      "Staffing",
      "Hours needed",
      "Tenant budget",
      "Option B",
      "Option F",
      "Projection",
      "Sensitivity",
      "Scenarios",
      "Residential care",
      "Assessment",
      "Model workings",
      "Sources and assumptions",
    ]);
  });

  test("every cell's value or formula and number format as defined", () => {
    for (const s of placed.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      for (const c of s.cells) {
        const cell = ws.getCell(c.ref);
        if (c.formula !== undefined) expect((cell.value as ExcelJS.CellFormulaValue).formula).toBe(c.formula);
        // A formula copied across is written once, in the cell it copies (a shared formula).
        else if (c.copiedFrom !== undefined) expect((cell.value as ExcelJS.CellSharedFormulaValue).sharedFormula).toBe(c.copiedFrom);
        else if (c.value !== undefined) expect(cell.value).toBe(c.value === "" ? null : c.value);
        if (c.format) expect(cell.numFmt).toBe(c.format);
      }
    }
    // Each upward sensitivity move is its downward move's formulas one column on: written once.
    const workings = placed.sheets.find((s) => s.name === "Model workings")!;
    expect(workings.cells.filter((c) => c.copiedFrom !== undefined).length).toBeGreaterThan(100);
    // The layout's own addresses: a head-count formula reads the tenants and share in use (the Scenarios sheet's), behind its check.
    const at = (id: string) => placed.rows![id].range.split(":")[0];
    const abs = (id: string) => at(id).replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
    const staffing = wb.getWorksheet("Staffing")!;
    expect((staffing.getCell(at("tenantsPerBand")).value as ExcelJS.CellFormulaValue).formula).toBe(
      `IF(Scenarios!${abs("scenario.check")}<>"OK",NA(),ROUNDUP(ROUND(Scenarios!${abs("scenario.tenants.inUse")}*Scenarios!${abs("scenario.bandShares.inUse")},9),0))`,
    );
    expect(staffing.getCell(at("totalStaffCost")).numFmt).toBe("£#,##0;-£#,##0");
    expect(wb.getWorksheet("Inputs")!.getCell(at("bandShares")).numFmt).toBe("0%");
  });

  test("defined names at workbook scope, as placed", () => {
    const model = wb.definedNames.model as { name: string; ranges: string[] }[];
    const byName = new Map(model.map((n) => [n.name, n.ranges]));
    for (const n of placed.names)
      expect(byName.get(n.placedName)?.map((r) => r.replace(/'/g, ""))).toEqual([n.reference.replace(/'/g, "")]);
    expect(byName.get("ECH_BandShares")).toEqual(["Inputs!$B$6:$D$6"]);
    const onCosts = [placed.rows!.niRate.range, placed.rows!.training.range].map((r) => r.replace(/([A-Z]+)(\d+)/, "$$$1$$$2"));
    expect(byName.get("ECH_OnCosts")).toEqual([`Inputs!${onCosts.join(":")}`]);
    for (const n of [
      "ECH_Tenants",
      "ECH_HourlyRates",
      "ECH_HoursPerWeek",
      "ECH_TotalStaffCost",
      "ECH_UnitCostPerHour",
      "ECH_CostPerPersonWeek",
      "ECH_CostPerPersonYear",
      "ECH_TenantMonthlyTotal",
      "ECH_TenantExpenditure",
      "ECH_TenantIncome",
      "ECH_BlockHours",
      "ECH_SpotHours",
      "ECH_CouncilAnnualCost",
      "ECH_BlockPeriodMonths",
    ]) {
      expect(byName.has(n)).toBe(true);
    }
  });

  test("pink input cells: fill, validation with prompt and error, unlocked; other cells locked; sheets protected without a password", () => {
    let inputs = 0;
    for (const s of placed.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
      expect(protection.sheet).toBe(true);
      expect(protection.hashValue).toBeUndefined();
      for (const c of s.cells) {
        const cell = ws.getCell(c.ref);
        if (c.style === "input") {
          inputs++;
          expect(cell.protection?.locked).toBe(false);
          expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFCCE5");
          const dv = cell.dataValidation;
          expect(dv.prompt).toBe(c.validation!.prompt);
          expect(dv.error).toBe(c.validation!.error);
          expect(dv.showErrorMessage).toBe(true);
          expect(dv.showInputMessage).toBe(true);
          expect(dv.prompt!.length).toBeLessThanOrEqual(255);
          expect(dv.error!.length).toBeLessThanOrEqual(225);
        } else {
          expect(cell.protection?.locked).not.toBe(false);
        }
      }
    }
    expect(inputs).toBeGreaterThan(40);
    const tenants = wb.getWorksheet("Inputs")!.getCell("B5").dataValidation;
    expect(tenants).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [1] });
    const share = wb.getWorksheet("Inputs")!.getCell("C6").dataValidation;
    expect(share).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
    const answer = wb.getWorksheet("Assessment")!;
    const listCell = placed.sheets.find((s) => s.id === "assessment")!.cells.find((c) => c.validation?.type === "list")!;
    expect(answer.getCell(listCell.ref).dataValidation).toMatchObject({ type: "list", formulae: ['"Yes,Partly,No,Not yet known"'] });
  });

  test("A4 print setup, orientation, column widths and frozen header rows", () => {
    for (const s of placed.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: s.print.orientation, fitToPage: false, scale: s.print.scale });
      expect(ws.pageSetup.printArea?.replace(/\$/g, "")).toBe(s.print.area);
      s.columns.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
      if (s.freeze) expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: s.freeze.rows, xSplit: s.freeze.columns ?? 0 });
    }
    expect(wb.getWorksheet("Staffing")!.pageSetup.orientation).toBe("landscape");
  });

  test("asks for a full recalculation when opened", async () => {
    const JSZip = require("jszip");
    const zip = await JSZip.loadAsync(await writeXlsx(placed));
    const workbookXml: string = await zip.file("xl/workbook.xml").async("string");
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("manual page breaks where the placement puts them: a page starts at each break row", async () => {
    const JSZip = require("jszip");
    const zip = await JSZip.loadAsync(await writeXlsx(placed));
    let withBreaks = 0;
    for (const [i, s] of placed.sheets.entries()) {
      const xml: string = await zip.file(`xl/worksheets/sheet${i + 1}.xml`).async("string");
      // A break "after row n" (brk id) starts the page at row n + 1.
      const ids = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1);
      expect({ sheet: s.name, breaks: ids }).toEqual({ sheet: s.name, breaks: [...(s.print.breaks ?? [])] });
      if (ids.length > 0) withBreaks++;
    }
    expect(withBreaks).toBeGreaterThan(0);
  });

  test("renamed sheets and names when placed into a workbook that has them", async () => {
    const clash = placeTemplate(buildTemplate({ option: "A", overlays: [] }), ["Inputs"], ["ECH_Tenants"]);
    const wb2 = await roundTrip(clash);
    expect(wb2.worksheets[1].name).toBe("Inputs (2)");
    const names = (wb2.definedNames.model as { name: string; ranges: string[] }[]).map((n) => n.name);
    expect(names).toContain("ECH_Tenants_2");
    // The values in use read the renamed Inputs sheet's pink cells.
    const sheet = wb2.getWorksheet("Scenarios")!;
    expect((sheet.getCell(clash.rows!["scenario.tenants.inUse"].range).value as ExcelJS.CellFormulaValue).formula).toContain(
      "'Inputs (2)'!$B$5",
    );
  });
});
