/**
 * The two writers render one definition; this checks they write the same workbook: for every cell
 * of real templates, the Office.js writer (through the fake) and the .xlsx writer (read back with
 * ExcelJS) agree on content, number format, style, protection and validation, and on each sheet's
 * layout and the defined names.
 */
import ExcelJS from "exceljs";
import { buildTemplate, placeTemplate, type TemplateChoice } from "../../../src/templates";
import { insertTemplate } from "../../../src/writers/officejs";
import { parseAddress, parseCell, rectAddress } from "../../../src/layout/a1";
import { toA1, toR1C1 } from "../../../src/layout/r1c1";
import { charsToPoints, headerFooterCode } from "../../../src/templates/print";
import { DEFAULT_FONT_SIZE } from "../../../src/templates/styles";
import { writeXlsx } from "../../../src/writers/xlsx";
import { createFakeExcel, installFakeOffice, type FakeCell, type FakeSheet } from "../../support/fakeExcel";
import { rangeCells } from "../../support/hyperformula";

let restoreOffice: () => void;
beforeAll(() => {
  restoreOffice = installFakeOffice({ ExcelApi: "1.9" });
});
afterAll(() => restoreOffice());

const OPERATOR: Record<string, string> = {
  Between: "between",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};
const RULE: Record<string, string> = { wholeNumber: "whole", decimal: "decimal", textLength: "textLength", list: "list" };

function fromFake(c: FakeCell) {
  const v = c.validation;
  const [kind, rule] = v ? (Object.entries(v.rule)[0] as [string, Excel.BasicDataValidation & Excel.ListDataValidation]) : [];
  return {
    content: c.formula !== undefined ? { formula: c.formula.slice(1) } : { value: c.value === "" ? null : c.value },
    numFmt: c.numberFormat === "General" ? undefined : c.numberFormat,
    fill: c.format.fill?.replace("#", ""),
    bold: !!c.format.bold,
    italic: !!c.format.italic,
    // Unstyled cells keep the workbook's default font.
    size: c.format.fontSize ?? DEFAULT_FONT_SIZE,
    font: c.format.fontName,
    color: c.format.fontColor?.replace("#", ""),
    borders: Object.keys(c.format.borders ?? {}).sort(),
    wrap: !!c.format.wrapText,
    align: [c.format.horizontalAlignment?.toLowerCase(), c.format.verticalAlignment?.toLowerCase()],
    locked: c.locked,
    validation: v && {
      type: RULE[kind!],
      operator: rule!.operator ? OPERATOR[rule!.operator] : undefined,
      formulae: rule!.source !== undefined ? [`"${rule!.source}"`] : [rule!.formula1, rule!.formula2].filter((x) => x !== undefined),
      allowBlank: v.ignoreBlanks,
      promptTitle: v.prompt?.title,
      prompt: v.prompt?.message,
      errorTitle: v.errorAlert?.title,
      error: v.errorAlert?.message,
    },
  };
}

function fromXlsx(c: ExcelJS.Cell) {
  const v = c.dataValidation as ExcelJS.DataValidation | undefined;
  // A formula copied across is written once (a shared formula), its text in the first cell: moved
  // here as Excel moves it (ExcelJS's own moving misreads "H8-Staffing!" as a sheet name).
  const shared = (c.value as { sharedFormula?: string } | null)?.sharedFormula;
  const formula =
    shared !== undefined
      ? toA1(toR1C1(c.worksheet.getCell(shared).formula, parseCell(shared))!, parseCell(c.address))
      : (c.value as { formula?: string } | null)?.formula;
  const fill = c.fill as ExcelJS.FillPattern | undefined;
  return {
    // An empty string and no value are both a blank cell.
    content: formula !== undefined ? { formula } : { value: c.value === "" ? null : (c.value ?? null) },
    numFmt: c.numFmt || undefined,
    fill: fill?.fgColor?.argb?.slice(2),
    bold: !!c.font?.bold,
    italic: !!c.font?.italic,
    size: c.font?.size ?? DEFAULT_FONT_SIZE,
    // A file's cells carry the workbook's default font (Calibri) where the template sets none.
    font: c.font?.name === "Calibri" ? undefined : c.font?.name,
    color: c.font?.color?.argb?.slice(2),
    borders: Object.keys(c.border ?? {})
      .filter((k) => (c.border as Record<string, unknown>)[k])
      .sort(),
    wrap: !!c.alignment?.wrapText,
    align: [c.alignment?.horizontal, c.alignment?.vertical],
    locked: c.protection?.locked ?? true,
    validation: v && {
      type: v.type,
      operator: v.type === "list" ? undefined : v.operator,
      formulae: v.formulae,
      allowBlank: v.allowBlank ?? false,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
      errorTitle: v.errorTitle,
      error: v.error,
    },
  };
}

