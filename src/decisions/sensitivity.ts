/**
 * Sensitivity: each key input moved down and up (±10% by default) with everything else held, and
 * the headline results at each: the unit cost per hour, the council's cost a year, its net cost
 * (after tenants' contributions) and the present value of the contract, ranked by how far each
 * input swings them. The model runs the compiled projection program once per move (a few
 * microseconds each); the Sensitivity sheet prints the same moves as live formulas
 * (src/templates/sheets/sensitivity.ts).
 */
import { cellAt, constRow, fx, inputRow, round, Program, type Expr, type Row, type Value } from "../calc";
import { EXAMPLE_FIGURE } from "../model/sources";
import * as Scheme from "../model/scheme";
import * as ProjectionModel from "../model/projection";
import type { ProjectionRows, ProjectionSource } from "../model/projection";
import { checkTemplateInputs, type TemplateInputs } from "./templateInputs";
import { InputError, priceBase, share as checkShare } from "../model";
import { givenValues, projectionProgram, type ProjectionChoice } from "./projection";

export const DEFAULT_SENSITIVITY_RANGE = 0.1;

/** The pink cell on the Sensitivity sheet: how far each input moves, down and up. */
export const sensitivityRange = inputRow("sensitivityRange", "Move each input down and up by", DEFAULT_SENSITIVITY_RANGE, {
  source: EXAMPLE_FIGURE,
  unit: "% of its value",
  format: "0%",
  rule: { kind: "share" },
  name: "ECH_SensitivityRange",
  prompt: "How far each input moves down and up from its value, as a share of it (10% by default).",
});

/** Low, Medium, High weights of a move in the band mix: the high-needs share moves, the medium band takes up the difference. */
export const bandMixWeights = constRow("sensitivity.bandMixWeights", "Band mix move", [0, -1, 1], { format: "0" });

export type Headline = "unitCost" | "councilYear" | "councilNetYear" | "npv";
export const HEADLINES: readonly { id: Headline; label: string; unit: string }[] = [
  { id: "unitCost", label: "Unit cost per hour", unit: "£ an hour" },
  { id: "councilYear", label: "Council's cost a year", unit: "£ a year" },
  { id: "councilNetYear", label: "Council's net cost a year", unit: "£ a year" },
  { id: "npv", label: "Present value of the contract", unit: "£" },
];

/** Which price bases an input counts at: every base, the published model's 2009 base only, or a current base only. */
export type CountsAt = "every" | "published" | "current";

export interface SensitivityInput {
  id: string;
  label: string;
  countsAt: CountsAt;
  /** How the move is made, in words. */
  how: string;
  row: Row;
  /** The moved values in the model, for a move of `r` down (sign −1) or up (+1). */
  move(values: readonly Value[], sign: -1 | 1, r: number): Value[];
  /** The same move as an expression over the input row (one per cell of the row). */
  expr(sign: -1 | 1, r: Expr): Expr;
}

const num = (v: Value) => (typeof v === "number" ? v : 0);

function scaled(id: string, label: string, row: Row, opts: { cap?: boolean; whole?: boolean; countsAt?: CountsAt } = {}): SensitivityInput {
  const how = opts.whole
    ? "× (1 ± the move), to the nearest whole number, at least 1"
    : opts.cap
      ? "× (1 ± the move), at most 100%"
      : "× (1 ± the move)";
  return {
    id,
    label,
    countsAt: opts.countsAt ?? "every",
    how,
    row,
    move: (values, sign, r) =>
      values.map((v) => {
        const x = num(v) * (1 + sign * r);
        if (opts.whole) return Math.max(1, round(x, 0));
        return opts.cap ? Math.min(1, x) : x;
      }),
    expr: (sign, r) => {
      const moved = sign < 0 ? fx`${row}*(1-${r})` : fx`${row}*(1+${r})`;
      if (opts.whole) return fx`MAX(1,ROUND(${moved},0))`;
      return opts.cap ? fx`MIN(1,${moved})` : moved;
    },
  };
}

