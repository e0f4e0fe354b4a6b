/**
 * Evaluates graph rows with Excel's rules (blanks are 0 in arithmetic, errors propagate, ROUND is
 * Excel's), so that the model and the workbook formulas printed from the same rows agree.
 * Expressions compile once to closures: the ECH.* functions run them on every recalculation.
 */
import { CalcError, type Expr, type Row, type Value, round, roundUp } from "./expr";

/**
 * Where a row's first cell is in the flat array of values a program computes; `known` gives a
 * cell's value when it is fixed before the program runs (undefined otherwise), so that reading it
 * and an IF on it are decided once, when the expression is compiled.
 */
export type Slots = ((row: Row) => number) & { known?: (row: Row, cell: number) => Value | undefined; repeats?: Repeats };
type Vals = Value[];
export type Compiled = (read: Vals, i: number) => Value;
type Reader = Vals;
/** Ranges give every cell they cover. */
type Many = (read: Reader, i: number) => Value[];

const NA = new CalcError("#N/A");
const DIV0 = new CalcError("#DIV/0!");
const VALUE = new CalcError("#VALUE!");
const NUM = new CalcError("#NUM!");

export const isError = (v: Value): v is CalcError => v instanceof CalcError;

function toNumber(v: Value): number | CalcError {
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof CalcError) return v;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : VALUE;
}

export function toBool(v: Value): boolean | CalcError {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  if (v instanceof CalcError) return v;
  const u = v.toUpperCase();
  return u === "TRUE" ? true : u === "FALSE" ? false : VALUE;
}

function toText(v: Value): string | CalcError {
  if (v instanceof CalcError) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "number" ? String(Number(v.toPrecision(15))) : v;
}

function finite(x: number): Value {
  return Number.isFinite(x) ? x : NUM;
}

function compare(a: Value, b: Value): number | CalcError {
  // Fast paths: two numbers (most comparisons), or the same text.
  if (typeof a === "number" && typeof b === "number") return a === b ? 0 : a < b ? -1 : 1;
  if (typeof a === "string" && a === b) return 0;
  if (a instanceof CalcError) return a;
  if (b instanceof CalcError) return b;
  // Excel orders numbers < text < booleans; a blank compares as 0 or "" as the other side needs.
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : typeof v === "boolean" ? 2 : -1);
  let x = a;
  let y = b;
  if (x === null) x = typeof y === "string" ? "" : typeof y === "boolean" ? false : 0;
  if (y === null) y = typeof x === "string" ? "" : typeof x === "boolean" ? false : 0;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === "number" && typeof y === "number") return x === y ? 0 : x < y ? -1 : 1;
  if (typeof x === "string" && typeof y === "string") return compareText(x, y);
  return Number(x) - Number(y);
}

/** Text compared ignoring case, as Excel does; ASCII without allocating (the ECH.* hot path). */
function compareText(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    let a = x.charCodeAt(i);
    let b = y.charCodeAt(i);
    if (a > 127 || b > 127) return compareLowered(x, y);
    if (a >= 65 && a <= 90) a += 32;
    if (b >= 65 && b <= 90) b += 32;
    if (a !== b) return a < b ? -1 : 1;
  }
  if (x.length === y.length) return 0;
  const rest = x.length > n ? x : y;
  for (let i = n; i < rest.length; i++) if (rest.charCodeAt(i) > 127) return compareLowered(x, y);
  return x.length < y.length ? -1 : 1;
}

function compareLowered(x: string, y: string): number {
  const p = x.toLowerCase();
  const q = y.toLowerCase();
  return p === q ? 0 : p < q ? -1 : 1;
}

function arithmetic(op: string, a: Value, b: Value): Value {
  const x = toNumber(a);
  if (x instanceof CalcError) return x;
  const y = toNumber(b);
  if (y instanceof CalcError) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? DIV0 : x / y;
    default:
      return finite(Math.pow(x, y));
  }
}

function binary(op: string, a: Value, b: Value): Value {
  if (op === "&") {
    const x = toText(a);
    if (x instanceof CalcError) return x;
    const y = toText(b);
    return y instanceof CalcError ? y : x + y;
  }
  if (op === "+" || op === "-" || op === "*" || op === "/" || op === "^") return arithmetic(op, a, b);
  const c = compare(a, b);
  if (c instanceof CalcError) return c;
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    default:
      return c >= 0;
  }
}

