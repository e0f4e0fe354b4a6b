import { placeTemplate } from "../../templates/place";
import { charsToPoints } from "../../templates/print";
import type { CellDef, PlacedCell, PlacedSheet, PlacedTemplate, SheetProtection, TemplateDef, Validation } from "../../templates/types";
import type { ConditionalRule } from "../../templates/styles";
import { validationBounds, validationMessages } from "../../templates/validation";
import {
  cellAddress,
  columnLetters,
  coveredGroups,
  coveringRects,
  groupBy,
  parseCell,
  rectAddress,
  type Cell,
  type Rect,
} from "../../layout/a1";
import { toA1, toR1C1, withFormulas } from "../../layout/r1c1";
import { AREAS_API, formatEach, formatRects } from "./areas";
import { applyStyles } from "./cellStyle";
import { literalEntry } from "./formulaText";
import { EchExcelError, describeOfficeError, isApiSupported, requireExcelApi } from "./errors";

export interface InsertReport {
  /** Sheet names as added (a clash gets a new name, e.g. "Inputs (2)"). */
  sheets: string[];
  /** Defined names as added (e.g. "ECH_Tenants_2"). */
  names: string[];
  firstSheet: string;
  /** context.sync calls made: 2 when all goes well (a failure is cleaned up in one more, and throws). */
  syncs: number;
}

export interface InsertOptions {
  /** Called as the work advances; `done` reaches `total` when the template is in. */
  onProgress?: (done: number, total: number) => void;
}

/** Data validation (1.8) is the newest API the template cannot do without. */
export const INSERT_API = "1.8";
/** Page layout (A4, orientation, fit, title rows, header and footer) arrived in 1.9; see OFFICE_JS_LIMITS. */
export const PAGE_LAYOUT_API = "1.9";

/**
 * What this writer cannot render of a PlacedTemplate, or renders differently from the .xlsx
 * writer: the one list of Office.js's limits (the API reference, ExcelApi requirement sets:
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout,
 * excel.pagelayoutzoomoptions, excel.headerfootergroup, excel.worksheetprotectionoptions).
 */
export const OFFICE_JS_LIMITS: readonly string[] = [
  "Print setup (paper, orientation, scale, margins, print area, title rows, header and footer) needs ExcelApi 1.9; older Excel gets the template without it.",
  "Protection: selecting locked and unlocked cells maps to selectionMode 'Normal'; there is no password either way.",
  "Column widths are set in points (Range.format.columnWidth): the definition's character widths are converted with charsToPoints, which assumes the 7-pixel digit of an 11 pt default font.",
  "The workbook's own properties (title, author) and 'recalculate on load' are not written: the template goes into the user's workbook, whose properties stay theirs, and Excel calculates live.",
];

/** The definition's protection in Office.js's terms. */
export function protectionOptions(p: SheetProtection): Excel.WorksheetProtectionOptions {
  return {
    allowFormatColumns: p.formatColumns,
    allowFormatRows: p.formatRows,
    selectionMode: p.selectLockedCells ? "Normal" : p.selectUnlockedCells ? "Unlocked" : "None",
  };
}

/**
 * Inserts the template into the open workbook in two context.sync calls: read the existing sheet
 * and name lists, then write the sheets, names, cell contents, formatting and protection in one
 * request; only if the write failed, one more removes what it added. The request stays small by
 * writing in bulk (test/writers/officejs/requestSize.test.ts): a block of cells whose formula is
 * the same copied across takes its text once, the other contents go in bands of lines without the
 * empty space between tables, and each format is set once per rectangle of the cells that share it
 * (number formats, where smaller, as one array a band). Existing sheets, cells and names are never written.
 */
export async function insertTemplate(context: Excel.RequestContext, def: TemplateDef, options: InsertOptions = {}): Promise<InsertReport> {
  requireExcelApi(INSERT_API, "Inserting a template");
  const progress = options.onProgress ?? (() => undefined);
  const total = def.sheets.length + 3;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name");
  await sync();
  progress(1, total);

  const placed = placeTemplate(
    def,
    wb.worksheets.items.map((w) => w.name),
    wb.names.items.map((n) => n.name),
  );

  try {
    const sheets = queueContent(wb, placed);
    progress(2, total);
    queueFormatting(sheets, placed, isApiSupported(PAGE_LAYOUT_API), isApiSupported(AREAS_API), (i) => progress(2 + i, total));
    await sync();
  } catch (e) {
    await removeAdded(context, placed, sync, e);
  }
  progress(total, total);
  return {
    sheets: placed.sheets.map((s) => s.name),
    names: placed.names.map((n) => n.placedName),
    firstSheet: placed.sheets[0]?.name ?? "",
    syncs,
  };
}

