/**
 * The published model's functions (hours, their cost, the staff cost, the unit cost, the cost per
 * person) over programs given to them: revenue.ts gives the graph's programs, the ECH functions the
 * same programs written out as code. This file reads no rows, so the functions' bundle loads none.
 */
import type { Value } from "../calc/values";
import { DEFAULT_NIGHT_SUPPORT_SHARE, DEFAULT_ON_COSTS } from "./defaults";
import { InputError } from "./errors";
import type { HourlyRates, HoursSplit, OnCosts, Triple } from "./types";
import { checkHoursSplit, nonNegative, share, sharesSummingToOne, wholeNumber } from "./validate";

/** A program's run: the given rows' cells in, the cells of the rows it returns out, one after another. */
export type Run = (given: readonly (readonly Value[])[]) => Value[];

export interface CareHoursInputs {
  tenants: number;
  bandShares: Triple;
  bandHours: Triple;
  supportShares: Triple;
  nightHours?: number;
  nightSupportShare?: number;
}

export interface CareHoursResult extends HoursSplit {
  tenantsPerBand: Triple;
  /** Daytime hours per week, per band. */
  bands: readonly [HoursSplit, HoursSplit, HoursSplit];
  daytime: HoursSplit;
  night: HoursSplit;
}

export interface CareCost {
  week: HoursSplit;
  year: HoursSplit;
}

export interface StaffCosts {
  careCostYear: number;
  manager: number;
  /** Care cost pa + scheme manager: what NI and cover are charged on. */
  payBase: number;
  ni: number;
  cover: number;
  superannuation: number;
  training: number;
  total: number;
}

export interface CostPerPerson {
  week: number;
  year: number;
}

/**
 * The programs, each returning its rows' cells in this order: tenants (tenants per band); hours (see
 * hoursResult); cost (support, care and total a week, then a year); staff (care cost a year, pay
 * base, NI, cover, superannuation, staff cost); unit (unit cost); person (a week, a year).
 */
export interface RevenuePrograms {
  tenants: Run;
  hours: Run;
  cost: Run;
  staff: Run;
  unit: Run;
  person: Run;
}

export function checkTriple(argument: string, values: Triple, check: (argument: string, v: number) => number): Triple {
  if (!Array.isArray(values) || values.length !== 3) {
    throw new InputError(argument, "must have exactly 3 values: Low, Medium, High.");
  }
  check(argument, values[0]);
  check(argument, values[1]);
  check(argument, values[2]);
  return values;
}

/** Checks the hours' inputs, in the order their errors are reported. */
export function checkHoursInputs(inputs: CareHoursInputs): void {
  wholeNumber("tenants", inputs.tenants);
  checkTriple("bandShares", inputs.bandShares, share);
  sharesSummingToOne("bandShares", inputs.bandShares);
  checkTriple("bandHours", inputs.bandHours, nonNegative);
  checkTriple("supportShares", inputs.supportShares, share);
  nonNegative("nightHours", inputs.nightHours ?? 0);
  share("nightSupportShare", inputs.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE);
}

/** The hours' inputs as the scheme's given rows: tenants, band shares, band hours, support shares, night hours and their support share. */
export function hoursCells(inputs: CareHoursInputs): (readonly number[])[] {
  return [
    [inputs.tenants],
    inputs.bandShares,
    inputs.bandHours,
    inputs.supportShares,
    [inputs.nightHours ?? 0],
    [inputs.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE],
  ];
}

export function checkRates(rates: HourlyRates): HourlyRates {
  return { support: nonNegative("hourlyRates", rates.support), care: nonNegative("hourlyRates", rates.care) };
}

export function checkOnCosts(onCosts: OnCosts): OnCosts {
  return {
    ni: share("onCosts", onCosts.ni),
    cover: share("onCosts", onCosts.cover),
    superannuation: share("onCosts", onCosts.superannuation),
    training: nonNegative("onCosts", onCosts.training),
  };
}

/** Positions of the hours' cells in HOURS_ORDER: tenants per band, band support, care and total, day, night, the whole. */
const IN_ORDER = Array.from({ length: 21 }, (_, k) => k);

/**
 * The hours result from cells in this order: tenants per band (3), each band's support, care and
 * total hours (3 each), daytime and night support, care and total, and the whole scheme's; `at[k]`
 * is where the k-th of these is in `v`.
 */
export function hoursResult(v: readonly Value[], at: readonly number[] = IN_ORDER): CareHoursResult {
  const n = v as readonly number[];
  const band = (b: number): HoursSplit => ({ support: n[at[3 + b]], care: n[at[6 + b]], total: n[at[9 + b]] });
  return {
    support: n[at[18]],
    care: n[at[19]],
    total: n[at[20]],
    tenantsPerBand: [n[at[0]], n[at[1]], n[at[2]]],
    bands: [band(0), band(1), band(2)],
    daytime: { support: n[at[12]], care: n[at[13]], total: n[at[14]] },
    night: { support: n[at[15]], care: n[at[16]], total: n[at[17]] },
  };
}

