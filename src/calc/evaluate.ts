/**
 * Evaluates graph rows with Excel's rules (blanks are 0 in arithmetic, errors propagate, ROUND is
 * Excel's), so that the model and the workbook formulas printed from the same rows agree.
 * Expressions compile once to closures: the ECH.* functions run them on every recalculation.
 */
import { CalcError, type Expr, type Row, type Value, round, roundUp } from "./expr";
import {
  NOT_AVAILABLE,
  VALUE,
  toNumber,
  binary,
  cellIndex,
  toBool,
  COMPARE,
  aggregate,
  allOrAny,
  countIf,
  negate,
  not,
  numeric,
  rounded,
  textOf,
  type Compiled,
  type Slots,
  type Vals,
} from "./cells";
import { arithmeticInPlace, operandOf } from "./inPlace";
import { Repeats } from "./repeats";

export { isError, toBool, type Compiled, type Slots } from "./cells";
export { Repeats };

type Reader = Vals;
/** Ranges give every cell they cover. */
type Many = (read: Reader, i: number) => Value[];

function many(e: Expr, slots: Slots): Many {
  if (e.k === "range") {
    const first = slots(e.row) + e.from;
    const last = slots(e.row) + e.to;
    return (read) => read.slice(first, last + 1);
  }
  const one = compile(e, slots);
  return (read, i) => [one(read, i)];
}

/** Every cell the arguments give, in order. */
function cellsOf(args: Many[], read: Reader, i: number): Value[] {
  return args.flatMap((a) => a(read, i));
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
      for (const a of e.args) if (!isFixed(a, known)) return false;
      return true;
  }
}

/**
 * The value of an expression that reads only fixed cells (e.g. `supportFunding="As a grant"` in a
 * program built for one way of funding); undefined for any other.
 */
export function fixedValue(e: Expr, known: Slots["known"]): Value | undefined {
  if (!known || !isFixed(e, known)) return undefined;
  return valueAt(e, 0, known);
}

/** How many arguments a function takes, at least and at most (AND, OR, SUM, MAX and MIN take any number). */
const ARITY: Readonly<Record<string, readonly [number, number]>> = {
  IF: [2, 3],
  NOT: [1, 1],
  ROUND: [2, 2],
  ROUNDUP: [2, 2],
  ISBLANK: [1, 1],
  ISNUMBER: [1, 1],
  INT: [1, 1],
  ABS: [1, 1],
  COUNTIF: [2, 2],
  CHOOSE: [2, Infinity],
  NA: [0, 0],
  TEXT: [2, 2],
};

/** Refuses a call with the wrong number of arguments: valueAt() and compile() alike. */
function checkArity(f: string, args: readonly Expr[]): void {
  const a = ARITY[f];
  if (!a || (args.length >= a[0] && args.length <= a[1])) return;
  if (f === "CHOOSE") throw new Error("CHOOSE takes an index and at least one value");
  const [n, m] = a;
  throw new Error(`${f} takes ${n === m ? n : `${n} to ${m}`} arguments`);
}

/** Every cell the arguments give at cell `i` (a range gives all it covers), in order. */
function cellsAt(args: readonly Expr[], i: number, known: Known, reader?: Row): Value[] {
  const out: Value[] = [];
  for (const a of args) {
    if (a.k === "range") for (let j = a.from; j <= a.to; j++) out.push(read(known, a.row, j));
    else out.push(valueAt(a, i, known, reader));
  }
  return out;
}

function read(known: Known, row: Row, cell: number): Value {
  const v = known(row, cell);
  if (v === undefined) throw new Error(`${row.id}[${cell}] is read before it is worked out`);
  return v;
}

/** A row read cell by cell by a row of another size: each cell of the reader would read a cell that is not its own. */
export function cellByCellError(reader: Row, row: Row): Error {
  return new Error(`${reader.id} (${reader.size} cells) reads ${row.id} (${row.size} cells) cell by cell`);
}

/**
 * The value of cell `i` of an expression over cells all worked out already (or worked out when
 * `known` is asked for them): what compile() gives run once, without building its closures (a
 * one-off evaluation runs each expression once). Every rule is the same function of cells.ts; only
 * the IF or CHOOSE value taken is worked out. `reader`: the row whose cell this is, to refuse a
 * reference to a row of another size read cell by cell.
 */
export function valueAt(e: Expr, i: number, known: Known, reader?: Row): Value {
  switch (e.k) {
    case "num":
    case "str":
    case "bool":
      return e.v;
    case "ref":
      if (reader && e.at === undefined && e.row.size !== 1 && e.row.size !== reader.size) throw cellByCellError(reader, e.row);
      return read(known, e.row, cellIndex(e.row, e.at, i));
    case "range":
      throw new Error(`A range of ${e.row.id} can only be used inside SUM, MAX or MIN`);
    case "neg":
      return negate(valueAt(e.a, i, known, reader));
    case "bin":
      return binary(e.op, valueAt(e.a, i, known, reader), valueAt(e.b, i, known, reader));
    case "fn":
      return functionAt(e.f, e.args, i, known, reader);
  }
}

