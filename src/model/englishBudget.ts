/**
 * A tenant's weekly budget in England at a current price base, evaluated: englishBudget (the whole
 * budget, as ECH.TENANTBUDGET gives it), careChargeWeekly (the contribution alone, ECH.CARECHARGE)
 * and the pink cells as template inputs. The rows, and the charging rules they follow, are in
 * englishBudgetRows.ts.
 */
import { Program } from "../calc/graph";
import type { Row, Value } from "../calc";
import { InputError } from "./errors";
import { careChargeOver, enteredCells } from "./careChargeRun";
import { priceBase } from "./priceBase";
import { STATUTORY_BASES, priceBaseInput, type Statutory } from "./priceRows";
import { checkParam } from "./options";
import { nonNegative } from "./validate";
import {
  assessableIncome,
  ATTENDANCE_RATES,
  attendanceAllowance,
  careCharge,
  careCostWeek,
  ENGLISH_INPUT,
  ENGLISH_INPUTS,
  ENGLISH_RESULTS,
  englishCheck,
  figuresNeeded,
  leftMonth,
  housingCostsNet,
  leftWeek,
  occupationalPension,
  pensionCredit,
  severeDisabilityAddition,
  statePension,
  tariffIncome,
  TENANT_ENTER_CELLS,
  TENANT_FIGURES,
  type TenantKey,
  weeklyExpenditure,
  weeklyIncome,
  YES_NO,
} from "./englishBudgetRows";

export * from "./englishBudgetRows";

export interface EnglishBudgetInputs {
  priceBase: string;
  /** £ a week; the full new State Pension of the base if omitted. */
  statePension?: number;
  occupationalPension?: number;
  /** The tenant's Pension Credit includes the severe disability addition ("No" if omitted). */
  severeDisability?: (typeof YES_NO)[number];
  attendanceRate?: (typeof ATTENDANCE_RATES)[number];
  housingBenefit?: number;
  councilTaxReduction?: number;
  rent?: number;
  serviceCharge?: number;
  councilTax?: number;
  livingCosts?: number;
  capital?: number;
  /** The cost of the tenant's care a week (hours × cost per hour). */
  careCostPerWeek: number;
  disabilityExpenditure?: number;
  /** Figures of the price base that are not verified (empty pink cells), by key. */
  entered?: Partial<Record<TenantKey, number>>;
}

export interface EnglishBudget {
  statePension: number;
  occupationalPension: number;
  severeDisabilityAddition: number;
  pensionCredit: number;
  attendanceAllowance: number;
  weeklyIncome: number;
  weeklyExpenditure: number;
  /** Rent + service charge − Housing Benefit. */
  housingCostsNet: number;
  assessableIncome: number;
  tariffIncome: number;
  careCharge: number;
  leftWeek: number;
  leftMonth: number;
}

const GIVEN: readonly Row[] = [priceBaseInput, ...ENGLISH_INPUTS, ...TENANT_ENTER_CELLS.map((c) => c.row), careCostWeek];
// Compiled when first run: the template command loads this module but never runs it.
let program: Program | undefined;
const englishProgram = () => (program ??= new Program(GIVEN, ENGLISH_RESULTS));

/** For each current base, each figure: its empty pink cell, or undefined when the figure is published. */
const ENTER_CELL: ReadonlyMap<string, readonly (Row | undefined)[]> = new Map(
  STATUTORY_BASES.map((b) => [b.id, TENANT_FIGURES.map((f) => TENANT_ENTER_CELLS.find((c) => c.base === b.id && c.figure === f)?.row)]),
);

/** Fills the base's empty pink cells of the tenant table from `entered` (each of `needed` must be there). */
function enterFigures(
  set: (row: Row, value: Value) => void,
  id: string,
  entered: EnglishBudgetInputs["entered"],
  needed: readonly TenantKey[],
): void {
  const cells = ENTER_CELL.get(id)!;
  const values = enteredCells(TENANT_FIGURES, cells.map(Boolean), id, entered, needed);
  cells.filter((c): c is Row => c !== undefined).forEach((row, k) => set(row, values[k]));
}

/** A figure of the base: the published one, or the entry for its pink cell. */
/** A figure of the base: the published one, else the one entered. */
export function figureValue(base: Statutory, key: TenantKey, entered: Partial<Record<TenantKey, number>> | undefined): number {
  return base.rules.tenant[key]?.value ?? (entered?.[key] as number);
}

