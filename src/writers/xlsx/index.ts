/**
 * PlacedTemplate -> .xlsx bytes with ExcelJS. No Node-only APIs (the task pane's download mode runs
 * this in the browser). Formulas are written without cached results and the workbook asks for a
 * full recalculation on load, so Excel and LibreOffice show live numbers when the file is opened.
 */
import { TEMPLATE_VERSION } from "../../templates/version";
import type * as ExcelTypes from "exceljs";

/* ExcelJS's single-file build: what a browser gets anyway, and in Node it loads in a third of the
   time the package's hundreds of modules take, which is most of ech-templates' start-up. */
const ExcelJS: typeof ExcelTypes = require("exceljs/dist/exceljs.min.js");
import { parseCell } from "../../layout/a1";
import { headerFooterCode } from "../../templates/print";
import { DEFAULT_FONT_SIZE, FONT_NAME, STYLES } from "../../templates/styles";
import type { PlacedCell, PlacedConditionalFormat, PlacedSheet, PlacedTemplate, StyleId, Validation } from "../../templates/types";
import { validationBounds, validationMessages } from "../../templates/validation";

const A4 = 9;
const argb = (rgb: string) => `FF${rgb}`;

function font(id: StyleId): Partial<ExcelTypes.Font> {
  const f = STYLES[id].font;
  return { name: f.name, bold: f.bold, italic: f.italic, size: f.size, color: f.color ? { argb: argb(f.color) } : undefined };
}

/** A cell's whole ExcelJS style: its template style, number format and protection. */
function cellStyle(id: StyleId | undefined, numFmt: string | undefined, locked: boolean): Partial<ExcelTypes.Style> {
  const style: Partial<ExcelTypes.Style> = {};
  if (id) {
    const s = STYLES[id];
    style.font = font(id);
    if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    if (s.border) {
      const thin: Partial<ExcelTypes.Border> = { style: "thin", color: { argb: argb(s.border.color) } };
      style.border = Object.fromEntries(s.border.sides.map((side) => [side, thin]));
    }
    if (s.wrap || s.horizontal || s.vertical) style.alignment = { wrapText: s.wrap, horizontal: s.horizontal, vertical: s.vertical };
  }
  if (numFmt) style.numFmt = numFmt;
  style.protection = { locked };
  return style;
}

/**
 * One style object for all the cells that look alike (and hold the same kind of content, which
 * decides a style's default number format in the file): ExcelJS looks a style object up once and
 * remembers its index, where a fresh object a cell costs a lookup by its XML each.
 */
type Styles = Map<string, Partial<ExcelTypes.Style>>;

function sharedStyle(styles: Styles, c: PlacedCell): Partial<ExcelTypes.Style> {
  const kind = c.formula !== undefined ? "formula" : typeof c.value;
  const key = `${c.style ?? ""}|${c.format ?? ""}|${c.locked}|${kind}`;
  let style = styles.get(key);
  if (!style) styles.set(key, (style = cellStyle(c.style, c.format, c.locked)));
  return style;
}

function validation(v: Validation): ExcelTypes.DataValidation {
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

function writeCell(ws: ExcelTypes.Worksheet, c: PlacedCell, styles: Styles): void {
  const cell = ws.getCell(c.ref);
  // The computed value goes with the formula, so previews and data tools that do not calculate show it.
  if (c.formula !== undefined)
    cell.value = (
      c.cached === undefined || c.cached === null ? { formula: c.formula } : { formula: c.formula, result: c.cached }
    ) as ExcelTypes.CellFormulaValue;
  else if (c.value !== undefined) cell.value = c.value;
  cell.style = sharedStyle(styles, c);
  if (c.validation) cell.dataValidation = validation(c.validation);
  if (c.span && c.span > 1) {
    const { row, col } = parseCell(c.ref);
    ws.mergeCells(row + 1, col + 1, row + 1, col + c.span);
  }
}

/**
 * Each rule as a "cell value" (cellIs) rule comparing the cell with the text. `priority` numbers the
 * sheet's rules in order (a file needs one per rule; the rules of a range exclude each other).
 */
function conditionalFormat(cf: PlacedConditionalFormat, priority: () => number): ExcelTypes.ConditionalFormattingOptions {
  return {
    ref: cf.range,
    rules: cf.rules.map((r): ExcelTypes.ConditionalFormattingRule => {
      // A differential (conditional) solid fill takes its colour from bgColor.
      const style: Partial<ExcelTypes.Style> = {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(r.fill) } },
        font: { color: { argb: argb(r.color) } },
      };
      if ("formula" in r) return { type: "expression", priority: priority(), formulae: [r.formula], style };
      // ExcelJS's typings list only some of the file format's operators; it writes any of them.
      return {
        type: "cellIs",
        priority: priority(),
        operator: r.operator as ExcelTypes.CellIsOperators,
        formulae: [`"${r.text.replace(/"/g, '""')}"`],
        style,
      };
    }),
  };
}

