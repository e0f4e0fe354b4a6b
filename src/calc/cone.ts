/**
 * Re-pointing part of the graph: copies of the rows between some inputs and some results, with the
 * inputs read from other rows. The Sensitivity sheet moves one input at a time this way; the
 * Scenarios sheet gives each scenario its own copy of the rows its inputs reach.
 */
import { dependencies, type Expr, type Row } from "./expr";

/** The same expression with some rows replaced (fixed cells and slices kept: the rows are the same size). */
export function substitute(e: Expr, to: ReadonlyMap<Row, Row>): Expr {
  switch (e.k) {
    case "ref":
    case "range":
      return to.has(e.row) ? { ...e, row: to.get(e.row)! } : e;
    case "bin":
      return { ...e, a: substitute(e.a, to), b: substitute(e.b, to) };
    case "neg":
      return { ...e, a: substitute(e.a, to) };
    case "fn":
      return { ...e, args: e.args.map((a) => substitute(a, to)) };
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
    for (const d of dependencies(row.expr)) {
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
