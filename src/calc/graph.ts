/**
 * Evaluating rows. A Program is compiled once for a set of given rows and wanted rows: it lays
 * every row it needs out in one flat array and runs the calc rows in dependency order, so the
 * ECH.* functions pay a closure call per operation and nothing else on each recalculation.
 */
import { compile, isError, type Compiled } from "./evaluate";
import { CalcError, dependencies, type Expr, type Row, type Value } from "./expr";

interface Step {
  at: number;
  size: number;
  run: Compiled;
}

export class Program {
  private readonly offsets = new Map<Row, number>();
  private readonly steps: Step[] = [];
  /** Input and const rows not given: their own values, copied in on each run. */
  private readonly fixed: { at: number; values: readonly Value[] }[] = [];
  private readonly givenAt: number[] = [];
  private length = 0;

  /**
   * `given`: rows whose values each run supplies (inputs, or results the caller already has, e.g.
   * the hours passed to ECH.UNITCOST). `exprOf` may give a row another expression in this program
   * (the workbook's display: a result hidden behind its sheet's check).
   */
  constructor(
    readonly given: readonly Row[],
    wanted: readonly Row[],
    private readonly exprOf?: (row: Row) => Expr | readonly Expr[] | undefined,
  ) {
    for (const r of given) this.givenAt.push(this.place(r));
    const visiting = new Set<Row>();
    const visit = (row: Row) => {
      if (this.offsets.has(row)) return;
      if (row.kind !== "calc") {
        if (!row.values) throw new Error(`Input ${row.id} has no value`);
        this.fixed.push({ at: this.place(row), values: row.values });
        return;
      }
      if (visiting.has(row)) throw new Error(`Row ${row.id} depends on itself`);
      visiting.add(row);
      const e = this.exprOf?.(row) ?? row.cells ?? row.expr;
      if (!e) throw new Error(`Row ${row.id} has no expression`);
      const list: readonly Expr[] = Array.isArray(e) ? e : [e as Expr];
      if (Array.isArray(e) && e.length !== row.size) throw new Error(`Row ${row.id} has ${row.size} cells but ${e.length} expressions`);
      for (const x of list) {
        for (const d of dependencies(x)) {
          if (d.size !== 1 && d.size !== row.size && readsCellByCell(x, d)) {
            throw new Error(`${row.id} (${row.size} cells) reads ${d.id} (${d.size} cells) cell by cell`);
          }
          visit(d);
        }
      }
      visiting.delete(row);
      const at = this.place(row);
      const slots = (r: Row) => this.offsets.get(r)!;
      if (Array.isArray(e)) {
        const each = list.map((x) => compile(x, slots));
        this.steps.push({ at, size: row.size, run: (v, i) => each[i](v, i) });
      } else this.steps.push({ at, size: row.size, run: compile(e as Expr, slots) });
    };
    wanted.forEach(visit);
  }

  private place(row: Row): number {
    const known = this.offsets.get(row);
    if (known !== undefined) return known;
    const at = this.length;
    this.offsets.set(row, at);
    this.length += row.size;
    return at;
  }

  /** Where a row's cells start in a run's values (for hot paths that read many cells). */
  offset(row: Row): number {
    const at = this.offsets.get(row);
    if (at === undefined) throw new Error(`Row ${row.id} is not computed by this program`);
    return at;
  }

  /** Runs the program: `values[k]` holds the cells of `given[k]`. */
  run(values: readonly (readonly Value[])[]): Result {
    const v: Value[] = new Array<Value>(this.length);
    for (let k = 0; k < this.givenAt.length; k++) {
      const src = values[k];
      const at = this.givenAt[k];
      for (let i = 0; i < src.length; i++) v[at + i] = src[i];
    }
    for (const f of this.fixed) for (let i = 0; i < f.values.length; i++) v[f.at + i] = f.values[i];
    for (const s of this.steps) for (let i = 0; i < s.size; i++) v[s.at + i] = s.run(v, i);
    return new Result(v, this.offsets);
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

/** A one-off evaluation (not a hot path): compiles a program for these rows and runs it. */
export function evaluate(
  given: ReadonlyMap<Row, readonly Value[]> | readonly (readonly [Row, readonly Value[]])[],
  wanted: readonly Row[],
  exprOf?: (row: Row) => Expr | readonly Expr[] | undefined,
): Result {
  const pairs = given instanceof Map ? [...given.entries()] : (given as readonly (readonly [Row, readonly Value[]])[]);
  const program = new Program(
    pairs.map(([r]) => r),
    wanted,
    exprOf,
  );
  return program.run(pairs.map(([, v]) => v));
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
      return e.args.some((a) => readsCellByCell(a, row));
    default:
      return false;
  }
}

export { isError };