const CF_OPERATOR: Record<string, string> = { EqualTo: "equal", NotEqualTo: "notEqual" };

/** Every cell's conditional rules, in one form for both writers: "D7: equal "OK" → fill C6EFCE, font 006100". */
function conditionalByCell(formats: { range: string; rule: string }[]): string[] {
  return formats.flatMap((f) => rangeCells(f.range).map((ref) => `${ref}: ${f.rule}`)).sort();
}

/** A formula rule reads as "formula NOT($B$70)", a cell-value rule as "equal "OK"". */
function fakeConditional(s: FakeSheet): string[] {
  return conditionalByCell(
    s.conditionalFormats.map((cf) => ({
      range: cf.range,
      rule: `${cf.type === "Custom" ? `formula ${cf.formula!.replace(/^=/, "")}` : `${CF_OPERATOR[cf.rule!.operator]} ${cf.rule!.formula1.replace(/^=/, "")}`} → fill ${cf.format.fill?.replace("#", "")}, font ${cf.format.fontColor?.replace("#", "")}`,
    })),
  );
}

function xlsxConditional(ws: ExcelJS.Worksheet): string[] {
  const cfs = (
    ws as unknown as {
      conditionalFormattings: { ref: string; rules: ((ExcelJS.CellIsRuleType | ExcelJS.ExpressionRuleType) & { operator?: string })[] }[];
    }
  ).conditionalFormattings;
  return conditionalByCell(
    cfs.flatMap((cf) =>
      cf.rules.map((r) => ({
        range: cf.ref,
        rule: `${r.type === "cellIs" ? r.operator : "formula"} ${String(r.formulae![0])} → fill ${(r.style!.fill as ExcelJS.FillPattern).bgColor!.argb!.slice(2)}, font ${r.style!.font!.color!.argb!.slice(2)}`,
      })),
    ),
  );
}

/** "='Inputs (2)'!$B$5:$B$7" or "Inputs!$B$5" → "Inputs (2)!B5:B7". */
function normalRef(ref: string): string {
  const { sheet, rect } = parseAddress(ref.replace(/^=/, ""));
  return `${sheet}!${rectAddress(rect)}`;
}

