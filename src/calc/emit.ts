/**
 * Writes a compiled program out as straight-line TypeScript: one constant a cell, in the program's
 * order, with its fixed cells and the parts that read only them already worked out, and the
 * branch an IF on a fixed condition takes. The ECH functions run this code, generated from the
 * rows when the add-in is built, so their bundle carries no rows, parser or labels. Arithmetic on
 * cells known to be numbers is written as JavaScript arithmetic; anything else calls the same rules
 * of Excel the graph's closures call (cells.ts), so both give the same values.
 */
import { fixedValue } from "./evaluate";
import { cellIndex, toBool, toNumber } from "./cells";
import type { Expr, Row, Value } from "./expr";
import type { Plan, Program } from "./graph";
import { CalcError } from "./values";

/**
 * What a cell is known to hold when the code is written: a number, a boolean, text, a number or a
 * blank (a pink cell that may be left blank), or any value.
 */
type Kind = "n" | "b" | "s" | "nb" | "v";
interface Code {
  js: string;
  kind: Kind;
}

/** The helpers generated code may call, from cells.ts and excel.ts. */
export const EMIT_HELPERS = {
  cells: [
    "add",
    "aggregate",
    "allOrAny",
    "binary",
    "choice",
    "countIf",
    "divide",
    "multiply",
    "negate",
    "not",
    "numeric",
    "rounded",
    "subtract",
    "textOf",
  ],
  excel: ["round", "roundUp"],
} as const;

/** The helpers a piece of generated code calls. */
export function helpersUsed(code: string, helpers: readonly string[]): string[] {
  return helpers.filter((h) => new RegExp(`\\b${h}[(,)]`).test(code));
}

export interface EmitOptions {
  /** Given rows whose cells may be anything (blank, text); the others are numbers, checked by the caller. */
  anyValue?: ReadonlySet<Row>;
  /** Given rows whose cells are numbers or blank (null). */
  numberOrBlank?: ReadonlySet<Row>;
  /** Given rows whose cells are text. */
  text?: ReadonlySet<Row>;
  /** Rows whose length is the length of the ranges given at run time (the thirds' groups, a budget's lines). */
  free?: ReadonlySet<Row>;
  /**
   * The given rows' cells one after another in one array (`c[k]` the k-th cell), not an array a row:
   * a hot path's caller lays its inputs out once, with no array for each row.
   */
  flat?: boolean;
}

function literal(v: Value): Code {
  if (typeof v === "number") {
    if (Number.isNaN(v)) return { js: "NaN", kind: "n" };
    if (Object.is(v, -0)) return { js: "(-0)", kind: "n" };
    return { js: v < 0 ? `(${String(v)})` : String(v), kind: "n" };
  }
  if (typeof v === "boolean") return { js: String(v), kind: "b" };
  if (typeof v === "string") return { js: JSON.stringify(v), kind: "v" };
  if (v === null) return { js: "null", kind: "v" };
  return { js: `new CalcError(${JSON.stringify(v.code)})`, kind: "v" };
}

/** Parts of code longer than this are written to a constant, so a part a program repeats is worked out once. */
const SHARED_LENGTH = 8;

/** The helpers of arithmetic on cells that may not be numbers (cells.ts). */
const HELPER_OF: Readonly<Record<string, string>> = { "+": "add", "-": "subtract", "*": "multiply", "/": "divide" };

const ARITHMETIC: Readonly<Record<string, boolean>> = { "+": true, "-": true, "*": true };
/** Comparisons of two numbers as the graph's `compare` orders them (NaN after every number). */
const NUMBER_COMPARE: Readonly<Record<string, (x: string, y: string) => string>> = {
  "=": (x, y) => `${x}===${y}`,
  "<>": (x, y) => `${x}!==${y}`,
  "<": (x, y) => `${x}<${y}`,
  "<=": (x, y) => `${x}<=${y}`,
  ">": (x, y) => `!(${x}<=${y})`,
  ">=": (x, y) => `!(${x}<${y})`,
};

class Writer {
  private readonly kinds = new Map<number, Kind>();
  readonly lines: string[] = [];

