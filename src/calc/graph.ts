/**
 * Evaluating rows. A Program is compiled once for a set of given rows and wanted rows: it lays
 * every row it needs out in one flat array and runs the calc rows in dependency order, so the
 * ECH.* functions pay a closure call per operation and nothing else on each recalculation.
 */
import { compile, fixedValue, isError, cellByCellError, Repeats, toBool, valueAt, type Compiled, type Slots } from "./evaluate";
import { CalcError, dependencies, type Expr, type Row, type Value } from "./expr";

interface Step {
  at: number;
  size: number;
  run: Compiled;
  row: Row;
  /** The row's expression, or one for each of its cells. */
  exprs: Expr | readonly Expr[];
}

/** What a program computes, in order, for a code generator that writes it out (src/calc/emit.ts). */
export interface Plan {
  given: readonly { row: Row; at: number }[];
  steps: readonly { row: Row; at: number; exprs: Expr | readonly Expr[] }[];
  /** The rows whose cells a run returns: the program's wanted rows, or others it computes. */
  wanted: readonly { row: Row; at: number }[];
  /** A fixed cell's value; undefined for a cell each run computes or is given. */
  known: (row: Row, cell: number) => Value | undefined;
  /** Where a row's cells start. */
  offset: (row: Row) => number;
}

export class Program {
  private readonly offsets = new Map<Row, number>();
  private readonly steps: Step[] = [];
  private readonly givenAt: number[] = [];
  /** Rows whose values are fixed when the program is built: not given, or computed only from such rows. */
  private readonly known = new Map<Row, readonly Value[]>();
  /** The known cells at their places; each run starts from a copy. */
  private readonly start: Value[] = [];
  private length = 0;
  /** A fixed cell's value; undefined for a cell each run computes or is given. */
  private readonly knownCell = (row: Row, cell: number): Value | undefined => this.known.get(row)?.[cell];

  /**
   * `given`: rows whose values each run supplies (inputs, or results the caller already has, e.g.
   * the hours passed to ECH.UNITCOST). `exprOf` may give a row another expression in this program
   * (the workbook's display: a result hidden behind its sheet's check). `constants` fixes rows'
   * values for every run (e.g. the price base of a program built for one; a calc row given here is
   * not computed); inputs neither given nor fixed keep their own values. Every calc row that reads
   * only fixed rows is worked out once, here.
   */
  constructor(
    readonly given: readonly Row[],
    readonly wanted: readonly Row[],
    private readonly exprOf?: (row: Row) => Expr | readonly Expr[] | undefined,
    constants?: ReadonlyMap<Row, readonly Value[]>,
    /** Work out a part written more than once once a run: worth its build time in a program run many times. */
    shareRepeats = true,
  ) {
    for (const r of given) this.givenAt.push(this.place(r));
    const repeats = new Repeats();
    const counted = new Set<Row>();
    const count = (row: Row) => {
      if (counted.has(row)) return;
      counted.add(row);
      if (constants?.has(row) || row.kind !== "calc") return;
      const e = this.exprOf?.(row) ?? row.cells ?? row.expr;
      for (const x of Array.isArray(e) ? (e as readonly Expr[]) : e ? [e as Expr] : []) {
        repeats.count(x);
        dependencies(x).forEach(count);
      }
    };
    if (shareRepeats) wanted.forEach(count);
    const slots: Slots = Object.assign((r: Row) => this.offsets.get(r)!, {
      known: this.knownCell,
      repeats: shareRepeats ? repeats : undefined,
    });
    const visiting = new Set<Row>();
    const visit = (row: Row) => {
      if (this.offsets.has(row)) return;
      const fixed = fixedValues(row, constants);
      if (fixed) {
        this.fix(row, this.place(row), fixed);
        return;
      }
      if (visiting.has(row)) throw new Error(`Row ${row.id} depends on itself`);
      visiting.add(row);
      const e = expressionOf(row, this.exprOf);
      const list: readonly Expr[] = Array.isArray(e) ? e : [e as Expr];
      const reads: Set<Row>[] = [];
      for (const x of list) {
        const live = this.liveDependencies(x, visit);
        for (const d of live) if (d.size !== 1 && d.size !== row.size && readsCellByCell(x, d)) throw cellByCellError(row, d);
        reads.push(live);
      }
      visiting.delete(row);
      const at = this.place(row);
      if (reads.every((live) => [...live].every((d) => this.known.has(d)))) {
        // Worked out once, here: no closures to build for a single run.
        const values: Value[] = [];
        for (let i = 0; i < row.size; i++) values.push(valueAt(Array.isArray(e) ? list[i] : (e as Expr), i, this.knownCell));
        this.fix(row, at, values);
        return;
      }
      let run: Compiled;
      if (Array.isArray(e)) {
        const each = list.map((x) => compile(x, slots));
        run = (v, i) => each[i](v, i);
      } else run = compile(e as Expr, slots);
      this.steps.push({ at, size: row.size, run, row, exprs: e });
    };
    wanted.forEach(visit);
    this.start.length = this.length;
  }