/**
 * Every sheet, defined name and cell content. Every sheet is added first, so formulas and names
 * that point across sheets resolve when written.
 */
function queueContent(wb: Excel.Workbook, placed: PlacedTemplate): Excel.Worksheet[] {
  const sheets = placed.sheets.map((s) => wb.worksheets.add(s.name));
  for (const n of placed.names) {
    const ws = sheets[placed.sheets.findIndex((s) => s.id === n.sheet)];
    wb.names.add(n.placedName, ws.getRange(n.range), n.comment);
  }
  placed.sheets.forEach((s, i) => {
    const cells = placedCells(s);
    const blocks = copiedBlocks(cells);
    const inBlock = new Set(blocks.flatMap((b) => b.cells));
    // A new sheet's cells are empty: only the cells with content are written, each band of lines in one go.
    const entries = new Map(cells.filter((c) => !inBlock.has(c)).map((c) => [c, formulaEntry(c.def)]));
    const written = cells.filter((c) => entries.has(c) && entries.get(c) !== "");
    for (const band of contentBands(written.map((c) => ({ at: c.at, size: JSON.stringify(entries.get(c)).length })))) {
      const inBand = written.filter((c) => c.at.row >= band.top && c.at.row <= band.bottom);
      sheets[i].getRange(rectAddress(band)).formulas = grid(band, inBand, "", (c) => entries.get(c));
    }
    // One text for the whole block, which Excel reads from each cell as it would a copied formula
    // (written after the lines, so a block inside a band's rectangle has the last word).
    for (const b of blocks) (sheets[i].getRange(rectAddress(b.rect)) as { formulasR1C1: unknown }).formulasR1C1 = `=${b.r1c1}`;
  });
  return sheets;
}

/** What an empty cell costs inside a written rectangle (""), and what each line costs ([],). */
const BLANK = 3;
const LINE = 3;
/** A cell left as it is (null,). */
const NULL = 5;

/**
 * Rectangles that cover the given cells (each with the length of its entry), one a band of lines,
 * chosen so the request is smallest: one rectangle over a whole sheet sends every empty cell
 * between its tables, one a line sends each line's address and operation. The bands are the best
 * split of the lines in order (a shortest path over the lines).
 */
export function contentBands(cells: readonly { at: Cell; size: number }[], blank = BLANK): Rect[] {
  const lines = new Map<number, { left: number; right: number; size: number }>();
  for (const c of cells) {
    const l = lines.get(c.at.row);
    if (!l) lines.set(c.at.row, { left: c.at.col, right: c.at.col, size: c.size - blank });
    else {
      l.left = Math.min(l.left, c.at.col);
      l.right = Math.max(l.right, c.at.col);
      l.size += c.size - blank;
    }
  }
  const rows = [...lines.keys()].sort((a, b) => a - b);
  // best[k]: the least cost of writing rows[0..k-1]; from[k]: where its last band starts.
  const best = [0];
  const from = [0];
  for (let k = 1; k <= rows.length; k++) {
    best.push(Infinity);
    from.push(0);
    let left = Infinity;
    let right = -Infinity;
    let size = 0;
    for (let j = k - 1; j >= 0; j--) {
      const l = lines.get(rows[j])!;
      left = Math.min(left, l.left);
      right = Math.max(right, l.right);
      size += l.size;
      const cost = best[j] + BLOCK_OVERHEAD + (rows[k - 1] - rows[j] + 1) * (LINE + blank * (right - left + 1)) + size;
      if (cost < best[k]) {
        best[k] = cost;
        from[k] = j;
      }
    }
  }
  const out: Rect[] = [];
  for (let k = rows.length; k > 0; k = from[k]) {
    const band = rows.slice(from[k], k).map((r) => lines.get(r)!);
    out.push({
      top: rows[from[k]],
      bottom: rows[k - 1],
      left: Math.min(...band.map((l) => l.left)),
      right: Math.max(...band.map((l) => l.right)),
    });
  }
  return out.reverse();
}

/** What a formula costs in the request beyond its text: the range's address and the operation. */
const BLOCK_OVERHEAD = 100;