function pageSetup(s: PlacedSheet): Partial<ExcelTypes.PageSetup> {
  const p = s.print;
  return {
    paperSize: p.paper === "A4" ? A4 : undefined,
    orientation: p.orientation,
    // A fixed scale, never fit-to-page: the placement chose one at which the text stays readable.
    fitToPage: false,
    scale: p.scale,
    margins: { ...p.margins },
    // ExcelJS puts a "$" before each end ("$A1:$H68"), which LibreOffice ignores as a print area;
    // with the rows' "$" given here the defined name is absolute.
    printArea: p.area?.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    printTitlesRow: p.titleRows ? `${p.titleRows[0]}:${p.titleRows[1]}` : undefined,
  };
}

/**
 * Makes the workbook's default font (font 0, the "Normal" style) Arial 11 instead of ExcelJS's
 * Calibri: column widths are counted in that font's digits, so LibreOffice without Calibri sizes
 * columns by a wider fallback font and prints every sheet a third wider than Excel. ExcelJS has no
 * option for it; font 0 is the first font its style manager is given, so it is given Arial first.
 */
function arialDefaultFont(wb: ExcelTypes.Workbook): void {
  type Styles = { model?: { fonts: unknown[] }; _addFont?: (f: object) => number };
  const xlsx = wb.xlsx as unknown as { prepareModel: (model: object, options: unknown) => unknown };
  const prepare = xlsx.prepareModel.bind(xlsx);
  xlsx.prepareModel = (model, options) => {
    let styles: Styles | undefined;
    Object.defineProperty(model, "styles", {
      configurable: true,
      enumerable: true,
      get: () => styles,
      set: (s: Styles) => {
        styles = s;
        if (s?._addFont && s.model?.fonts.length === 0) s._addFont({ size: DEFAULT_FONT_SIZE, name: FONT_NAME, family: 2 });
      },
    });
    return prepare(model, options);
  };
}

export async function writeXlsx(placed: PlacedTemplate): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ECH Cost Model";
  wb.title = placed.title;
  // The template version in the document properties too (the workbook's cells do not show it).
  wb.keywords = `ECH template version ${TEMPLATE_VERSION}`;
  wb.calcProperties.fullCalcOnLoad = true;
  arialDefaultFont(wb);
  const styles: Styles = new Map();
  for (const s of placed.sheets) {
    const ws = wb.addWorksheet(s.name, {
      properties: s.tabColor ? { tabColor: { argb: argb(s.tabColor) } } : {},
      pageSetup: pageSetup(s),
      headerFooter: { oddHeader: headerFooterCode(s.print.header), oddFooter: headerFooterCode(s.print.footer) },
      views: s.freeze
        ? [{ state: "frozen", xSplit: s.freeze.columns ?? 0, ySplit: s.freeze.rows, activeCell: "A1", showGridLines: true }]
        : [],
    });
    s.columns.forEach((width, i) => (ws.getColumn(i + 1).width = width));
    for (const c of s.cells) writeCell(ws, c, styles);
    for (const r of s.rowHeights) ws.getRow(r.row).height = r.height;
    // A break "after row n" in the file starts the page at row n + 1.
    for (const r of s.print.breaks ?? []) ws.getRow(r - 1).addPageBreak();
    let rules = 0;
    for (const cf of s.conditionalFormats) ws.addConditionalFormatting(conditionalFormat(cf, () => ++rules));
    await ws.protect("", { ...s.protection });
  }
  for (const n of placed.names) wb.definedNames.add(n.reference, n.placedName);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
