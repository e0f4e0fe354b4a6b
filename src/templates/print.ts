/**
 * What the definition decides about a sheet beyond its cells, filled generically for every sheet
 * so the writers only render it: which cells are locked, protection, print setup (A4, one page
 * wide at a readable scale, the reader's part as print area, repeated header rows, header and footer), merged prose cells and row heights that
 * fit wrapped text. Nothing here depends on a particular sheet's contents.
 */
import { coveredGroups, parseCell, rectAddress, type Rect } from "../layout/a1";
import { hasFormula } from "../layout/r1c1";
import { CONDITIONAL, DEFAULT_FONT_SIZE, STYLES, UNUSED_INPUT } from "./styles";
import { wrappedLines } from "./textWidth";

export { textWidth, wrappedLines } from "./textWidth";
import type {
  CellDef,
  HeaderFooterText,
  PlacedCell,
  PlacedConditionalFormat,
  PrintSetup,
  SheetDef,
  SheetProtection,
  TemplateDef,
} from "./types";

/** Protection that still lets users resize columns and rows to read long labels, and copy figures. */
export const TEMPLATE_PROTECTION: SheetProtection = {
  formatColumns: true,
  formatRows: true,
  selectLockedCells: true,
  selectUnlockedCells: true,
};

/**
 * Excel widths in characters of the default font to points: Arial 11's digit is 8 pixels wide,
 * plus 5 pixels of padding (LibreOffice's Liberation Sans is within a few percent).
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 8 + 5) * 0.75 * 100) / 100;
}

/** A row's height when nothing in it needs more (Excel's default for 11 pt text). */
export const DEFAULT_ROW_HEIGHT = 15;
/**
 * Line height as a multiple of the font size (Excel's Arial 11 wraps at about 14.25 points a line,
 * LibreOffice's Liberation Sans at 12.7), and the space above and below the text, in points: one
 * line of 11 pt text takes the default height.
 */
const LINE_HEIGHT = 1.25;
const ROW_PADDING = 1.25;
/** Space a cell keeps on each side of its text, in points. */
const CELL_PADDING = 3;

/** LibreOffice's width of a column character (Liberation Sans 11's digit, without Excel's padding). */
const LIBREOFFICE_CHAR = 6.1;

/** The cell's width in points across the columns it spans, in the narrower of Excel and LibreOffice. */
function cellWidth(columns: readonly number[], col: number, span: number): number {
  let w = 0;
  for (let c = col; c < col + span; c++) w += Math.min(charsToPoints(columns[c] ?? 8.43), (columns[c] ?? 8.43) * LIBREOFFICE_CHAR);
  return w - 2 * CELL_PADDING;
}

/**
 * The text a cell shows, as far as the definition tells: its value, or for a formula that builds
 * text (`"Seed 002 … "&B5&" tenants"`) its string literals with room for what they join (a number or
 * short name, up to 12 characters each). Undefined for a number or a formula without text.
 */
export function shownText(cell: CellDef, cellAt?: (ref: string) => CellDef | undefined): string | undefined {
  if (typeof cell.value === "string") return cell.value;
  if (!hasFormula(cell)) return undefined;
  // The value computed at generation is what is shown (until an input changes): a number needs one
  // line, not the room of the messages the formula could show instead.
  if (typeof cell.cached === "string") return cell.cached;
  if (typeof cell.cached === "number") return undefined;
  // A copied formula has the texts of the one it copies.
  const formula = cell.formula ?? cellAt?.(cell.copiedFrom!)?.formula;
  if (formula === undefined) throw new Error(`The formula ${cell.ref} copies (${cell.copiedFrom}) is not among the sheet's cells`);
  const literals = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
  if (literals.join("").trim() === "") return undefined;
  const joined = formula.split("&").length - literals.length;
  return [...literals, ...Array<string>(Math.max(0, joined)).fill("0".repeat(12))].join("");
}

