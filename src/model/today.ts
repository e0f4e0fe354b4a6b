/**
 * The cost at a current price base (issue 11): the scheme graph's pay rows, evaluated over the
 * same pink cells the Inputs sheet shows. The published model's price base never comes here.
 */
import { Program, type Result } from "../calc/graph";
import { valuesOf, type ParamRule, type Row, type Value } from "../calc";
import { DEFAULT_PAY, DEFAULT_SCHEME, NIGHT_COVER, PUBLISHED_PRICE_BASE } from "./defaults";
import { InputError } from "./errors";
import { belowNationalLivingWage, priceBase, type PriceBase } from "./priceBase";

type Statutory = Extract<PriceBase, { method: "statutory" }>;
import { ENTER_CELLS, FIGURES, PRICE_FIGURES, STATUTORY_BASES, priceBaseInput, type FigureKey } from "./priceRows";
import { checkPricedWith, costLinesOver, PAY_KEYS } from "./costLinesRun";
import type { Run } from "./revenueRun";

export { checkPricedWith, PAY_KEYS } from "./costLinesRun";
import * as Scheme from "./scheme";
import type { PayInputs, SchemeInputs } from "./types";

/** The pink cells of the priced graph, in the order values are given. */
export const PRICED_INPUTS: readonly Row[] = [
  ...Scheme.SCHEME_INPUTS,
  priceBaseInput,
  ...Scheme.PAY_INPUTS,
  ...ENTER_CELLS.map((c) => c.row),
];

/** Values of PRICED_INPUTS' cells for these inputs (the templates fill the pink cells with the same). */
export function pricedValues(inputs: SchemeInputs): Map<Row, readonly Value[]> {
  const entered = inputs.enteredFigures ?? {};
  const base = inputs.priceBase === undefined ? PUBLISHED_PRICE_BASE : priceBase(inputs.priceBase).cell;
  const v = valuesOf(inputs, DEFAULT_SCHEME, Scheme.SCHEME_INPUTS);
  v.set(priceBaseInput, [base]);
  // Left out, the pay assumptions are the defaults (DEFAULT_SCHEME.pay).
  for (const [row, values] of valuesOf(inputs, DEFAULT_SCHEME, Scheme.PAY_INPUTS)) v.set(row, values);
  for (const c of ENTER_CELLS) v.set(c.row, [entered[c.base]?.[c.figure.key] ?? null]);
  return v;
}

export interface PayLines {
  daySupport: number;
  dayCare: number;
  night: number;
  nightSupport: number;
  nightCare: number;
  training: number;
  careWorkers: number;
  teamLeaders: number;
  manager: number;
  total: number;
}

/** The build-up at a current price base; every figure a year unless it says otherwise. */
export interface TodayResult {
  priceBase: string;
  nationalLivingWage: number;
  /** Paid hours for each hour of cover: holiday × (1 + absence cover). */
  paidPerHour: number;
  paidHoursPerWeek: number;
  careWorkers: number;
  teamLeaders: number;
  /** Care and support workers + team leaders + the scheme manager. */
  workers: number;
  pay: PayLines;
  /** Before the Employment Allowance. */
  employerNI: number;
  /** Taken off the employer National Insurance when the employer claims it; otherwise 0. */
  employmentAllowance: number;
  employerPension: number;
  staffCost: number;
  overheads: number;
  surplus: number;
  totalCost: number;
  unitCostPerContactHour: number;
  unitCostPerPaidHour: number;
  costPerPersonWeek: number;
  costPerPersonYear: number;
  /** Homecare Association Minimum Price for Homecare, £ an hour; null when not verified or entered. */
  benchmark: number | null;
  /** Each pay rate below the base's National Living Wage, named with the wage: the costs still stand. */
  warnings: readonly PayWarning[];
}

export interface PayWarning {
  /** The input, as in InputError: "hourlyRates", "teamLeaderRate", "nightRate". */
  argument: string;
  /** The rate's label and the message, as the workbook's check shows it. */
  message: string;
}

