/**
 * Rendering laid-out sheets: every reference resolved to an address, each cell's formula printed
 * from its row's expression and its value worked out, and sheets rendered for one workbook kept for
 * another where they come out the same.
 */
import { evaluate, fx, printExpr, rowsRead, type Addresser, type Expr, type Result, type Row, type Value, CalcError } from "../calc";
import { ruleMessage } from "../calc/rows";
import { cellAddress, fixedAddress, fixedRectAddress, rectAddress, type Cell } from "./a1";
import type { CellDef, NameDef, SheetDef, Validation } from "./cells";
import { formulaCopies } from "./copies";
import type { Placement, SheetLayout } from "./layout";

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

/**
 * A sheet as rendered, with what its cells depend on besides its layout: the re-pointing, and where
 * the rows its formulas read were. A layout renders the same wherever those are the same.
 */
interface RenderedSheet {
  sheet: SheetDef;
  names: NameDef[];
  repoint: { to?: ReadonlyMap<Row, Row>; keep?: ReadonlySet<Row>; sheet: boolean };
  reads: Map<Row, Placement | undefined>;
  /** Its calculated rows' values: the other sheets read them. */
  values: ReadonlyMap<Row, readonly Value[]>;
  /**
   * A sheet every workbook shares, whatever it re-points: the rows its formulas read, re-pointed as
   * they were (readsOf), by where they were, how many cells they had and (those on other sheets) their
   * values; and its pink cells' values.
   */
  common?: {
    reads: readonly { place: Placement | undefined; size: number; values?: readonly Value[] }[];
    inputs: readonly (readonly Value[])[];
  };
}

/**
 * Sheets rendered for one workbook, to render again in another of the same inputs: those every
 * workbook of an option shares (with and without an overlay that changes none of its figures), kept
 * where the rows they read are placed as they were; and those every workbook shares whatever its
 * option (the inputs and the model's own sheets), kept too where their rows are re-pointed
 * otherwise but read rows placed alike whose values come out the same.
 */
export interface RenderCache {
  /** The layouts whose rendering may be kept. */
  readonly shared: Set<SheetLayout>;
  /** Of those, the ones whatever the re-pointing. */
  readonly common: Set<SheetLayout>;
  readonly sheets: Map<SheetLayout, RenderedSheet>;
}