/** Height a cell needs, in points. */
export function cellHeight(cell: CellDef, columns: readonly number[], cellAt?: (ref: string) => CellDef | undefined): number {
  const st = cell.style ? STYLES[cell.style] : undefined;
  const size = st?.font.size ?? DEFAULT_FONT_SIZE;
  const line = size * LINE_HEIGHT;
  // Only a wrapping cell's text is read (a formula's may run to thousands of characters).
  const text = st?.wrap ? shownText(cell, cellAt) : undefined;
  if (!st || text === undefined) return line + ROW_PADDING;
  const { col } = parseCell(cell.ref);
  return wrappedLines(text, cellWidth(columns, col, cell.span ?? 1), size, st.font.bold) * line + ROW_PADDING;
}

/** Prose styles that may span the empty columns to their right, rather than wrap in one narrow column. */
const SPANNING = new Set(["subtitle", "note"]);

/**
 * Spans (merges) a subtitle or note that is the last cell of its row across the sheet's remaining
 * columns, so it wraps at the table's width instead of its own column's.
 */
export function withSpans(sheet: Pick<SheetDef, "cells" | "columns">): CellDef[] {
  const lastInRow = new Map<number, number>();
  for (const c of sheet.cells) {
    const { row, col } = parseCell(c.ref);
    lastInRow.set(row, Math.max(lastInRow.get(row) ?? -1, col + (c.span ?? 1) - 1));
  }
  return sheet.cells.map((c) => {
    if (c.span !== undefined || !c.style || !SPANNING.has(c.style) || shownText(c) === undefined) return c;
    const { row, col } = parseCell(c.ref);
    const span = sheet.columns.length - col;
    return lastInRow.get(row) === col && span > 1 ? { ...c, span } : c;
  });
}

/**
 * Heights of the rows that hold cells, in row order: what their text needs, at least the default
 * height. Every such row is given its height (Gnumeric lays out a row without one at its own,
 * shorter, default and then prints rows over the page's foot).
 */
export function rowHeights(cells: readonly CellDef[], columns: readonly number[]): { row: number; height: number }[] {
  const needs = new Map<number, number>();
  let byRef: Map<string, CellDef> | undefined;
  const cellAt = (ref: string) => (byRef ??= new Map(cells.map((c) => [c.ref, c]))).get(ref);
  for (const c of cells) {
    const { row } = parseCell(c.ref);
    needs.set(row, Math.max(needs.get(row) ?? 0, cellHeight(c, columns, cellAt)));
  }
  return [...needs]
    .sort(([a], [b]) => a - b)
    .map(([row, h]) => ({ row: row + 1, height: Math.max(DEFAULT_ROW_HEIGHT, Math.ceil(h * 4) / 4) }));
}

/**
 * The conditional formats of a sheet: for each style with rules in CONDITIONAL (check cells green
 * when "OK", red otherwise), its cells covered by as few rectangles as possible, each with the
 * style's rules.
 */
export function conditionalFormats(cells: readonly CellDef[]): PlacedConditionalFormat[] {
  const at = (c: CellDef) => parseCell(c.ref);
  const byStyle = coveredGroups(cells, at, (c) => (c.style && CONDITIONAL[c.style] ? c.style : undefined));
  // Input cells used only sometimes: greyed out while their condition is FALSE.
  const byUse = coveredGroups(cells, at, (c) => c.inUse);
  const covered = (rects: readonly Rect[], rules: PlacedConditionalFormat["rules"]) => rects.map((r) => ({ range: rectAddress(r), rules }));
  return [
    ...byStyle.flatMap((g) => covered(g.rects, CONDITIONAL[g.key]!)),
    ...byUse.flatMap((g) => covered(g.rects, [{ formula: `NOT(${g.key})`, ...UNUSED_INPUT }])),
  ];
}

/** Only input cells are unlocked: the cells a user may edit on the protected sheet. */
export function lockedCells(cells: readonly CellDef[]): PlacedCell[] {
  return cells.map((c) => ({ ...c, locked: c.style !== "input" }));
}