function amount(argument: string, value: number | undefined): number {
  return value === undefined ? 0 : nonNegative(argument, value, "an amount in £ a week");
}

/** The English weekly budget of a tenant at a current price base; throws InputError naming the argument. */
export function englishBudget(a: EnglishBudgetInputs): EnglishBudget {
  const base = priceBase(a.priceBase);
  if (base.method !== "statutory") {
    throw new InputError(
      "priceBase",
      "the published model's budget is the Scottish one of 2009; choose a current price base for the English budget.",
    );
  }
  const rate = a.attendanceRate ?? "Higher rate";
  if (!ATTENDANCE_RATES.includes(rate)) {
    throw new InputError("attendanceRate", `is "${String(rate)}"; use ${ATTENDANCE_RATES.map((r) => `"${r}"`).join(", ")}.`, "type");
  }
  const severe = a.severeDisability ?? "No";
  if (!YES_NO.includes(severe)) {
    throw new InputError("severeDisability", `is "${String(severe)}"; use ${YES_NO.map((r) => `"${r}"`).join(" or ")}.`, "type");
  }
  const values = new Map<Row, Value>([
    [priceBaseInput, base.cell],
    [
      ENGLISH_INPUT.statePension,
      a.statePension === undefined ? null : nonNegative("statePension", a.statePension, "an amount in £ a week"),
    ],
    [ENGLISH_INPUT.occupationalPension, amount("occupationalPension", a.occupationalPension)],
    [ENGLISH_INPUT.severeDisability, severe],
    [ENGLISH_INPUT.attendanceRate, rate],
    [ENGLISH_INPUT.housingBenefit, amount("housingBenefit", a.housingBenefit)],
    [ENGLISH_INPUT.councilTaxReduction, amount("councilTaxReduction", a.councilTaxReduction)],
    [ENGLISH_INPUT.rent, amount("rent", a.rent)],
    [ENGLISH_INPUT.serviceCharge, amount("serviceCharge", a.serviceCharge)],
    [ENGLISH_INPUT.councilTax, amount("councilTax", a.councilTax)],
    [ENGLISH_INPUT.livingCosts, amount("livingCosts", a.livingCosts)],
    [ENGLISH_INPUT.capital, nonNegative("capital", a.capital ?? 0, "an amount in £")],
    [ENGLISH_INPUT.careHours, 0],
    [ENGLISH_INPUT.careRate, null],
    [ENGLISH_INPUT.disabilityExpenditure, amount("disabilityExpenditure", a.disabilityExpenditure)],
    [careCostWeek, nonNegative("careCostPerWeek", a.careCostPerWeek, "an amount in £ a week")],
  ]);
  const needed = figuresNeeded(severe === YES_NO[1]).map((f) => f.key);
  enterFigures((row, v) => values.set(row, v), base.id, a.entered, needed);
  const r = englishProgram().run(GIVEN.map((row) => [values.get(row) ?? null]));
  const n = (row: Row) => r.number(row);
  return {
    statePension: n(statePension),
    occupationalPension: n(occupationalPension),
    severeDisabilityAddition: n(severeDisabilityAddition),
    pensionCredit: n(pensionCredit),
    attendanceAllowance: n(attendanceAllowance),
    weeklyIncome: n(weeklyIncome),
    weeklyExpenditure: n(weeklyExpenditure),
    housingCostsNet: n(housingCostsNet),
    assessableIncome: n(assessableIncome),
    tariffIncome: n(tariffIncome),
    careCharge: n(careCharge),
    leftWeek: n(leftWeek),
    leftMonth: n(leftMonth),
  };
}

// ---- The contribution alone (ECH.CARECHARGE) ----------------------------------------------------

/** Given to each base's program of the contribution in this order; its empty pink cells of the tenant table follow. */
const CHARGE_GIVEN: readonly Row[] = [assessableIncome, ENGLISH_INPUT.capital, careCostWeek, ENGLISH_INPUT.disabilityExpenditure];
const CHARGE_PROGRAMS = new Map<string, Program>();