const bandMix: SensitivityInput = {
  id: "bandMix",
  label: "Band mix: share of high-needs tenants",
  countsAt: "every",
  how: "the High share × (1 ± the move); the Medium share takes up the difference (never below 0)",
  row: Scheme.bandShares,
  move: (values, sign, r) => {
    const [l, m, h] = values.map(num);
    const d = sign < 0 ? -h * r : Math.min(h * r, m);
    return [l, m - d, h + d];
  },
  expr: (sign, r) => {
    const h = cellAt(Scheme.bandShares, 2);
    const m = cellAt(Scheme.bandShares, 1);
    return sign < 0 ? fx`${Scheme.bandShares}-${bandMixWeights}*${h}*${r}` : fx`${Scheme.bandShares}+${bandMixWeights}*MIN(${h}*${r},${m})`;
  },
};

const PUBLISHED = { countsAt: "published" } as const;
const CURRENT_ONLY = { countsAt: "current" } as const;

/**
 * The key inputs, in the order the pane and the Sensitivity sheet list them. The published model's
 * flat on-costs count only at its 2009 base; the team leader's and the night pay, absence cover and
 * overheads only at a current base (the Inputs sheet says the same of their cells). As many of
 * each, so that they pair up on the Sensitivity sheet's lines.
 */
export const SENSITIVITY_INPUTS: readonly SensitivityInput[] = [
  scaled("tenants", "Tenants in the scheme", Scheme.tenants, { whole: true }),
  bandMix,
  scaled("bandHours", "Daytime hours for each tenant (all bands)", Scheme.bandHours),
  scaled("supportRate", "Hourly pay of housing support", Scheme.supportRate),
  scaled("careRate", "Hourly pay of care", Scheme.careRate),
  scaled("niRate", "Employer's National Insurance rate", Scheme.niRate, { cap: true, ...PUBLISHED }),
  scaled("coverRate", "Cover for leave and sickness rate", Scheme.coverRate, { cap: true, ...PUBLISHED }),
  scaled("superannuationRate", "Superannuation rate", Scheme.superannuationRate, { cap: true, ...PUBLISHED }),
  scaled("training", "Training", Scheme.training, PUBLISHED),
  scaled("teamLeaderRate", "Hourly pay of the team leader", Scheme.teamLeaderRate, CURRENT_ONLY),
  scaled("nightRate", "Hourly pay at night (waking nights)", Scheme.nightRate, CURRENT_ONLY),
  scaled("absenceRate", "Absence cover rate", Scheme.absenceRate, { cap: true, ...CURRENT_ONLY }),
  scaled("overheadRate", "Provider overheads rate", Scheme.overheadRate, { cap: true, ...CURRENT_ONLY }),
  scaled("managerSalary", "Scheme manager's salary", Scheme.managerSalary),
  scaled("nightHours", "Night hours", Scheme.nightHours),
  scaled("payUplift", "Pay uplift a year", ProjectionModel.payUplift, { cap: true }),
  scaled("nonPayUplift", "Non-pay uplift a year", ProjectionModel.nonPayUplift, { cap: true }),
];

/** Whether a price base (as in TemplateInputs; absent: the published model's) is a current one. */
export function isCurrentBase(base: string | undefined): boolean {
  return base !== undefined && priceBase(base).method === "statutory";
}

/** The key inputs that count at this price base, in SENSITIVITY_INPUTS' order. */
export function sensitivityInputsAt(base: string | undefined): SensitivityInput[] {
  const current = isCurrentBase(base);
  return SENSITIVITY_INPUTS.filter((i) => i.countsAt === "every" || (i.countsAt === "current") === current);
}

/** A line of the Sensitivity sheet: the inputs it moves, and its id (their ids joined by "_"). */
export interface SensitivityLine {
  id: string;
  inputs: SensitivityInput[];
}

/**
 * The Sensitivity sheet's lines. An input that counts at every base has a line of its own; the
 * inputs that count at one base only share lines, one of each kind, where the first of them stands,
 * so the live sheet reads whichever the chosen base uses (a move of the other changes nothing
 * there) and stays as short.
 */
