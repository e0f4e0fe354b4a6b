/**
 * The commissioning options' parameters (Housing LIN Technical Brief, Section 2 Part A, 4.2–4.7):
 * their types, defaults and rules, and the results' types. The calculations live with each option
 * in src/options, as graph rows that the model evaluates and the templates print.
 */
import { InputError } from "./errors";
import { SEED_CORE, SEED_MINIMUM_BLOCK, SEED_PHASE_STEP } from "./howMuchCare";
import { MINIMUM_BLOCK_RULES, type BlockStaffing, type MinimumBlock, type SharedCover } from "./minimumBlock";
import type { ParamRule } from "../calc/expr";
import { checkParam, positive } from "./validate";
import { EXAMPLE_FIGURE, OWN_FIGURE, technicalBrief, type InputSource } from "./sources";

// The brief's sections the options' defaults come from.
const COVER = technicalBrief("How much care? 2.1.2");
const CORE = technicalBrief('How much care? 3.1, "Example calculation – Core and add-on"');
const MINIMUM_BLOCK = technicalBrief("How much care? 3.1.4");

export type { ParamRule } from "../calc/expr";

export { checkParam } from "./validate";

function checkAll<T extends object>(prefix: string, params: T, rules: { [K in keyof T]: ParamRule }): void {
  for (const key of Object.keys(rules) as (keyof T & string)[]) {
    const v = params[key] as unknown;
    if (Array.isArray(v)) v.forEach((x) => checkParam(`${prefix}${key}`, x, rules[key]));
    else checkParam(`${prefix}${key}`, v as number | null, rules[key]);
  }
}

const PRICE: ParamRule = { kind: "number", positive: true, blank: true };
const HOURS: ParamRule = { kind: "number", min: 0 };

// ---------------------------------------------------------------------------------------------
// Parameters of each option (blank prices and hours mean "use the Staffing sheet's figure").

export interface SpotParams {
  coverStaff: number;
  coverHoursPerDay: number;
  hoursNeeded: number | null;
  fixedChargePerTenantWeek: number;
  providerCostPerHour: number | null;
  spotPrice: number | null;
  councilShare: number;
  expectedUptake: number;
}

/** The core's handover is the minimum cover's handover a day × days a week (the Hours needed sheet's cells). */
export interface CoreParams {
  nightHours: number;
  dayHours: number;
  floatingHours: number;
  hoursNeeded: number | null;
  blockPrice: number | null;
  spotPrice: number | null;
  councilShare: number;
}

/**
 * The block's own staffing by day, then its own inputs; the rest of the minimum block (night cover,
 * handover, days a week, the team leader's hours) is shared with the scheme (SchemeFigures.cover).
 */
export interface BlockParams extends BlockStaffing {
  /** Blank (null): the hours tenants need. */
  targetHours: number | null;
  phaseStep: number;
  /** Option C only: tenants who opt out and buy their care elsewhere with personal budgets. */
  optOutResidents: number;
  optOutHoursEach: number;
  blockPrice: number | null;
  spotPrice: number | null;
  councilShare: number;
  /** Hours delivered above the block in each of the first 12 months (netted monthly). */
  additionalHours: readonly number[];
  /** Block hours not delivered in each of the first 12 months. */
  reducedHours: readonly number[];
}

export interface PoolParams {
  members: number;
  budgetPerWeek: number | null;
  pooledShare: number;
  price: number | null;
}

export interface PumpParams {
  blockPeriodMonths: number;
  blockHours: number | null;
  blockPrice: number | null;
}

export interface OptionParams {
  A: SpotParams;
  B: CoreParams;
  C: BlockParams;
  D: BlockParams;
  E: PoolParams;
  F: PumpParams;
}

export const NETTING_MONTHS = 12;
export const PUMP_PRIMING_MONTHS = 24;

const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);

const BLOCK_DEFAULTS: BlockParams = {
  dayStaff: SEED_MINIMUM_BLOCK.dayStaff,
  dayHoursPerDay: SEED_MINIMUM_BLOCK.dayHoursPerDay,
  targetHours: null,
  phaseStep: SEED_PHASE_STEP,
  optOutResidents: 0,
  optOutHoursEach: 7.5,
  blockPrice: null,
  spotPrice: null,
  councilShare: 1,
  additionalHours: zeros(NETTING_MONTHS),
  reducedHours: zeros(NETTING_MONTHS),
};

