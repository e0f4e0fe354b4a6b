/**
 * The commissioning options of seed 000 (section 2.A.4 / 4.x) as calculations: what the council
 * block-contracts, what is spot-purchased, and what it costs. The template option sheets compute
 * exactly these with worksheet formulas; the tests check that the two agree.
 */
import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from "./defaults";
import { InputError } from "./errors";
import { coreAndAddOn, minimumBlock, phasedBlock, SEED_CORE, SEED_MINIMUM_BLOCK, SEED_PHASE_STEP, SEED_TARGET_HOURS } from "./howMuchCare";
import { MAX_AMOUNT, nonNegative, positive, share, wholeNumber } from "./validate";

/** How a parameter is checked; the templates turn the same rule into data validation and a check formula. */
export interface ParamRule {
  kind: "whole" | "number" | "share";
  /** Inclusive lower bound (whole and number). */
  min?: number;
  /** Inclusive upper bound; MAX_AMOUNT when absent. */
  max?: number;
  /** The number must be greater than 0 (a price or hours something is divided by). */
  positive?: boolean;
  /** null (a blank cell) is allowed and means "use the default shown next to it". */
  blank?: boolean;
}

/** Throws InputError naming `argument` unless `value` keeps the rule. */
export function checkParam(argument: string, value: number | null, rule: ParamRule): number | null {
  if (value === null && rule.blank) return null;
  if (value === null) throw new InputError(argument, "must be a number, not blank.", "type");
  if (rule.kind === "share") return share(argument, value);
  if (rule.kind === "whole") wholeNumber(argument, value, { min: rule.min ?? 0 });
  else if (rule.positive) positive(argument, value);
  else nonNegative(argument, value);
  if (rule.min !== undefined && value < rule.min) throw new InputError(argument, `must be ${rule.min} or more (got ${value}).`);
  const max = rule.max ?? MAX_AMOUNT;
  if (value > max) throw new InputError(argument, `must be ${max} or less (got ${value}).`);
  return value;
}

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
  coverDays: number;
  hoursNeeded: number | null;
  fixedChargePerTenantWeek: number;
  providerCostPerHour: number | null;
  spotPrice: number | null;
  councilShare: number;
  expectedUptake: number;
}

export interface CoreParams {
  nightHours: number;
  dayHours: number;
  handoverHours: number;
  floatingHours: number;
  hoursNeeded: number | null;
  blockPrice: number | null;
  spotPrice: number | null;
  councilShare: number;
}