/** The published model's functions over these programs. */
export function revenueFunctions(p: RevenuePrograms) {
  /** Tenants in each needs band, rounded up as the seed does (so they may sum to more than `tenants`). */
  function tenantsPerBand(tenants: number, bandShares: Triple): Triple {
    wholeNumber("tenants", tenants);
    checkTriple("bandShares", bandShares, share);
    sharesSummingToOne("bandShares", bandShares);
    const n = p.tenants([[tenants], bandShares]) as number[];
    return [n[0], n[1], n[2]];
  }

  /** Seed 002's "ECH care/support staffing" table: hours per week by band, daytime, night and in total. */
  function careHours(inputs: CareHoursInputs): CareHoursResult {
    checkHoursInputs(inputs);
    return hoursResult(p.hours(hoursCells(inputs)));
  }

  /** Care cost per week and per year: hours × hourly cost, × 52. */
  function careCost(hours: HoursSplit, rates: HourlyRates): CareCost {
    checkHoursSplit("careHours", hours);
    const r = checkRates(rates);
    const v = p.cost([[hours.support], [hours.care], [hours.total], [r.support], [r.care]]) as number[];
    return { week: { support: v[0], care: v[1], total: v[2] }, year: { support: v[3], care: v[4], total: v[5] } };
  }

  /** Seed 002's "staff on-costs" table. */
  function staffCosts(hours: HoursSplit, rates: HourlyRates, managerSalary: number, onCosts: OnCosts = DEFAULT_ON_COSTS): StaffCosts {
    checkHoursSplit("careHours", hours);
    const r = checkRates(rates);
    const manager = nonNegative("managerSalary", managerSalary);
    const oc = checkOnCosts(onCosts);
    const v = p.staff([
      [hours.support],
      [hours.care],
      [hours.total],
      [r.support],
      [r.care],
      [manager],
      [oc.ni],
      [oc.cover],
      [oc.superannuation],
      [oc.training],
    ]) as number[];
    return { careCostYear: v[0], manager, payBase: v[1], ni: v[2], cover: v[3], superannuation: v[4], training: oc.training, total: v[5] };
  }

  /** Total unit cost per hour: total staff cost over the year's hours. */
  function unitCostPerHour(totalStaffCost: number, totalHoursPerWeek: number): number {
    nonNegative("totalStaffCost", totalStaffCost);
    const hours = nonNegative("careHours", totalHoursPerWeek);
    if (hours === 0) throw new InputError("careHours", "the total hours per week are 0, so there is no cost per hour.");
    return p.unit([[totalStaffCost], [hours]])[0] as number;
  }

  /** Average cost per person: divides by the scheme's tenants, not the rounded-up band total. */
  function costPerPerson(totalStaffCost: number, tenants: number): CostPerPerson {
    nonNegative("totalStaffCost", totalStaffCost);
    wholeNumber("tenants", tenants, { min: 1 });
    const v = p.person([[totalStaffCost], [tenants]]) as number[];
    return { week: v[0], year: v[1] };
  }

  return { tenantsPerBand, careHours, careCost, staffCosts, unitCostPerHour, costPerPerson };
}

export interface TenantBudget {
  weeklyExpenditure: number;
  weeklyIncome: number;
  /** Income − expenditure: negative when the tenant is short each week. */
  weeklySurplus: number;
  /** Weekly expenditure × 52 / 12. */
  monthlyExpenditure: number;
}

function total(argument: string, amounts: readonly number[]): void {
  if (amounts.length === 0) throw new InputError(argument, "needs at least one amount.");
  amounts.forEach((a) => nonNegative(argument, a, "an amount in £ per week"));
}

/**
 * Seed 002's indicative weekly budget of a tenant, expenditure against sources of income, over the
 * program for n lines of expenditure and m of income (its totals, the surplus and the monthly expenditure).
 */
export function tenantBudgetOver(program: (n: number, m: number) => Run) {
  return (expenditure: readonly number[], income: readonly number[]): TenantBudget => {
    total("expenditure", expenditure);
    total("income", income);
    const v = program(expenditure.length, income.length)([expenditure, income]) as number[];
    return { weeklyExpenditure: v[0], weeklyIncome: v[1], weeklySurplus: v[2], monthlyExpenditure: v[3] };
  };
}

export interface CapitalRevenue {
  grossBuildCost: number;
  grossRunningCost: number;
  runningCostPerPlace: number;
}

/** Seed 002's capital and revenue comparison, one setting (ECH, care home, dementia unit) at a time. */
export function capitalRevenueOver(run: Run) {
  return (places: number, unitBuildCost: number, staffCosts: number, operatingCosts: number): CapitalRevenue => {
    const v = run([
      [wholeNumber("places", places, { min: 1 })],
      [nonNegative("unitBuildCost", unitBuildCost)],
      [nonNegative("staffCosts", staffCosts)],
      [nonNegative("operatingCosts", operatingCosts)],
    ]) as number[];
    return { grossBuildCost: v[0], grossRunningCost: v[1], runningCostPerPlace: v[2] };
  };
}
