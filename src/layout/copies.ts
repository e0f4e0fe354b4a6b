/**
 * Formulas copied across a sheet: a row a row copier made from a row to its left (copyOf), whose
 * every read is the same cell of another sheet (a fixed address) or a row placed as far to the right
 * and read by a relative column, is that row's formula in R1C1. Its cells are not printed again: a
 * file writes the text once (a shared formula).
 */
import { copyOf, rowsRead, type Row } from "../calc";
import type { Cell } from "./a1";
import type { Placement } from "./layout";

export interface SheetPlaces {
  /** The sheet being rendered (its id). */
  sheet: string;
  /** Where every row of the workbook is. */
  where: ReadonlyMap<Row, Placement>;
  /** Each guarded row's check. */
  guardOf: ReadonlyMap<Row, Row>;
  /** The re-pointing a row's formula prints through, if any. */
  aliasOf: (row: Row) => ReadonlyMap<Row, Row> | undefined;
  /** Notes a row a copy reads (what a sheet reads decides whether its rendering is kept). */
  read?: (row: Row) => void;
}

/**
 * For one sheet, called for each formula cell in turn: the cell whose formula it copies (the first
 * of the run of copies it joins, the one to its left being in that run), or undefined where the
 * cell prints its own formula.
 */
export function formulaCopies({
  sheet,
  where,
  guardOf,
  aliasOf,
  read,
}: SheetPlaces): (row: Row, cell: Cell, ref: string) => string | undefined {
  // Each formula cell's run: the cell whose formula it is (its own where it is no copy).
  const runs = new Map<number, string>();
  const at = (row: number, col: number) => row * 16384 + col;
  const fixedHere = (r: Row) => {
    const p = where.get(r);
    return p !== undefined && p.sheet !== sheet && !p.acrossColumns;
  };
  /** Rows placed the same way, the second `k` columns right of the first, read by relative columns. */
  const alongside = (a: Row, b: Row, k: number) => {
    const p = where.get(a);
    const q = where.get(b);
    // Another sheet's rows read by the column relative to the reader's move with it too.
    return (
      !!p &&
      !!q &&
      p.sheet === q.sheet &&
      (p.sheet === sheet || (!!p.acrossColumns && !!q.acrossColumns)) &&
      p.down === q.down &&
      q.row === p.row &&
      q.col === p.col + k
    );
  };
  /** How many columns right of the row it copies a row is, where it is a copy. */
  const offsets = new Map<Row, number | undefined>();
  const offsetOf = (y: Row): number | undefined => {
    if (offsets.has(y)) return offsets.get(y);
    let k: number | undefined;
    const c = copyOf(y);
    const px = c && where.get(c.from);
    const py = where.get(y)!;
    const gx = c && guardOf.get(c.from);
    const gy = guardOf.get(y);
    if (
      c &&
      px &&
      px.sheet === sheet &&
      px.row === py.row &&
      px.down === py.down &&
      gx === gy &&
      (gy === undefined || fixedHere(gy)) &&
      aliasOf(c.from) === aliasOf(y)
    ) {
      k = py.col - px.col;
      // Both print through one re-pointing (or none): each read as it prints.
      const alias = aliasOf(y);
      for (const d of rowsRead(c.fromExpr)) {
        const m = c.to.get(d) ?? d;
        const dx = alias?.get(d) ?? d;
        const dy = alias?.get(m) ?? m;
        if (dx === dy ? fixedHere(dx) : alongside(dx, dy, k) && d.size === m.size) {
          read?.(dy);
          continue;
        }
        k = undefined;
        break;
      }
    }
    offsets.set(y, k);
    return k;
  };
  return (row, cell, ref) => {
    const k = offsetOf(row);
    const run = runs.get(at(cell.row, cell.col - 1));
    // The cell it copies is in the run its left neighbour is in.
    const master = k !== undefined && run !== undefined && runs.get(at(cell.row, cell.col - k)) === run ? run : undefined;
    runs.set(at(cell.row, cell.col), master ?? ref);
    return master;
  };
}