/** The row each figure of TodayResult is read from (its pay lines apart): the priced program returns these. */
const TODAY_ROWS = {
  nationalLivingWage: PRICE_FIGURES.nationalLivingWage,
  paidPerHour: Scheme.paidPerHour,
  paidHoursPerWeek: Scheme.paidHours,
  careWorkers: Scheme.careWorkers,
  teamLeaders: Scheme.teamLeaders,
  workers: Scheme.workers,
  employerNI: Scheme.employerNI,
  employmentAllowance: Scheme.employmentAllowanceClaimed,
  employerPension: Scheme.employerPension,
  staffCost: Scheme.totalStaffCost,
  overheads: Scheme.overheads,
  surplus: Scheme.surplus,
  totalCost: Scheme.totalCost,
  unitCostPerContactHour: Scheme.unitCost,
  unitCostPerPaidHour: Scheme.unitCostPaid,
  costPerPersonWeek: Scheme.costPerPersonWeek,
  costPerPersonYear: Scheme.costPerPersonYear,
} satisfies Record<Exclude<keyof TodayResult, "priceBase" | "pay" | "benchmark" | "warnings">, Row>;
/** The row each pay line is read from (the scheme manager's salary is an input). */
const PAY_ROWS = {
  daySupport: Scheme.daySupportPay,
  dayCare: Scheme.dayCarePay,
  night: Scheme.nightPay,
  nightSupport: Scheme.nightSupportPay,
  nightCare: Scheme.nightCarePay,
  training: Scheme.trainingPay,
  careWorkers: Scheme.careWorkerPay,
  teamLeaders: Scheme.teamLeaderPay,
  total: Scheme.payNow,
} satisfies Record<Exclude<keyof PayLines, "manager">, Row>;
// Compiled when first run rather than when the module loads: only a scheme priced at a current price base runs it.
let priced: Program | undefined;
const pricedProgram = () =>
  (priced ??= new Program(PRICED_INPUTS, [...Object.values(TODAY_ROWS), ...Object.values(PAY_ROWS), PRICE_FIGURES.homecareMinimumPrice]));

/** Each figure of a run, by its name in `rows`. */
function numbersOf<K extends string>(rows: Record<K, Row>, run: Result): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key in rows) out[key] = run.number(rows[key]);
  return out;
}

export const PAY_RULES: readonly ParamRule[] = Scheme.PAY_INPUTS.map((row) => row.input!.rule);
/** The figures each base's cost needs that are not verified: the user enters them. */
export const TO_ENTER = new Map(STATUTORY_BASES.map((b) => [b.id, FIGURES.filter((f) => f.needed && b.rules[f.key] === null)]));

/** Throws InputError naming the argument unless the pay inputs and the chosen base's figures can be used. */
export function checkPriced(
  inputs: Pick<SchemeInputs, "hourlyRates" | "pay" | "enteredFigures">,
  base: Extract<PriceBase, { method: "statutory" }>,
): void {
  checkPricedWith(PAY_RULES, TO_ENTER.get(base.id) ?? [], inputs, base.id);
}

const NO_WARNINGS: readonly PayWarning[] = [];

/**
 * Every pay rate below the base's National Living Wage, with the rate's label (as the workbook's
 * checks name it): a warning beside the costs, which still stand, not an error.
 */
export function payWarnings(
  inputs: Pick<SchemeInputs, "hourlyRates" | "pay">,
  base: Extract<PriceBase, { method: "statutory" }>,
): readonly PayWarning[] {
  const pay = inputs.pay ?? DEFAULT_PAY;
  // The messages are built only for a rate below the wage (the hot path compares numbers).
  const floor = base.rules.nationalLivingWage?.value ?? 0;
  const rates: [string, Row, number][] = [
    ["hourlyRates", Scheme.supportRate, inputs.hourlyRates.support],
    ["hourlyRates", Scheme.careRate, inputs.hourlyRates.care],
    ["teamLeaderRate", Scheme.teamLeaderRate, pay.teamLeaderRate],
  ];
  if (pay.nightCover === NIGHT_COVER[0]) rates.push(["nightRate", Scheme.nightRate, pay.nightRate]);
  if (rates.every(([, , rate]) => !(rate < floor))) return NO_WARNINGS;
  const out: PayWarning[] = [];
  for (const [argument, row, rate] of rates) {
    const message = rate < floor ? belowNationalLivingWage(rate, base.id) : null;
    if (message) out.push({ argument, message: `${row.label}: ${message}` });
  }
  return out;
}

/** Evaluates the priced rows; the inputs must already be checked (checkPriced and the scheme's own checks). */
export function pricedCost(inputs: SchemeInputs): TodayResult {
  const base = priceBase(inputs.priceBase ?? PUBLISHED_PRICE_BASE);
  if (base.method !== "statutory") throw new InputError("priceBase", "the published model's price base has no statutory pay build-up.");
  const values = pricedValues(inputs);
  const r = pricedProgram().run(PRICED_INPUTS.map((row) => values.get(row)!));
  const bench = r.value(PRICE_FIGURES.homecareMinimumPrice);
  return {
    priceBase: base.id,
    ...numbersOf(TODAY_ROWS, r),
    pay: { ...numbersOf(PAY_ROWS, r), manager: inputs.managerSalary },
    benchmark: typeof bench === "number" ? bench : null,
    warnings: payWarnings(inputs, base),
  };
}