  constructor(
    private readonly plan: Plan,
    private readonly options: EmitOptions,
  ) {}

  private isFree(row: Row): boolean {
    return this.options.free?.has(row) ?? false;
  }

  /** Parts already written to a constant: the same code is read from it (pure code, so once is enough). */
  private shared = new Map<string, Code>();
  private temps = 0;

  /** The code of one cell (`i`: the cell's index, or the loop's variable for a free row); a longer part is written once. */
  expr(e: Expr, i: number | "i"): Code {
    const c = this.part(e, i);
    if (c.js.length <= SHARED_LENGTH || e.k === "num" || e.k === "str" || e.k === "bool" || e.k === "ref") return c;
    const known = this.shared.get(c.js);
    if (known) return known;
    const name = { js: `t${this.temps++}`, kind: c.kind };
    this.lines.push(`  const ${name.js} = ${c.js};`);
    this.shared.set(c.js, name);
    return name;
  }

  private part(e: Expr, i: number | "i"): Code {
    const known = this.plan.known;
    if (e.k === "bin" || e.k === "neg" || e.k === "fn") {
      const fixed = fixedValue(e, known);
      if (fixed !== undefined) return literal(fixed);
    }
    switch (e.k) {
      case "num":
      case "str":
      case "bool":
        return literal(e.v);
      case "ref":
        return this.ref(e.row, e.at, i);
      case "range":
        throw new Error(`A range of ${e.row.id} can only be used inside SUM, MAX or MIN`);
      case "neg": {
        const a = this.expr(e.a, i);
        return a.kind === "n" ? { js: `(-${a.js})`, kind: "n" } : { js: `negate(${a.js})`, kind: "v" };
      }
      case "bin": {
        const a = this.expr(e.a, i);
        const b = this.expr(e.b, i);
        if (a.kind === "n" && b.kind === "n") {
          if (ARITHMETIC[e.op]) return { js: `(${a.js}${e.op}${b.js})`, kind: "n" };
          if (e.op === "/" && /^\d/.test(b.js) && Number(b.js) !== 0) return { js: `(${a.js}/${b.js})`, kind: "n" };
          const test = NUMBER_COMPARE[e.op];
          if (test) return { js: `(${test(a.js, b.js)})`, kind: "b" };
        }
        const helper = HELPER_OF[e.op];
        if (helper) return { js: `${helper}(${a.js},${b.js})`, kind: "v" };
        // Text compared with text for equality, as Excel does: ignoring case.
        if ((e.op === "=" || e.op === "<>") && a.kind === "s" && e.b.k === "str") {
          return { js: `(${a.js}.toLowerCase()${e.op === "=" ? "===" : "!=="}${JSON.stringify(e.b.v.toLowerCase())})`, kind: "b" };
        }
        return { js: `binary(${JSON.stringify(e.op)},${a.js},${b.js})`, kind: "v" };
      }
      case "fn":
        return this.fn(e.f, e.args, i);
    }
  }

  /** The code of IF's third argument: a number-or-blank cell whose ISBLANK the condition is, is a number there. */
  private narrowed(condition: Expr, write: () => Code): Code {
    if (condition.k !== "fn" || condition.f !== "ISBLANK" || condition.args[0].k !== "ref") return write();
    const { row, at } = condition.args[0];
    if (this.isFree(row) || (row.size !== 1 && at === undefined)) return write();
    const slot = this.plan.offset(row) + cellIndex(row, at, 0);
    if (this.kinds.get(slot) !== "nb") return write();
    this.kinds.set(slot, "n");
    const saved = this.shared;
    this.shared = new Map(saved);
    try {
      return write();
    } finally {
      this.kinds.set(slot, "nb");
      this.shared = saved;
    }
  }

  private ref(row: Row, at: number | undefined, i: number | "i"): Code {
    const base = this.plan.offset(row);
    if (this.isFree(row) && at === undefined) {
      if (i !== "i") throw new Error(`${row.id} is read cell by cell outside a row of its length`);
      return { js: `a${base}[i]`, kind: this.kinds.get(base) ?? "v" };
    }
    if (i === "i" && row.size !== 1 && at === undefined) throw new Error(`${row.id} is read cell by cell inside a row of another length`);
    const cell = cellIndex(row, at, i === "i" ? 0 : i);
    const c = this.plan.known(row, cell);
    if (c !== undefined) return literal(c);
    return { js: `a${base + cell}`, kind: this.kinds.get(base + cell) ?? "v" };
  }