/** The contribution's program for one current base: the base and the other bases' cells fixed, its own empty cells given. */
export function chargeProgramFor(base: Statutory): Program {
  let program = CHARGE_PROGRAMS.get(base.id);
  if (!program) {
    const constants = new Map<Row, readonly Value[]>([
      [priceBaseInput, [base.cell]],
      [englishCheck, ["OK"]],
    ]);
    for (const c of TENANT_ENTER_CELLS) if (c.base !== base.id) constants.set(c.row, [null]);
    const own = TENANT_ENTER_CELLS.filter((c) => c.base === base.id).map((c) => c.row);
    program = new Program([...CHARGE_GIVEN, ...own], [tariffIncome, careCharge], undefined, constants);
    CHARGE_PROGRAMS.set(base.id, program);
  }
  return program;
}

const CHARGE_RUNS = new Map(STATUTORY_BASES.map((b) => [b.id, chargeProgramFor(b).runner()]));

/** A person's assessed contribution to their care a week under the Care Act 2014 charging rules. */
export const careChargeWeekly = careChargeOver({
  base: (id) => {
    const base = priceBase(id);
    return { id: base.id, statutory: base.method === "statutory" };
  },
  figures: TENANT_FIGURES,
  open: (id) => ENTER_CELL.get(id)!.map(Boolean),
  published: (id, key) => STATUTORY_BASES.find((b) => b.id === id)!.rules.tenant[key as TenantKey]?.value,
  run: (id) => CHARGE_RUNS.get(id)!,
});
export { CHARGE_FIGURES, type CareCharge, type CareChargeInputs } from "./careChargeRun";

// ---- The pink cells as template inputs (ech-templates --inputs) ----------------------------------

/** The English budget's pink cells by key ("rent", "careRate", …): numbers, the Attendance Allowance rate as text, null for a blank cost per hour. */
export type EnglishCells = Readonly<Record<string, number | string | null>>;

const cellKey = (row: Row) => row.id.replace(/^english\./, "");

export const DEFAULT_ENGLISH_CELLS: EnglishCells = Object.fromEntries(
  ENGLISH_INPUTS.map((row) => [cellKey(row), row.values![0] as number | string | null]),
);

/** Every figure of the tenant table left for the user to enter, empty: base → figure → null. */
export const NO_TENANT_ENTRIES: Readonly<Record<string, Readonly<Record<string, number | null>>>> = TENANT_ENTER_CELLS.reduce<
  Record<string, Record<string, number | null>>
>((out, c) => ({ ...out, [c.base]: { ...out[c.base], [c.figure.key]: null } }), {});

/** Throws InputError naming the key ("englishTenant.rent", "enteredTenantFigures.2026-27.lowerCapitalLimit") unless every value can be used. */
export function checkEnglishCells(cells: EnglishCells, entered: typeof NO_TENANT_ENTRIES): void {
  for (const row of ENGLISH_INPUTS) {
    const key = `englishTenant.${cellKey(row)}`;
    const value = cells[cellKey(row)];
    const rule = row.input!.rule;
    if (rule.kind === "list") {
      if (typeof value !== "string" || !(rule.list ?? []).includes(value)) {
        throw new InputError(key, `is "${String(value)}"; use ${(rule.list ?? []).map((r) => `"${r}"`).join(", ")}.`, "type");
      }
    } else checkParam(key, value as number | null, rule);
  }
  for (const [base, figures] of Object.entries(entered)) {
    for (const [figure, value] of Object.entries(figures)) {
      const known = TENANT_ENTER_CELLS.some((c) => c.base === base && c.figure.key === figure);
      const key = `enteredTenantFigures.${base}.${figure}`;
      if (!known) throw new InputError(key, "is not a figure left to enter for that price base.", "type");
      if (value !== null) nonNegative(key, value);
    }
  }
}

/** The pink cells' values: the tenant's cells and the tenant table's entered figures. */
export function englishValues(cells: EnglishCells, entered: typeof NO_TENANT_ENTRIES): Map<Row, readonly Value[]> {
  const v = new Map<Row, readonly Value[]>(ENGLISH_INPUTS.map((row) => [row, [cells[cellKey(row)] ?? null]]));
  for (const c of TENANT_ENTER_CELLS) v.set(c.row, [entered[c.base]?.[c.figure.key] ?? null]);
  return v;
}
