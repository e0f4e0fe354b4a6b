/**
 * What every option sheet shares: a title, a check, a table of pink parameters (label, value,
 * units, check), results in sections (label, value, units, how it is worked out), and the rows
 * "What the council buys". Results show #N/A while the sheet's check is not OK.
 */
import { blankOr, calcRow, checkRowFor, firstProblem, fx, inputRow, text, type Expr, type ParamRule, type Row, type Value } from "../calc";
import { WEEKS_PER_YEAR } from "../model";
import { OPTION_CONTENT } from "../templates/content";
import { SheetLayout } from "../templates/layout";
import { titleRow } from "../templates/sheets/inputs";

export const FMT = {
  money: "£#,##0.00;-£#,##0.00",
  money0: "£#,##0;-£#,##0",
  percent: "0%",
  percent1: "0.0%",
  hours: "#,##0.0",
  count: "0",
  months: "0",
} as const;

/** A check on another sheet that must be OK first. */
export interface Prior {
  check: Row;
  sheet: string;
}

/** What overlays (E, F) and comparisons read from a base option (A–D). */
export interface BaseRows {
  id: string;
  sheetName: string;
  check: Row;
  blockHours: Row;
  spotHours: Row;
  /** The hours a pump-priming block (option F) block-contracts by default. */
  coreHours: Row;
  spotPrice: Row;
  councilShare: Row;
  councilAnnualCost: Row;
}

export interface ParamText {
  label: string;
  unit: string;
  format: string;
  prompt: string;
  blankMeans?: string;
  name?: string;
}

/** A pink parameter of an option as a graph row. */
export function param(id: string, key: string, value: Value | readonly Value[], rule: ParamRule, t: ParamText): Row {
  return inputRow(`${id}.${key}`, t.label, value as Value, {
    unit: t.unit, format: t.format, rule, prompt: t.prompt, ...(t.blankMeans ? { blankMeans: t.blankMeans } : {}), ...(t.name ? { name: t.name } : {}),
  });
}

/** "The value used": the pink cell, or what a blank stands for. */
export function used(id: string, label: string, input: Row, fallback: Row | Expr, unit: string, format: string, note: string): Row {
  return calcRow(`${id}.used`, label, blankOr(input, fallback), { unit, format, note });
}

/** The rows every option sheet ends with (ECH_BlockHours, ECH_SpotHours, ECH_CouncilAnnualCost). */
export function councilRows(id: string, block: Row | Expr, blockPrice: Row | Expr, spot: Row | Expr, spotPrice: Row | Expr, share: Row | Expr, blockNote = "") {
  const blockHours = calcRow(`${id}.blockHours`, "Hours block-contracted", fx`${block}`, { unit: "hours a week", format: FMT.hours, note: blockNote, name: "ECH_BlockHours" });
  const bp = calcRow(`${id}.blockPriceShown`, "Block price", fx`${blockPrice}`, { unit: "£ an hour", format: FMT.money, note: blockNote });
  const spotHours = calcRow(`${id}.spotHours`, "Hours spot-purchased or bought with personal budgets", fx`${spot}`, { unit: "hours a week", format: FMT.hours, name: "ECH_SpotHours" });
  const sp = calcRow(`${id}.spotPriceShown`, "Spot price", fx`${spotPrice}`, { unit: "£ an hour", format: FMT.money });
  const sh = calcRow(`${id}.shareShown`, "Council's share of spot-purchased hours", fx`${share}`, { unit: "% of hours", format: FMT.percent });
  const week = calcRow(`${id}.councilWeek`, "Council's cost a week", fx`${blockHours}*${bp}+${spotHours}*${sp}*${sh}`, {
    unit: "£ a week", format: FMT.money, note: "block hours × block price + spot hours × spot price × council's share",
  });
  const year = calcRow(`${id}.councilYear`, "Council's cost a year", fx`${week}*${WEEKS_PER_YEAR}`, { unit: "£ a year", format: FMT.money0, note: "a week × 52", name: "ECH_CouncilAnnualCost", total: true });
  return { blockHours, blockPrice: bp, spotHours, spotPrice: sp, councilShare: sh, week, year, all: [blockHours, bp, spotHours, sp, sh, week, year] };
}

/** A parameter's check, with the extra rule that a blank price must stand for something above 0. */
export function paramCheck(row: Row, fallback?: Row | Expr): Row {
  const rule = row.input!.rule;
  if (!(rule.blank && rule.positive && fallback)) return checkRowFor(row);
  const zero = text(`${row.label}: ${row.input!.blankMeans ?? "the default"} is 0, so enter a value.`);
  return checkRowFor(row, (base) => fx`IF(AND(ISBLANK(${row}),NOT(${fallback}>0)),${zero},${base})`);
}

/** Lays out one option sheet. */
export class OptionSheet {
  readonly l: SheetLayout;
  private readonly checks: (Row | Expr)[] = [];
  private readonly checkLine: number;

  constructor(
    readonly id: string,
    readonly contentId: keyof typeof OPTION_CONTENT,
    name: string,
    private readonly prior: readonly Prior[],
    orientation: "portrait" | "landscape" = "portrait",
    columns: readonly number[] = [46, 14, 14, 60],
  ) {
    const c = OPTION_CONTENT[contentId];
    this.l = new SheetLayout(id, name, { columns, orientation, freezeRows: 4 });
    this.l.line([{ row: titleRow(id, `Option ${contentId}: ${c.title}`), style: "title" }]);
    this.l.line([{ text: c.summary, style: "subtitle" }]);
    this.checkLine = this.l.next++;
    this.l.line([{ text: c.contracting, style: "note" }]);
    this.l.gap();
    this.l.line(["Inputs for this option", "Value", "Units", "Check"].map((h) => ({ text: h, style: "header" as const })));
  }

  /** Places pink parameters with their checks (`fallbacks`: what a blank stands for). */
  params(rows: readonly Row[], fallbacks: ReadonlyMap<Row, Row | Expr> = new Map()): void {
    for (const row of rows) {
      if (row.size !== 1) continue;
      const check = paramCheck(row, fallbacks.get(row));
      this.checks.push(check);
      this.l.line([{ text: row.label, style: "label" }, { row }, { text: row.unit ?? "", style: "note" }, { row: check }]);
    }
  }

  /** A check on more than one parameter. */
  cross(condition: Expr, message: string): void {
    this.checks.push(fx`IF(${condition},${text(message)},"OK")`);
  }

  /** A check placed elsewhere (a month table's). */
  addCheck(check: Row | Expr): void {
    this.checks.push(check);
  }

  section(title: string): void {
    this.l.gap();
    this.l.line([title, "Value", "Units", "How it is worked out"].map((h) => ({ text: h, style: "header" as const })));
  }

  out(...rows: Row[]): void {
    for (const row of rows) {
      this.l.line([{ text: row.label, style: row.total ? "total" : "label" }, { row }, { text: row.unit ?? "", style: "note" }, { text: row.note ?? "", style: "note" }]);
    }
  }

  /** Writes the sheet's check (named e.g. ECH_OptionCheck) and makes the results wait for it. */
  finish(checkName: string): Row {
    let chain = firstProblem(this.checks);
    for (const p of [...this.prior].reverse()) chain = fx`IF(${p.check}<>"OK",${text(`Fix the ${p.sheet} sheet first: its check is not OK.`)},${chain})`;
    const check = calcRow(`${this.id}.check`, "Check", chain, { check: true, name: checkName });
    this.l.lineAt(this.checkLine, [{ text: "Check", style: "total" }, { row: check }]);
    this.l.guard = check;
    return check;
  }
}