  /** Every cell the arguments give (ranges spread), for SUM, MAX, MIN, AND, OR and COUNTIF. */
  private cells(args: readonly Expr[], i: number | "i"): { list: Code[]; spread: string[] } {
    const list: Code[] = [];
    const spread: string[] = [];
    for (const a of args) {
      if (a.k !== "range") {
        const c = this.expr(a, i);
        list.push(c);
        spread.push(c.js);
      } else if (this.isFree(a.row)) {
        if (a.from !== 0 || a.to !== a.row.size - 1) throw new Error(`Only the whole of ${a.row.id} can be summed`);
        spread.push(`...a${this.plan.offset(a.row)}`);
        list.push({ js: "", kind: this.kinds.get(this.plan.offset(a.row)) ?? "v" });
      } else {
        for (let j = a.from; j <= a.to; j++) {
          const c = this.ref(a.row, j, i);
          list.push(c);
          spread.push(c.js);
        }
      }
    }
    return { list, spread };
  }

  private fn(f: string, args: readonly Expr[], i: number | "i"): Code {
    const one = (k: number) => this.expr(args[k], i);
    switch (f) {
      case "IF": {
        const fixed = fixedValue(args[0], this.plan.known);
        if (fixed !== undefined) {
          const v = toBool(fixed);
          if (v instanceof CalcError) return literal(v);
          return v ? one(1) : args[2] ? one(2) : literal(false);
        }
        const c = one(0);
        // A condition the cells' kinds decide (ISBLANK of a number): only its branch is written.
        if (c.js === "true" || c.js === "false") return c.js === "true" ? one(1) : args[2] ? one(2) : literal(false);
        const t = one(1);
        const o = args[2] ? this.narrowed(args[0], () => one(2)) : literal(false);
        const kind = t.kind === o.kind ? t.kind : "v";
        if (c.kind === "b") return { js: `(${c.js}?${t.js}:${o.js})`, kind };
        if (c.kind === "n") return { js: `(${c.js}!==0?${t.js}:${o.js})`, kind };
        return { js: `choice(${c.js},${t.js},${o.js})`, kind: "v" };
      }
      case "SUM":
      case "MAX":
      case "MIN": {
        const { list, spread } = this.cells(args, i);
        const numbers = list.every((c) => c.kind === "n");
        const singles = args.every((a) => a.k !== "range" || !this.isFree(a.row));
        if (numbers && singles && f === "SUM") return { js: `(0+${spread.join("+")})`, kind: "n" };
        if (numbers && singles) return { js: `Math.${f.toLowerCase()}(${spread.join(",")})`, kind: "n" };
        // One range of a length given at run time is read as it is, without a copy.
        const cells = spread.length === 1 && spread[0].startsWith("...") ? spread[0].slice(3) : `[${spread.join(",")}]`;
        const js = `aggregate(${JSON.stringify(f)},${cells})`;
        return numbers ? { js: `(${js} as number)`, kind: "n" } : { js, kind: "v" };
      }
      case "AND":
      case "OR": {
        const { list, spread } = this.cells(args, i);
        if (list.every((c) => c.kind === "b") && args.every((a) => a.k !== "range")) {
          return { js: `(${spread.join(f === "AND" ? "&&" : "||")})`, kind: "b" };
        }
        return { js: `allOrAny(${f === "AND"},[${spread.join(",")}])`, kind: "v" };
      }
      case "NOT": {
        const a = one(0);
        return a.kind === "b" ? { js: `(!${a.js})`, kind: "b" } : { js: `not(${a.js})`, kind: "v" };
      }
      case "ROUND":
      case "ROUNDUP": {
        const r = f === "ROUND" ? "round" : "roundUp";
        const a = one(0);
        if (a.kind === "n" && args[1].k === "num") return { js: `${r}(${a.js},${Math.trunc(args[1].v)})`, kind: "n" };
        return { js: `rounded(${r},${a.js},${one(1).js})`, kind: "v" };
      }
      case "ISBLANK": {
        const a = one(0);
        return a.kind === "v" || a.kind === "nb" ? { js: `(${a.js}===null)`, kind: "b" } : literal(false);
      }
      case "ISNUMBER": {
        const a = one(0);
        return a.kind === "n" || a.kind === "b" || a.kind === "s"
          ? literal(a.kind === "n")
          : { js: `(typeof ${a.js}==="number")`, kind: "b" };
      }
      case "INT":
      case "ABS": {
        const g = f === "INT" ? "Math.floor" : "Math.abs";
        const a = one(0);
        return a.kind === "n" ? { js: `${g}(${a.js})`, kind: "n" } : { js: `numeric(${g},${a.js})`, kind: "v" };
      }
      case "NA":
        return literal(new CalcError("#N/A"));
      case "TEXT":
        return { js: `textOf(${one(0).js},${one(1).js})`, kind: "v" };
      case "COUNTIF": {
        const { spread } = this.cells([args[0]], i);
        return { js: `countIf([${spread.join(",")}],${one(1).js})`, kind: "v" };
      }
      case "CHOOSE": {
        // A fixed index (a price base's column, in a program built for one base) chooses its value here.
        const index = fixedValue(args[0], this.plan.known);
        if (index === undefined) throw new Error("The code generator writes CHOOSE only with a fixed index");
        const k = toNumber(index);
        if (k instanceof CalcError) return literal(k);
        const j = Math.trunc(k);
        return j >= 1 && j < args.length ? one(j) : literal(new CalcError("#VALUE!"));
      }
      default:
        throw new Error(`The code generator does not write ${f}: ${JSON.stringify(args, (k, v) => (k === "row" ? v.id : v))}`);
    }
  }