export function sensitivityLines(): SensitivityLine[] {
  const published = SENSITIVITY_INPUTS.filter((i) => i.countsAt === "published");
  const current = SENSITIVITY_INPUTS.filter((i) => i.countsAt === "current");
  const shared = Array.from({ length: Math.max(published.length, current.length) }, (_, k) =>
    [published[k], current[k]].filter((x): x is SensitivityInput => x !== undefined),
  );
  const at = SENSITIVITY_INPUTS.findIndex((i) => i.countsAt !== "every");
  const own = SENSITIVITY_INPUTS.filter((i) => i.countsAt === "every").map((i) => [i]);
  // Every input before the first of one base only counts at every base: their lines come first.
  return [...own.slice(0, at), ...shared, ...own.slice(at)].map((inputs) => ({ id: inputs.map((i) => i.id).join("_"), inputs }));
}

/** The id of the sheet's line that moves this input. */
export function sensitivityLineId(inputId: string): string {
  return sensitivityLines().find((line) => line.inputs.some((i) => i.id === inputId))!.id;
}

export type Headlines = Record<Headline, number>;

export interface SensitivityItem {
  id: string;
  label: string;
  low: Headlines;
  high: Headlines;
}

export interface Sensitivity {
  range: number;
  base: Headlines;
  items: SensitivityItem[];
  /** Item ids by the swing |high − low| of each headline, largest first (ties keep the list's order). */
  ranked: Record<Headline, string[]>;
}

export const swing = (item: SensitivityItem, h: Headline) => Math.abs(item.high[h] - item.low[h]);

export interface HeadlineProgram {
  program: Program;
  given: Row[];
  rows: Row[];
  base: ReturnType<typeof projectionProgram>;
}
const compiled = new Map<string, HeadlineProgram>();

/** The rows of the headline results, in HEADLINES order (the sheets place the same). */
export function headlineRows(src: ProjectionSource, rows: ProjectionRows): Row[] {
  return [Scheme.unitCost, src.councilAnnualCost, src.councilNetCost, rows.npv];
}

/** The headline results' program for this option, compiled once (the scenarios reuse it). */
export function headlineProgram(choice: ProjectionChoice): HeadlineProgram {
  const key = `${choice.option}${choice.pumpPriming ? "+F" : ""}`;
  let c = compiled.get(key);
  if (!c) {
    const base = projectionProgram(choice);
    const rows = headlineRows(base.src, base.rows);
    c = { program: new Program(base.given, rows), given: base.given, rows, base };
    compiled.set(key, c);
  }
  return c;
}

/** The headline results for the given rows' values. */
export function readHeadlines(c: HeadlineProgram, values: readonly (readonly Value[])[]): Headlines {
  const r = c.program.run(values);
  return { unitCost: r.number(c.rows[0]), councilYear: r.number(c.rows[1]), councilNetYear: r.number(c.rows[2]), npv: r.number(c.rows[3]) };
}

/** Every key input moved down and up by `range`, the headline results at each, ranked. */
export function sensitivity(choice: ProjectionChoice, inputs: TemplateInputs, range = DEFAULT_SENSITIVITY_RANGE): Sensitivity {
  checkShare("range", range);
  if (range === 0) throw new InputError("range", "is 0%, so nothing moves; enter a share above 0%.");
  checkTemplateInputs(inputs);
  const c = headlineProgram(choice);
  const values = givenValues(c.base, inputs);
  const read = (v: (readonly Value[])[]) => readHeadlines(c, v);
  const base = read(values);
  const items = sensitivityInputsAt(inputs.priceBase).map((input): SensitivityItem => {
    const k = c.given.indexOf(input.row);
    const at = (sign: -1 | 1) => {
      const v = values.slice();
      v[k] = input.move(values[k], sign, range);
      return read(v);
    };
    return { id: input.id, label: input.label, low: at(-1), high: at(1) };
  });
  const ranked = Object.fromEntries(
    HEADLINES.map((h) => [
      h.id,
      items
        .map((it, i) => ({ it, i }))
        .sort((a, b) => swing(b.it, h.id) - swing(a.it, h.id) || a.i - b.i)
        .map((x) => x.it.id),
    ]),
  ) as Record<Headline, string[]>;
  return { range, base, items, ranked };
}