export function renderCache(): RenderCache {
  return { shared: new Set(), common: new Set(), sheets: new Map() };
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

/** The same values: the same numbers (0 and −0 apart), texts, truth values, blanks and errors. */
const sameValues = (a: readonly Value[], b: readonly Value[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => Object.is(x, b[i]) || (x instanceof CalcError && b[i] instanceof CalcError && x.code === (b[i] as CalcError).code));

/** Each row a layout places, where, and whether its sheet's check guards it: the same in every workbook. */
interface Placed {
  row: Row;
  place: Placement;
  guarded: boolean;
}
const placements = new WeakMap<SheetLayout, { slots: number; guard: Row | undefined; placed: Placed[] }>();

function placementsOf(l: SheetLayout): readonly Placed[] {
  const known = placements.get(l);
  // A layout may still grow (or gain its check) between two renderings.
  if (known && known.slots === l.slots.length && known.guard === l.guard) return known.placed;
  const placed: Placed[] = [];
  for (const p of l.slots) {
    if (p.slot === null || typeof p.slot !== "object" || !("row" in p.slot)) continue;
    const row = p.slot.row;
    placed.push({
      row,
      place: { sheet: p.sheet, row: p.row, col: p.col, down: p.down, ...(p.slot.acrossColumns ? { acrossColumns: true } : {}) },
      guarded: row.kind === "calc" && !row.check && p.slot.guard !== false && !!l.guard,
    });
  }
  placements.set(l, { slots: l.slots.length, guard: l.guard, placed });
  return placed;
}

/** Cell `i` of the row placed at `p`. */
const cellOf = (p: Placement, i: number): Cell => (p.down ? { row: p.row + i, col: p.col } : { row: p.row, col: p.col + i });

/** Where each row a layout places is: its sheet and range. */
function rowsOf(l: SheetLayout): Rendered["rows"] {
  const out: Rendered["rows"] = {};
  for (const { row, place } of placementsOf(l)) {
    const [first, last] = [cellOf(place, 0), cellOf(place, row.size - 1)];
    out[row.id] = { sheet: place.sheet, range: rectAddress({ top: first.row, left: first.col, bottom: last.row, right: last.col }) };
  }
  return out;
}

/**
 * Resolves and prints every sheet. `values` are the input rows' values for this workbook (the
 * defaults otherwise); every formula cell also gets its computed value, so viewers that do not
 * calculate show the right numbers.
 */
export function renderLayouts(
  layouts: readonly SheetLayout[],
  values: ReadonlyMap<Row, readonly Value[]>,
  repoint?: Repoint,
  cache?: RenderCache,
): Rendered {
  const where = new Map<Row, Placement>();
  const guardOf = new Map<Row, Row>();
  for (const l of layouts) {
    for (const { row, place, guarded } of placementsOf(l)) {
      if (where.has(row)) throw new Error(`Row ${row.id} is placed twice`);
      where.set(row, place);
      if (guarded) guardOf.set(row, l.guard!);
    }
  }
  const locate = (row: Row, i: number) => {
    const p = where.get(row);
    if (!p) throw new Error(`Row ${row.id} is used in a formula but not placed on any sheet`);
    return {
      sheet: p.sheet,
      cell: cellOf(p, i),
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
        local.push(cellAddress(c));
        remote.push(`{${p.sheet}}!${fixedAddress(c, p.acrossColumns)}`);
      }
      addresses.set(row, (a = { sheet: p.sheet, local, remote }));
    }
    return a;
  };
  /**
   * Addresses as read from `sheet`: another sheet's fixed (and its id noted in `reads`), its own as
   * they are or (`fixed`) fixed too.
   */
  const addresser = (sheet: string, reads: string[], fixed = false): Addresser => {
    const other = (id: string) => {
      if (!reads.includes(id)) reads.push(id);
    };
    return {
      cell(row, i) {
        if (i >= 0 && i < row.size && !fixed) {
          const a = addressesOf(row);
          if (a.sheet === sheet) return a.local[i];
          other(a.sheet);
          return a.remote[i];
        }
        const l = locate(row, i);
        if (l.sheet === sheet) return fixed ? fixedAddress(l.cell) : cellAddress(l.cell);
        other(l.sheet);
        return `{${l.sheet}}!${fixedAddress(l.cell, l.acrossColumns)}`;
      },
      range(row, from, to) {
        const a = locate(row, from);
        const b = locate(row, to);
        const r = { top: a.cell.row, left: a.cell.col, bottom: b.cell.row, right: b.cell.col };
        if (a.sheet === sheet) return fixed ? fixedRectAddress(r) : rectAddress(r);
        other(a.sheet);
        return `{${a.sheet}}!${fixedRectAddress(r, a.acrossColumns)}`;
      },
    };
  };

  // What each cell shows: a guarded row shows #N/A until its sheet's check is OK, and a re-pointed
  // row reads each row of the re-pointing in place of the one its expression names (as printed and
  // as worked out: the expression is not copied, which for a folded row would copy all of it).
  const shown = new Map<Row, Row>();
  const moved = repoint;
  const repointed = (row: Row): boolean => !!moved && !moved.keep.has(row) && !moved.keepSheets?.has(where.get(row)!.sheet);
  /** The row with its guard, read through aliasOf where it is re-pointed. */
  const display = (row: Row): Row => {
    const g = guardOf.get(row);
    if (!g || !(row.expr || row.cells)) return row;
    let d = shown.get(row);
    if (!d) {
      const guard = (e: Expr) => fx`IF(${g}<>"OK",NA(),${e})`;
      d = row.cells ? { ...row, cells: row.cells.map(guard) } : { ...row, expr: guard(row.expr!) };
      shown.set(row, d);
    }
    return d;
  };
  const aliasOf = (row: Row): ReadonlyMap<Row, Row> | undefined => (repointed(row) ? moved!.to : undefined);
  /**
   * Every row a sheet's formulas read, in a fixed order: each calculated row's guard and the rows
   * its expression reads (both through its re-pointing, as displayed), and what a pink cell's
   * condition of use reads. Two workbooks that place these alike print the sheet's formulas alike.
   */
  const readsOf = (l: SheetLayout): Row[] => {
    const out: Row[] = [];
    for (const p of l.slots) {
      const slot = p.slot;
      if (slot === null || typeof slot !== "object" || !("row" in slot)) continue;
      const row = slot.row;
      if (row.kind === "input") {
        const used = l.inUse.get(row);
        if (used) out.push(...rowsRead(used));
      } else if (row.kind === "calc") {
        const alias = aliasOf(row);
        const g = guardOf.get(row);
        for (const r of g ? [g, ...rowsRead(row.cells ?? row.expr!)] : rowsRead(row.cells ?? row.expr!)) out.push(alias?.get(r) ?? r);
      }
    }
    return out;
  };
  const inputsOf = (l: SheetLayout): (readonly Value[])[] =>
    l.slots.flatMap(({ slot }) =>
      slot !== null && typeof slot === "object" && "row" in slot && slot.row.kind === "input"
        ? [values.get(slot.row) ?? slot.row.values!]
        : [],
    );
  const onSheet = (l: SheetLayout, row: Row) => where.get(row)?.sheet === l.id;

  // A sheet rendered before for a workbook of the same inputs: kept where its formulas read rows
  // placed as they were then, and (re-pointed otherwise) if what they read from other sheets comes out the same.
  const kept = new Map<SheetLayout, { rendered: RenderedSheet; compare?: Row[] }>();
  const contextOf = (l: SheetLayout) => ({ to: moved?.to, keep: moved?.keep, sheet: !!moved?.keepSheets?.has(l.id) });
  for (const l of layouts) {
    const r = cache?.sheets.get(l);
    if (!r) continue;
    const c = contextOf(l);
    if (c.to === r.repoint.to && c.keep === r.repoint.keep && c.sheet === r.repoint.sheet) {
      if ([...r.reads].every(([row, p]) => samePlace(where.get(row), p))) kept.set(l, { rendered: r });
      continue;
    }
    if (!r.common) continue;
    const reads = readsOf(l);
    const was = r.common;
    if (
      reads.length === was.reads.length &&
      reads.every((row, i) => row.size === was.reads[i].size && samePlace(where.get(row), was.reads[i].place)) &&
      inputsOf(l).every((v, i) => sameValues(v, was.inputs[i]))
    )
      kept.set(l, { rendered: r, compare: reads });
  }
  const displayed = (row: Row) => {
    const d = display(row);
    return d === row ? undefined : (d.cells ?? d.expr);
  };
  let evaluation: Result;
  for (;;) {
    // The kept sheets' values stand; their reads from other sheets are worked out to compare.
    const known = new Map<Row, readonly Value[]>();
    const wanted = layouts.filter((l) => !kept.has(l)).flatMap((l) => l.calcRows());
    for (const [l, k] of kept) {
      for (const [row, v] of k.rendered.values) known.set(row, v);
      for (const row of k.compare ?? []) if (!onSheet(l, row)) wanted.push(row);
    }
    evaluation = evaluate(values, wanted, displayed, known.size > 0 ? known : undefined, aliasOf);
    const e = evaluation;
    const stale = [...kept].filter(([, k]) =>
      k.compare?.some((row, i) => {
        const was = k.rendered.common!.reads[i].values;
        return was !== undefined && !sameValues(e.row(row), was);
      }),
    );
    if (stale.length === 0) break;
    // Rendered again, and everything worked out again without their values.
    for (const [l] of stale) kept.delete(l);
  }

  const sheets: SheetDef[] = [];
  const names: NameDef[] = [];
  for (const l of layouts) {
    const known = kept.get(l)?.rendered;
    if (known) {
      sheets.push(known.sheet);
      names.push(...known.names);
      continue;
    }
    const sheetNamesOut: NameDef[] = [];
    const cells: CellDef[] = [];
    const keep = cache?.shared.has(l);
    const read = new Set<Row>();
    const recorded = (a: Addresser): Addresser =>
      keep
        ? {
            cell: (row, i) => (read.add(row), a.cell(row, i)),
            range: (row, from, to) => (read.add(row), a.range(row, from, to)),
          }
        : a;
    const otherSheets: string[] = [];
    const here = recorded(addresser(l.id, otherSheets));
    const hereMoved: Addresser | undefined = moved && {
      cell: (row, i) => here.cell(moved.to.get(row) ?? row, i),
      range: (row, from, to) => here.range(moved.to.get(row) ?? row, from, to),
    };
    // A conditional format's formula reads the same cell from every cell it covers: fixed addresses.
    const absolute = recorded(addresser(l.id, otherSheets, true));
    const seen = new Set<string>();
    // The sheet's names and its named rows' (a layout is only read here: one may be rendered in several workbooks).
    const sheetNames = [...l.names];
    // A formula copied from the row to its left is not printed again.
    const copied = formulaCopies({ sheet: l.id, where, guardOf, aliasOf, ...(keep ? { read: (r: Row) => read.add(r) } : {}) });
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
          const master = copied(row, locate(row, i).cell, ref);
          put({
            ref,
            ...(master
              ? { copiedFrom: master }
              : { formula: printExpr(d.cells ? d.cells[i] : d.expr!, aliasOf(row) ? hereMoved! : here, i) }),
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
      const expected = n.rows.reduce((s, r) => s + r.size, 0);
      const [p, q] = [a.cell, b.cell];
      if ((q.row - p.row + 1) * (q.col - p.col + 1) !== expected) throw new Error(`Name ${n.name}: its rows are not next to each other`);
      const absRange = fixedRectAddress({ top: p.row, left: p.col, bottom: q.row, right: q.col });
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
      reads: otherSheets,
    };
    sheets.push(sheet);
    names.push(...sheetNamesOut);
    if (keep) {
      const reads = new Map<Row, Placement | undefined>();
      for (const row of read) reads.set(row, where.get(row));
      const values = new Map(l.calcRows().map((row) => [row, evaluation.row(row)] as const));
      const common = cache!.common.has(l)
        ? {
            reads: readsOf(l).map((row) => ({
              place: where.get(row),
              size: row.size,
              // A read only an IF's branch not taken reaches changes nothing: its value is not compared.
              ...(!onSheet(l, row) && evaluation.has(row) ? { values: evaluation.row(row) } : {}),
            })),
            inputs: inputsOf(l),
          }
        : undefined;
      cache!.sheets.set(l, {
        sheet,
        names: sheetNamesOut,
        repoint: contextOf(l),
        reads,
        values,
        ...(common ? { common } : {}),
      });
    }
  }
  // Put together only when asked for: the writers never ask.
  let rows: Rendered["rows"] | undefined;
  return {
    sheets,
    names,
    get rows() {
      return (rows ??= Object.assign({}, ...layouts.map(rowsOf)));
    },
  };
}
