/**
 * The calculation graph: named rows whose expressions are evaluated in TypeScript (the model, the
 * ECH.* functions, cached values) and printed as Excel formulas (the templates) from one definition.
 *
 * Expressions are written as Excel formulas in a tagged template, with rows interpolated:
 * fx`${hours}*${rate}*52`. A row of n cells (three needs bands, twelve months) is computed cell by
 * cell; a reference to another row of the same size reads the same cell, a one-cell row reads its
 * only cell, and SUM/MAX/MIN of a row read the whole row.
 */
import { round, roundUp } from "./excel";
import type { InputSource } from "./sources";

import type { Value } from "./values";

export { CalcError, type ErrorCode, type Value } from "./values";

export type RowKind = "input" | "calc" | "const";

/** A row of the graph: one calculation (or input) with what a reader needs to understand it. */
export interface Row {
  readonly id: string;
  readonly kind: RowKind;
  /** Cells: 1 for a single figure, 3 for the needs bands, 12 or 24 for months. */
  readonly size: number;
  readonly label: string;
  readonly unit?: string;
  /** Excel number format. */
  readonly format?: string;
  /** How it is worked out, or where an input comes from. */
  readonly note?: string;
  /** Calc rows: the expression, evaluated once per cell. */
  readonly expr?: Expr;
  /** Calc rows whose cells each have their own expression (a comparison: one cell per option). */
  readonly cells?: readonly Expr[];
  /** Input and const rows: the values (an input's default; e.g. month numbers). */
  readonly values?: readonly Value[];
  /** A workbook-scope defined name for the row's cells. */
  readonly name?: string;
  /** Shown as a total (bold, ruled). */
  readonly total?: boolean;
  /** Input rows: how the value is checked and what the pink cell says. */
  readonly input?: InputSpec;
  /** A check: "OK" or what to fix; shown as a check and never hidden behind another check. */
  readonly check?: boolean;
  /** Input rows: where the default comes from (the Sources and assumptions sheet lists it). */
  readonly source?: InputSource;
  /** Names of the cells of a row of several ("Low", "Month 1"), for the register. */
  readonly cellLabels?: readonly string[];
}

/** How an input is checked; the workbook turns the same rule into data validation and a check formula. */
export interface ParamRule {
  kind: "whole" | "number" | "share" | "text" | "list";
  /** For "list": the allowed values. */
  list?: readonly string[];
  /** Inclusive lower bound (whole and number). */
  min?: number;
  /** Inclusive upper bound (whole, number; text: characters); MAX_AMOUNT when absent. */
  max?: number;
  /** The number must be greater than 0 (a price or hours something is divided by). */
  positive?: boolean;
  /** A blank cell is allowed and means "use the figure named in `blankMeans`". */
  blank?: boolean;
}

export interface InputSpec {
  rule: ParamRule;
  /** Shown when the pink cell is selected. */
  prompt: string;
  /** For a blank-able input: what a blank means, in words. */
  blankMeans?: string;
  /** Where the inputs hold the cells' values, as a path: "tenants", "onCosts.ni", "options.B.spotPrice" (src/calc/keys.ts). */
  key?: string;
  /**
   * An hourly pay rate: at a current price base the National Living Wage is its floor (a warning
   * beside the rate, the lowest value a solve gives it).
   */
  hourlyPay?: boolean;
}

export type FunctionName =
  | "IF"
  | "AND"
  | "OR"
  | "NOT"
  | "MAX"
  | "MIN"
  | "SUM"
  | "ROUND"
  | "ROUNDUP"
  | "ISBLANK"
  | "ISNUMBER"
  | "INT"
  | "ABS"
  | "NA"
  | "TEXT"
  | "COUNTIF"
  | "CHOOSE";

export type BinOp = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | "<=" | ">" | ">=";

export type Expr =
  | { readonly k: "num"; readonly v: number }
  | { readonly k: "str"; readonly v: string }
  | { readonly k: "bool"; readonly v: boolean }
  /** A row's cell: `at` fixes the cell (0-based); otherwise the same cell as the row being computed. */
  | { readonly k: "ref"; readonly row: Row; readonly at?: number }
  /** Cells `from`..`to` (0-based, inclusive) of a row, inside SUM, MAX or MIN. */
  | { readonly k: "range"; readonly row: Row; readonly from: number; readonly to: number }
  | { readonly k: "bin"; readonly op: BinOp; readonly a: Expr; readonly b: Expr }
  | { readonly k: "neg"; readonly a: Expr }
  | { readonly k: "fn"; readonly f: FunctionName; readonly args: readonly Expr[] };

