/**
 * Folding rows into the formulas that read them: a copied row (a sensitivity move's, a scenario's)
 * that only one formula reads needs no cell of its own. The formula reads the same cells in the
 * same order, so every engine computes the same number; what changes is how many cells hold it.
 */
import { rowsRead, type Expr, type Row } from "./expr";

/** Limits on a folded formula: well inside Excel's 8,192 characters and 64 levels of functions. */
const MAX_SIZE = 5500;
const MAX_DEPTH = 24;
/** What a formula written out again may add: in one formula, and over the cells that read it. */
const REPEATED_IN_ONE = 800;
const REPEATED = 1500;

/** The expression of cell `i` of a row: references that read "the same cell" read cell `i`. */
function cellExpr(e: Expr, i: number): Expr {
  switch (e.k) {
    case "ref":
      return e.at === undefined && e.row.size > 1 ? { ...e, at: i } : e;
    case "bin":
      return pair(e, cellExpr(e.a, i), cellExpr(e.b, i));
    case "neg":
      return one(e, cellExpr(e.a, i));
    case "fn":
      return call(
        e,
        mapped(e.args, (a) => cellExpr(a, i)),
      );
    default:
      return e;
  }
}

/*
 * An expression with new parts, or the same expression where none changed: an expression is never
 * changed once made, so a part shared is shared safely, and fewer copies are made.
 */
type Bin = Extract<Expr, { k: "bin" }>;
type Neg = Extract<Expr, { k: "neg" }>;
const pair = (e: Bin, a: Expr, b: Expr): Expr => (a === e.a && b === e.b ? e : { ...e, a, b });
const one = (e: Neg, a: Expr): Expr => (a === e.a ? e : { ...e, a });
const call = (e: FnExpr, args: readonly Expr[]): Expr =>
  args === e.args || (args.length === e.args.length && args.every((a, j) => a === e.args[j])) ? e : { ...e, args };

/** `f` of each part, or the same list where `f` changed none (no list made for a part left alone). */
function mapped(args: readonly Expr[], f: (a: Expr) => Expr): readonly Expr[] {
  let out: Expr[] | undefined;
  for (let j = 0; j < args.length; j++) {
    const a = f(args[j]);
    if (a !== args[j]) (out ??= args.slice())[j] = a;
  }
  return out ?? args;
}

/** Rough printed length: an address is about 14 characters once sheet names are in. */
function size(e: Expr): number {
  switch (e.k) {
    case "ref":
    case "range":
      return 14;
    case "num":
      return String(e.v).length;
    case "str":
      return e.v.length + 2;
    case "bool":
      return 5;
    case "bin":
      return size(e.a) + size(e.b) + 3;
    case "neg":
      return size(e.a) + 3;
    case "fn":
      return e.f.length + 2 + e.args.reduce((s, a) => s + size(a) + 1, 0);
  }
}

/** A formula's size (as size() counts it) and depth of functions, or bounds on them. */
interface Extent {
  readonly size: number;
  readonly depth: number;
}

const within = (x: Extent): boolean => x.size <= MAX_SIZE && x.depth <= MAX_DEPTH;

/** A formula's extent, or undefined where it is past the limits (the walk stops there). */
function extentWithin(e: Expr): Extent | undefined {
  let total = 0;
  let deepest = 0;
  const walk = (x: Expr, d: number): void => {
    if (total > MAX_SIZE || deepest > MAX_DEPTH) return;
    switch (x.k) {
      case "bin":
        total += 3;
        walk(x.a, d);
        walk(x.b, d);
        return;
      case "neg":
        total += 3;
        walk(x.a, d);
        return;
      case "fn":
        deepest = Math.max(deepest, d + 1);
        total += x.f.length + 2 + x.args.length;
        for (const a of x.args) walk(a, d + 1);
        return;
      default:
        total += size(x);
    }
  };
  walk(e, 0);
  const x = { size: total, depth: deepest };
  return within(x) ? x : undefined;
}

