/**
 * Excel's rules for values (blanks, text, booleans and errors in arithmetic and comparisons), and
 * how a compiled expression reads the flat array of cells a program computes.
 */
import { round } from "./excel";
import type { Row } from "./expr";
import { CalcError, type Value } from "./values";
import type { Repeats } from "./repeats";

/**
 * Where a row's first cell is in the flat array of values a program computes; `known` gives a
 * cell's value when it is fixed before the program runs (undefined otherwise), so that reading it
 * and an IF on it are decided once, when the expression is compiled; `repeats` shares the parts of
 * formulas a program writes more than once.
 */
export type Slots = ((row: Row) => number) & {
  known?: (row: Row, cell: number) => Value | undefined;
  repeats?: Repeats;
};
export type Vals = Value[];
export type Compiled = (read: Vals, i: number) => Value;

export const NOT_AVAILABLE = new CalcError("#N/A");
const DIV0 = new CalcError("#DIV/0!");
export const VALUE = new CalcError("#VALUE!");
const NUM = new CalcError("#NUM!");

export const isError = (v: Value): v is CalcError => v instanceof CalcError;

export function toNumber(v: Value): number | CalcError {
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

export function compare(a: Value, b: Value): number | CalcError {
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

export function binary(op: string, a: Value, b: Value): Value {
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

/** Arithmetic on two cells for the generated code: two numbers directly, anything else as `binary` (the graph's closures inline the same). */
export const add = (x: Value, y: Value): Value => (typeof x === "number" && typeof y === "number" ? x + y : binary("+", x, y));
export const subtract = (x: Value, y: Value): Value => (typeof x === "number" && typeof y === "number" ? x - y : binary("-", x, y));
export const multiply = (x: Value, y: Value): Value => (typeof x === "number" && typeof y === "number" ? x * y : binary("*", x, y));
export const divide = (x: Value, y: Value): Value =>
  typeof x === "number" && typeof y === "number" && y !== 0 ? x / y : binary("/", x, y);

/** Two numbers compared as `compare` does (NaN included), for the hot path. */
const order = (x: number, y: number) => (x === y ? 0 : x < y ? -1 : 1);
export const COMPARE: Record<"=" | "<>" | "<" | "<=" | ">" | ">=", (x: number, y: number) => boolean> = {
  "=": (x, y) => order(x, y) === 0,
  "<>": (x, y) => order(x, y) !== 0,
  "<": (x, y) => order(x, y) < 0,
  "<=": (x, y) => order(x, y) <= 0,
  ">": (x, y) => order(x, y) > 0,
  ">=": (x, y) => order(x, y) >= 0,
};

export function cellIndex(row: Row, at: number | undefined, i: number): number {
  if (at !== undefined) return at;
  return row.size === 1 ? 0 : i;
}

// ---- Excel's functions on values: the graph's closures and the functions' generated programs both call these.

export function negate(v: Value): Value {
  const x = toNumber(v);
  return x instanceof CalcError ? x : -x;
}

/** SUM, MAX or MIN of cells: text and blanks skipped (as in a range), TRUE and FALSE as 1 and 0, the first error returned. */
export function aggregate(f: "SUM" | "MAX" | "MIN", values: readonly Value[]): Value {
  // Two numbers, as MAX(0, x) and MIN(cap, x) mostly are: no loop.
  if (values.length === 2) {
    const a = values[0];
    const b = values[1];
    if (typeof a === "number" && typeof b === "number") return f === "SUM" ? a + b : f === "MAX" ? Math.max(a, b) : Math.min(a, b);
  }
  let acc = 0;
  let seen = false;
  for (const v of values) {
    let x: number;
    if (typeof v === "number") x = v;
    else if (typeof v === "boolean") x = v ? 1 : 0;
    else if (v instanceof CalcError) return v;
    else continue;
    if (f === "SUM") acc += x;
    else acc = seen ? (f === "MAX" ? Math.max(acc, x) : Math.min(acc, x)) : x;
    seen = true;
  }
  return acc;
}

/** IF on a computed condition: an error in the condition is the result; no third value is FALSE. */
export function choice(condition: Value, then: Value, otherwise: Value = false): Value {
  const b = toBool(condition);
  if (b instanceof CalcError) return b;
  return b ? then : otherwise;
}

/** AND or OR of cells: blanks and text skipped. */
export function allOrAny(and: boolean, values: readonly Value[]): Value {
  let acc = and;
  for (const v of values) {
    if (v === null || typeof v === "string") continue;
    const b = toBool(v);
    if (b instanceof CalcError) return b;
    acc = and ? acc && b : acc || b;
  }
  return acc;
}

export function not(v: Value): Value {
  const b = toBool(v);
  return b instanceof CalcError ? b : !b;
}

/** ROUND or ROUNDUP (`r`) of a value to `places` (truncated, as Excel does). */
export function rounded(r: (x: number, places: number) => number, v: Value, places: Value): Value {
  if (typeof v === "number" && typeof places === "number") return r(v, Math.trunc(places));
  const x = toNumber(v);
  if (x instanceof CalcError) return x;
  const n = toNumber(places);
  return n instanceof CalcError ? n : r(x, Math.trunc(n));
}

/** INT or ABS (`g`) of a value. */
export function numeric(g: (x: number) => number, v: Value): Value {
  const x = toNumber(v);
  return x instanceof CalcError ? x : g(x);
}

/** COUNTIF: only "cells equal to this text or number", which every engine reads the same way. */
export function countIf(cells: readonly Value[], criterion: Value): Value {
  if (criterion instanceof CalcError) return criterion;
  let n = 0;
  for (const v of cells) if (v !== null && !(v instanceof CalcError) && compare(v, criterion) === 0 && typeof v === typeof criterion) n++;
  return n;
}

/** TEXT: only the formats the templates use in sentences: whole numbers with thousands separators, pence. */
export function textOf(v: Value, pattern: Value): Value {
  const x = toNumber(v);
  if (x instanceof CalcError) return x;
  if (pattern !== "#,##0" && pattern !== "#,##0.0" && pattern !== "0" && pattern !== "0.00") return VALUE;
  const digits = pattern === "0.00" ? 2 : pattern === "#,##0.0" ? 1 : 0;
  const r = round(x, digits);
  if (pattern === "0.00") return r.toFixed(2);
  return pattern === "0" ? r.toFixed(0) : r.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