const FNS: ReadonlySet<string> = new Set<FunctionName>([
  "IF",
  "AND",
  "OR",
  "NOT",
  "MAX",
  "MIN",
  "SUM",
  "ROUND",
  "ROUNDUP",
  "ISBLANK",
  "ISNUMBER",
  "INT",
  "ABS",
  "NA",
  "TEXT",
  "COUNTIF",
  "CHOOSE",
]);

export type Part = Row | Expr | number | string;

function isRow(x: unknown): x is Row {
  return typeof x === "object" && x !== null && "id" in x && "kind" in x;
}

/** A whole row (all its cells) or a slice of it, for SUM/MAX/MIN. */
export function range(row: Row, from = 0, to = row.size - 1): Expr {
  return { k: "range", row, from, to };
}

/** One fixed cell of a row. */
export function cellAt(row: Row, index: number): Expr {
  if (index < 0 || index >= row.size) throw new Error(`${row.id} has no cell ${index}`);
  return { k: "ref", row, at: index };
}

export const num = (v: number): Expr => ({ k: "num", v });
export const text = (v: string): Expr => ({ k: "str", v });

function toExpr(p: Part): Expr {
  if (typeof p === "number") return num(p);
  if (typeof p === "string") return text(p);
  if (isRow(p)) return { k: "ref", row: p };
  return p;
}

// ---------------------------------------------------------------------------------------------
// Parsing: an Excel formula with interpolated parts.

/** A token; a part is named by its place among the interpolated parts. */
type Tok = { t: "num"; v: number } | { t: "str"; v: string } | { t: "part"; v: number } | { t: "id"; v: string } | { t: "op"; v: string };

function tokenize(strings: readonly string[]): Tok[] {
  const out: Tok[] = [];
  strings.forEach((s, i) => {
    let j = 0;
    while (j < s.length) {
      const c = s[j];
      if (c === " ") j++;
      else if (/[0-9.]/.test(c)) {
        const m = /^[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?/.exec(s.slice(j))!;
        out.push({ t: "num", v: Number(m[0]) });
        j += m[0].length;
      } else if (c === '"') {
        let k = j + 1;
        let v = "";
        for (;;) {
          if (k >= s.length) throw new Error(`Unclosed string in formula: ${strings.join("…")}`);
          if (s[k] === '"' && s[k + 1] === '"') {
            v += '"';
            k += 2;
          } else if (s[k] === '"') break;
          else v += s[k++];
        }
        out.push({ t: "str", v });
        j = k + 1;
      } else if (/[A-Za-z]/.test(c)) {
        const m = /^[A-Za-z]+/.exec(s.slice(j))!;
        out.push({ t: "id", v: m[0].toUpperCase() });
        j += m[0].length;
      } else {
        const two = s.slice(j, j + 2);
        const op = ["<>", "<=", ">="].includes(two) ? two : c;
        if (!"+-*/^&=<>(),".includes(op[0])) throw new Error(`Unexpected '${c}' in formula: ${strings.join("…")}`);
        out.push({ t: "op", v: op });
        j += op.length;
      }
    }
    if (i < strings.length - 1) out.push({ t: "part", v: i });
  });
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: readonly Tok[],
    private readonly parts: readonly Part[],
    private readonly strings: readonly string[],
  ) {}

  parse(): Expr {
    const e = this.compare();
    if (this.i < this.toks.length) this.fail("unexpected text after the end");
    return e;
  }

  private fail(why: string): never {
    throw new Error(`Formula ${why}: ${this.strings.join("${…}")}`);
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.toks[this.i];
    return t && t.t === "op" && ops.includes(t.v) ? t.v : undefined;
  }

  private binary(next: () => Expr, ops: string[]): Expr {
    let a = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.i++;
      a = { k: "bin", op: op as BinOp, a, b: next() };
    }
    return a;
  }

  private compare = (): Expr => this.binary(this.concat, ["=", "<>", "<", "<=", ">", ">="]);
  private concat = (): Expr => this.binary(this.additive, ["&"]);
  private additive = (): Expr => this.binary(this.multiplicative, ["+", "-"]);
  private multiplicative = (): Expr => this.binary(this.power, ["*", "/"]);
  private power = (): Expr => this.binary(this.unary, ["^"]);

  private unary = (): Expr => {
    if (this.peekOp("-")) {
      this.i++;
      return { k: "neg", a: this.unary() };
    }
    if (this.peekOp("+")) {
      this.i++;
      return this.unary();
    }
    return this.primary();
  };

  private primary(): Expr {
    const t = this.toks[this.i++];
    if (!t) this.fail("ends too early");
    if (t.t === "num") return num(t.v);
    if (t.t === "str") return text(t.v);
    if (t.t === "part") return toExpr(this.parts[t.v]);
    if (t.t === "op" && t.v === "(") {
      const e = this.compare();
      if (!this.peekOp(")")) this.fail("is missing a ')'");
      this.i++;
      return e;
    }
    if (t.t === "id") {
      if (t.v === "TRUE" || t.v === "FALSE") return { k: "bool", v: t.v === "TRUE" };
      if (!FNS.has(t.v)) this.fail(`uses an unknown function ${t.v}`);
      if (!this.peekOp("(")) this.fail(`needs '(' after ${t.v}`);
      this.i++;
      const args: Expr[] = [];
      if (!this.peekOp(")")) {
        for (;;) {
          args.push(this.compare());
          if (this.peekOp(",")) this.i++;
          else break;
        }
      }
      if (!this.peekOp(")")) this.fail(`is missing ')' after ${t.v}'s arguments`);
      this.i++;
      return { k: "fn", f: t.v as FunctionName, args };
    }
    return this.fail(`has '${String(t.v)}' where a value should be`);
  }
}