function functionAt(f: string, args: readonly Expr[], i: number, known: Known, reader?: Row): Value {
  checkArity(f, args);
  const one = (x: Expr) => valueAt(x, i, known, reader);
  switch (f) {
    case "IF": {
      const b = toBool(one(args[0]));
      if (b instanceof CalcError) return b;
      return b ? one(args[1]) : args[2] ? one(args[2]) : false;
    }
    case "AND":
    case "OR":
      return allOrAny(f === "AND", cellsAt(args, i, known, reader));
    case "NOT":
      return not(one(args[0]));
    case "SUM":
    case "MAX":
    case "MIN":
      return aggregate(f, cellsAt(args, i, known, reader));
    case "ROUND":
    case "ROUNDUP":
      return rounded(f === "ROUND" ? round : roundUp, one(args[0]), one(args[1]));
    case "ISBLANK":
      return one(args[0]) === null;
    case "ISNUMBER":
      return typeof one(args[0]) === "number";
    case "INT":
    case "ABS":
      return numeric(f === "INT" ? Math.floor : Math.abs, one(args[0]));
    case "COUNTIF":
      return countIf(cellsAt([args[0]], i, known, reader), one(args[1]));
    case "CHOOSE": {
      const k = toNumber(one(args[0]));
      if (k instanceof CalcError) return k;
      const j = Math.trunc(k);
      return j >= 1 && j < args.length ? one(args[j]) : VALUE;
    }
    case "NA":
      return NOT_AVAILABLE;
    case "TEXT":
      return textOf(one(args[0]), one(args[1]));
    default:
      throw new Error(`Unknown function ${f}`);
  }
}

/**
 * Compiles an expression to a closure over a flat array of values laid out by `slots`. A part that
 * reads only fixed cells is worked out here, once.
 */
export function compile(e: Expr, slots: Slots): Compiled {
  if (e.k !== "bin" && e.k !== "neg" && e.k !== "fn") return compileLive(e, slots);
  if (slots.known && isFixed(e, slots.known)) {
    const v = valueAt(e, 0, slots.known);
    return () => v;
  }
  return slots.repeats?.shared(e, () => compileLive(e, slots)) ?? compileLive(e, slots);
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
      return (read, i) => negate(a(read, i));
    }
    case "bin": {
      const op = e.op;
      if (op === "+" || op === "-" || op === "*" || op === "/") {
        const x = operandOf(e.a, slots);
        const y = operandOf(e.b, slots);
        // With one side computed, the closures below read the other side in place already.
        if (x && y) return arithmeticInPlace(op, x, y);
      }
      const a = compile(e.a, slots);
      const b = compile(e.b, slots);
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
  checkArity(f, args);
  const one = (x: Expr) => compile(x, slots);
  switch (f) {
    case "IF": {
      const fixed = fixedValue(args[0], slots.known);
      if (fixed !== undefined) {
        const b = toBool(fixed);
        if (b instanceof CalcError) return () => b;
        return b ? one(args[1]) : args[2] ? one(args[2]) : () => false;
      }
      const [c, t, o] = args.map(one);
      // Only the branch taken is worked out.
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
      return (read, i) => allOrAny(and, cellsOf(xs, read, i));
    }
    case "NOT": {
      const a = one(args[0]);
      return (read, i) => not(a(read, i));
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
            if (typeof v !== "number") return aggregate(f, cellsOf(slow, read, i));
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
      const [a, d] = args.map(one);
      const r = f === "ROUND" ? round : roundUp;
      if (args[1].k === "num") {
        // Places written in the formula (all of the model's): truncated once.
        const places = Math.trunc(args[1].v);
        return (read, i) => {
          const x = a(read, i);
          return typeof x === "number" ? r(x, places) : rounded(r, x, places);
        };
      }
      return (read, i) => rounded(r, a(read, i), d(read, i));
    }
    case "ISBLANK": {
      const a = one(args[0]);
      return (read, i) => a(read, i) === null;
    }
    case "ISNUMBER": {
      const a = one(args[0]);
      return (read, i) => typeof a(read, i) === "number";
    }
    case "INT":
    case "ABS": {
      const a = one(args[0]);
      const g = f === "INT" ? Math.floor : Math.abs;
      return (read, i) => numeric(g, a(read, i));
    }
    case "COUNTIF": {
      // Only "cells equal to this text or number", which every engine reads the same way.
      const cells = many(args[0], slots);
      const crit = one(args[1]);
      return (read, i) => countIf(cells(read, i), crit(read, i));
    }
    case "CHOOSE": {
      // CHOOSE(index, value1, value2, ...): Excel truncates the index; outside 1..n is #VALUE!.
      const [ix, ...vs] = args.map(one);
      // Only the value chosen is worked out.
      return (read, i) => {
        const k = toNumber(ix(read, i));
        if (k instanceof CalcError) return k;
        const j = Math.trunc(k);
        return j >= 1 && j <= vs.length ? vs[j - 1](read, i) : VALUE;
      };
    }
    case "NA":
      return () => NOT_AVAILABLE;
    case "TEXT": {
      // Only the formats the templates use in sentences: whole numbers with thousands separators, pence.
      const [a, fmt] = args.map(one);
      return (read, i) => textOf(a(read, i), fmt(read, i));
    }
    default:
      throw new Error(`Unknown function ${f}`);
  }
}