// ---- Cost lines from hours already worked out (ECH.COSTLINES) -----------------------------------

const LINE_HOURS = [
  Scheme.daySupportHours,
  Scheme.dayCareHours,
  Scheme.nightSupportHours,
  Scheme.nightCareHours,
  Scheme.nightSupportShare,
] as const;
const LINE_OUT = [
  Scheme.paidHours,
  Scheme.workers,
  Scheme.payNow,
  Scheme.employerNIAfterAllowance,
  Scheme.employerPension,
  Scheme.totalStaffCost,
  Scheme.overheads,
  Scheme.surplus,
  Scheme.totalCost,
  Scheme.unitCost,
  Scheme.unitCostPaid,
  PRICE_FIGURES.nationalLivingWage,
];
/**
 * Pay inputs chosen from a list (night cover, the Employment Allowance) are fixed in each program,
 * so the IFs on them compile to the branch they take; the others are given on each call.
 */
const CHOSEN_PAY = PAY_KEYS.flatMap((_, i) => (Scheme.PAY_INPUTS[i].input?.rule.kind === "list" ? [i] : []));
/** The pay inputs given on each call, in the order of the cost lines' given rows after the rates and salary. */
export const GIVEN_PAY = PAY_KEYS.flatMap((_, i) => (CHOSEN_PAY.includes(i) ? [] : [i]));

export interface Lines {
  program: Program;
  /** The listed pay inputs it is built for, in CHOSEN_PAY's order. */
  chosen: readonly Value[];
  /** Runs it: the cost lines in order. */
  run: Run;
  /** The figures of this base left to enter, in the order of the given rows after the pay inputs. */
  enter: readonly FigureKey[];
}

/** The programs built so far, by base. */
const LINES = new Map<string, Lines[]>();

/**
 * The cost lines' program for one base with the pay inputs at `fixed` (indices of PAY_KEYS, listed
 * inputs) fixed at `pay`'s values and the others given, in PAY_KEYS' order: the price base and the
 * other bases' cells are fixed, so the lookups of its figures are worked out once. The published
 * model's staff cost is fixed at 0 too: a current base never reads it (the headline's IF takes the
 * statutory branch).
 */
export function linesProgram(base: Statutory, pay: PayInputs, fixed: readonly number[]): { program: Program; enter: readonly FigureKey[] } {
  const own = ENTER_CELLS.filter((c) => c.figure.needed && c.base === base.id);
  const constants = new Map<Row, readonly Value[]>([
    [priceBaseInput, [base.cell]],
    [Scheme.flatStaffCost, [0]],
  ]);
  fixed.forEach((i) => constants.set(Scheme.PAY_INPUTS[i], [pay[PAY_KEYS[i]] as Value]));
  for (const c of ENTER_CELLS) if (c.base !== base.id) constants.set(c.row, [null]);
  const payRows = Scheme.PAY_INPUTS.filter((_, i) => !fixed.includes(i));
  const inputs: Row[] = [...LINE_HOURS, Scheme.supportRate, Scheme.careRate, Scheme.managerSalary, ...payRows, ...own.map((c) => c.row)];
  return { program: new Program(inputs, LINE_OUT, undefined, constants), enter: own.map((c) => c.figure.key) };
}

/** The cost lines' program for one base and one choice of the listed pay inputs, built on its first call. */
export function linesFor(base: Statutory, pay: PayInputs): Lines {
  const built = LINES.get(base.id) ?? [];
  for (const lines of built) if (CHOSEN_PAY.every((i, k) => lines.chosen[k] === pay[PAY_KEYS[i]])) return lines;
  const { program, enter } = linesProgram(base, pay, CHOSEN_PAY);
  const lines = { program, chosen: CHOSEN_PAY.map((i) => pay[PAY_KEYS[i]] as Value), run: program.runner(), enter };
  LINES.set(base.id, [...built, lines]);
  return lines;
}

/** The cost lines a year at a current price base, in the order ECH.COSTLINES spills them. */
export const costLines = costLinesOver({
  payRules: PAY_RULES,
  toEnter: (id) => TO_ENTER.get(id) ?? [],
  givenPay: GIVEN_PAY.map((i) => PAY_KEYS[i]),
  base: (id) => {
    const base = priceBase(id);
    return { id: base.id, statutory: base.method === "statutory" };
  },
  lines: (id, pay) =>
    linesFor(
      STATUTORY_BASES.find((b) => b.id === id)!,
      pay,
    ),
  statutoryIds: STATUTORY_BASES.map((b) => b.id),
});
export type { CostLinesInputs } from "./costLinesRun";