  /**
   * The rows an expression reads, each visited: an IF whose condition is fixed reads only the
   * branch it takes (compile() compiles only that one), so the other branch's rows are not run.
   */
  private liveDependencies(e: Expr, visit: (row: Row) => void, out = new Set<Row>()): Set<Row> {
    switch (e.k) {
      case "ref":
      case "range":
        visit(e.row);
        out.add(e.row);
        break;
      case "bin":
        this.liveDependencies(e.a, visit, out);
        this.liveDependencies(e.b, visit, out);
        break;
      case "neg":
        this.liveDependencies(e.a, visit, out);
        break;
      case "fn": {
        if (e.f === "IF" && e.args.length > 0) {
          this.liveDependencies(e.args[0], visit, out);
          const fixed = fixedValue(e.args[0], this.knownCell);
          const taken = fixed === undefined ? undefined : toBool(fixed);
          if (typeof taken === "boolean") {
            const branch = taken ? e.args[1] : e.args[2];
            if (branch) this.liveDependencies(branch, visit, out);
            break;
          }
          for (let j = 1; j < e.args.length; j++) this.liveDependencies(e.args[j], visit, out);
          break;
        }
        for (const a of e.args) this.liveDependencies(a, visit, out);
        break;
      }
    }
    return out;
  }

  private fix(row: Row, at: number, values: readonly Value[]): void {
    this.known.set(row, values);
    for (let i = 0; i < values.length; i++) this.start[at + i] = values[i];
  }

  private place(row: Row): number {
    const known = this.offsets.get(row);
    if (known !== undefined) return known;
    const at = this.length;
    this.offsets.set(row, at);
    this.length += row.size;
    return at;
  }

  /** The program's layout and steps, for writing it out as code. */
  plan(): Plan {
    return {
      given: this.given.map((row, k) => ({ row, at: this.givenAt[k] })),
      steps: this.steps.map(({ row, at, exprs }) => ({ row, at, exprs })),
      wanted: this.wanted.map((row) => ({ row, at: this.offset(row) })),
      known: this.knownCell,
      offset: (row) => this.offset(row),
    };
  }

  /** Where a row's cells start in a run's values (for hot paths that read many cells). */
  offset(row: Row): number {
    const at = this.offsets.get(row);
    if (at === undefined) throw new Error(`Row ${row.id} is not computed by this program`);
    return at;
  }

  /** A function running the program that returns the cells of `out` (its wanted rows if not given), one row after another. */
  runner(out: readonly Row[] = this.wanted): (values: readonly (readonly Value[])[]) => Value[] {
    const cells = out.flatMap((row) => Array.from({ length: row.size }, (_, i) => this.offset(row) + i));
    return (values) => {
      const v = this.run(values).v;
      return cells.map((j) => v[j]);
    };
  }

  /** Runs the program: `values[k]` holds the cells of `given[k]`. */
  run(values: readonly (readonly Value[])[]): Result {
    const v = this.start.slice();
    for (let k = 0; k < this.givenAt.length; k++) {
      const src = values[k];
      const at = this.givenAt[k];
      for (let i = 0; i < src.length; i++) v[at + i] = src[i];
    }
    this.evaluate(v);
    return new Result(v, this.offsets);
  }

  private evaluate(v: Value[]): void {
    const steps = this.steps;
    for (let k = 0; k < steps.length; k++) {
      const s = steps[k];
      if (s.size === 1) v[s.at] = s.run(v, 0);
      else for (let i = 0; i < s.size; i++) v[s.at + i] = s.run(v, i);
    }
  }
}

/** The values of one run. */
export class Result {
  constructor(
    /** Every cell, laid out as Program.offset says. */
    readonly v: Value[],
    private readonly offsets: ReadonlyMap<Row, number>,
  ) {}

  private at(row: Row): number {
    const at = this.offsets.get(row);
    if (at === undefined) throw new Error(`Row ${row.id} was not computed`);
    return at;
  }