/**
 * Rectangles of formula cells that read the same in R1C1 (the same formula copied down or across),
 * where writing the text once is smaller than writing it in every cell. A formula whose R1C1 text
 * does not read back exactly as written stays in the A1 grid.
 */
function copiedBlocks(cells: readonly Placed[]): { rect: Rect; r1c1: string; cells: Placed[] }[] {
  const copiedText = (c: Placed) => {
    const f = c.def.formula;
    const r1c1 = f === undefined ? undefined : toR1C1(f, c.at);
    return r1c1 !== undefined && toA1(r1c1, c.at) === f ? r1c1 : undefined;
  };
  const blocks: { rect: Rect; r1c1: string; cells: Placed[] }[] = [];
  for (const { key: r1c1, items: group, rects } of coveredGroups(cells, (c) => c.at, copiedText)) {
    if (group.length < 2) continue;
    const at = new Map(group.map((c) => [cellAddress(c.at), c]));
    for (const rect of rects) {
      const n = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      if ((n - 1) * r1c1.length <= BLOCK_OVERHEAD) continue;
      const inRect: Placed[] = [];
      for (let row = rect.top; row <= rect.bottom; row++)
        for (let col = rect.left; col <= rect.right; col++) inRect.push(at.get(cellAddress({ row, col }))!);
      blocks.push({ rect, r1c1, cells: inRect });
    }
  }
  return blocks;
}

/** How the sheets look and print, then their protection. */
function queueFormatting(
  sheets: Excel.Worksheet[],
  placed: PlacedTemplate,
  pageLayout: boolean,
  areas: boolean,
  sheetQueued: (i: number) => void,
): void {
  placed.sheets.forEach((s, i) => {
    queueSheet(sheets[i], s, pageLayout, areas);
    sheetQueued(i + 1);
  });
  sheets[0]?.activate();
}

/** The sheet's cells where they go, each formula written out (Excel takes no shared formulas from a script). */
function placedCells(sheet: PlacedSheet): Placed[] {
  return withFormulas(sheet.cells).map((c) => ({ def: c, at: parseCell(c.ref) }));
}

function queueSheet(ws: Excel.Worksheet, sheet: PlacedSheet, pageLayout: boolean, areas: boolean): void {
  const cells = placedCells(sheet);
  queueNumberFormats(ws, cells);
  applyStyles(
    ws,
    cells.map((c) => ({ style: c.def.style, at: c.at })),
    areas,
  );
  // The rule first, over every rectangle of fresh cells that share it; then each cell's own words
  // (the cells under one rule are all alike until then, so each is one validation changed in place).
  forEachGroup(
    cells,
    (c) => (c.def.validation ? JSON.stringify({ ...c.def.validation, prompt: "", error: "" }) : undefined),
    (_k, rects, first) => {
      for (const r of rects) setValidationRule(ws.getRange(rectAddress(r)).dataValidation, first.def.validation!);
    },
  );
  forEachGroup(
    cells,
    (c) => (c.def.validation ? JSON.stringify(c.def.validation) : undefined),
    (_k, rects, first) => {
      for (const r of rects) setValidationWords(ws.getRange(rectAddress(r)).dataValidation, first.def.validation!);
    },
  );
  for (const cf of sheet.conditionalFormats) {
    for (const r of cf.rules) addConditionalFormat(ws.getRange(cf.range), r);
  }
  const unlocked = cells.filter((c) => !c.def.locked).map((c) => c.at);
  formatRects(ws, coveringRects(unlocked), areas, (f) => (f.protection.locked = false));
  // Cells spanning the same columns one under another merge in one operation, each row on its own.
  forEachGroup(
    cells,
    (c) => ((c.def.span ?? 1) > 1 ? c.def.span : undefined),
    (span, rects) => {
      for (const r of rects) ws.getRange(rectAddress({ ...r, right: r.left + span - 1 })).merge(true);
    },
  );
  // Runs of columns or rows of one size, set together.
  for (const [width, runs] of groupBy(columnRuns(sheet.columns), (r) => r.width))
    formatEach(
      ws,
      runs.map((r) => `${columnLetters(r.from)}:${columnLetters(r.to)}`),
      areas,
      (f) => (f.columnWidth = charsToPoints(width)),
    );
  for (const [height, runs] of groupBy(rowRuns(sheet.rowHeights), (r) => r.height))
    formatEach(
      ws,
      runs.map((r) => `${r.from}:${r.to}`),
      areas,
      (f) => (f.rowHeight = height),
    );
  if (sheet.freeze && (sheet.freeze.rows > 0 || (sheet.freeze.columns ?? 0) > 0)) {
    const rows = sheet.freeze.rows;
    const cols = sheet.freeze.columns ?? 0;
    if (cols === 0) ws.freezePanes.freezeRows(rows);
    else if (rows === 0) ws.freezePanes.freezeColumns(cols);
    else ws.freezePanes.freezeAt(rectAddress({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }));
  }
  if (sheet.tabColor) ws.tabColor = `#${sheet.tabColor.replace(/^#/, "")}`;
  if (pageLayout) {
    const p = sheet.print;
    const layout = ws.pageLayout;
    layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = p.paper;
    // A fixed scale, never fit-to-page: the placement chose one at which the text stays readable.
    layout.zoom = { scale: p.scale };
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
    layout.headerMargin = p.margins.header * 72;
    layout.footerMargin = p.margins.footer * 72;
    if (p.area) layout.setPrintArea(p.area);
    if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
    for (const r of p.breaks ?? []) ws.horizontalPageBreaks.add(cellAddress({ row: r - 1, col: 0 }));
    const hf = layout.headersFooters.defaultForAllPages;
    hf.leftHeader = p.header.left;
    hf.centerHeader = p.header.center;
    hf.rightHeader = p.header.right;
    hf.leftFooter = p.footer.left;
    hf.centerFooter = p.footer.center;
    hf.rightFooter = p.footer.right;
  }
  ws.protection.protect(protectionOptions(sheet.protection));
}

