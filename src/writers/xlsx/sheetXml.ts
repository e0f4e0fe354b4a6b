/**
 * One placed sheet as SpreadsheetML (xl/worksheets/sheetN.xml), its elements in the order the
 * schema requires. Everything it writes was decided when the template was placed.
 */
import { cellAddress, columnLetters, coveredGroups, groupBy, parseCell, rectAddress, type Cell } from "../../layout/a1";
import { headerFooterCode } from "../../templates/print";
import type { PlacedCell, PlacedSheet, StyleId, Validation } from "../../templates/types";
import { validationBounds, validationMessages } from "../../templates/validation";
import type { StyleTable } from "./styleTable";
import { MAIN_NS, REL_NS, XML_HEAD, argb, attr, esc, escText } from "./xml";

const A4 = 9;
/** Where the cursor starts. */
const TOP_LEFT = cellAddress({ row: 0, col: 0 });

/** A text in a cell of its own (an inline string): a sheet's cells then read the same in every workbook they are in. */
function inlineText(v: string): string {
  return `<is><t${/^\s|\s$/.test(v) ? ' xml:space="preserve"' : ""}>${escText(v)}</t></is>`;
}

/**
 * A cell's value part: type attribute and content (formula and stored result, or the value). A
 * formula copied across cells is written once, in its first cell, for the range it covers (a shared
 * formula: `shared` gives its number and range).
 */
function content(c: PlacedCell, shared: ReadonlyMap<string, { si: number; range?: string }>): { t: string; body: string } {
  if (c.formula !== undefined || c.copiedFrom !== undefined) {
    const s = shared.get(c.copiedFrom ?? c.ref);
    const f =
      c.formula === undefined
        ? `<f t="shared" si="${s!.si}"/>`
        : s
          ? `<f t="shared" ref="${s.range}" si="${s.si}">${escText(c.formula)}</f>`
          : `<f>${escText(c.formula)}</f>`;
    const v = c.cached;
    if (v === undefined || v === null) return { t: "", body: f };
    if (typeof v === "number") return { t: "", body: `${f}<v>${v}</v>` };
    if (typeof v === "boolean") return { t: ' t="b"', body: `${f}<v>${v ? 1 : 0}</v>` };
    if (typeof v === "string") return { t: ' t="str"', body: `${f}<v>${escText(v)}</v>` };
    return { t: ' t="e"', body: `${f}<v>${esc(v.error)}</v>` };
  }
  const v = c.value;
  // An empty text (a heading's fill) is a blank cell with its look, as Excel keeps it when the pane writes "".
  if (v === undefined || v === "") return { t: "", body: "" };
  if (typeof v === "number") return { t: "", body: `<v>${v}</v>` };
  if (typeof v === "boolean") return { t: ' t="b"', body: `<v>${v ? 1 : 0}</v>` };
  return { t: ' t="inlineStr"', body: inlineText(v) };
}

function validationXml(v: Validation, sqref: string): string {
  const m = validationMessages(v);
  let operator: string | undefined;
  let formulas: string[];
  if (v.type === "list") {
    formulas = [`"${(v.list ?? []).join(",")}"`];
  } else {
    const b = validationBounds(v);
    if (b.operator === "between") formulas = [String(b.min), String(b.max)];
    else if (b.operator === "atMost") [operator, formulas] = ["lessThanOrEqual", [String(b.max)]];
    else [operator, formulas] = ["greaterThanOrEqual", [String(b.min)]];
  }
  return (
    `<dataValidation type="${v.type}"${attr("operator", operator)}${v.allowBlank ? ' allowBlank="1"' : ""} showInputMessage="1"` +
    `${attr("promptTitle", m.promptTitle)}${attr("prompt", m.prompt)} showErrorMessage="1" errorStyle="stop"` +
    `${attr("errorTitle", m.errorTitle)}${attr("error", m.error)} sqref="${sqref}">` +
    formulas.map((f, i) => `<formula${i + 1}>${esc(f)}</formula${i + 1}>`).join("") +
    "</dataValidation>"
  );
}