/** An expression from an Excel formula with rows, expressions and numbers interpolated. */
export function fx(strings: TemplateStringsArray, ...parts: Part[]): Expr {
  let shape = parsed.get(strings);
  if (!shape)
    parsed.set(
      strings,
      (shape = new Parser(
        tokenize(strings),
        strings.slice(1).map((_, i) => marker(i)),
        strings,
      ).parse()),
    );
  return filled(shape, parts);
}

/**
 * Each fx`…` written in the code is parsed once, with a marker where each part goes (its strings are
 * the same object at every call; the parts never change how it parses); each call fills that shape in.
 */
const parsed = new WeakMap<TemplateStringsArray, Expr>();

/** Part i's place in a parsed shape: a text no formula holds. */
const MARKED = "\u0000";
const marker = (i: number): Expr => text(`${MARKED}${i}`);

/** A parsed shape with the parts in place of its markers: new nodes throughout, as parsing gives. */
function filled(e: Expr, parts: readonly Part[]): Expr {
  switch (e.k) {
    case "str":
      return e.v.startsWith(MARKED) ? toExpr(parts[Number(e.v.slice(1))]) : text(e.v);
    case "num":
      return num(e.v);
    case "bool":
      return { k: "bool", v: e.v };
    case "bin":
      return { k: "bin", op: e.op, a: filled(e.a, parts), b: filled(e.b, parts) };
    case "neg":
      return { k: "neg", a: filled(e.a, parts) };
    case "fn":
      return { k: "fn", f: e.f, args: e.args.map((a) => filled(a, parts)) };
    default:
      // A shape holds no references: rows come in as parts.
      return e;
  }
}

/** Every row an expression reads. */
export function dependencies(e: Expr, out = new Set<Row>()): Set<Row> {
  switch (e.k) {
    case "ref":
    case "range":
      out.add(e.row);
      break;
    case "bin":
      dependencies(e.a, out);
      dependencies(e.b, out);
      break;
    case "neg":
      dependencies(e.a, out);
      break;
    case "fn":
      for (const a of e.args) dependencies(a, out);
      break;
  }
  return out;
}

/**
 * The rows a row's expression (or its cells' expressions) reads, each once, in the order met.
 * Kept for each expression: expressions never change once made.
 */
export function rowsRead(e: Expr | readonly Expr[]): readonly Row[] {
  let rows = readMemo.get(e);
  if (!rows) {
    const found = new Set<Row>();
    for (const x of Array.isArray(e) ? (e as readonly Expr[]) : [e as Expr]) dependencies(x, found);
    readMemo.set(e, (rows = [...found]));
  }
  return rows;
}
const readMemo = new WeakMap<Expr | readonly Expr[], readonly Row[]>();

export { round, roundUp };

/** The same expression over other rows (e.g. one setting's cells instead of three). */
export function rebind(e: Expr, to: ReadonlyMap<Row, Row>): Expr {
  switch (e.k) {
    case "ref":
      return to.has(e.row) ? { ...e, row: to.get(e.row)! } : e;
    case "range": {
      const row = to.get(e.row);
      return row ? { k: "range", row, from: 0, to: row.size - 1 } : e;
    }
    case "bin":
      return { ...e, a: rebind(e.a, to), b: rebind(e.b, to) };
    case "neg":
      return { ...e, a: rebind(e.a, to) };
    case "fn":
      return { ...e, args: e.args.map((a) => rebind(a, to)) };
    default:
      return e;
  }
}

/** A copy of a calc row with its expression over other rows, and another size. */
export function rebound(row: Row, to: ReadonlyMap<Row, Row>, size = row.size): Row {
  return { ...row, id: `${row.id}.${size}`, size, expr: row.expr && rebind(row.expr, to) };
}