type Placed = { def: PlacedCell; at: Cell };

/**
 * The cells' number formats, each band of lines whichever way makes the smaller request: one value
 * a rectangle of cells that share it (few formats in large tables), or one 2-D array, null leaving
 * a cell as it is (many small runs of different formats).
 */
function queueNumberFormats(ws: Excel.Worksheet, cells: readonly Placed[]): void {
  const formatted = cells.filter((c) => c.def.format !== undefined);
  const size = (c: Placed) => JSON.stringify(c.def.format).length + 1;
  const range = (r: Rect) => ws.getRange(rectAddress(r)) as { numberFormat: unknown };
  for (const b of contentBands(
    formatted.map((c) => ({ at: c.at, size: size(c) })),
    NULL,
  )) {
    const inBand = formatted.filter((c) => c.at.row >= b.top && c.at.row <= b.bottom);
    const byRect = coveredGroups(
      inBand,
      (c) => c.at,
      (c) => c.def.format,
    ).map((g) => ({ format: g.key, rects: g.rects }));
    const rectCost = byRect.reduce((n, g) => n + g.rects.length * (BLOCK_OVERHEAD + JSON.stringify(g.format).length), 0);
    const arrayCost =
      BLOCK_OVERHEAD + (b.bottom - b.top + 1) * (LINE + NULL * (b.right - b.left + 1)) + inBand.reduce((n, c) => n + size(c) - NULL, 0);
    if (arrayCost < rectCost) range(b).numberFormat = grid(b, inBand, null, (c) => c.def.format);
    // One value sets every cell of the range (Range.numberFormat takes a single value or a 2-D array).
    else for (const g of byRect) for (const r of g.rects) range(r).numberFormat = g.format;
  }
}

function grid(r: Rect, cells: readonly Placed[], blank: string | null, entry: (c: Placed) => unknown): unknown[][] {
  const rows = Array.from({ length: r.bottom - r.top + 1 }, () => Array<unknown>(r.right - r.left + 1).fill(blank));
  for (const c of cells) rows[c.at.row - r.top][c.at.col - r.left] = entry(c);
  return rows;
}

/** What to write in Range.formulas so the cell holds exactly the template's content. */
export function formulaEntry(c: CellDef): unknown {
  if (c.formula !== undefined) return `=${c.formula}`;
  return c.value === undefined ? "" : literalEntry(c.value);
}

function forEachGroup<K>(
  cells: readonly Placed[],
  keyOf: (c: Placed) => K | undefined,
  f: (key: K, rects: Rect[], first: Placed) => void,
): void {
  for (const g of coveredGroups(cells, (c) => c.at, keyOf)) f(g.key, g.rects, g.items[0]);
}

/**
 * A conditional format rule as a "cell value" format, as the .xlsx writer's cellIs rule, or a formula
 * rule as a custom format, as its expression rule (ExcelApi 1.6).
 */