function viewXml(s: PlacedSheet): string {
  if (!s.freeze) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const rows = s.freeze.rows;
  const cols = s.freeze.columns ?? 0;
  const pane = cols && rows ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""}` +
    ` topLeftCell="${cellAddress({ row: rows, col: cols })}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${TOP_LEFT}" sqref="${TOP_LEFT}"/></sheetView></sheetViews>`
  );
}

/** What a sheet's cells come to in the file, and the looks (numbered in the workbook's style table) they use. */
interface CellsXml {
  heights: PlacedSheet["rowHeights"];
  /** Each look the cells use, in order of first use, with its number then. */
  looks: { style: StyleId | undefined; format: string | undefined; locked: boolean; id: number }[];
  sheetData: string;
  merges: string;
  /** The last row and column holding a cell (-1 for none). */
  maxRow: number;
  maxCol: number;
  dataValidations: string;
  /**
   * The sheet's first piece (see sheetXmlPieces) by what surrounds these cells: the same text each
   * time, so the packed piece of another workbook is found by it without reading all of it again.
   */
  firsts: Map<string, string>;
}

/**
 * Cells written already, by their list: the workbooks of one option share most sheets' cells (see
 * placeTemplate). Written again where every look they use has the same number in this workbook.
 */
const written = new WeakMap<readonly PlacedCell[], CellsXml>();

function cellsXml(s: PlacedSheet, styles: StyleTable): CellsXml {
  const known = written.get(s.cells);
  // Asking the table for each look in the order they were first used numbers them as writing the cells would.
  if (known && known.heights === s.rowHeights && known.looks.every((l) => styles.xf(l.style, l.format, l.locked) === l.id)) return known;

  // Each cell at its place; a merged cell's others take its look, so its borders and fill run across.
  type At = { cell: Cell; c: PlacedCell; s: number };
  const cells: At[] = [];
  const merges: string[] = [];
  const looks: CellsXml["looks"] = [];
  const seen = new Set<number>();
  for (const c of s.cells) {
    const cell = parseCell(c.ref);
    const style = styles.xf(c.style, c.format, c.locked);
    if (!seen.has(style)) {
      seen.add(style);
      looks.push({ style: c.style, format: c.format, locked: c.locked, id: style });
    }
    cells.push({ cell, c, s: style });
    if (c.span && c.span > 1) {
      merges.push(rectAddress({ top: cell.row, left: cell.col, bottom: cell.row, right: cell.col + c.span - 1 }));
      for (let k = 1; k < c.span; k++)
        cells.push({ cell: { row: cell.row, col: cell.col + k }, c: { ref: "", locked: c.locked }, s: style });
    }
  }
  cells.sort((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col);
  // Excel refuses a file with two cells at one place: a cell under another's merge is a layout fault.
  for (let k = 1; k < cells.length; k++) {
    const [p, q] = [cells[k - 1].cell, cells[k].cell];
    if (p.row === q.row && p.col === q.col) throw new Error(`${s.name}!${cellAddress(q)} is written twice (a cell under a merged one)`);
  }
  // Each copied formula's number and the range from its first cell to its last copy: a copy lies
  // below or right of the cell holding the text, which a file names first.
  const shared = new Map<string, { si: number; range?: string; first: Cell; last: Cell }>();
  for (const x of cells) {
    const from = x.c.copiedFrom;
    if (from === undefined) continue;
    let g = shared.get(from);
    if (!g) shared.set(from, (g = { si: shared.size, first: parseCell(from), last: x.cell }));
    if (x.cell.row < g.first.row || x.cell.col < g.first.col)
      throw new Error(`${s.name}!${from}: a copy of its formula lies above or left of it`);
    g.last = { row: Math.max(g.last.row, x.cell.row), col: Math.max(g.last.col, x.cell.col) };
  }
  for (const x of cells) {
    const g = shared.get(x.c.ref);
    if (g && x.c.formula !== undefined)
      g.range = rectAddress({ top: g.first.row, left: g.first.col, bottom: g.last.row, right: g.last.col });
  }
  for (const [from, g] of shared) if (!g.range) throw new Error(`${s.name}!${from}: copied, but holds no formula`);
  const heights = new Map(s.rowHeights.map((h) => [h.row, h.height]));
  const rowNumbers = [...new Set([...cells.map((x) => x.cell.row + 1), ...heights.keys()])].sort((a, b) => a - b);
  const byRow = groupBy(cells, (x) => x.cell.row + 1);

  const out: string[] = [];
  for (const r of rowNumbers) {
    const h = heights.get(r);
    out.push(`<row r="${r}"${h === undefined ? "" : ` ht="${h}" customHeight="1"`}>`);
    for (const x of byRow.get(r) ?? []) {
      const { t, body } = content(x.c, shared);
      const ref = columnLetters(x.cell.col) + r;
      out.push(body ? `<c r="${ref}" s="${x.s}"${t}>${body}</c>` : `<c r="${ref}" s="${x.s}"/>`);
    }
    out.push("</row>");
  }

  const validations = coveredGroups(
    s.cells,
    (c) => parseCell(c.ref),
    (c) => (c.validation ? JSON.stringify(c.validation) : undefined),
  );
  const w: CellsXml = {
    heights: s.rowHeights,
    looks,
    sheetData: `<sheetData>${out.join("")}</sheetData>`,
    merges: merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`
      : "",
    // Cells are sorted by row: the last is on the last row. (No spread: a sheet may hold many cells.)
    maxRow: cells.length ? cells[cells.length - 1].cell.row : -1,
    maxCol: cells.reduce((m, x) => Math.max(m, x.cell.col), -1),
    dataValidations: validations.length
      ? `<dataValidations count="${validations.length}">${validations
          .map((g) => validationXml(g.items[0].validation!, g.rects.map(rectAddress).join(" ")))
          .join("")}</dataValidations>`
      : "",
    firsts: new Map(),
  };
  written.set(s.cells, w);
  return w;
}

