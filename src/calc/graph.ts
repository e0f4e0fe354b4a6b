/**
 * Evaluating rows. A Program is compiled once for a set of given rows and wanted rows: it lays
 * every row it needs out in one flat array and runs the calc rows in dependency order, so the
 * ECH.* functions pay a closure call per operation and nothing else on each recalculation.
 */
import { compile, isError, type Compiled, type Slots } from "./evaluate";
import { CalcError, dependencies, type Expr, type Row, type Value } from "./expr";

interface Step {
  at: number;
  size: number;
  run: Compiled;
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
    wanted: readonly Row[],
    private readonly exprOf?: (row: Row) => Expr | readonly Expr[] | undefined,
    constants?: ReadonlyMap<Row, readonly Value[]>,
  ) {
    for (const r of given) this.givenAt.push(this.place(r));
    const slots: Slots = Object.assign((r: Row) => this.offsets.get(r)!, {
      known: (r: Row, cell: number) => this.known.get(r)?.[cell],
    });
    const visiting = new Set<Row>();
    const visit = (row: Row) => {
      if (this.offsets.has(row)) return;
      const constant = constants?.get(row);
      if (constant || row.kind !== "calc") {
        const values = constant ?? row.values;
        if (!values) throw new Error(`Input ${row.id} has no value`);
        this.fix(row, this.place(row), values);
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
      let run: Compiled;
      if (Array.isArray(e)) {
        const each = list.map((x) => compile(x, slots));
        run = (v, i) => each[i](v, i);
      } else run = compile(e as Expr, slots);
      if (list.every((x) => [...dependencies(x)].every((d) => this.known.has(d)))) {
        const values: Value[] = [];
        for (let i = 0; i < row.size; i++) values.push(run(this.start, i));
        this.fix(row, at, values);
      } else this.steps.push({ at, size: row.size, run });
    };
    wanted.forEach(visit);
    this.start.length = this.length;
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

  /** Where a row's cells start in a run's values (for hot paths that read many cells). */
  offset(row: Row): number {
    const at = this.offsets.get(row);
    if (at === undefined) throw new Error(`Row ${row.id} is not computed by this program`);
    return at;
  }

  /** Runs the program: `values[k]` holds the cells of `given[k]`. */
  run(values: readonly (readonly Value[])[]): Result {
    const v = this.start.slice();
    for (let k = 0; k < this.givenAt.length; k++) {
      const src = values[k];
      const at = this.givenAt[k];
      for (let i = 0; i < src.length; i++) v[at + i] = src[i];
    }
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
