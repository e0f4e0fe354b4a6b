/** A1-address arithmetic shared by the template definitions, both writers and the tests: cells are 0-based {row, col}. */

export interface Cell {
  row: number;
  col: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Addresses read already: placing and writing a sheet read each cell's several times. Frozen, as they are shared. */
const parsed = new Map<string, Readonly<Cell>>();

export function parseCell(ref: string): Cell {
  let c = parsed.get(ref);
  if (!c) {
    const m = CELL.exec(ref.trim());
    if (!m) throw new Error(`Not a cell address: ${ref}`);
    // A sheet has at most 1,048,576 rows and 16,384 columns: the addresses worth keeping are far fewer.
    if (parsed.size >= 100_000) parsed.clear();
    parsed.set(ref, (c = Object.freeze({ row: Number(m[2]) - 1, col: columnIndex(m[1]) })));
  }
  return c;
}

export function cellAddress(c: Cell): string {
  return `${columnLetters(c.col)}${c.row + 1}`;
}

/** "B5" or "B5:D7", without the sheet. */
export function rectAddress(r: Rect): string {
  return rectOf(r, cellAddress);
}

/** A rectangle's address from its corners' (one cell's alone). */
function rectOf(r: Rect, address: (c: Cell) => string): string {
  const a = address({ row: r.top, col: r.left });
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${address({ row: r.bottom, col: r.right })}`;
}

/**
 * An address that keeps its row and column when its formula is copied ("$B$5"), or its row only
 * ("B$5": read by the column relative to the reader's).
 */
export function fixedAddress(c: Cell, rowOnly = false): string {
  return `${rowOnly ? "" : "$"}${columnLetters(c.col)}$${c.row + 1}`;
}

/** "$B$5" or "$B$5:$D$7" (rows only: "B$5:D$7"). */
export function fixedRectAddress(r: Rect, rowOnly = false): string {
  return rectOf(r, (c) => fixedAddress(c, rowOnly));
}

/** Splits "'My sheet'!B5:D7" into the unquoted sheet name (if any) and the part after the "!". */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const sheet = address.slice(0, bang);
  return { sheet: sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet, local: address.slice(bang + 1) };
}

/** Splits "'My sheet'!B5:D7" (as Range.address gives it) into sheet and rectangle. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  const { sheet, local } = splitSheet(address);
  const [a, b = a] = local.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    sheet,
    rect: {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    },
  };
}

export function boundingRect(cells: readonly Cell[]): Rect | undefined {
  if (cells.length === 0) return undefined;
  const r = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  for (const c of cells) {
    r.top = Math.min(r.top, c.row);
    r.left = Math.min(r.left, c.col);
    r.bottom = Math.max(r.bottom, c.row);
    r.right = Math.max(r.right, c.col);
  }
  return r;
}

/**
 * Covers the cells with few rectangles (runs along rows, then equal runs stacked down), so a
 * style or rule shared by many cells costs a handful of range operations, not one per cell.
 */
export function coveringRects(cells: readonly Cell[]): Rect[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Rect[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.right + 1 === c.col) last.right = c.col;
    else if (!(last && last.top === c.row && last.right === c.col)) runs.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  const merged: Rect[] = [];
  for (const run of runs) {
    const above = merged.find((m) => m.bottom + 1 === run.top && m.left === run.left && m.right === run.right);
    if (above) above.bottom = run.top;
    else merged.push({ ...run });
  }
  return merged;
}

/**
 * Items grouped by a key (undefined: in no group), in order of first appearance, each group with the
 * rectangles covering its cells (see coveringRects): one rule or format per group.
 */
export function coveredGroups<T, K>(
  items: readonly T[],
  cellOf: (item: T) => Cell,
  keyOf: (item: T) => K | undefined,
): { key: K; items: T[]; rects: Rect[] }[] {
  return [...groupBy(items, keyOf)].map(([key, group]) => ({ key, items: group, rects: coveringRects(group.map(cellOf)) }));
}

/** Items grouped by a key (undefined: in no group), in order of first appearance. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    if (k === undefined) continue;
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
