/**
 * The layout step: places graph rows on sheets, then resolves every reference to an address and
 * prints each cell's formula from the row's expression. No sheet definition writes an address:
 * a row is placed once and every formula that reads it gets its address from here.
 */
import { evaluate, cellAt, fx, printExpr, substitute, type Addresser, type Expr, type Row, type Value, CalcError } from "../calc";
import { describeRule, ruleMessage } from "../calc/rows";
import { cellAddress, columnLetters, rectAddress } from "./a1";
import type { CellDef, NameDef, SheetDef, StyleId, Validation } from "./cells";

interface Placement {
  sheet: string;
  row: number;
  col: number;
  down: boolean;
  acrossColumns?: boolean;
}

/** What a line of a sheet holds, column by column from A. */
export type Slot =
  | null
  | string
  | { text: string; style?: StyleId }
  /** A cell given whole (a pink answer cell with a list, a fixed number). */
  | { cell: Omit<CellDef, "ref"> }
  /**
   * A row's cells, across (or down in a table); `guard: false` shows it even while the sheet's check
   * fails; `acrossColumns`: read from other sheets by its column relative to the reader's (one of a
   * row of columns, each read by the formula copied across another sheet's columns).
   */
  | { row: Row; style?: StyleId; guard?: boolean; acrossColumns?: boolean };

interface Pending {
  sheet: string;
  row: number;
  col: number;
  slot: Slot;
  down: boolean;
}

export interface SheetOptions {
  columns: readonly number[];
  orientation: "portrait" | "landscape";
  tabColor?: string;
  /** Rows kept in view; they repeat on printed pages too. */
  freezeRows?: number;
  freezeColumns?: number;
  /** Added to every defined name on the sheet ("_A"), where one workbook holds several sheets of a kind. */
  nameSuffix?: string;
  /** Lines repeated at the top of printed pages (0-based, inclusive); the frozen lines otherwise. */
  printTitleLines?: readonly [number, number];
}

/** One sheet being laid out: lines from the top, each a list of slots. */
export class SheetLayout {
  /** Next free line, 0-based. */
  next = 0;
  readonly slots: Pending[] = [];
  readonly names: { name: string; rows: readonly Row[]; comment?: string }[] = [];
  /** Input rows used only while a condition holds (see inUseWhen). */
  readonly inUse = new Map<Row, Expr>();
  /** What prints, when not the whole sheet (see SheetDef). */
  printed?: { rows: number; columns?: number };

  /** `guard`: the check whose "OK" the sheet's results wait for (#N/A otherwise). */
  constructor(
    readonly id: string,
    readonly name: string,
    readonly options: SheetOptions,
    public guard?: Row,
  ) {}

  /** A line of slots from column A (or `col`); returns the line's index. */
  line(slots: readonly Slot[], col = 0): number {
    const r = this.next++;
    this.lineAt(r, slots, col);
    return r;
  }

  /** Slots on a line kept free earlier (e.g. a check that can only be written once its parts exist). */
  lineAt(r: number, slots: readonly Slot[], col = 0): void {
    let c = col;
    for (const slot of slots) {
      if (slot !== null) this.slots.push({ sheet: this.id, row: r, col: c, slot, down: false });
      c += slot !== null && typeof slot === "object" && "row" in slot ? slot.row.size : 1;
    }
  }

  /** The calculated rows placed on the sheet, in the order they were laid out. */
  calcRows(): Row[] {
    return this.slots.flatMap(({ slot }) =>
      slot !== null && typeof slot === "object" && "row" in slot && slot.row.kind === "calc" ? [slot.row] : [],
    );
  }

  /** Only the lines so far print (`columns` of them across, if given): the lines after are workings. */
  printUpToHere(columns?: number): void {
    this.printed = { rows: this.next, ...(columns ? { columns } : {}) };
  }

  gap(lines = 1): void {
    this.next += lines;
  }