/** Whether a value could be text (a folded text inside SUM would be an error, where a cell's is skipped). */
function mayBeText(e: Expr, rowText: (r: Row) => boolean): boolean {
  switch (e.k) {
    case "str":
      return true;
    case "ref":
    case "range":
      return rowText(e.row);
    case "bin":
      // A comparison gives TRUE or FALSE; arithmetic a number or an error.
      return e.op === "&";
    case "fn":
      if (e.f === "TEXT") return true;
      if (e.f === "IF") return e.args.slice(1).some((a) => mayBeText(a, rowText));
      if (e.f === "CHOOSE") return e.args.slice(1).some((a) => mayBeText(a, rowText));
      return false;
    default:
      return false;
  }
}

/**
 * How a row is read: cells read per cell of the readers, whether folding it is safe, how many times
 * one reader writes it (a range once) and how many of its cells (a range's each), and whether a
 * range of it is read.
 */
interface Use {
  count: number[];
  unsafe: boolean;
  written: number;
  cellsWritten: number;
  inRange: boolean;
}

/** Adds how `row` is read in `e` to `out`. */
function uses(e: Expr, row: Row, readerSize: number, out: Use, inside?: string): void {
  switch (e.k) {
    case "ref":
      if (e.row !== row) return;
      out.written++;
      out.cellsWritten++;
      if (inside === "ISBLANK") out.unsafe = true;
      if (e.at !== undefined || row.size === 1) out.count[e.at ?? 0] += readerSize;
      else if (readerSize === row.size) for (let i = 0; i < out.count.length; i++) out.count[i]++;
      else out.unsafe = true;
      return;
    case "range":
      if (e.row !== row) return;
      out.written++;
      out.cellsWritten += e.to - e.from + 1;
      out.inRange = true;
      if (inside !== "SUM" && inside !== "MAX" && inside !== "MIN") out.unsafe = true;
      for (let i = e.from; i <= e.to; i++) out.count[i] += readerSize;
      return;
    case "bin":
      uses(e.a, row, readerSize, out);
      uses(e.b, row, readerSize, out);
      return;
    case "neg":
      uses(e.a, row, readerSize, out);
      return;
    case "fn":
      for (const a of e.args) uses(a, row, readerSize, out, e.f);
      return;
  }
}

/** `e` with `row` replaced by its expression. */
export function fold(e: Expr, row: Row, body: Expr): Expr {
  switch (e.k) {
    case "ref":
      if (e.row !== row) return e;
      return e.at !== undefined ? cellExpr(body, e.at) : body;
    case "bin":
      return pair(e, fold(e.a, row, body), fold(e.b, row, body));
    case "neg":
      return one(e, fold(e.a, row, body));
    case "fn":
      return call(
        e,
        e.args.some((a) => a.k === "range" && a.row === row)
          ? e.args.flatMap((a) =>
              a.k === "range" && a.row === row
                ? Array.from({ length: a.to - a.from + 1 }, (_, j) => cellExpr(body, a.from + j))
                : [fold(a, row, body)],
            )
          : mapped(e.args, (a) => fold(a, row, body)),
      );
    default:
      return e;
  }
}

/**
 * Folds each of `rows` (calc rows in dependency order, read only by each other and by `readers`)
 * into the formulas that read it, where each of its cells is read once (or the row is a plain
 * reference to another formula) and the result stays within the limits. The rows and readers must
 * be the caller's own copies, made for one sheet: their expressions are rewritten in place.
 * Returns the rows still needing cells.
 */
