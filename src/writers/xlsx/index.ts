/**
 * PlacedTemplate -> .xlsx bytes with ExcelJS. No Node-only APIs (the task pane's download mode runs
 * this in the browser). Formulas are written without cached results and the workbook asks for a
 * full recalculation on load, so Excel and LibreOffice show live numbers when the file is opened.
 */
import type * as XL from "exceljs";

/* ExcelJS's single-file build: what a browser gets anyway, and in Node it loads in a third of the
   time the package's hundreds of modules take, which is most of ech-templates' start-up. */
const ExcelJS: typeof XL = require("exceljs/dist/exceljs.min.js");
import { STYLES } from "../../templates/styles";
import type { CellDef, PlacedTemplate, StyleId, Validation } from "../../templates/types";
import { validationBounds, validationMessages } from "../../templates/validation";

const A4 = 9;
const argb = (rgb: string) => `FF${rgb}`;

function font(id: StyleId): Partial<XL.Font> | undefined {
  const f = STYLES[id].font;
  if (!f) return undefined;
  return { bold: f.bold, italic: f.italic, size: f.size, color: f.color ? { argb: argb(f.color) } : undefined };
}

function applyStyle(cell: XL.Cell, id: StyleId): void {
  const s = STYLES[id];
  const f = font(id);
  if (f) cell.font = f;
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.border) {
    const thin: Partial<XL.Border> = { style: "thin", color: { argb: "FF808080" } };
    cell.border = Object.fromEntries(s.border.map((side) => [side, thin]));
  }
  if (s.wrap || s.horizontal) cell.alignment = { wrapText: s.wrap, horizontal: s.horizontal, vertical: "top" };
}

function validation(v: Validation): XL.DataValidation {
  const m = validationMessages(v);
  const common = {
    allowBlank: v.allowBlank ?? false,
    showInputMessage: true,
    promptTitle: m.promptTitle,
    prompt: m.prompt,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: m.errorTitle,
    error: m.error,
  };
  if (v.type === "list") return { ...common, type: "list", formulae: [`"${(v.list ?? []).join(",")}"`] };
  const type = v.type;
  const b = validationBounds(v);
  if (b.operator === "between") return { ...common, type, operator: "between", formulae: [b.min, b.max] };
  if (b.operator === "atMost") return { ...common, type, operator: "lessThanOrEqual", formulae: [b.max] };
  return { ...common, type, operator: "greaterThanOrEqual", formulae: [b.min] };
}

function writeCell(ws: XL.Worksheet, c: CellDef): void {
  const cell = ws.getCell(c.ref);
  if (c.formula !== undefined) cell.value = { formula: c.formula } as XL.CellFormulaValue;
  else if (c.value !== undefined) cell.value = c.value;
  if (c.style) applyStyle(cell, c.style);
  if (c.format) cell.numFmt = c.format;
  if (c.validation) cell.dataValidation = validation(c.validation);
  // Only input cells are unlocked; everything else stays locked under sheet protection.
  cell.protection = { locked: c.style !== "input" };
}

export async function writeXlsx(placed: PlacedTemplate): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ECH Cost Model";
  wb.title = placed.title;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of placed.sheets) {
    const ws = wb.addWorksheet(s.name, {
      properties: s.tabColor ? { tabColor: { argb: argb(s.tabColor) } } : {},
      pageSetup: {
        paperSize: A4,
        orientation: s.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: s.freeze && s.freeze.rows > 0 ? `1:${s.freeze.rows}` : undefined,
      },
      views: s.freeze
        ? [{ state: "frozen", xSplit: s.freeze.columns ?? 0, ySplit: s.freeze.rows, activeCell: "A1", showGridLines: true }]
        : [],
    });
    s.columns.forEach((width, i) => (ws.getColumn(i + 1).width = width));
    for (const c of s.cells) writeCell(ws, c);
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  for (const n of placed.names) wb.definedNames.add(n.reference, n.placedName);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