  /**
   * A table: a header line, then each row's cells down its own column, one line per cell. Rows
   * in `slots` must all be `length` cells long; text slots repeat down the column.
   */
  table(header: readonly (string | null)[], slots: readonly Slot[], length: number, headerStyle: StyleId = "header"): number {
    this.line(header.map((h) => (h === null ? null : { text: h, style: headerStyle })));
    return this.down(slots, length);
  }

  /** Each row's cells down its own column from the next line, one line per cell (a table without its header). */
  down(slots: readonly Slot[], length: number): number {
    const top = this.next;
    slots.forEach((slot, c) => {
      if (slot === null) return;
      if (typeof slot === "object" && "row" in slot && slot.row.size !== length) {
        throw new Error(`${slot.row.id} has ${slot.row.size} cells, the table ${length}`);
      }
      this.slots.push({ sheet: this.id, row: top, col: c, slot, down: true });
    });
    this.next += length;
    return top;
  }

  /** A row's cells down one column from line `top` (a grid of workings, where each column is a case). */
  downAt(top: number, col: number, slot: { row: Row; style?: StyleId; guard?: boolean }): void {
    this.slots.push({ sheet: this.id, row: top, col, slot, down: true });
    this.next = Math.max(this.next, top + slot.row.size);
  }

  /**
   * The input rows' pink cells count only while `condition` is TRUE (a price base that uses them):
   * otherwise they show greyed out. One condition a row.
   */
  inUseWhen(condition: Expr, rows: readonly Row[]): void {
    for (const row of rows) {
      if (this.inUse.has(row)) throw new Error(`${row.id} is given two conditions of use`);
      this.inUse.set(row, condition);
    }
  }

  /** A defined name over rows placed next to each other (one row, or one-cell rows one under the other). */
  nameRows(name: string, rows: readonly Row[], comment?: string): void {
    this.names.push({ name, rows, comment });
  }
}

/** "B5" → "$B$5"; a reference to another sheet is absolute already. */
const absRef = (a: string): string => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
/** "B5" → "B$5": the column moves with the reader's. */
const absRow = (a: string): string => a.replace(/^([A-Z]+)(\d+)$/, "$1$$$2");

export interface Rendered {
  sheets: SheetDef[];
  names: NameDef[];
  /** Where each placed row is: sheet id and range, for tests and tools ("layout gives the addresses"). */
  rows: Record<string, { sheet: string; range: string }>;
}

/** The data validation an input's rule implies. */
function validation(row: Row): Validation {
  const spec = row.input!;
  const rule = spec.rule;
  const prompt = spec.blankMeans ? `${spec.prompt} Leave blank to use ${spec.blankMeans}.` : spec.prompt;
  const error = ruleMessage(row);
  // A pink cell shipped empty (a figure to enter, a sleep-in payment) may stay empty: its check asks for it when needed.
  const allowBlank = rule.blank || (row.values ?? []).some((v) => v === null) ? true : undefined;
  if (rule.kind === "text") return { type: "textLength", min: 0, max: rule.max ?? 255, allowBlank: true, prompt, error };
  if (rule.kind === "list") return { type: "list", list: rule.list ?? [], allowBlank: rule.blank, prompt, error };
  if (rule.kind === "share") return { type: "decimal", min: 0, max: 1, prompt, error, allowBlank };
  const min = rule.positive ? 0.0001 : (rule.min ?? 0);
  const v: Validation = { type: rule.kind === "whole" ? "whole" : "decimal", min, prompt, error, allowBlank };
  return rule.max !== undefined ? { ...v, max: rule.max } : v;
}

export { describeRule };

/**
 * Resolves and prints every sheet. `values` are the input rows' values for this workbook (the
 * defaults otherwise); every formula cell also gets its computed value, so viewers that do not
 * calculate show the right numbers.
 */
/**
 * Rows re-pointed in the whole workbook: every formula that reads a key of `to` reads its value
 * instead, except the rows in `keep` (the Scenarios sheet, which reads the base on purpose).
 */
export interface Repoint {
  to: ReadonlyMap<Row, Row>;
  keep: ReadonlySet<Row>;
  /** Sheets (by id) whose formulas all read the base. */
  keepSheets?: ReadonlySet<string>;
}