  given(k: number, row: Row, at: number): void {
    const o = this.options;
    const kind: Kind = o.anyValue?.has(row) ? "v" : o.numberOrBlank?.has(row) ? "nb" : o.text?.has(row) ? "s" : "n";
    const anyValue = kind !== "n";
    const cast = { n: " as number", nb: " as number | null", s: " as string", v: "", b: "" }[kind];
    if (this.isFree(row)) {
      if (o.flat) throw new Error(`${row.id} has a length given at run time; its cells cannot be given one after another`);
      this.kinds.set(at, kind);
      this.lines.push(`  const a${at} = c[${k}]${anyValue ? "" : " as number[]"};`);
      return;
    }
    for (let j = 0; j < row.size; j++) {
      this.kinds.set(at + j, kind);
      // The given rows come first in a program's layout, in order: a flat cell's index is its place.
      this.lines.push(`  const a${at + j} = ${o.flat ? `c[${at + j}]` : `c[${k}][${j}]`}${cast};`);
    }
  }

  step(row: Row, at: number, exprs: Expr | readonly Expr[]): void {
    const each = (j: number | "i") => (Array.isArray(exprs) ? (exprs as readonly Expr[])[j as number] : (exprs as Expr));
    if (this.isFree(row)) {
      if (Array.isArray(exprs)) throw new Error(`${row.id} has an expression for each cell and a length given at run time`);
      const first = this.plan.given.find((g) => this.isFree(g.row));
      if (!first) throw new Error(`${row.id} has a length given at run time but no given row has`);
      const body: string[] = [];
      const saved = this.lines.length;
      const outside = this.shared;
      // Parts written inside the loop are its own (they may read `i`).
      this.shared = new Map();
      const cell = this.expr(each("i"), "i");
      this.shared = outside;
      body.push(...this.lines.splice(saved));
      this.kinds.set(at, cell.kind);
      this.lines.push(`  const a${at}: ${cell.kind === "n" ? "number" : "Value"}[] = [];`);
      this.lines.push(
        `  for (let i = 0; i < a${first.at}.length; i++) {`,
        ...body.map((l) => `  ${l}`),
        `    a${at}.push(${cell.js});`,
        "  }",
      );
      return;
    }
    for (let j = 0; j < row.size; j++) {
      const cell = this.expr(each(j), j);
      this.kinds.set(at + j, cell.kind);
      this.lines.push(`  const a${at + j} = ${cell.js};`);
    }
  }

