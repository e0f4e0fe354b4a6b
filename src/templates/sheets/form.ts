/**
 * The layout every option sheet shares: a title, what the council buys, a check cell, a table of pink
 * parameters (label, value, units, check), results guarded by the check, and optional month tables.
 */
import type { ParamRule } from "../../model";
import { SheetBuilder, abs, checkFormula, describeRule, firstProblem, guarded, ruleValidation, str, xref } from "../builder";
import type { NameDef, SheetDef } from "../types";

export const CHECK_CELL = "B4";

export interface ParamSpec {
  label: string;
  units: string;
  format: string;
  rule: ParamRule;
  prompt: string;
  /** For a blank-able parameter: what a blank means, and the formula giving that value. */
  blank?: { means: string; formula: string };
  name?: string;
}

export class FormSheet {
  readonly s: SheetBuilder;
  private row = 7;
  private readonly checks: string[] = [];
  private readonly extraChecks: string[] = [];

  /** `prior`: check cells (on other sheets) that must be OK first, with the sheet to fix. */
  constructor(
    id: string,
    title: string,
    lines: readonly string[],
    private readonly prior: readonly { ref: string; sheet: string }[],
  ) {
    this.s = new SheetBuilder(id);
    this.s.text("A1", title, "title");
    lines.forEach((l, i) => this.s.text(`A${2 + i}`, l, i === 0 ? "subtitle" : "note"));
    this.s.text("A4", "Check", "total");
    this.s.text("A6", "Inputs for this option", "header");
    ["Value", "Units", "Check"].forEach((h, c) => this.s.text(`${"BCD"[c]}6`, h, "header"));
  }

  get check(): string {
    return abs(CHECK_CELL);
  }

  /** A full reference to this sheet's check, for overlays. */
  get checkRef(): string {
    return xref(this.s.id, CHECK_CELL);
  }

  /** A pink parameter; returns the cell that holds the value to use (the default when left blank). */
  param(p: ParamSpec, value: number | null): string {
    const r = this.row++;
    this.s.text(`A${r}`, p.label, "label");
    this.s.text(`C${r}`, p.units, "note");
    const ref = `B${r}`;
    const error = `${p.label}: ${describeRule(p.rule, p.blank?.means)}.`;
    this.s.input(ref, value, p.format, ruleValidation(p.rule, p.blank ? `${p.prompt} Leave blank to use ${p.blank.means}.` : p.prompt, error));
    let check = checkFormula(ref, p.rule, error);
    if (p.blank && p.rule.positive) {
      const zero = str(`${p.label}: ${p.blank.means} is 0, so enter a value.`);
      check = `IF(AND(ISBLANK(${ref}),NOT(${p.blank.formula}>0)),${zero},${check})`;
    }
    this.s.formula(`D${r}`, check, undefined, "check");
    this.checks.push(`D${r}`);
    if (p.name) this.s.name(p.name, ref);
    return ref;
  }

  /** A check on the value of more than one parameter, after the single-value checks. */
  crossCheck(condition: string, message: string): void {
    this.extraChecks.push(`IF(${condition},${str(message)},"OK")`);
  }

  /** A cell checked like a parameter but placed elsewhere (e.g. a month table); adds its check. */
  addCheck(check: string): void {
    this.checks.push(check);
  }

  section(title: string): void {
    this.row++;
    this.s.text(`A${this.row}`, title, "header");
    ["Value", "Units", "How it is worked out"].forEach((h, c) => this.s.text(`${"BCD"[c]}${this.row}`, h, "header"));
    this.row++;
  }

  /** A result row; its formula shows #N/A while the check is not OK. */
  out(label: string, formula: string, format: string | undefined, units: string, how: string, name?: string, total = false): string {
    const r = this.row++;
    const ref = `B${r}`;
    this.s.text(`A${r}`, label, total ? "total" : "label");
    this.s.formula(ref, guarded(this.check, formula), format, total ? "total" : "output");
    this.s.text(`C${r}`, units, "note");
    this.s.text(`D${r}`, how, "note");
    if (name) this.s.name(name, ref);
    return ref;
  }

  /** Skips to a row below everything so far (for tables) and returns it. */
  nextRow(gap = 1): number {
    this.row += gap;
    return this.row;
  }

  guard(formula: string): string {
    return guarded(this.check, formula);
  }

  /** Writes the check cell (named `checkName`, e.g. ECH_OptionCheck) and returns the sheet. */
  finish(name: string, checkName: string, columns: readonly number[], orientation: "portrait" | "landscape"): { sheet: SheetDef; names: NameDef[] } {
    let chain = firstProblem([...this.checks, ...this.extraChecks]);
    for (const p of [...this.prior].reverse()) {
      chain = `IF(${p.ref}<>"OK",${str(`Fix the ${p.sheet} sheet first: its check is not OK.`)},${chain})`;
    }
    this.s.formula(CHECK_CELL, chain, undefined, "check");
    this.s.name(checkName, CHECK_CELL, "OK, or what to fix on this sheet");
    return { sheet: this.s.sheet({ name, columns, freeze: { rows: 4 }, orientation }), names: this.s.names };
  }
}