/** A sheet as rendered, with the places of the rows it read: the same layout renders the same wherever those are the same. */
interface RenderedSheet {
  sheet: SheetDef;
  names: NameDef[];
  rows: Rendered["rows"];
  reads: Map<Row, Placement | undefined>;
}

/**
 * Sheets rendered for one workbook, to render again in another of the same inputs and re-pointing
 * (the workbooks of one option, with and without an overlay that changes none of its figures):
 * each sheet's cells, and the values of the rows on it.
 */
export interface RenderCache {
  /** The layouts whose rendering may be kept (the ones every workbook of the set shares). */
  readonly shared: ReadonlySet<SheetLayout>;
  readonly sheets: Map<SheetLayout, RenderedSheet>;
  readonly values: Map<Row, readonly Value[]>;
}

export function renderCache(shared: Iterable<SheetLayout>): RenderCache {
  return { shared: new Set(shared), sheets: new Map(), values: new Map() };
}

const samePlace = (a: Placement | undefined, b: Placement | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.sheet === b.sheet &&
    a.row === b.row &&
    a.col === b.col &&
    a.down === b.down &&
    a.acrossColumns === b.acrossColumns);

export function renderLayouts(
  layouts: readonly SheetLayout[],
  values: ReadonlyMap<Row, readonly Value[]>,
  repoint?: Repoint,
  cache?: RenderCache,
): Rendered {
  const where = new Map<Row, Placement>();
  const guardOf = new Map<Row, Row>();
  for (const l of layouts) {
    for (const p of l.slots) {
      if (p.slot === null || typeof p.slot !== "object" || !("row" in p.slot)) continue;
      const row = p.slot.row;
      if (where.has(row)) throw new Error(`Row ${row.id} is placed twice`);
      where.set(row, { sheet: p.sheet, row: p.row, col: p.col, down: p.down, ...(p.slot.acrossColumns ? { acrossColumns: true } : {}) });
      if (row.kind === "calc" && !row.check && p.slot.guard !== false && l.guard) guardOf.set(row, l.guard);
    }
  }
  const locate = (row: Row, i: number) => {
    const p = where.get(row);
    if (!p) throw new Error(`Row ${row.id} is used in a formula but not placed on any sheet`);
    return {
      sheet: p.sheet,
      cell: p.down ? { row: p.row + i, col: p.col } : { row: p.row, col: p.col + i },
      acrossColumns: p.acrossColumns,
    };
  };
  // Each row's cell addresses, as read from its own sheet and from any other: worked out once a workbook.
  const addresses = new Map<Row, { sheet: string; local: string[]; remote: string[] }>();
  const addressesOf = (row: Row) => {
    let a = addresses.get(row);
    if (!a) {
      const p = where.get(row)!;
      const local: string[] = [];
      const remote: string[] = [];
      for (let i = 0; i < row.size; i++) {
        const c = locate(row, i).cell;
        const [col, line] = [columnLetters(c.col), c.row + 1];
        local.push(`${col}${line}`);
        remote.push(`{${p.sheet}}!${p.acrossColumns ? "" : "$"}${col}$${line}`);
      }
      addresses.set(row, (a = { sheet: p.sheet, local, remote }));
    }
    return a;
  };
  const addresser = (sheet: string): Addresser => {
    const ref = (target: string, local: string) => (target === sheet ? local : `{${target}}!${local}`);
    return {
      cell(row, i) {
        if (i >= 0 && i < row.size) {
          const a = addressesOf(row);
          return a.sheet === sheet ? a.local[i] : a.remote[i];
        }
        const l = locate(row, i);
        const a = cellAddress(l.cell);
        return l.sheet === sheet ? a : ref(l.sheet, l.acrossColumns ? absRow(a) : absRef(a));
      },
      range(row, from, to) {
        const a = locate(row, from);
        const b = locate(row, to);
        const r = rectAddress({ top: a.cell.row, left: a.cell.col, bottom: b.cell.row, right: b.cell.col });
        return a.sheet === sheet ? r : ref(a.sheet, r.split(":").map(absRef).join(":"));
      },
    };
  };

  // What each cell shows: a guarded row shows #N/A until its sheet's check is OK.
  const shown = new Map<Row, Row>();
  const moved = repoint;
  const display = (row: Row): Row => {
    const re = moved && !moved.keep.has(row) && !moved.keepSheets?.has(where.get(row)!.sheet);
    const g0 = guardOf.get(row);
    const g = g0 && re ? (moved.to.get(g0) ?? g0) : g0;
    if ((!g && !re) || !(row.expr || row.cells)) return row;
    let d = shown.get(row);
    if (!d) {
      const guard = (e: Expr) => (g ? fx`IF(${g}<>"OK",NA(),${e})` : e);
      const each = (e: Expr) => guard(re ? substitute(e, moved.to) : e);
      d = row.cells ? { ...row, cells: row.cells.map(each) } : { ...row, expr: each(row.expr!) };
      shown.set(row, d);
    }
    return d;
  };
  // A sheet rendered before for a workbook of the same inputs, whose every reference is where it was then.
  const kept = new Map<SheetLayout, RenderedSheet>();
  for (const l of layouts) {
    const r = cache?.sheets.get(l);
    if (r && [...r.reads].every(([row, p]) => samePlace(where.get(row), p))) kept.set(l, r);
  }
  // Cached values: the same display expressions evaluated over the workbook's inputs.
  const placed = layouts.filter((l) => !kept.has(l)).flatMap((l) => l.calcRows());
  const evaluation = evaluate(
    values,
    placed,
    (row: Row) => {
      const d = display(row);
      return d === row ? undefined : (d.cells ?? d.expr);
    },
    cache && cache.values.size > 0 ? cache.values : undefined,
  );

  const sheets: SheetDef[] = [];
  const names: NameDef[] = [];
  const rows: Rendered["rows"] = {};
  for (const l of layouts) {
    const known = kept.get(l);
    if (known) {
      sheets.push(known.sheet);
      names.push(...known.names);
      Object.assign(rows, known.rows);
      continue;
    }
    const keep = cache?.shared.has(l);
    const read = new Set<Row>();
    const sheetRows: Rendered["rows"] = {};
    const sheetNamesOut: NameDef[] = [];
    const cells: CellDef[] = [];
    const plain = addresser(l.id);
    const here: Addresser = keep
      ? {
          cell: (row, i) => (read.add(row), plain.cell(row, i)),
          range: (row, from, to) => (read.add(row), plain.range(row, from, to)),
        }
      : plain;
    // A conditional format's formula reads the same cell from every cell it covers: absolute references.
    const absolute: Addresser = {
      cell: (row, i) => absRef(here.cell(row, i)),
      range: (row, from, to) => here.range(row, from, to).split(":").map(absRef).join(":"),
    };
    const seen = new Set<string>();
    // The sheet's names and its named rows' (a layout is only read here: one may be rendered in several workbooks).
    const sheetNames = [...l.names];
    const put = (cell: CellDef) => {
      if (seen.has(cell.ref)) throw new Error(`Cell ${l.id}!${cell.ref} is laid out twice`);
      seen.add(cell.ref);
      cells.push(cell);
    };
    for (const p of l.slots) {
      const slot = p.slot;
      if (slot === null) continue;
      if (typeof slot === "object" && "cell" in slot) {
        put({ ref: cellAddress({ row: p.row, col: p.col }), ...slot.cell });
        continue;
      }
      if (typeof slot === "string" || !("row" in slot)) {
        const t = typeof slot === "string" ? { text: slot } : slot;
        // An empty text is no cell, unless it carries a heading's fill.
        if (t.text === "" && t.style !== "header" && t.style !== "title") continue;
        put({ ref: cellAddress({ row: p.row, col: p.col }), value: t.text, ...(t.style ? { style: t.style } : {}) });
        continue;
      }
      const row = slot.row;
      const first = locate(row, 0).cell;
      const last = locate(row, row.size - 1).cell;
      sheetRows[row.id] = { sheet: l.id, range: rectAddress({ top: first.row, left: first.col, bottom: last.row, right: last.col }) };
      for (let i = 0; i < row.size; i++) {
        const ref = addressesOf(row).local[i];
        const fmt = row.format ? { format: row.format } : {};
        if (row.kind === "input") {
          const v = (values.get(row) ?? row.values!)[i];
          const used = l.inUse.get(row);
          put({
            ref,
            ...(v === null || v instanceof CalcError ? {} : { value: v }),
            ...fmt,
            style: "input",
            validation: validation(row),
            ...(used ? { inUse: printExpr(used, absolute, 0) } : {}),
          });
        } else if (row.kind === "const") {
          const v = row.values![i];
          put({ ref, ...(v === null || v instanceof CalcError ? {} : { value: v }), ...fmt, style: slot.style ?? "label" });
        } else {
          const d = display(row);
          const cached = evaluation.value(row, i);
          put({
            ref,
            formula: printExpr(d.cells ? d.cells[i] : d.expr!, here, i),
            ...fmt,
            style: slot.style ?? (row.check ? "check" : row.total ? "total" : "output"),
            cached: cached instanceof CalcError ? { error: cached.code } : cached,
          });
        }
      }
      if (row.name) sheetNames.push({ name: row.name, rows: [row] });
    }
    for (const n of sheetNames) {
      const a = locate(n.rows[0], 0);
      const b = locate(n.rows[n.rows.length - 1], n.rows[n.rows.length - 1].size - 1);
      if (n.rows.some((r) => locate(r, 0).sheet !== l.id)) throw new Error(`Name ${n.name} covers rows of another sheet`);
      const range = rectAddress({ top: a.cell.row, left: a.cell.col, bottom: b.cell.row, right: b.cell.col });
      const expected = n.rows.reduce((s, r) => s + r.size, 0);
      const [p, q] = [a.cell, b.cell];
      if ((q.row - p.row + 1) * (q.col - p.col + 1) !== expected) throw new Error(`Name ${n.name}: its rows are not next to each other`);
      const absRange = range.split(":").map(absRef).join(":");
      const name = n.name + (l.options.nameSuffix ?? "");
      sheetNamesOut.push(n.comment ? { name, sheet: l.id, range: absRange, comment: n.comment } : { name, sheet: l.id, range: absRange });
    }
    const o = l.options;
    const sheet: SheetDef = {
      id: l.id,
      name: l.name,
      cells,
      columns: o.columns,
      ...(o.freezeRows ? { freeze: { rows: o.freezeRows, ...(o.freezeColumns ? { columns: o.freezeColumns } : {}) } } : {}),
      orientation: o.orientation,
      ...(o.tabColor ? { tabColor: o.tabColor } : {}),
      ...(o.printTitleLines ? { printTitleRows: [o.printTitleLines[0] + 1, o.printTitleLines[1] + 1] as const } : {}),
      ...(l.printed ? { printed: l.printed } : {}),
    };
    sheets.push(sheet);
    names.push(...sheetNamesOut);
    Object.assign(rows, sheetRows);
    if (keep && cache) {
      const reads = new Map<Row, Placement | undefined>();
      for (const row of read) reads.set(row, where.get(row));
      cache.sheets.set(l, { sheet, names: sheetNamesOut, rows: sheetRows, reads });
      for (const row of l.calcRows()) cache.values.set(row, evaluation.row(row));
    }
  }
  return { sheets, names, rows };
}

/** A pink free-text cell for the user's own notes (up to 1,000 characters). */
export function noteCell(prompt: string): Slot {
  return {
    cell: {
      style: "input",
      validation: { type: "textLength", min: 0, max: 1000, allowBlank: true, prompt, error: "Keep notes to 1,000 characters or fewer." },
    },
  };
}

/** A reference to a row's single cell, for expressions built outside fx. */
export const cellOf = (row: Row, i = 0): Expr => cellAt(row, i);
