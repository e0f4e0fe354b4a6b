/**
 * What one tenant pays towards their care, for the pane's calculator: the income counted comes from
 * the English budget (englishBudget: State Pension, other pension, Pension Credit top-up, Attendance Allowance) and
 * the contribution from the Care Act 2014 charging rules (careChargeWeekly), the same rows as the
 * Tenant budget sheet. Nothing of the rules is repeated here.
 */
import {
  ATTENDANCE_RATES,
  CHARGE_FIGURES,
  figuresNeeded,
  YES_NO,
  careChargeWeekly,
  englishBudget,
  figureValue,
  type TenantFigureSpec,
  type TenantKey,
} from "../model/englishBudget";
import { priceBase } from "../model/priceBase";
import { nonNegative } from "../model/validate";

export type AttendanceRate = (typeof ATTENDANCE_RATES)[number];

export interface ChargingFigure {
  figure: TenantFigureSpec;
  /** The published figure, or null when it has not been checked against a publication (the user enters it). */
  value: number | null;
}

/**
 * The price base's figures for charging, in the Tenant budget sheet's order; none at the published
 * model's (Scottish) base. The severe disability addition only when the tenant has it.
 */
export function chargingFigures(priceBaseId: string, severeDisability = false): ChargingFigure[] {
  const base = priceBase(priceBaseId);
  if (base.method !== "statutory") return [];
  return figuresNeeded(severeDisability).map((figure) => ({ figure, value: base.rules.tenant[figure.key]?.value ?? null }));
}

export interface TenantChargeInputs {
  priceBase: string;
  /** £ a week; the full new State Pension of the base if omitted. */
  statePension?: number;
  occupationalPension?: number;
  severeDisability?: (typeof YES_NO)[number];
  attendanceRate: AttendanceRate;
  capital: number;
  careHours: number;
  /** £ an hour of the tenant's care (the pane offers the scheme's unit cost per hour). */
  costPerHour: number;
  disabilityExpenditure: number;
  /** The figures the price base leaves to enter (value null in chargingFigures), by key. */
  entered: Partial<Record<TenantKey, number>>;
}

export interface TenantCharge {
  statePension: number;
  occupationalPension: number;
  severeDisabilityAddition: number;
  pensionCredit: number;
  attendanceAllowance: number;
  /** Income the council counts for charging, £ a week. */
  incomeCounted: number;
  tariffIncome: number;
  careCost: number;
  /** The assessed contribution, £ a week. */
  contribution: number;
  /** The contribution is the whole cost of the care: the tenant pays for all of it. */
  paysAll: boolean;
  /** Capital above the upper capital limit: the reason the tenant pays for all of it. */
  aboveUpperLimit: boolean;
}

/** One tenant's weekly contribution to their care; throws the model's InputError naming the argument. */
export function tenantCharge(x: TenantChargeInputs): TenantCharge {
  const careCost = nonNegative("careHours", x.careHours) * nonNegative("costPerHour", x.costPerHour);
  const budget = englishBudget({
    priceBase: x.priceBase,
    statePension: x.statePension,
    occupationalPension: x.occupationalPension,
    severeDisability: x.severeDisability,
    attendanceRate: x.attendanceRate,
    capital: x.capital,
    careCostPerWeek: careCost,
    disabilityExpenditure: x.disabilityExpenditure,
    entered: x.entered,
  });
  // careChargeWeekly takes only the charging figures, and checks the capital limits against each other.
  const charge = careChargeWeekly({
    priceBase: x.priceBase,
    weeklyIncome: budget.assessableIncome,
    capital: x.capital,
    careCostPerWeek: careCost,
    disabilityExpenditure: x.disabilityExpenditure,
    entered: Object.fromEntries(CHARGE_FIGURES.filter((k) => x.entered[k] !== undefined).map((k) => [k, x.entered[k]])),
  });
  const base = priceBase(x.priceBase);
  // englishBudget has refused any base but a statutory one.
  const upper = base.method === "statutory" ? figureValue(base, "upperCapitalLimit", x.entered) : Infinity;
  return {
    statePension: budget.statePension,
    occupationalPension: budget.occupationalPension,
    severeDisabilityAddition: budget.severeDisabilityAddition,
    pensionCredit: budget.pensionCredit,
    attendanceAllowance: budget.attendanceAllowance,
    incomeCounted: budget.assessableIncome,
    tariffIncome: charge.tariffIncome,
    careCost,
    contribution: charge.charge,
    paysAll: careCost > 0 && charge.charge === careCost,
    aboveUpperLimit: x.capital > upper,
  };
}