/** Header and footer sections: 255 characters in all at most (Excel's limit). */
const HEADER_LIMIT = 80;
const literal = (s: string) => s.replace(/&/g, "&&");
const clip = (s: string) => (s.length <= HEADER_LIMIT ? s : `${s.slice(0, HEADER_LIMIT - 1)}…`);

/** Header: the scheme (or the model), the sheet's name, the date. Footer: the caveat, page x of y. */
export function headerFooter(def: Pick<TemplateDef, "choice" | "id">): { header: HeaderFooterText; footer: HeaderFooterText } {
  const scheme = def.choice.scheme ? `${def.choice.scheme}: ` : "";
  return {
    header: { left: literal(clip(`${scheme}Extra care housing cost model, option ${def.id}`)), center: "&A", right: "&D" },
    footer: { left: "Indicative costs: check the inputs", center: "", right: "Page &P of &N" },
  };
}

/** A4 in points, and the margins: narrow at the sides so wide tables print at a readable scale. */
const A4 = { width: 595.3, height: 841.9 };
export const PAGE_MARGINS = { left: 0.25, right: 0.25, top: 0.45, bottom: 0.45, header: 0.2, footer: 0.2 } as const;
/** The smallest size, in points, at which text is readable on paper. */
export const READABLE_POINTS = 8;
/**
 * The smallest print scale, in percent: the one at which the smallest type of the style table
 * (11 pt) prints at READABLE_POINTS or more. A sheet wider than this allows is a layout to fix, not
 * a page to shrink.
 */
export const MIN_PRINT_SCALE = Math.ceil((READABLE_POINTS * 100) / Math.min(...Object.values(STYLES).map((s) => s.font.size)));

/**
 * A column's printed width in points: the workbook's default font is Arial 11, whose digit is 8
 * pixels wide in Excel (6.1 points in LibreOffice's Liberation Sans), plus 5 pixels of padding.
 */
export function printedColumnWidth(chars: number): number {
  return Math.max(charsToPoints(chars), chars * 6.2 + 3.75);
}

/** The width of the page inside the margins, in points. */
export function printableWidth(orientation: "portrait" | "landscape"): number {
  const paper = orientation === "portrait" ? A4.width : A4.height;
  return paper - (PAGE_MARGINS.left + PAGE_MARGINS.right) * 72;
}

/** The columns that print: the reader's part's, or all of them. */
export function printedColumns(sheet: Pick<SheetDef, "columns" | "printed">): readonly number[] {
  return sheet.columns.slice(0, sheet.printed?.columns ?? sheet.columns.length);
}

/** The largest scale, at most 100%, at which the printed columns fit one page wide. */
function widthScale(sheet: Pick<SheetDef, "columns" | "printed">, orientation: "portrait" | "landscape"): number {
  const width = printedColumns(sheet).reduce((sum, w) => sum + printedColumnWidth(w), 0);
  return Math.min(100, Math.floor((printableWidth(orientation) / width) * 100));
}

/**
 * Orientation and scale that print the sheet one page wide, never below MIN_PRINT_SCALE (no
 * fit-to-width), in as few pages as that allows: of the scales and orientations that fit across,
 * those giving the fewest pages down (`pagesAt`), then the largest scale, then the sheet's own
 * orientation. Without `pagesAt`, the largest scale in the sheet's own orientation.
 */
export function pageFit(
  sheet: Pick<SheetDef, "columns" | "orientation" | "printed">,
  pagesAt?: (orientation: "portrait" | "landscape", scale: number) => number,
  only?: "portrait" | "landscape",
): { orientation: "portrait" | "landscape"; scale: number } {
  const own = only ?? sheet.orientation;
  const other = own === "portrait" ? "landscape" : "portrait";
  let best: { orientation: "portrait" | "landscape"; scale: number; pages: number } | undefined;
  for (const orientation of only ? [own] : ([own, other] as const)) {
    const top = widthScale(sheet, orientation);
    for (let scale = top; scale >= MIN_PRINT_SCALE; scale--) {
      const pages = pagesAt ? pagesAt(orientation, scale) : 0;
      if (!best || pages < best.pages || (pages === best.pages && scale > best.scale)) best = { orientation, scale, pages };
      if (!pagesAt) break;
    }
  }
  // A sheet too wide for the smallest scale prints at it, across more than one page: a test names it.
  return best ? { orientation: best.orientation, scale: best.scale } : { orientation: "landscape", scale: MIN_PRINT_SCALE };
}