export function inlineRows(rows: readonly Row[], readers: readonly Row[], fixed: readonly Row[] = []): Row[] {
  const pinned = new Set<Row>(fixed.flatMap((r) => rowsRead(exprOf(r))));
  const gone = new Set<Row>();
  // Readers once folded into: their expressions are settled, so a later fold need only settle what it
  // changes, and their extents are known (or bounded), so a later fold need only add what it writes.
  const extents = new Map<Row, Extent>();
  const textMemo = new Map<Row, boolean>();
  const rowText = (r: Row): boolean => {
    let t = textMemo.get(r);
    if (t === undefined) {
      textMemo.set(r, true);
      const rule = r.input?.rule.kind;
      t =
        r.kind === "input"
          ? rule === "text" || rule === "list"
          : r.kind === "const"
            ? (r.values ?? []).some((v) => typeof v === "string")
            : (r.cells ?? (r.expr ? [r.expr] : [])).some((e) => mayBeText(e, rowText));
      textMemo.set(r, t);
    }
    return t;
  };
  // Who reads each row, in the order of `rows`, then `readers`. The rows come in dependency order, so
  // what a folded row read comes before it and has been dealt with: folding adds no reader worth noting.
  const candidates = new Set(rows);
  const readBy = new Map<Row, Row[]>();
  for (const list of [rows, readers])
    for (const r of list)
      for (const d of rowsRead(exprOf(r)))
        if (candidates.has(d) && d !== r) {
          const known = readBy.get(d);
          if (known) known.push(r);
          else readBy.set(d, [r]);
        }
  for (const row of rows) {
    const body = row.expr;
    if (!body || row.check || row.cells || pinned.has(row)) continue;
    const readersOf = (readBy.get(row) ?? []).filter((r) => !gone.has(r));
    if (readersOf.length === 0 || readersOf.some((r) => r.cells)) continue;
    const out: Use = { count: new Array<number>(row.size).fill(0), unsafe: false, written: 0, cellsWritten: 0, inRange: false };
    // A short formula may be written out again in one formula, or read from several cells.
    let occurrences = 0;
    const cellsWritten = readersOf.map((r) => {
      out.written = 0;
      out.cellsWritten = 0;
      uses(r.expr!, row, r.size, out);
      occurrences = Math.max(occurrences, out.written);
      return out.cellsWritten;
    });
    const reads = Math.max(...out.count);
    const plainRef = body.k === "ref" && body.row.kind === "calc";
    if (out.unsafe) continue;
    if (!plainRef && occurrences > 1 && (occurrences - 1) * size(body) > REPEATED_IN_ONE) continue;
    if (!plainRef && reads > 1 && (reads - 1) * size(body) > REPEATED) continue;
    if (body.k !== "ref" && out.inRange && mayBeText(body, rowText)) continue;
    const folded = readersOf.map((r) => (extents.has(r) ? refolded(r.expr!, row, body) : settled(fold(r.expr!, row, body))));
    // A fold adds at most the body and a comma for each cell it writes, and the body's depth; settling
    // only takes away. Only a folded formula this bound does not show within the limits is measured.
    const bodyExtent = extents.get(row) ?? extentWithin(body);
    const foldedExtents: Extent[] = [];
    for (let j = 0; j < readersOf.length; j++) {
      const was = extents.get(readersOf[j]) ?? extentWithin(readersOf[j].expr!);
      const bound = was && bodyExtent && { size: was.size + cellsWritten[j] * (bodyExtent.size + 1), depth: was.depth + bodyExtent.depth };
      const x = bound && within(bound) ? bound : extentWithin(folded[j]);
      if (!x) break;
      foldedExtents.push(x);
    }
    if (foldedExtents.length < readersOf.length) continue;
    readersOf.forEach((r, j) => {
      (r as { expr?: Expr }).expr = folded[j];
      extents.set(r, foldedExtents[j]);
    });
    gone.add(row);
  }
  return rows.filter((r) => !gone.has(r));
}

/** Row numbers for keys: any numbering tells rows apart by identity. */
const rowNumbers = new WeakMap<Row, number>();
let nextRowNumber = 0;
/** Keys of IF tests already worked out (an expression is never changed once made). */
const testKeys = new WeakMap<Expr, string>();

/** A key equal for two expressions exactly when they are written alike (rows told apart by identity). */
function keyOf(e: Expr): string {
  switch (e.k) {
    case "num":
      return `n${e.v}`;
    case "str":
      return `s${JSON.stringify(e.v)}`;
    case "bool":
      return `b${e.v}`;
    case "ref":
      return `r${rowNumber(e.row)}@${e.at ?? ""}`;
    case "range":
      return `g${rowNumber(e.row)}@${e.from}:${e.to}`;
    case "bin":
      return `(${keyOf(e.a)}${e.op}${keyOf(e.b)})`;
    case "neg":
      return `-(${keyOf(e.a)})`;
    case "fn":
      return `${e.f}(${e.args.map(keyOf).join(",")})`;
  }
}

function rowNumber(r: Row): number {
  let n = rowNumbers.get(r);
  if (n === undefined) rowNumbers.set(r, (n = nextRowNumber++));
  return n;
}