export function addConditionalFormat(range: Excel.Range, r: ConditionalRule): void {
  if ("formula" in r) {
    const cf = range.conditionalFormats.add("Custom");
    cf.custom.format.fill.color = `#${r.fill}`;
    cf.custom.format.font.color = `#${r.color}`;
    cf.custom.rule.formula = `=${r.formula}`;
    return;
  }
  const cf = range.conditionalFormats.add("CellValue");
  cf.cellValue.format.fill.color = `#${r.fill}`;
  cf.cellValue.format.font.color = `#${r.color}`;
  cf.cellValue.rule = { formula1: `="${r.text.replace(/"/g, '""')}"`, operator: r.operator === "equal" ? "EqualTo" : "NotEqualTo" };
}

function setValidationRule(dv: Excel.DataValidation, v: Validation): void {
  if (v.type === "list") {
    dv.rule = { list: { inCellDropDown: true, source: (v.list ?? []).join(",") } };
  } else {
    const bounds = ruleBounds(v);
    dv.rule = v.type === "whole" ? { wholeNumber: bounds } : v.type === "textLength" ? { textLength: bounds } : { decimal: bounds };
  }
  // Excel ignores blank cells unless told otherwise (ignoreBlanks is true by default).
  if (!v.allowBlank) dv.ignoreBlanks = false;
}

function setValidationWords(dv: Excel.DataValidation, v: Validation): void {
  const m = validationMessages(v);
  dv.prompt = { showPrompt: true, title: m.promptTitle, message: m.prompt };
  dv.errorAlert = { showAlert: true, style: "Stop", title: m.errorTitle, message: m.error };
}

function ruleBounds(v: Validation): Excel.BasicDataValidation {
  const b = validationBounds(v);
  if (b.operator === "between") return { operator: "Between", formula1: b.min, formula2: b.max };
  if (b.operator === "atMost") return { operator: "LessThanOrEqualTo", formula1: b.max };
  return { operator: "GreaterThanOrEqualTo", formula1: b.min };
}

function columnRuns(widths: readonly number[]): { from: number; to: number; width: number }[] {
  const runs: { from: number; to: number; width: number }[] = [];
  widths.forEach((w, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === w && last.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i, width: w });
  });
  return runs;
}

/** Consecutive rows of the same height, to set in one range each. */
function rowRuns(heights: readonly { row: number; height: number }[]): { from: number; to: number; height: number }[] {
  const runs: { from: number; to: number; height: number }[] = [];
  for (const { row, height } of heights) {
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.to === row - 1) last.to = row;
    else runs.push({ from: row, to: row, height });
  }
  return runs;
}

/**
 * Removes everything the failed batch may have added (names first, so none is left pointing at a
 * deleted sheet), then rethrows. One batch deletes through *OrNullObject proxies, which covers
 * items the failure stopped before creating; should a host refuse to delete a null object, a
 * slower pass looks first and deletes only what is there.
 */
async function removeAdded(
  context: Excel.RequestContext,
  placed: PlacedTemplate,
  sync: () => Promise<void>,
  cause: unknown,
): Promise<never> {
  const wb = context.workbook;
  const proxies = () => ({
    names: placed.names.map((n) => wb.names.getItemOrNullObject(n.placedName)),
    sheets: placed.sheets.map((s) => wb.worksheets.getItemOrNullObject(s.name)),
  });
  try {
    const { names, sheets } = proxies();
    [...names, ...sheets].forEach((x) => x.delete());
    await sync();
  } catch {
    try {
      const { names, sheets } = proxies();
      await sync();
      [...names, ...sheets].filter((x) => !x.isNullObject).forEach((x) => x.delete());
      await sync();
    } catch (cleanupError) {
      throw new EchExcelError(
        "CleanupFailed",
        `Inserting "${placed.title}" failed (${describeOfficeError(cause).message}) and the add-in could not remove what it had added.`,
        `Delete any of these sheets that are present: ${placed.sheets.map((s) => s.name).join(", ")}; and these names (Formulas > Name Manager): ${placed.names.map((n) => n.placedName).join(", ")}.`,
        cleanupError,
      );
    }
  }
  throw new EchExcelError(
    "InsertFailed",
    `Inserting "${placed.title}" failed, so nothing was added; the workbook is as it was.`,
    "",
    cause,
  );
}