/**
 * The sheet's print setup: one page wide at a readable scale, in as few pages as that allows, the
 * reader's part (or the used range) as the print area; the rows the sheet names repeat on every page.
 * `heights` are the rows' heights, from which the pages are counted.
 */
export function printSetup(
  def: Pick<TemplateDef, "choice" | "id">,
  sheet: SheetDef,
  heights: readonly { row: number; height: number }[] = [],
  /** The one orientation allowed (see FIRST_SHEET_ORIENTATION), or either. */
  only?: "portrait" | "landscape",
): PrintSetup {
  // Only rows a sheet names repeat: its frozen rows hold checks and figures as well as headings,
  // which above a later table would head the wrong figures, and the page header names the sheet.
  const titleRows = sheet.printTitleRows;
  const area = usedRange(sheet);
  // The lines are read once: every orientation and scale tried is paged over the same ones.
  const lines = sheetLines(sheet.cells, heights);
  const pagesAt = (orientation: "portrait" | "landscape", scale: number) =>
    paginate(lines, { orientation, scale, area, titleRows }, SCALE_FILL).pages;
  return {
    ...pageFit(sheet, pagesAt, only),
    paper: "A4",
    margins: { ...PAGE_MARGINS },
    ...(area ? { area } : {}),
    ...(titleRows ? { titleRows } : {}),
    ...headerFooter(def),
  };
}

/**
 * The first sheet of a workbook a template makes whole prints landscape: Gnumeric lays out every landscape sheet after a
 * portrait first sheet on the portrait page's width and height (columns split off, rows printed over
 * the footer), while after a landscape first sheet it prints each sheet in its own orientation.
 */
export const FIRST_SHEET_ORIENTATION = "landscape";

/** From A1 to the last row that shows something, across the printed columns (no blank last page). */
function usedRange(sheet: Pick<SheetDef, "cells" | "columns" | "printed">): string | undefined {
  let bottom = -1;
  const rows = sheet.printed?.rows ?? Infinity;
  // A formula counts unless its value at generation is empty text (a message shown only on error);
  // a cell formatted ";;;" (the template version) shows nothing.
  const shows = (c: CellDef) => c.format !== ";;;" && (hasFormula(c) ? c.cached !== "" : c.value !== undefined && c.value !== "");
  for (const c of sheet.cells) {
    const { row } = parseCell(c.ref);
    if (row < rows && shows(c)) bottom = Math.max(bottom, row);
  }
  const right = printedColumns(sheet).length - 1;
  return bottom < 0 ? undefined : rectAddress({ top: 0, left: 0, bottom, right: Math.max(0, right) });
}