/** Two numbers compared as `compare` does (NaN included), for the hot path. */
const order = (x: number, y: number) => (x === y ? 0 : x < y ? -1 : 1);
const COMPARE: Record<"=" | "<>" | "<" | "<=" | ">" | ">=", (x: number, y: number) => boolean> = {
  "=": (x, y) => order(x, y) === 0,
  "<>": (x, y) => order(x, y) !== 0,
  "<": (x, y) => order(x, y) < 0,
  "<=": (x, y) => order(x, y) <= 0,
  ">": (x, y) => order(x, y) > 0,
  ">=": (x, y) => order(x, y) >= 0,
};

function cellIndex(row: Row, at: number | undefined, i: number): number {
  if (at !== undefined) return at;
  return row.size === 1 ? 0 : i;
}

function many(e: Expr, slots: Slots): Many {
  if (e.k === "range") {
    const first = slots(e.row) + e.from;
    const last = slots(e.row) + e.to;
    return (read) => read.slice(first, last + 1);
  }
  const one = compile(e, slots);
  return (read, i) => [one(read, i)];
}

/** Numbers among the arguments (text and blanks in ranges are skipped, as Excel's SUM does). */
function numbers(args: Many[], read: Reader, i: number): number[] | CalcError {
  const out: number[] = [];
  for (const a of args) {
    for (const v of a(read, i)) {
      if (v instanceof CalcError) return v;
      if (typeof v === "number") out.push(v);
      else if (typeof v === "boolean") out.push(v ? 1 : 0);
    }
  }
  return out;
}

/** SUM, MAX or MIN of the arguments' cells, as Excel computes them. */
function aggregate(f: string, xs: Many[], read: Reader, i: number): Value {
  const ns = numbers(xs, read, i);
  if (ns instanceof CalcError) return ns;
  if (f === "SUM") return ns.reduce((s, n) => s + n, 0);
  if (ns.length === 0) return 0;
  return f === "MAX" ? Math.max(...ns) : Math.min(...ns);
}

/** Where a reference to one cell not fixed in advance reads its value; -1 for anything else. */
function cellOf(e: Expr, slots: Slots): number {
  if (e.k !== "ref" || (e.row.size !== 1 && e.at === undefined)) return -1;
  const cell = cellIndex(e.row, e.at, 0);
  return slots.known?.(e.row, cell) !== undefined ? -1 : slots(e.row) + cell;
}

/**
 * An operand read without a closure: a fixed number, or a cell at `j` (plus the cell being computed
 * when `step` is 1: a reference to a row of the same size). Undefined for anything else.
 */
interface Operand {
  j: number;
  step: 0 | 1;
  fixed?: number;
}

function operandOf(e: Expr, slots: Slots): Operand | undefined {
  if (e.k === "num") return { j: 0, step: 0, fixed: e.v };
  if (e.k !== "ref") return undefined;
  if (e.row.size !== 1 && e.at === undefined) return { j: slots(e.row), step: 1 };
  const cell = cellIndex(e.row, e.at, 0);
  const c = slots.known?.(e.row, cell);
  if (c === undefined) return { j: slots(e.row) + cell, step: 0 };
  return typeof c === "number" ? { j: 0, step: 0, fixed: c } : undefined;
}