export function sheetXml(s: PlacedSheet, styles: StyleTable): string {
  return sheetXmlPieces(s, styles).join("");
}

/**
 * A sheet's XML in two pieces: everything up to the page setup, which the same sheet of another
 * workbook of the option shares, then its page header and footer (they name the workbook's option).
 */
export function sheetXmlPieces(s: PlacedSheet, styles: StyleTable): [string, string] {
  const w = cellsXml(s, styles);
  const maxCol = Math.max(w.maxCol, s.columns.length - 1);
  const dimension = w.maxRow >= 0 ? rectAddress({ top: 0, left: 0, bottom: w.maxRow, right: Math.max(0, maxCol) }) : TOP_LEFT;
  const cols = s.columns.length
    ? `<cols>${s.columns.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join("")}</cols>`
    : "";

  const p = s.protection;
  // In the file a "1" forbids: each freedom the template gives is a "0".
  const protection =
    '<sheetProtection sheet="1"' +
    (p.formatColumns ? ' formatColumns="0"' : "") +
    (p.formatRows ? ' formatRows="0"' : "") +
    (p.selectLockedCells ? "" : ' selectLockedCells="1"') +
    (p.selectUnlockedCells ? "" : ' selectUnlockedCells="1"') +
    "/>";

  let priority = 0;
  const conditional = s.conditionalFormats
    .map(
      (cf) =>
        `<conditionalFormatting sqref="${cf.range}">` +
        cf.rules
          .map((r) => {
            const dxf = styles.dxf(r.fill, r.color);
            if ("formula" in r)
              return `<cfRule type="expression" dxfId="${dxf}" priority="${++priority}"><formula>${esc(r.formula)}</formula></cfRule>`;
            return `<cfRule type="cellIs" dxfId="${dxf}" priority="${++priority}" operator="${r.operator}"><formula>${esc(`"${r.text.replace(/"/g, '""')}"`)}</formula></cfRule>`;
          })
          .join("") +
        "</conditionalFormatting>",
    )
    .join("");

  const pr = s.print;
  const m = pr.margins;
  const header = headerFooterCode(pr.header);
  const footer = headerFooterCode(pr.footer);
  const breaks = pr.breaks ?? [];
  const before =
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (s.tabColor ? `<sheetPr><tabColor rgb="${argb(s.tabColor)}"/></sheetPr>` : "") +
    `<dimension ref="${dimension}"/>` +
    viewXml(s) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols;
  const page =
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    // A fixed scale, never fit-to-page: the placement chose one at which the text stays readable.
    `<pageSetup${pr.paper === "A4" ? ` paperSize="${A4}"` : ""} scale="${pr.scale}" orientation="${pr.orientation}"/>`;
  // The merges and validations come with the cells; the rest is what the piece's text may differ by.
  const around = `${before}\u0000${protection}\u0000${conditional}\u0000${page}`;
  let first = w.firsts.get(around);
  if (first === undefined)
    w.firsts.set(around, (first = before + w.sheetData + protection + w.merges + conditional + w.dataValidations + page));
  return [
    first,
    (header || footer
      ? `<headerFooter>${header ? `<oddHeader>${esc(header)}</oddHeader>` : ""}${footer ? `<oddFooter>${esc(footer)}</oddFooter>` : ""}</headerFooter>`
      : "") +
      // A break "after row n" in the file starts the page at row n + 1.
      (breaks.length
        ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`
        : "") +
      "</worksheet>",
  ];
}