export interface BlockParams {
  dayStaff: number;
  dayHoursPerDay: number;
  nightHoursPerNight: number;
  handoverHoursPerDay: number;
  teamLeaderHours: number;
  daysPerWeek: number;
  targetHours: number;
  phaseStep: number;
  /** Option C only: residents who opt out and buy their care elsewhere with personal budgets. */
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
  nightHoursPerNight: SEED_MINIMUM_BLOCK.nightHoursPerNight,
  handoverHoursPerDay: SEED_MINIMUM_BLOCK.handoverHoursPerDay,
  teamLeaderHours: SEED_MINIMUM_BLOCK.teamLeaderHours,
  daysPerWeek: SEED_MINIMUM_BLOCK.daysPerWeek,
  targetHours: SEED_TARGET_HOURS,
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
    coverDays: 7,
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
    handoverHours: SEED_CORE.handoverHours,
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
    coverDays: { kind: "number", min: 0, max: 7 },
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
    handoverHours: HOURS,
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

function blockRules(): { [P in keyof BlockParams]: ParamRule } {
  return {
    dayStaff: { kind: "whole", min: 0 },
    dayHoursPerDay: { kind: "number", min: 0, max: 24 },
    nightHoursPerNight: { kind: "number", min: 0, max: 24 },
    handoverHoursPerDay: { kind: "number", min: 0, max: 24 },
    teamLeaderHours: HOURS,
    daysPerWeek: { kind: "number", min: 0, max: 7 },
    targetHours: HOURS,
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

/** Checks one option's parameters; InputError names the key as "options.B.floatingHours". */
export function checkOptionParams<K extends keyof OptionParams>(id: K, params: OptionParams[K]): void {
  const prefix = `options.${id}.`;
  checkAll(prefix, params, OPTION_PARAM_RULES[id] as never);
  if (id === "B") {
    const b = params as CoreParams;
    prefixed(prefix, () => coreAndAddOn(b.nightHours, b.dayHours, b.handoverHours, b.floatingHours));
  }
  if (id === "C" || id === "D") {
    const c = params as BlockParams;
    for (const key of ["additionalHours", "reducedHours"] as const) {
      if (c[key].length !== NETTING_MONTHS) throw new InputError(prefix + key, `must have ${NETTING_MONTHS} values, one a month.`, "type");
    }
    if (c.targetHours < minimumBlock(c).total) {
      throw new InputError(prefix + "targetHours", `must be at least the minimum block (${minimumBlock(c).total} hours).`);
    }
  }
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

const prefixed = <T>(prefix: string, f: () => T): T => renamingArguments((a) => prefix + a, f);

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
  councilAnnualCost: number;
}

/** What the Staffing sheet gives the options: hours needed, unit cost and cost per person. */
export interface SchemeFigures {
  tenants: number;
  hoursPerWeek: number;
  unitCostPerHour: number;
  costPerPersonWeek: number;
}

/** A blank price (null) means the Staffing sheet's unit cost per hour, which must then be above 0. */
export function priceOrUnitCost(argument: string, price: number | null, unitCost: number): number {
  if (price !== null) return positive(argument, price);
  if (!(unitCost > 0)) throw new InputError(argument, "the unit cost per hour is £0; enter a price.");
  return unitCost;
}

/** The council's cost a week: block hours at the block price + its share of spot hours at the spot price. */
export function councilWeeklyCost(blockHours: number, blockPrice: number, spotHours: number, spotPrice: number, councilShare: number): number {
  return blockHours * blockPrice + spotHours * spotPrice * councilShare;
}

function result(core: number, block: number, bp: number, spot: number, sp: number, sh: number): OptionResult {
  const week = councilWeeklyCost(block, bp, spot, sp, sh);
  return {
    blockHours: block,
    spotHours: spot,
    coreHours: core,
    blockPrice: bp,
    spotPrice: sp,
    councilShare: sh,
    councilWeeklyCost: week,
    councilAnnualCost: week * WEEKS_PER_YEAR,
  };
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

/**
 * Option A: the provider carries the cost of round-the-clock cover and recovers it from the care
 * residents buy on site. Hours sold up to the cover hours cost nothing extra (the cover staff deliver
 * them), so break-even is where sales + fixed charges pay for the cover.
 */
export function spotPurchasing(p: SpotParams, s: SchemeFigures): SpotResult {
  checkOptionParams("A", p);
  const coverHours = p.coverStaff * p.coverHoursPerDay * p.coverDays;
  const needed = p.hoursNeeded ?? positive("options.A.hoursNeeded", s.hoursPerWeek);
  const cost = p.providerCostPerHour ?? s.unitCostPerHour;
  const price = priceOrUnitCost("options.A.spotPrice", p.spotPrice, s.unitCostPerHour);
  const coverCostWeek = coverHours * cost;
  const fixedIncomeWeek = p.fixedChargePerTenantWeek * s.tenants;
  const breakEvenHours = Math.max(0, coverCostWeek - fixedIncomeWeek) / price;
  const breakEvenUptake = breakEvenHours / needed;
  const breakEven: BreakEven =
    coverCostWeek - fixedIncomeWeek > coverHours * price ? "priceBelowCost" : breakEvenUptake > 1 ? "notEnoughDemand" : "yes";
  const expectedHours = p.expectedUptake * needed;
  const providerMarginWeek = expectedHours * price + fixedIncomeWeek - Math.max(coverHours, expectedHours) * cost;
  return {
    ...result(coverHours, 0, 0, needed, price, p.councilShare),
    coverHours,
    hoursNeeded: needed,
    providerCostPerHour: cost,
    coverCostWeek,
    fixedIncomeWeek,
    breakEvenHours,
    breakEvenUptake,
    breakEven,
    expectedHours,
    providerMarginWeek,
  };
}

export interface CoreResult extends OptionResult {
  plannedCare: number;
  floating: number;
  hoursNeeded: number;
  addOn: number;
}

/** Option B: the council blocks a core of night + day + handover hours; the add-on is spot-purchased. */
export function coreAndAddOnOption(p: CoreParams, s: SchemeFigures): CoreResult {
  checkOptionParams("B", p);
  const needed = p.hoursNeeded ?? s.hoursPerWeek;
  const { core, plannedCare, addOn } = prefixed("options.B.", () => coreAndAddOn(p.nightHours, p.dayHours, p.handoverHours, p.floatingHours, needed));
  const bp = priceOrUnitCost("options.B.blockPrice", p.blockPrice, s.unitCostPerHour);
  const sp = priceOrUnitCost("options.B.spotPrice", p.spotPrice, s.unitCostPerHour);
  return {
    ...result(core, core, bp, addOn, sp, p.councilShare),
    plannedCare,
    floating: p.floatingHours,
    hoursNeeded: needed,
    addOn,
  };
}

export interface MonthCost {
  blockHours: number;
  spotHours: number;
  netHours: number;
  cost: number;
}

/** A month's cost to the council: a week's block and spot cost × 52 / 12, plus net extra hours at the block price. */
export function monthCost(blockHours: number, blockPrice: number, spotHours: number, spotPrice: number, councilShare: number, netHours = 0): number {
  return (councilWeeklyCost(blockHours, blockPrice, spotHours, spotPrice, councilShare) * WEEKS_PER_YEAR) / MONTHS_PER_YEAR + netHours * blockPrice;
}

export interface BlockResult extends OptionResult {
  minimum: ReturnType<typeof minimumBlock>;
  optOutHours: number;
  phases: readonly [number, number, number];
  months: readonly MonthCost[];
  firstYearCost: number;
}

/**
 * Options C and D: the whole service block-contracted at the target (about 400 hours), phased in
 * from the minimum block. With `optOuts` (option C) residents who buy care elsewhere reduce the
 * block, never below the minimum, and their hours are spot-purchased.
 */
export function blockContractOption(id: "C" | "D", p: BlockParams, s: SchemeFigures): BlockResult {
  checkOptionParams(id, p);
  const minimum = minimumBlock(p);
  const optOutHours = id === "C" ? p.optOutResidents * p.optOutHoursEach : 0;
  const block = Math.max(minimum.total, p.targetHours - optOutHours);
  const phases = phasedBlock(minimum.total, block, p.phaseStep);
  const bp = priceOrUnitCost(`options.${id}.blockPrice`, p.blockPrice, s.unitCostPerHour);
  const sp = priceOrUnitCost(`options.${id}.spotPrice`, p.spotPrice, s.unitCostPerHour);
  const months = Array.from({ length: NETTING_MONTHS }, (_, m): MonthCost => {
    const blockHours = phases[Math.min(m, 2)];
    const netHours = p.additionalHours[m] - p.reducedHours[m];
    return { blockHours, spotHours: optOutHours, netHours, cost: monthCost(blockHours, bp, optOutHours, sp, p.councilShare, netHours) };
  });
  return {
    ...result(block, block, bp, optOutHours, sp, p.councilShare),
    minimum,
    optOutHours,
    phases,
    months,
    firstYearCost: months.reduce((sum, m) => sum + m.cost, 0),
  };
}

export interface PoolResult {
  budgetPerWeek: number;
  price: number;
  pooledWeek: number;
  pooledYear: number;
  hours: number;
  hoursPerMember: number;
}

/** Option E: a resident group pools (part of) its personal budgets to buy care together. */
export function pooledBudgets(p: PoolParams, s: SchemeFigures, option: OptionResult): PoolResult {
  checkOptionParams("E", p);
  const budget = p.budgetPerWeek ?? s.costPerPersonWeek;
  const price = priceOrUnitCost("options.E.price", p.price ?? option.spotPrice, s.unitCostPerHour);
  const pooledWeek = p.members * budget * p.pooledShare;
  const hours = pooledWeek / price;
  return { budgetPerWeek: budget, price, pooledWeek, pooledYear: pooledWeek * WEEKS_PER_YEAR, hours, hoursPerMember: hours / p.members };
}

export interface PumpResult {
  blockHours: number;
  blockPrice: number;
  conversionMonth: number;
  months: readonly MonthCost[];
  yearCosts: readonly [number, number];
}

/**
 * Option F: the option's core is block-contracted for a set period, then everything is
 * spot-purchased (the council paying its share) from the month after.
 */
export function pumpPriming(p: PumpParams, s: SchemeFigures, option: OptionResult): PumpResult {
  checkOptionParams("F", p);
  const blockHours = p.blockHours ?? option.coreHours;
  const bp = priceOrUnitCost("options.F.blockPrice", p.blockPrice, s.unitCostPerHour);
  const total = option.blockHours + option.spotHours;
  const months = Array.from({ length: PUMP_PRIMING_MONTHS }, (_, i): MonthCost => {
    const inBlock = i + 1 <= p.blockPeriodMonths;
    const block = inBlock ? blockHours : 0;
    const spot = inBlock ? Math.max(0, total - blockHours) : total;
    return { blockHours: block, spotHours: spot, netHours: 0, cost: monthCost(block, bp, spot, option.spotPrice, option.councilShare) };
  });
  const year = (from: number) => months.slice(from, from + 12).reduce((sum, m) => sum + m.cost, 0);
  return { blockHours, blockPrice: bp, conversionMonth: p.blockPeriodMonths + 1, months, yearCosts: [year(0), year(12)] };
}