/** Seed 000's numbers where it gives them; otherwise neutral examples (listed on the Sources sheet). */
export const DEFAULT_OPTION_PARAMS: OptionParams = {
  A: {
    coverStaff: 1,
    coverHoursPerDay: 24,
    hoursNeeded: null,
    fixedChargePerTenantWeek: 0,
    providerCostPerHour: null,
    spotPrice: null,
    councilShare: 1,
    expectedUptake: 0.5,
  },
  B: {
    nightHours: SEED_CORE.nightHours,
    dayHours: SEED_CORE.dayHours,
    floatingHours: SEED_CORE.floatingHours,
    hoursNeeded: null,
    blockPrice: null,
    spotPrice: null,
    councilShare: 1,
  },
  C: BLOCK_DEFAULTS,
  D: BLOCK_DEFAULTS,
  E: { members: 10, budgetPerWeek: null, pooledShare: 1, price: null },
  F: { blockPeriodMonths: 12, blockHours: null, blockPrice: null },
};

export const OPTION_PARAM_RULES: { [K in keyof OptionParams]: { [P in keyof OptionParams[K]]: ParamRule } } = {
  A: {
    coverStaff: { kind: "whole", min: 1 },
    coverHoursPerDay: { kind: "number", min: 0, max: 24 },
    hoursNeeded: { kind: "number", positive: true, blank: true },
    fixedChargePerTenantWeek: { kind: "number", min: 0 },
    providerCostPerHour: { kind: "number", min: 0, blank: true },
    spotPrice: PRICE,
    councilShare: { kind: "share" },
    expectedUptake: { kind: "share" },
  },
  B: {
    nightHours: HOURS,
    dayHours: HOURS,
    floatingHours: HOURS,
    hoursNeeded: { kind: "number", min: 0, blank: true },
    blockPrice: PRICE,
    spotPrice: PRICE,
    councilShare: { kind: "share" },
  },
  C: blockRules(),
  D: blockRules(),
  E: {
    members: { kind: "whole", min: 1 },
    budgetPerWeek: { kind: "number", min: 0, blank: true },
    pooledShare: { kind: "share" },
    price: PRICE,
  },
  F: {
    blockPeriodMonths: { kind: "whole", min: 0, max: 120 },
    blockHours: { kind: "number", min: 0, blank: true },
    blockPrice: PRICE,
  },
};

/** Where each option parameter's default comes from (the assumption register). */
export const OPTION_PARAM_SOURCES: { [K in keyof OptionParams]: { [P in keyof OptionParams[K]]: InputSource } } = {
  A: {
    coverStaff: COVER,
    coverHoursPerDay: COVER,
    hoursNeeded: OWN_FIGURE,
    fixedChargePerTenantWeek: EXAMPLE_FIGURE,
    providerCostPerHour: OWN_FIGURE,
    spotPrice: OWN_FIGURE,
    councilShare: EXAMPLE_FIGURE,
    expectedUptake: EXAMPLE_FIGURE,
  },
  B: {
    nightHours: CORE,
    dayHours: CORE,
    floatingHours: CORE,
    hoursNeeded: OWN_FIGURE,
    blockPrice: OWN_FIGURE,
    spotPrice: OWN_FIGURE,
    councilShare: EXAMPLE_FIGURE,
  },
  C: blockSources(),
  D: blockSources(),
  E: { members: EXAMPLE_FIGURE, budgetPerWeek: OWN_FIGURE, pooledShare: EXAMPLE_FIGURE, price: OWN_FIGURE },
  F: { blockPeriodMonths: EXAMPLE_FIGURE, blockHours: OWN_FIGURE, blockPrice: OWN_FIGURE },
};

function blockSources(): { [P in keyof BlockParams]: InputSource } {
  return {
    dayStaff: MINIMUM_BLOCK,
    dayHoursPerDay: MINIMUM_BLOCK,
    targetHours: OWN_FIGURE,
    phaseStep: MINIMUM_BLOCK,
    optOutResidents: EXAMPLE_FIGURE,
    optOutHoursEach: EXAMPLE_FIGURE,
    blockPrice: OWN_FIGURE,
    spotPrice: OWN_FIGURE,
    councilShare: EXAMPLE_FIGURE,
    additionalHours: EXAMPLE_FIGURE,
    reducedHours: EXAMPLE_FIGURE,
  };
}

function blockRules(): { [P in keyof BlockParams]: ParamRule } {
  return {
    dayStaff: MINIMUM_BLOCK_RULES.dayStaff,
    dayHoursPerDay: MINIMUM_BLOCK_RULES.dayHoursPerDay,
    targetHours: { kind: "number", min: 0, blank: true },
    phaseStep: HOURS,
    optOutResidents: { kind: "whole", min: 0 },
    optOutHoursEach: HOURS,
    blockPrice: PRICE,
    spotPrice: PRICE,
    councilShare: { kind: "share" },
    additionalHours: HOURS,
    reducedHours: HOURS,
  };
}

/**
 * Checks one option's parameters against their rules; InputError names the key as
 * "options.B.floatingHours". An option's rules across its parameters are its own (src/options).
 */
export function checkParamRules<K extends keyof OptionParams>(id: K, params: OptionParams[K]): void {
  checkAll(`options.${id}.`, params, OPTION_PARAM_RULES[id] as never);
}

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