/** Arithmetic on two operands read in place: the commonest step of the model, one closure and no calls. */
function arithmeticInPlace(op: "+" | "-" | "*" | "/", a: Operand, b: Operand): Compiled {
  const { j: ja, step: sa } = a;
  const { j: jb, step: sb } = b;
  if (a.fixed !== undefined) {
    const x = a.fixed;
    if (b.fixed !== undefined) {
      const v = binary(op, x, b.fixed);
      return () => v;
    }
    switch (op) {
      case "+":
        return (read, i) => {
          const y = read[jb + sb * i];
          return typeof y === "number" ? x + y : binary(op, x, y);
        };
      case "-":
        return (read, i) => {
          const y = read[jb + sb * i];
          return typeof y === "number" ? x - y : binary(op, x, y);
        };
      case "*":
        return (read, i) => {
          const y = read[jb + sb * i];
          return typeof y === "number" ? x * y : binary(op, x, y);
        };
      default:
        return (read, i) => {
          const y = read[jb + sb * i];
          return typeof y === "number" && y !== 0 ? x / y : binary(op, x, y);
        };
    }
  }
  if (b.fixed !== undefined) {
    const y = b.fixed;
    switch (op) {
      case "+":
        return (read, i) => {
          const x = read[ja + sa * i];
          return typeof x === "number" ? x + y : binary(op, x, y);
        };
      case "-":
        return (read, i) => {
          const x = read[ja + sa * i];
          return typeof x === "number" ? x - y : binary(op, x, y);
        };
      case "*":
        return (read, i) => {
          const x = read[ja + sa * i];
          return typeof x === "number" ? x * y : binary(op, x, y);
        };
      default:
        return (read, i) => {
          const x = read[ja + sa * i];
          return typeof x === "number" && y !== 0 ? x / y : binary(op, x, y);
        };
    }
  }
  switch (op) {
    case "+":
      return (read, i) => {
        const x = read[ja + sa * i];
        const y = read[jb + sb * i];
        return typeof x === "number" && typeof y === "number" ? x + y : binary(op, x, y);
      };
    case "-":
      return (read, i) => {
        const x = read[ja + sa * i];
        const y = read[jb + sb * i];
        return typeof x === "number" && typeof y === "number" ? x - y : binary(op, x, y);
      };
    case "*":
      return (read, i) => {
        const x = read[ja + sa * i];
        const y = read[jb + sb * i];
        return typeof x === "number" && typeof y === "number" ? x * y : binary(op, x, y);
      };
    default:
      return (read, i) => {
        const x = read[ja + sa * i];
        const y = read[jb + sb * i];
        return typeof x === "number" && typeof y === "number" && y !== 0 ? x / y : binary(op, x, y);
      };
  }
}

/** Arithmetic with the left operand read in place and the right one computed. */
function arithmeticOnLeft(op: "+" | "-" | "*" | "/", a: Operand, b: Compiled): Compiled {
  const { j, step, fixed } = a;
  const left = (read: Vals, i: number): Value => (fixed !== undefined ? fixed : read[j + step * i]);
  switch (op) {
    case "+":
      return (read, i) => {
        const x = left(read, i);
        const y = b(read, i);
        return typeof x === "number" && typeof y === "number" ? x + y : binary(op, x, y);
      };
    case "-":
      return (read, i) => {
        const x = left(read, i);
        const y = b(read, i);
        return typeof x === "number" && typeof y === "number" ? x - y : binary(op, x, y);
      };
    case "*":
      return (read, i) => {
        const x = left(read, i);
        const y = b(read, i);
        return typeof x === "number" && typeof y === "number" ? x * y : binary(op, x, y);
      };
    default:
      return (read, i) => {
        const x = left(read, i);
        const y = b(read, i);
        return typeof x === "number" && typeof y === "number" && y !== 0 ? x / y : binary(op, x, y);
      };
  }
}

/** Arithmetic with the left operand computed and the right one read in place. */
function arithmeticOnRight(op: "+" | "-" | "*" | "/", a: Compiled, b: Operand): Compiled {
  const { j, step, fixed } = b;
  const right = (read: Vals, i: number): Value => (fixed !== undefined ? fixed : read[j + step * i]);
  switch (op) {
    case "+":
      return (read, i) => {
        const x = a(read, i);
        const y = right(read, i);
        return typeof x === "number" && typeof y === "number" ? x + y : binary(op, x, y);
      };
    case "-":
      return (read, i) => {
        const x = a(read, i);
        const y = right(read, i);
        return typeof x === "number" && typeof y === "number" ? x - y : binary(op, x, y);
      };
    case "*":
      return (read, i) => {
        const x = a(read, i);
        const y = right(read, i);
        return typeof x === "number" && typeof y === "number" ? x * y : binary(op, x, y);
      };
    default:
      return (read, i) => {
        const x = a(read, i);
        const y = right(read, i);
        return typeof x === "number" && typeof y === "number" && y !== 0 ? x / y : binary(op, x, y);
      };
  }
}

