/** Parts of formulas a program writes more than once, worked out once a run. */
import type { Expr, Row, Value } from "./expr";

type Closure = (read: Value[], i: number) => Value;

/**
 * The same part of a formula written more than once in a program (a tenant's cost of care, in each
 * band's payment and again in the total): compiled once, and worked out once a run (once a cell
 * when it reads the row's own cell). Parts are the same when they have the same operations on the
 * same cells.
 */
export class Repeats {
  private readonly ids = new WeakMap<Expr, number>();
  private readonly keys = new Map<string, number>();
  private readonly rows = new Map<Row, number>();
  private readonly counts: number[] = [];
  private readonly perCell: boolean[] = [];
  private readonly made = new Map<number, Closure>();

  /** Counts the parts of an expression a program evaluates. */
  count(e: Expr): void {
    const id = this.id(e);
    this.counts[id] = (this.counts[id] ?? 0) + 1;
    if (e.k === "bin") {
      this.count(e.a);
      this.count(e.b);
    } else if (e.k === "neg") this.count(e.a);
    else if (e.k === "fn") e.args.forEach((a) => this.count(a));
  }

  /** The part's shared closure if it is written more than once; undefined otherwise. */
  shared(e: Expr, make: () => Closure): Closure | undefined {
    const id = this.id(e);
    if ((this.counts[id] ?? 0) < 2) return undefined;
    let f = this.made.get(id);
    if (!f) {
      f = once(make(), this.perCell[id]);
      this.made.set(id, f);
    }
    return f;
  }

  private id(e: Expr): number {
    const known = this.ids.get(e);
    if (known !== undefined) return known;
    let key: string;
    let perCell = false;
    switch (e.k) {
      case "num":
      case "str":
      case "bool":
        key = `${e.k}:${JSON.stringify(e.v)}`;
        break;
      case "ref":
        key = `ref:${this.row(e.row)}:${e.at ?? ""}`;
        perCell = e.row.size !== 1 && e.at === undefined;
        break;
      case "range":
        key = `range:${this.row(e.row)}:${e.from}:${e.to}`;
        break;
      case "bin":
        key = `${e.op}(${this.id(e.a)},${this.id(e.b)})`;
        perCell = this.perCell[this.id(e.a)] || this.perCell[this.id(e.b)];
        break;
      case "neg":
        key = `neg(${this.id(e.a)})`;
        perCell = this.perCell[this.id(e.a)];
        break;
      case "fn": {
        const args = e.args.map((a) => this.id(a));
        key = `${e.f}(${args.join(",")})`;
        perCell = args.some((a) => this.perCell[a]);
        break;
      }
    }
    let id = this.keys.get(key);
    if (id === undefined) {
      id = this.keys.size;
      this.keys.set(key, id);
      this.perCell[id] = perCell;
    }
    this.ids.set(e, id);
    return id;
  }

  private row(row: Row): number {
    let n = this.rows.get(row);
    if (n === undefined) {
      n = this.rows.size;
      this.rows.set(row, n);
    }
    return n;
  }
}

/**
 * A closure that works its value out once for each array of values (each run has its own), and
 * once a cell if it reads the row's own cell: everything it reads is computed before it is first
 * called in a run and does not change during the run.
 */
function once(f: Closure, perCell: boolean): Closure {
  let seen: Value[] | undefined;
  let seenCell = -1;
  let value: Value = null;
  return (read, i) => {
    if (read === seen && (!perCell || i === seenCell)) return value;
    value = f(read, i);
    seen = read;
    seenCell = i;
    return value;
  };
}
