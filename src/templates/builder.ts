/**
 * Small helpers that assemble SheetDefs. Everything they produce is data; the rules for an input
 * (ParamRule, shared with the model) become both its data validation and its check formula, so the
 * workbook flags exactly the values the model rejects.
 */
import { MAX_AMOUNT, type ParamRule } from "../model";
import { columnLetters } from "./a1";
import type { CellDef, NameDef, SheetDef, StyleId, Validation } from "./types";

/** Column and row counted from 1, as the sheet definitions lay them out. */
export function a1(col: number, row: number): string {
  return `${columnLetters(col - 1)}${row}`;
}

/** "B5" -> "$B$5". */
export function abs(ref: string): string {
  return ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/** A reference to another sheet of the template, resolved by placeTemplate. */
export function xref(sheetId: string, ref: string): string {
  return `{${sheetId}}!${abs(ref)}`;
}

/** Text inside a formula string literal. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const MAX = String(MAX_AMOUNT);

/** What a rule asks for, in words: the data validation's error message and the check's message. */
export function describeRule(rule: ParamRule, blankMeans?: string): string {
  let s: string;
  if (rule.kind === "share") s = "enter a percentage from 0% to 100%";
  else {
    const what = rule.kind === "whole" ? "a whole number" : "a number";
    if (rule.positive) s = `enter ${what} greater than 0`;
    else if (rule.max !== undefined) s = `enter ${what} from ${String(rule.min ?? 0)} to ${String(rule.max)}`;
    else s = `enter ${what} of ${String(rule.min ?? 0)} or more`;
  }
  return rule.blank ? `${s}, or leave it blank to use ${blankMeans ?? "the default"}` : s;
}

/** Data validation for a rule (prices "greater than 0" allow pennies and up). */
export function ruleValidation(rule: ParamRule, prompt: string, error: string): Validation {
  const allowBlank = rule.blank ? true : undefined;
  if (rule.kind === "share") return { type: "decimal", min: 0, max: 1, prompt, error, allowBlank };
  const min = rule.positive ? 0.0001 : (rule.min ?? 0);
  const v: Validation = { type: rule.kind === "whole" ? "whole" : "decimal", min, prompt, error, allowBlank };
  return rule.max !== undefined ? { ...v, max: rule.max } : v;
}

/** A formula giving "OK" or `message` for one cell (or several sharing a rule), mirroring model.checkParam. */
export function checkFormula(cells: string | readonly string[], rule: ParamRule, message: string): string {
  const xs = typeof cells === "string" ? [cells] : cells;
  const bad = xs.flatMap((x) => {
    const b = [`${x}<${rule.kind === "share" ? 0 : (rule.min ?? 0)}`, `${x}>${rule.kind === "share" ? 1 : (rule.max ?? MAX)}`];
    if (rule.kind === "whole") b.unshift(`${x}<>INT(${x})`);
    if (rule.positive) b.push(`${x}<=0`);
    return b;
  });
  const m = str(message);
  const numbers = xs.length === 1 ? `ISNUMBER(${xs[0]})` : `AND(${xs.map((x) => `ISNUMBER(${x})`).join(",")})`;
  const base = `IF(NOT(${numbers}),${m},IF(OR(${bad.join(",")}),${m},"OK"))`;
  if (!rule.blank) return base;
  if (xs.length !== 1) throw new Error("Only a single cell may be left blank");
  return `IF(ISBLANK(${xs[0]}),"OK",${base})`;
}

/** The first check that is not "OK", or "OK": nested IFs (portable; no array formulas). */
export function firstProblem(checks: readonly string[]): string {
  return checks.reduceRight((rest, c) => `IF(${c}<>"OK",${c},${rest})`, `"OK"`);
}

/** A sheet under construction. */
export class SheetBuilder {
  readonly cells: CellDef[] = [];
  readonly names: NameDef[] = [];

  constructor(readonly id: string) {}

  set(ref: string, cell: Omit<CellDef, "ref">): string {
    const i = this.cells.findIndex((c) => c.ref === ref);
    if (i >= 0) throw new Error(`Cell ${this.id}!${ref} defined twice`);
    this.cells.push({ ref, ...cell });
    return ref;
  }

  text(ref: string, value: string, style?: StyleId): string {
    return this.set(ref, style ? { value, style } : { value });
  }

  formula(ref: string, formula: string, format?: string, style: StyleId = "output"): string {
    return this.set(ref, format ? { formula, format, style } : { formula, style });
  }

  input(ref: string, value: string | number | null, format: string | undefined, validation: Validation): string {
    const cell: Omit<CellDef, "ref"> = { style: "input", validation };
    return this.set(ref, {
      ...cell,
      ...(value === null ? {} : { value }),
      ...(format ? { format } : {}),
    });
  }

  /** A workbook-scope name for `range` ("B5" or "B5:D5") on this sheet. */
  name(name: string, range: string, comment?: string): void {
    const r = range.split(":").map(abs).join(":");
    this.names.push(comment ? { name, sheet: this.id, range: r, comment } : { name, sheet: this.id, range: r });
  }

  sheet(props: Omit<SheetDef, "id" | "cells">): SheetDef {
    return { id: this.id, cells: this.cells, ...props };
  }
}

/** Wraps a formula so it shows #N/A unless `check` is "OK": no silent wrong numbers. */
export function guarded(check: string, formula: string): string {
  return `IF(${check}<>"OK",NA(),${formula})`;
}