type Known = NonNullable<Slots["known"]>;

/** Whether an expression reads only cells fixed before the program runs, so it has one value. */
function isFixed(e: Expr, known: Known): boolean {
  switch (e.k) {
    case "num":
    case "str":
    case "bool":
      return true;
    case "ref":
      return (e.row.size === 1 || e.at !== undefined) && known(e.row, cellIndex(e.row, e.at, 0)) !== undefined;
    case "range":
      return false;
    case "bin":
      return isFixed(e.a, known) && isFixed(e.b, known);
    case "neg":
      return isFixed(e.a, known);
    case "fn":
      return e.args.every((a) => isFixed(a, known));
  }
}

const NOWHERE: Vals = [];

/**
 * The value of an expression that reads only fixed cells (e.g. `supportFunding="As a grant"` in a
 * program built for one way of funding); undefined for any other.
 */
export function fixedValue(e: Expr, known: Slots["known"]): Value | undefined {
  if (!known || !isFixed(e, known)) return undefined;
  return compileLive(
    e,
    Object.assign(() => 0, { known }),
  )(NOWHERE, 0);
}

/**
 * Compiles an expression to a closure over a flat array of values laid out by `slots`. A part that
 * reads only fixed cells is worked out here, once.
 */
export function compile(e: Expr, slots: Slots): Compiled {
  if (e.k !== "bin" && e.k !== "neg" && e.k !== "fn") return compileLive(e, slots);
  if (slots.known && isFixed(e, slots.known)) {
    const v = compileLive(e, slots)(NOWHERE, 0);
    return () => v;
  }
  return slots.repeats?.shared(e, () => compileLive(e, slots)) ?? compileLive(e, slots);
}

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
  private readonly made = new Map<number, Compiled>();

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
  shared(e: Expr, make: () => Compiled): Compiled | undefined {
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
function once(f: Compiled, perCell: boolean): Compiled {
  let seen: Vals | undefined;
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

function compileLive(e: Expr, slots: Slots): Compiled {
  switch (e.k) {
    case "num": {
      const v = e.v;
      return () => v;
    }
    case "str": {
      const v = e.v;
      return () => v;
    }
    case "bool": {
      const v = e.v;
      return () => v;
    }
    case "ref": {
      const { row, at } = e;
      const base = slots(row);
      if (row.size === 1 || at !== undefined) {
        const c = slots.known?.(row, cellIndex(row, at, 0));
        if (c !== undefined) return () => c;
        const j = base + cellIndex(row, at, 0);
        return (read) => read[j];
      }
      return (read, i) => read[base + i];
    }
    case "range":
      throw new Error(`A range of ${e.row.id} can only be used inside SUM, MAX or MIN`);
    case "neg": {
      const a = compile(e.a, slots);
      return (read, i) => {
        const x = toNumber(a(read, i));
        return x instanceof CalcError ? x : -x;
      };
    }
    case "bin": {
      const op = e.op;
      if (op === "+" || op === "-" || op === "*" || op === "/") {
        const x = operandOf(e.a, slots);
        const y = operandOf(e.b, slots);
        if (x && y) return arithmeticInPlace(op, x, y);
        if (x) return arithmeticOnLeft(op, x, compile(e.b, slots));
        if (y) return arithmeticOnRight(op, compile(e.a, slots), y);
      }
      const a = compile(e.a, slots);
      const b = compile(e.b, slots);
      const ja = cellOf(e.a, slots);
      const jb = cellOf(e.b, slots);
      // Two cells read in place, without a closure for each: the commonest step of the model.
      if (ja >= 0 && jb >= 0 && (op === "*" || op === "+" || op === "-")) {
        if (op === "*")
          return (read) => {
            const x = read[ja];
            const y = read[jb];
            return typeof x === "number" && typeof y === "number" ? x * y : binary(op, x, y);
          };
        if (op === "+")
          return (read) => {
            const x = read[ja];
            const y = read[jb];
            return typeof x === "number" && typeof y === "number" ? x + y : binary(op, x, y);
          };
        return (read) => {
          const x = read[ja];
          const y = read[jb];
          return typeof x === "number" && typeof y === "number" ? x - y : binary(op, x, y);
        };
      }
      // The hot path of the model: plain numbers, one closure per operator.
      if (op === "*")
        return (read, i) => {
          const x = a(read, i);
          const y = b(read, i);
          return typeof x === "number" && typeof y === "number" ? x * y : binary(op, x, y);
        };
      if (op === "+")
        return (read, i) => {
          const x = a(read, i);
          const y = b(read, i);
          return typeof x === "number" && typeof y === "number" ? x + y : binary(op, x, y);
        };
      if (op === "-")
        return (read, i) => {
          const x = a(read, i);
          const y = b(read, i);
          return typeof x === "number" && typeof y === "number" ? x - y : binary(op, x, y);
        };
      if (op === "/")
        return (read, i) => {
          const x = a(read, i);
          const y = b(read, i);
          return typeof x === "number" && typeof y === "number" && y !== 0 ? x / y : binary(op, x, y);
        };
      if (op === "=" || op === "<>" || op === "<" || op === "<=" || op === ">" || op === ">=") {
        // Two numbers compare directly; anything else as Excel does (binary).
        const test = COMPARE[op];
        return (read, i) => {
          const x = a(read, i);
          const y = b(read, i);
          return typeof x === "number" && typeof y === "number" ? test(x, y) : binary(op, x, y);
        };
      }
      return (read, i) => binary(op, a(read, i), b(read, i));
    }
    case "fn":
      return compileFn(e.f, e.args, slots);
  }
}

function compileFn(f: string, args: readonly Expr[], slots: Slots): Compiled {
  const one = (x: Expr) => compile(x, slots);
  const arity = (n: number, m = n) => {
    if (args.length < n || args.length > m) throw new Error(`${f} takes ${n === m ? n : `${n} to ${m}`} arguments`);
  };
  switch (f) {
    case "IF": {
      arity(2, 3);
      const fixed = fixedValue(args[0], slots.known);
      if (fixed !== undefined) {
        const b = toBool(fixed);
        if (b instanceof CalcError) return () => b;
        return b ? one(args[1]) : args[2] ? one(args[2]) : () => false;
      }
      const [c, t, o] = args.map(one);
      return (read, i) => {
        const b = toBool(c(read, i));
        if (b instanceof CalcError) return b;
        return b ? t(read, i) : o ? o(read, i) : false;
      };
    }
    case "AND":
    case "OR": {
      const xs = args.map((x) => many(x, slots));
      const and = f === "AND";
      return (read, i) => {
        let acc = and;
        for (const x of xs) {
          for (const v of x(read, i)) {
            if (v === null || typeof v === "string") continue;
            const b = toBool(v);
            if (b instanceof CalcError) return b;
            acc = and ? acc && b : acc || b;
          }
        }
        return acc;
      };
    }
    case "NOT": {
      arity(1);
      const a = one(args[0]);
      return (read, i) => {
        const b = toBool(a(read, i));
        return b instanceof CalcError ? b : !b;
      };
    }
    case "SUM":
    case "MAX":
    case "MIN": {
      if (args.length > 0 && args.every((x) => x.k !== "range")) {
        // Single values only (e.g. MAX(0, pay − threshold)): no arrays on the hot path.
        const singles = args.map(one);
        const slow = args.map((x) => many(x, slots));
        return (read, i) => {
          let acc = f === "SUM" ? 0 : Number.NaN;
          for (const a of singles) {
            const v = a(read, i);
            if (typeof v !== "number") return aggregate(f, slow, read, i);
            acc = f === "SUM" ? acc + v : Number.isNaN(acc) ? v : f === "MAX" ? Math.max(acc, v) : Math.min(acc, v);
          }
          return acc;
        };
      }
      if (f === "SUM" && args.length === 1 && args[0].k === "range") {
        // One range (the bands' or the months' total): its cells added in order.
        const first = slots(args[0].row) + args[0].from;
        const last = slots(args[0].row) + args[0].to;
        return (read) => {
          let acc = 0;
          for (let j = first; j <= last; j++) {
            const v = read[j];
            if (typeof v === "number") acc += v;
            else if (typeof v === "boolean") acc += v ? 1 : 0;
            else if (v instanceof CalcError) return v;
          }
          return acc;
        };
      }
      // Ranges read in place (no arrays on the hot path), in the order `numbers` reads them.
      const parts = args.map((x) =>
        x.k === "range" ? { first: slots(x.row) + x.from, last: slots(x.row) + x.to, one: undefined } : { first: 0, last: -1, one: one(x) },
      );
      const sum = f === "SUM";
      const max = f === "MAX";
      return (read, i) => {
        let acc = 0;
        let seen = false;
        for (const p of parts) {
          for (let j = p.one ? -1 : p.first; j <= p.last; j++) {
            const v = j < 0 ? p.one!(read, i) : read[j];
            let x: number;
            if (typeof v === "number") x = v;
            else if (typeof v === "boolean") x = v ? 1 : 0;
            else if (v instanceof CalcError) return v;
            else continue;
            if (sum) acc += x;
            else acc = seen ? (max ? Math.max(acc, x) : Math.min(acc, x)) : x;
            seen = true;
          }
        }
        return acc;
      };
    }
    case "ROUND":
    case "ROUNDUP": {
      arity(2);
      const [a, d] = args.map(one);
      const r = f === "ROUND" ? round : roundUp;
      if (args[1].k === "num") {
        // Places written in the formula (all of the model's): truncated once.
        const places = Math.trunc(args[1].v);
        return (read, i) => {
          const x = a(read, i);
          if (typeof x === "number") return r(x, places);
          const n = toNumber(x);
          return n instanceof CalcError ? n : r(n, places);
        };
      }
      return (read, i) => {
        const x = toNumber(a(read, i));
        if (x instanceof CalcError) return x;
        const n = toNumber(d(read, i));
        return n instanceof CalcError ? n : r(x, Math.trunc(n));
      };
    }
    case "ISBLANK": {
      arity(1);
      const a = one(args[0]);
      return (read, i) => a(read, i) === null;
    }
    case "ISNUMBER": {
      arity(1);
      const a = one(args[0]);
      return (read, i) => typeof a(read, i) === "number";
    }
    case "INT":
    case "ABS": {
      arity(1);
      const a = one(args[0]);
      const g = f === "INT" ? Math.floor : Math.abs;
      return (read, i) => {
        const x = toNumber(a(read, i));
        return x instanceof CalcError ? x : g(x);
      };
    }
    case "COUNTIF": {
      // Only "cells equal to this text or number", which every engine reads the same way.
      arity(2);
      const cells = many(args[0], slots);
      const crit = one(args[1]);
      return (read, i) => {
        const c = crit(read, i);
        if (c instanceof CalcError) return c;
        let n = 0;
        for (const v of cells(read, i)) if (v !== null && !(v instanceof CalcError) && compare(v, c) === 0 && typeof v === typeof c) n++;
        return n;
      };
    }
    case "CHOOSE": {
      // CHOOSE(index, value1, value2, ...): Excel truncates the index; outside 1..n is #VALUE!.
      if (args.length < 2) throw new Error("CHOOSE takes an index and at least one value");
      const [ix, ...vs] = args.map(one);
      return (read, i) => {
        const k = toNumber(ix(read, i));
        if (k instanceof CalcError) return k;
        const j = Math.trunc(k);
        return j >= 1 && j <= vs.length ? vs[j - 1](read, i) : VALUE;
      };
    }
    case "NA":
      arity(0);
      return () => NA;
    case "TEXT": {
      // Only the formats the templates use in sentences: whole numbers with thousands separators, pence.
      arity(2);
      const [a, fmt] = args.map(one);
      return (read, i) => {
        const x = toNumber(a(read, i));
        if (x instanceof CalcError) return x;
        const pattern = fmt(read, i);
        if (pattern !== "#,##0" && pattern !== "#,##0.0" && pattern !== "0" && pattern !== "0.00") return VALUE;
        const digits = pattern === "0.00" ? 2 : pattern === "#,##0.0" ? 1 : 0;
        const r = round(x, digits);
        if (pattern === "0.00") return r.toFixed(2);
        return pattern === "0" ? r.toFixed(0) : r.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
      };
    }
    default:
      throw new Error(`Unknown function ${f}`);
  }
}