function testKey(test: Expr): string {
  let k = testKeys.get(test);
  if (k === undefined) testKeys.set(test, (k = keyOf(test)));
  return k;
}

/** The IF tests an enclosing IF has settled, innermost first. */
interface Known {
  readonly key: string;
  readonly answer: boolean;
  readonly outer?: Known;
}

function answerOf(known: Known | undefined, key: string): boolean | undefined {
  for (let k = known; k; k = k.outer) if (k.key === key) return k.answer;
  return undefined;
}

type FnExpr = Extract<Expr, { k: "fn" }>;

/**
 * An IF whose test is settled already: the branch the context decides, or the IF with each branch
 * made by `branch` in the context its answer adds.
 */
function settledIf(e: FnExpr, test: Expr, known: Known | undefined, branch: (a: Expr, known: Known | undefined) => Expr): Expr {
  const key = testKey(test);
  const answer = answerOf(known, key);
  if (answer === true) return branch(e.args[1], known);
  if (answer === false) return e.args[2] ? branch(e.args[2], known) : { k: "bool", v: false };
  return call(e, [
    test,
    branch(e.args[1], { key, answer: true, outer: known }),
    ...(e.args[2] ? [branch(e.args[2], { key, answer: false, outer: known })] : []),
  ]);
}

/**
 * `e` without the IFs whose test an enclosing IF has already settled: a folded row's guard inside a
 * reader that has the same guard (IF(x,IF(x,a,""),"") is IF(x,a,"")). The test is the same cells
 * read the same way, so it gives the same answer, and the number is the same in every engine.
 */
export function settled(e: Expr, known?: Known): Expr {
  switch (e.k) {
    case "bin":
      return pair(e, settled(e.a, known), settled(e.b, known));
    case "neg":
      return one(e, settled(e.a, known));
    case "fn":
      if (e.f !== "IF")
        return call(
          e,
          mapped(e.args, (a) => settled(a, known)),
        );
      return settledIf(e, settled(e.args[0], known), known, settled);
    default:
      return e;
  }
}

/**
 * settled(fold(e, row, body)) for an `e` that is settled already, without rebuilding what the fold
 * leaves alone: a part that does not read `row`, under IF tests that do not read it, is settled as
 * it stands and is kept as it is. Below a test the fold changes, the context changes, so that part
 * is folded and settled afresh.
 */
function refolded(e: Expr, row: Row, body: Expr, known?: Known): Expr {
  switch (e.k) {
    case "ref":
      if (e.row !== row) return e;
      return settled(e.at !== undefined ? cellExpr(body, e.at) : body, known);
    case "bin": {
      const a = refolded(e.a, row, body, known);
      const b = refolded(e.b, row, body, known);
      return a === e.a && b === e.b ? e : { ...e, a, b };
    }
    case "neg": {
      const a = refolded(e.a, row, body, known);
      return a === e.a ? e : { ...e, a };
    }
    case "fn": {
      if (e.f === "IF") {
        const test = refolded(e.args[0], row, body, known);
        if (test !== e.args[0]) return settledIf(e, test, known, (a, k) => settled(fold(a, row, body), k));
        const key = testKey(test);
        const then = refolded(e.args[1], row, body, { key, answer: true, outer: known });
        const otherwise = e.args[2] && refolded(e.args[2], row, body, { key, answer: false, outer: known });
        return then === e.args[1] && otherwise === e.args[2] ? e : { ...e, args: [test, then, ...(otherwise ? [otherwise] : [])] };
      }
      if (e.args.some((a) => a.k === "range" && a.row === row))
        return {
          ...e,
          args: e.args.flatMap((a) =>
            a.k === "range" && a.row === row
              ? Array.from({ length: a.to - a.from + 1 }, (_, j) => settled(cellExpr(body, a.from + j), known))
              : [refolded(a, row, body, known)],
          ),
        };
      const args = mapped(e.args, (a) => refolded(a, row, body, known));
      return args === e.args ? e : { ...e, args };
    }
    default:
      return e;
  }
}

const exprOf = (r: Row): Expr => r.expr ?? { k: "fn", f: "SUM", args: r.cells ?? [] };