  /** Whether the row was worked out (a row only an IF's branch not taken reads is not). */
  has(row: Row): boolean {
    return this.offsets.has(row);
  }

  value(row: Row, i = 0): Value {
    return this.v[this.at(row) + i];
  }

  row(row: Row): Value[] {
    const at = this.at(row);
    return this.v.slice(at, at + row.size);
  }

  /** A cell that must be a number; a model that reaches an error here has a bug or missed a check. */
  number(row: Row, i = 0): number {
    const v = this.value(row, i);
    if (typeof v !== "number") throw new Error(`${row.id}[${i}] is ${v instanceof CalcError ? v.code : JSON.stringify(v)}, not a number`);
    return v;
  }

  numbers(row: Row): number[] {
    return this.row(row).map((_, i) => this.number(row, i));
  }
}

/**
 * A one-off evaluation (not a hot path): each row worked out when a formula first reads it, with
 * nothing compiled (a Program pays for its steps once, to run them many times). A row only an IF's
 * branch not taken reads is not worked out, as in a Program.
 */
export function evaluate(
  given: ReadonlyMap<Row, readonly Value[]> | readonly (readonly [Row, readonly Value[]])[],
  wanted: readonly Row[],
  exprOf?: (row: Row) => Expr | readonly Expr[] | undefined,
  /** Rows whose values are known already (worked out for another workbook of the same inputs): not computed again. */
  known?: ReadonlyMap<Row, readonly Value[]>,
  /** Rows a row reads in place of those its expression names (a re-pointing), where it has them. */
  aliasOf?: (row: Row) => ReadonlyMap<Row, Row> | undefined,
): Result {
  const fixed = new Map<Row, readonly Value[]>(given instanceof Map ? given : (given as readonly (readonly [Row, readonly Value[]])[]));
  if (known) for (const [r, v] of known) fixed.set(r, v);
  const offsets = new Map<Row, number>();
  const v: Value[] = [];
  const visiting = new Set<Row>();
  const place = (row: Row): number => {
    const at = offsets.get(row);
    if (at !== undefined) return at;
    let values = fixedValues(row, fixed);
    if (!values) {
      if (visiting.has(row)) throw new Error(`Row ${row.id} depends on itself`);
      visiting.add(row);
      const e = expressionOf(row, exprOf);
      const each = Array.isArray(e) ? (e as readonly Expr[]) : undefined;
      const alias = aliasOf?.(row);
      const reads = alias ? (r: Row, cell: number) => read(alias.get(r) ?? r, cell) : read;
      const out: Value[] = [];
      for (let i = 0; i < row.size; i++) out.push(valueAt(each ? each[i] : (e as Expr), i, reads, row));
      visiting.delete(row);
      values = out;
    }
    // Placed after everything it reads, as a Program places it.
    const here = v.length;
    offsets.set(row, here);
    for (const x of values) v.push(x);
    return here;
  };
  const read = (row: Row, cell: number): Value => v[place(row) + cell];
  wanted.forEach(place);
  return new Result(v, offsets);
}

/** A row's values fixed before anything is worked out: given, or an input's own; undefined for a calc row to work out. */
function fixedValues(row: Row, given: ReadonlyMap<Row, readonly Value[]> | undefined): readonly Value[] | undefined {
  const values = given?.get(row);
  if (values || row.kind === "calc") return values;
  if (!row.values) throw new Error(`Input ${row.id} has no value`);
  return row.values;
}

/** What a calc row is worked out from: its expression, or one for each of its cells (`exprOf`'s where it gives one). */
function expressionOf(row: Row, exprOf: ((row: Row) => Expr | readonly Expr[] | undefined) | undefined): Expr | readonly Expr[] {
  const e = exprOf?.(row) ?? row.cells ?? row.expr;
  if (!e) throw new Error(`Row ${row.id} has no expression`);
  if (Array.isArray(e) && e.length !== row.size) throw new Error(`Row ${row.id} has ${row.size} cells but ${e.length} expressions`);
  return e;
}

/** Whether an expression reads `row` cell by cell (a plain reference, not a fixed cell or a range). */
function readsCellByCell(e: Expr, row: Row): boolean {
  switch (e.k) {
    case "ref":
      return e.row === row && e.at === undefined;
    case "bin":
      return readsCellByCell(e.a, row) || readsCellByCell(e.b, row);
    case "neg":
      return readsCellByCell(e.a, row);
    case "fn":
      for (const a of e.args) if (readsCellByCell(a, row)) return true;
      return false;
    default:
      return false;
  }
}

export { isError };