/** A page's height inside the top and bottom margins, in points. */
export function printableHeight(orientation: "portrait" | "landscape"): number {
  const paper = orientation === "portrait" ? A4.height : A4.width;
  return paper - (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * 72;
}

/** A page is taken to hold this share of its height, so a break chosen here never falls just after one the renderer makes. */
const PAGE_FILL = 0.98;
/** Choosing a scale, a page is taken to hold a little less, so an estimate that is short does not spill a line onto a page of its own. */
const SCALE_FILL = 0.98;
/** A table longer than a page still keeps its heading with this many of its lines. */
const LINES_WITH_HEADING = 3;

/**
 * Rows (1-based) that start a new page, so that no heading is left at the foot of a page without
 * the first lines of its table, and a section (a heading line and the lines below it, down to the
 * next blank line or heading) that fits on a page is not split across two, where keeping sections
 * whole costs the sheet no extra page. Row heights are the estimate the sheet is written with; the
 * repeated title rows take their height on every later page.
 */
export function pageBreaks(
  cells: readonly CellDef[],
  heights: readonly { row: number; height: number }[],
  print: Pick<PrintSetup, "orientation" | "scale" | "area" | "titleRows">,
): number[] {
  return paginate(sheetLines(cells, heights), print, PAGE_FILL).breaks;
}

/** What paging needs of a sheet's lines: their heights, which hold something, which are headings. */
interface SheetLines {
  rowHeight: (row: number) => number;
  filled: ReadonlySet<number>;
  headings: ReadonlySet<number>;
}

function sheetLines(cells: readonly CellDef[], heights: readonly { row: number; height: number }[]): SheetLines {
  const height = new Map(heights.map((h) => [h.row - 1, h.height]));
  const filled = new Set<number>();
  const headings = new Set<number>();
  for (const c of cells) {
    if (c.value === undefined && !hasFormula(c)) continue;
    const { row } = parseCell(c.ref);
    filled.add(row);
    if (c.style === "header") headings.add(row);
  }
  return { rowHeight: (r) => height.get(r) ?? DEFAULT_ROW_HEIGHT, filled, headings };
}

/** The page breaks, and the pages the printed rows take with them (see pageBreaks). */
function paginate(
  lines: SheetLines,
  print: Pick<PrintSetup, "orientation" | "scale" | "area" | "titleRows">,
  fill: number,
): { breaks: number[]; pages: number } {
  // Whether keeping sections whole costs a page is judged on the smaller page of SCALE_FILL: the
  // renderer's rows may be a little taller than the estimate.
  const keep = paginateKeeping(lines, print, SCALE_FILL, true).pages <= paginateKeeping(lines, print, SCALE_FILL, false).pages;
  return paginateKeeping(lines, print, fill, keep);
}

function paginateKeeping(
  { rowHeight, filled, headings }: SheetLines,
  print: Pick<PrintSetup, "orientation" | "scale" | "area" | "titleRows">,
  fill: number,
  keepSections: boolean,
): { breaks: number[]; pages: number } {
  if (!print.area) return { breaks: [], pages: 0 };
  const last = parseCell(print.area.split(":")[1]).row;
  const page = (printableHeight(print.orientation) * fill * 100) / print.scale;
  const titles = print.titleRows;
  let titleHeight = 0;
  if (titles) for (let r = titles[0] - 1; r < titles[1]; r++) titleHeight += rowHeight(r);
  const room = page - titleHeight;
  const breaks: number[] = [];
  let pages = 1;
  let used = 0;
  for (let r = 0; r <= last; r++) {
    // Headings one under another (a table's title over its column headings) open one section.
    if (headings.has(r) && !headings.has(r - 1) && used > titleHeight) {
      let section = 0;
      let head = 0;
      let lines = 0;
      let leading = 0;
      for (let s = r; s <= last && filled.has(s); s++) {
        if (headings.has(s) && lines === leading) leading++;
        else if (headings.has(s)) break;
        section += rowHeight(s);
        if (++lines <= LINES_WITH_HEADING + leading) head = section;
      }
      const needed = keepSections && section <= room ? section : head;
      if (used + needed > page) {
        breaks.push(r + 1);
        pages++;
        used = titleHeight;
      }
    }
    const h = rowHeight(r);
    if (used + h > page) {
      pages++;
      used = titleHeight;
    }
    used += h;
  }
  return { breaks, pages };
}

/** "&L…&C…&R…": one string with the three sections, as a .xlsx file stores a header or footer. */
export function headerFooterCode(h: HeaderFooterText): string {
  return `${h.left ? `&L${h.left}` : ""}${h.center ? `&C${h.center}` : ""}${h.right ? `&R${h.right}` : ""}`;
}
