/**
 * Re-pointing part of the graph: copies of the rows between some inputs and some results, with the
 * inputs read from other rows. The Sensitivity sheet moves one input at a time this way; the
 * Scenarios sheet gives each scenario its own copy of the rows its inputs reach.
 */
import { rebound, rowsRead, type Expr, type Row } from "./expr";

/**
 * The same expression with some rows replaced (fixed cells and slices kept: the rows are the same
 * size). A part that reads none of them is kept as it is (expressions are never changed once made).
 */
export function substitute(e: Expr, to: ReadonlyMap<Row, Row>): Expr {
  switch (e.k) {
    case "ref":
    case "range": {
      const row = to.get(e.row);
      return row ? { ...e, row } : e;
    }
    case "bin": {
      const a = substitute(e.a, to);
      const b = substitute(e.b, to);
      return a === e.a && b === e.b ? e : { ...e, a, b };
    }
    case "neg": {
      const a = substitute(e.a, to);
      return a === e.a ? e : { ...e, a };
    }
    case "fn": {
      let args: Expr[] | undefined;
      for (let i = 0; i < e.args.length; i++) {
        const a = substitute(e.args[i], to);
        if (a !== e.args[i]) (args ??= e.args.slice())[i] = a;
      }
      return args ? { ...e, args } : e;
    }
    default:
      return e;
  }
}

/**
 * Copies of the rows between `inputs` (the map's keys) and `results`, reading each input from the
 * row it maps to; rows the inputs do not reach are kept. `made` collects the copies in dependency
 * order; the returned map gives each visited row its copy (or itself).
 */
export function cone(results: readonly Row[], inputs: ReadonlyMap<Row, Row>, tag: string, made: Row[]): Map<Row, Row> {
  const memo = new Map<Row, Row>(inputs);
  const visit = (row: Row): Row => {
    const known = memo.get(row);
    if (known) return known;
    if (row.kind !== "calc" || !row.expr) {
      memo.set(row, row);
      return row;
    }
    const to = new Map<Row, Row>();
    for (const d of rowsRead(row.expr)) {
      const c = visit(d);
      if (c !== d) to.set(d, c);
    }
    if (to.size === 0) {
      memo.set(row, row);
      return row;
    }
    const copy: Row = {
      id: `${row.id}@${tag}`,
      kind: "calc",
      label: row.label,
      size: row.size,
      expr: substitute(row.expr, to),
      unit: row.unit,
      format: row.format,
      total: row.total,
      ...(row.check ? { check: true } : {}),
    };
    made.push(copy);
    memo.set(row, copy);
    return copy;
  };
  results.forEach(visit);
  return memo;
}

/**
 * A cone made for some inputs (and folded: see inline.ts), made again for others: each of its rows
 * copied with the inputs and the rows copied before it replaced by their new copies, and tagged
 * `tag` instead of the cone's. Folding reads only the rows' shapes (sizes, what reads what, the
 * formulas' parts), which the two cones share, so this gives what copying the rows again and
 * folding them would give, without the work. The returned map gives each row the cone reached its
 * new copy, or itself where the cone did not reach it; a copy folded away has none.
 */
export function mirrorCone(
  made: { rows: readonly Row[]; memo: ReadonlyMap<Row, Row>; tag: string },
  inputs: ReadonlyMap<Row, Row>,
  tag: string,
): { rows: Row[]; memo: Map<Row, Row> } {
  const to = new Map<Row, Row>(inputs);
  const suffix = `@${made.tag}`;
  const rows = made.rows.map(
    rowCopier(
      made.rows,
      to,
      (id) => (id.endsWith(suffix) ? `${id.slice(0, -suffix.length)}@${tag}` : undefined),
      `a row of the cone ${made.tag}`,
    ),
  );
  const memo = new Map<Row, Row>();
  for (const [from, copy] of made.memo) {
    const mine = to.get(copy);
    if (mine) memo.set(from, mine);
    else if (copy === from) memo.set(from, from);
  }
  return { rows, memo };
}

/** What a row copied by a row copier was made from: the row, both expressions then, and the rows replaced. */
export interface CopyOf {
  from: Row;
  fromExpr: Expr;
  expr: Expr;
  /** Each row replaced, to its replacement (the copier's map: it only grows, never changes an entry). */
  to: ReadonlyMap<Row, Row>;
}
const copies = new WeakMap<Row, CopyOf>();

/**
 * The row a row copier made `row` from, where both still have the expressions they had then: `row`
 * is then `from` with each row `to` maps replaced. The renderer uses it to write a formula copied across
 * cells once.
 */
export function copyOf(row: Row): CopyOf | undefined {
  const c = copies.get(row);
  return c && c.expr === row.expr && c.fromExpr === c.from.expr ? c : undefined;
}

/**
 * Copies of calc rows of one shape, for other rows in place of some they read: the copier gives a
 * row of `rows` its copy (made after those of the rows of `rows` it reads), with every row `to`
 * maps replaced, and adds it to `to`; any other row it gives as it is. `renamed` gives each copy
 * its id (undefined: a row that is not `what`, refused).
 */
export function rowCopier(
  rows: Iterable<Row>,
  to: Map<Row, Row>,
  renamed: (id: string) => string | undefined,
  what: string,
): (row: Row) => Row {
  const copied = new Set(rows);
  const copy = (r: Row): Row => {
    const known = to.get(r);
    if (known || !copied.has(r)) return known ?? r;
    const id = renamed(r.id);
    if (!id || !r.expr) throw new Error(`${r.id} is not ${what}`);
    for (const d of rowsRead(r.expr)) copy(d);
    const made: Row = { ...r, id, expr: substitute(r.expr, to) };
    copies.set(made, { from: r, fromExpr: r.expr, expr: made.expr!, to });
    to.set(r, made);
    return made;
  };
  return copy;
}

/**
 * Copies of the rows from `inputs` (rows of one size) to `results` for inputs of `size` cells: a
 * row of the inputs' size that reads them takes the new size, a range over a copy covers all its
 * cells, and rows the inputs do not reach are kept. An ECH function given ranges of any length runs
 * these; the returned map gives each copied row its copy.
 */
export function resized(results: readonly Row[], inputs: readonly Row[], size: number): Map<Row, Row> {
  const from = inputs[0].size;
  const to = new Map<Row, Row>(inputs.map((r) => [r, { ...r, id: `${r.id}.${size}`, size, values: Array<null>(size).fill(null) }]));
  const visit = (row: Row): Row => {
    const known = to.get(row);
    if (known) return known;
    if (row.kind !== "calc" || !row.expr) return row;
    let reached = false;
    for (const d of rowsRead(row.expr)) if (visit(d) !== d) reached = true;
    if (!reached) return row;
    const copy = rebound(row, to, row.size === from ? size : row.size);
    to.set(row, copy);
    return copy;
  };
  results.forEach(visit);
  return to;
}