  wanted(row: Row, at: number): string[] {
    if (this.isFree(row)) throw new Error(`${row.id} has a length given at run time; want a total of it`);
    return Array.from({ length: row.size }, (_, j) => {
      const c = this.plan.known(row, j);
      return c !== undefined ? literal(c).js : `a${at + j}`;
    });
  }
}

/**
 * A program as a TypeScript function `name(c)`: `c[k]` holds the cells of the program's k-th
 * given row (with `flat`, the k-th given cell), and it returns the cells of its wanted rows, one
 * after another.
 */
export function emitProgram(name: string, program: Program, options: EmitOptions = {}, out?: readonly Row[]): string {
  const plan = program.plan();
  if (out) plan.wanted = out.map((row) => ({ row, at: plan.offset(row) }));
  const w = new Writer(plan, options);
  plan.given.forEach((g, k) => w.given(k, g.row, g.at));
  for (const s of plan.steps) w.step(s.row, s.at, s.exprs);
  const cells = plan.wanted.flatMap((x) => w.wanted(x.row, x.at));
  const lines = inlinedOnce(withoutUnused(w.lines, cells.join(" ")));
  const given = options.flat ? "readonly Value[]" : "readonly (readonly Value[])[]";
  return [`export function ${name}(c: ${given}): Value[] {`, ...lines, `  return [${cells.join(", ")}];`, "}"].join("\n");
}

/**
 * A generated module's text: a header naming the file it is generated from (`from`), the imports its
 * code needs (the helpers it calls, `Value`, `CalcError`) and any other `imports`, any `declarations`, then the code.
 */
export function generatedModule(from: string, body: string, declarations: readonly string[] = [], imports: readonly string[] = []): string {
  const cells = helpersUsed(body, EMIT_HELPERS.cells);
  const excel = helpersUsed(body, EMIT_HELPERS.excel);
  return [
    `/* Generated by \`npm run generate\` from the rows (${from}): do not edit. */`,
    ...(cells.length ? [`import { ${cells.join(", ")} } from "../calc/cells";`] : []),
    ...(excel.length ? [`import { ${excel.join(", ")} } from "../calc/excel";`] : []),
    `import { ${/\bCalcError\b/.test(body) ? "CalcError, " : ""}type Value } from "../calc/values";`,
    ...imports,
    "",
    ...declarations.flatMap((d) => [d, ""]),
    body,
    "",
  ].join("\n");
}

/**
 * Parts read once written back where they are read: every part was written to a constant, so the
 * ones left are those a program reads more than once, worked out once.
 */
function inlinedOnce(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let k = 0; k < out.length; k++) {
    const m = /^( +)const (t\d+) = (.*);$/.exec(out[k]);
    if (!m) continue;
    const name = new RegExp(`\\b${m[2]}\\b`, "g");
    const readers = out.flatMap((line, j) => (j === k ? [] : [[j, (line.match(name) ?? []).length]])).filter(([, n]) => n > 0);
    if (readers.length !== 1 || readers[0][1] !== 1) continue;
    const [j] = readers[0];
    out[j] = out[j].replace(name, () => m[3]);
    out[k] = "";
  }
  return out.filter((line) => line !== "");
}

/** The lines less the constants nothing reads (cells given but not needed, steps only a fixed branch read). */
function withoutUnused(lines: readonly string[], result: string): string[] {
  let kept = [...lines];
  for (;;) {
    const text = kept.join("\n") + "\n" + result;
    const reads = new Map<string, number>();
    for (const m of text.matchAll(/\b[at]\d+\b/g)) reads.set(m[0], (reads.get(m[0]) ?? 0) + 1);
    const next = kept.filter((line) => {
      const m = /^ +const ([at]\d+)[ :]/.exec(line);
      return !m || (reads.get(m[1]) ?? 0) > 1;
    });
    if (next.length === kept.length) return next;
    kept = next;
  }
}
