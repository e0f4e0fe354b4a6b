/** Row constructors and the checks an input's rule implies (the same rule the model enforces). */
import { MAX_AMOUNT } from "./limits";
import type { InputSource } from "./sources";
import { fx, type Expr, type InputSpec, type ParamRule, type Row, type Value, cellAt, text } from "./expr";

interface Common {
  size?: number;
  unit?: string;
  format?: string;
  note?: string;
  name?: string;
  total?: boolean;
}

/** An input: `source` says where its default comes from, so no pink cell goes without one. */
export function inputRow(
  id: string,
  label: string,
  values: readonly Value[] | Value,
  o: Common & InputSpec & { source: InputSource; cellLabels?: readonly string[] },
): Row {
  const vs = Array.isArray(values) ? (values as Value[]) : [values as Value];
  const { rule, prompt, blankMeans, key, hourlyPay, size = vs.length, ...rest } = o;
  const input = { rule, prompt, blankMeans, ...(key ? { key } : {}), ...(hourlyPay ? { hourlyPay } : {}) };
  return { id, kind: "input", label, size, values: vs, input, ...rest };
}

export function calcRow(id: string, label: string, expr: Expr, o: Common & { check?: boolean } = {}): Row {
  const { size = 1, ...rest } = o;
  return { id, kind: "calc", label, size, expr, ...rest };
}

/** A calc row whose cells each have their own expression. */
export function calcCells(id: string, label: string, cells: readonly Expr[], o: Omit<Common, "size"> & { check?: boolean } = {}): Row {
  return { id, kind: "calc", label, size: cells.length, cells, ...o };
}

export function constRow(id: string, label: string, values: readonly Value[], o: Common = {}): Row {
  return { id, kind: "const", label, size: values.length, values, ...o };
}

const fn = (f: "OR" | "AND" | "NOT" | "ISNUMBER" | "INT", ...args: Expr[]): Expr => ({ k: "fn", f, args });
const bin = (op: ">" | "<" | "<>" | "<=", a: Expr, b: Expr): Expr => ({ k: "bin", op, a, b });
const n = (v: number): Expr => ({ k: "num", v });

/** What a rule asks for, in words: the validation's error message and the check's message. */
export function describeRule(rule: ParamRule, blankMeans?: string): string {
  let s: string;
  if (rule.kind === "share") s = "enter a percentage from 0% to 100%";
  else if (rule.kind === "text") s = `keep it to ${String(rule.max ?? 255)} characters or fewer`;
  else if (rule.kind === "list") s = `choose one of: ${(rule.list ?? []).join(", ")}`;
  else {
    const what = rule.kind === "whole" ? "a whole number" : "a number";
    if (rule.positive) s = `enter ${what} greater than 0`;
    else if (rule.max !== undefined) s = `enter ${what} from ${String(rule.min ?? 0)} to ${String(rule.max)}`;
    else s = `enter ${what} of ${String(rule.min ?? 0)} or more`;
  }
  return rule.blank ? `${s}, or leave it blank to use ${blankMeans ?? "the default"}` : s;
}

/** The message an input's check shows: "Label: what to enter." */
export function ruleMessage(row: Row): string {
  return `${row.label}: ${describeRule(row.input!.rule, row.input!.blankMeans)}.`;
}

/** "OK", or the input's message when any of its cells breaks its rule (mirrors the model's checkParam). */
export function ruleCheck(row: Row, message = ruleMessage(row)): Expr {
  const rule = row.input!.rule;
  const m = text(message);
  if (rule.kind === "text") return fx`"OK"`;
  if (rule.kind === "list") {
    const x = cellAt(row, 0);
    const ok = (rule.list ?? []).map((v) => fx`${x}=${text(v)}`);
    return fx`IF(${{ k: "fn", f: "OR", args: ok }},"OK",${m})`;
  }
  const cells = Array.from({ length: row.size }, (_, i) => cellAt(row, i));
  const bad = cells.flatMap((x) => {
    const b = [
      bin("<", x, n(rule.kind === "share" ? 0 : (rule.min ?? 0))),
      bin(">", x, n(rule.kind === "share" ? 1 : (rule.max ?? MAX_AMOUNT))),
    ];
    if (rule.kind === "whole") b.unshift(bin("<>", x, fn("INT", x)));
    if (rule.positive) b.push(bin("<=", x, n(0)));
    return b;
  });
  const numbers = cells.length === 1 ? fn("ISNUMBER", cells[0]) : fn("AND", ...cells.map((x) => fn("ISNUMBER", x)));
  const base = fx`IF(NOT(${numbers}),${m},IF(${fn("OR", ...bad)},${m},"OK"))`;
  if (!rule.blank) return base;
  if (cells.length !== 1) throw new Error(`Only a single cell may be left blank (${row.id})`);
  return fx`IF(ISBLANK(${cells[0]}),"OK",${base})`;
}

/** The check row of an input. */
export function checkRowFor(row: Row, extra?: (base: Expr) => Expr): Row {
  const base = ruleCheck(row);
  return calcRow(`${row.id}.check`, "Check", extra ? extra(base) : base, { check: true });
}

/** The first check that is not "OK", or "OK": nested IFs (portable; no array formulas). */
export function firstProblem(checks: readonly (Row | Expr)[]): Expr {
  return checks.reduceRight<Expr>((rest, c) => fx`IF(${c}<>"OK",${c},${rest})`, text("OK"));
}

/** The value to use: the pink cell, or the figure it stands for when left blank. */
export function blankOr(input: Row, fallback: Row | Expr): Expr {
  return fx`IF(ISBLANK(${input}),${fallback},${input})`;
}