describe.each<TemplateChoice>([
  { option: "B", overlays: ["F"] },
  { option: "C", overlays: ["E"], scheme: "Elm Court" },
  { option: "A", overlays: [] },
])("the Office.js and .xlsx writers agree on %j", (choice) => {
  it("cell by cell, sheet by sheet and name by name", async () => {
    const def = buildTemplate(choice);
    const fx = createFakeExcel();
    fx.book.addSheet("Sheet1");
    await insertTemplate(fx.context, def);
    const xlsx = new ExcelJS.Workbook();
    const placed = placeTemplate(def, ["Sheet1"], []);
    await xlsx.xlsx.load((await writeXlsx(placed)) as unknown as ArrayBuffer);
    const placedSheets = new Map(placed.sheets.map((s) => [s.name, s]));

    for (const sheet of def.sheets) {
      const fake = fx.book.sheet(sheet.name)!;
      const ws = xlsx.getWorksheet(sheet.name)!;
      for (const c of sheet.cells) {
        expect({ at: `${sheet.name}!${c.ref}`, ...fromFake(fake.cells.get(c.ref)!) }).toEqual({
          at: `${sheet.name}!${c.ref}`,
          ...fromXlsx(ws.getCell(c.ref)),
        });
      }
      sheet.columns.forEach((_w, i) => expect(fake.columnWidths.get(i)).toBe(charsToPoints(ws.getColumn(i + 1).width!)));
      // A sheet without frozen rows (the Summary) has no view.
      const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
      expect(fake.freeze ?? { rows: 0, columns: 0 }).toEqual({ rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 });
      expect(fake.pageLayout.orientation?.toLowerCase()).toBe(ws.pageSetup.orientation);
      expect(fake.pageLayout.paperSize === "A4").toBe(ws.pageSetup.paperSize === 9);
      expect(fake.pageLayout.printTitleRows?.replace(/\$/g, "")).toBe(ws.pageSetup.printTitlesRow);
      expect(fake.pageLayout.zoom).toEqual({ scale: ws.pageSetup.scale });
      expect(ws.pageSetup.fitToPage).toBe(false);
      const m = ws.pageSetup.margins!;
      expect([fake.pageLayout.leftMargin, fake.pageLayout.rightMargin, fake.pageLayout.topMargin, fake.pageLayout.bottomMargin]).toEqual(
        [m.left, m.right, m.top, m.bottom].map((inches) => inches * 72),
      );
      expect(fake.pageLayout.printArea?.replace(/\$/g, "")).toBe(ws.pageSetup.printArea?.replace(/\$/g, ""));
      expect(fake.pageBreaks).toEqual((placedSheets.get(sheet.name)?.print.breaks ?? []).map((r) => `A${r}`));
      const hf = fake.pageLayout.headersFooters!;
      expect(headerFooterCode({ left: hf.leftHeader!, center: hf.centerHeader!, right: hf.rightHeader! })).toBe(ws.headerFooter.oddHeader);
      expect(headerFooterCode({ left: hf.leftFooter!, center: hf.centerFooter!, right: hf.rightFooter! })).toBe(ws.headerFooter.oddFooter);
      const xlsxHeights: [number, number][] = [];
      ws.eachRow((row, n) => row.height !== undefined && xlsxHeights.push([n - 1, row.height]));
      expect([...fake.rowHeights.entries()].sort((a, b) => a[0] - b[0])).toEqual(xlsxHeights);
      expect(xlsxHeights.length).toBeGreaterThan(0);
      const merges = (ws.model as unknown as { merges: string[] }).merges;
      expect([...fake.merges].sort()).toEqual([...merges].sort());
      const fakeCf = fakeConditional(fake);
      expect(fakeCf).toEqual(xlsxConditional(ws));
      // Every check cell is coloured by its value, and every input cell used only at some price bases greyed out by a formula.
      const checks = sheet.cells.filter((c) => c.style === "check").map((c) => c.ref);
      const sometimes = placedSheets.get(sheet.name)!.cells.filter((c) => c.inUse !== undefined);
      expect(new Set(fakeCf.map((x) => x.split(":")[0]))).toEqual(new Set([...checks, ...sometimes.map((c) => c.ref)]));
      for (const c of sometimes) expect(fakeCf).toContain(`${c.ref}: formula NOT(${c.inUse}) → fill E7E6E6, font 7F7F7F`);
      if (sheet.id === "inputs") expect(sometimes.length).toBeGreaterThan(0);
      expect(fake.tabColor?.replace("#", "")).toBe(ws.properties.tabColor?.argb?.slice(2));
      // ExcelJS reads protection back but does not type it.
      const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean; formatColumns?: boolean; formatRows?: boolean } })
        .sheetProtection;
      expect(fake.protection.protected).toBe(!!protection?.sheet);
      expect(!!fake.protection.options.allowFormatColumns).toBe(!!protection?.formatColumns);
      expect(!!fake.protection.options.allowFormatRows).toBe(!!protection?.formatRows);
    }
    const xlsxNames = (xlsx.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, normalRef(n.ranges[0])]);
    const fakeNames = fx.book.names.map((n) => [n.name, normalRef(n.formula)]);
    expect(fakeNames.sort()).toEqual(xlsxNames.sort());
  }, 30_000);
});
