/**
 * What the commissioning options (Housing LIN Technical Brief, Section 2 Part A, 4.2–4.7) share in the
 * model: the results' types, what the Staffing sheet gives them, and a blank price's rule. Each
 * option's parameters, defaults, rules and calculations live with it in src/options.
 */
import { InputError } from "./errors";
import type { MinimumBlock, SharedCover } from "./minimumBlock";
import { positive } from "./validate";

export type { ParamRule } from "../calc/expr";

export { checkParam } from "./validate";

export const NETTING_MONTHS = 12;
export const PUMP_PRIMING_MONTHS = 24;

/** Runs a model function, renaming the argument of an InputError (e.g. to the template input's key). */
export function renamingArguments<T>(rename: (argument: string) => string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(rename(e.argument), e.message.replace(/^[^:]+: /, ""), e.kind);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Results

/** What every option sheet reports (the ECH_BlockHours, ECH_SpotHours, ECH_CouncilAnnualCost names). */
export interface OptionResult {
  blockHours: number;
  spotHours: number;
  /** The hours a pump-priming block (option F) would block-contract for this option. */
  coreHours: number;
  blockPrice: number;
  spotPrice: number;
  councilShare: number;
  councilWeeklyCost: number;
  /** Steady state: the full block, a year. */
  councilAnnualCost: number;
  /** The first year, with phasing where the option phases in. */
  firstYearCost: number;
  /** Contact hours delivered (block + spot − non-contact) − hours needed: 0 when the option delivers what tenants need. */
  hoursGap: number;
  /** Hours bought that are not care delivered (option B's floating time and handover); 0 for the others. */
  nonContactHours: number;
  /** £ a year of block hours paid whether used or not. */
  councilRisk: number;
  /** £ a year of cover the provider staffs at its own risk. */
  providerRisk: number;
}

/** What the Staffing sheet gives the options: hours needed, unit cost and cost per person. */
export interface SchemeFigures {
  tenants: number;
  /** The Staffing total hours a week. */
  hoursPerWeek: number;
  /** The hours the options start from (the Hours needed sheet's estimate); the Staffing total when absent. */
  hoursNeeded?: number;
  unitCostPerHour: number;
  costPerPersonWeek: number;
  /** The minimum cover and the team leader's hours the block options share; the defaults when absent. */
  cover?: SharedCover;
}

/** A blank price (null) means the Staffing sheet's unit cost per hour, which must then be above 0. */
export function priceOrUnitCost(argument: string, price: number | null, unitCost: number): number {
  if (price !== null) return positive(argument, price);
  if (!(unitCost > 0)) throw new InputError(argument, "the unit cost per hour is £0; enter a price.");
  return unitCost;
}

export type BreakEven = "yes" | "priceBelowCost" | "notEnoughDemand";

export interface SpotResult extends OptionResult {
  coverHours: number;
  hoursNeeded: number;
  providerCostPerHour: number;
  coverCostWeek: number;
  fixedIncomeWeek: number;
  breakEvenHours: number;
  breakEvenUptake: number;
  breakEven: BreakEven;
  expectedHours: number;
  providerMarginWeek: number;
}

export interface CoreResult extends OptionResult {
  plannedCare: number;
  floating: number;
  hoursNeeded: number;
  addOn: number;
}

export interface MonthCost {
  blockHours: number;
  spotHours: number;
  netHours: number;
  cost: number;
}

export interface BlockResult extends OptionResult {
  minimum: MinimumBlock;
  optOutHours: number;
  phases: readonly [number, number, number];
  months: readonly MonthCost[];
  firstYearCost: number;
}

export interface PoolResult {
  budgetPerWeek: number;
  price: number;
  pooledWeek: number;
  pooledYear: number;
  hours: number;
  hoursPerMember: number;
}

export interface PumpResult {
  blockHours: number;
  blockPrice: number;
  conversionMonth: number;
  months: readonly MonthCost[];
  yearCosts: readonly [number, number];
}
