import { Program } from "../calc/graph";
import { DEFAULT_NIGHT_SUPPORT_SHARE, DEFAULT_ON_COSTS, PUBLISHED_PRICE_BASE } from "./defaults";
import { priceBaseInput } from "./priceRows";
import { InputError } from "./errors";
import * as S from "./scheme";
import type { HourlyRates, HoursSplit, OnCosts, SchemeInputs, Triple } from "./types";
import { priceBase } from "./priceBase";
import { checkPriced, pricedCost, type PayWarning, type TodayResult } from "./today";
import { checkHoursSplit, finite, nonNegative, share, sharesSummingToOne, wholeNumber } from "./validate";

function checkTriple(argument: string, values: Triple, check: (argument: string, v: number) => number): Triple {
  if (!Array.isArray(values) || values.length !== 3) {
    throw new InputError(argument, "must have exactly 3 values: Low, Medium, High.");
  }
  check(argument, values[0]);
  check(argument, values[1]);
  check(argument, values[2]);
  return values;
}

/** Tenants in each needs band, rounded up as the seed does (so they may sum to more than `tenants`). */
export function tenantsPerBand(tenants: number, bandShares: Triple): Triple {
  wholeNumber("tenants", tenants);
  checkTriple("bandShares", bandShares, share);
  sharesSummingToOne("bandShares", bandShares);
  const n = TENANTS.run([[tenants], bandShares]).numbers(S.tenantsPerBand);
  return [n[0], n[1], n[2]];
}

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

// Each function runs the rows of the scheme graph it needs, compiled once.
const HOURS_ROWS = [S.supportHours, S.careHoursTotal, S.totalHours] as const;
export const TENANTS = new Program([S.tenants, S.bandShares], [S.tenantsPerBand]);
const HOURS_WANTED = [
  S.tenantsPerBand,
  S.bandSupportHours,
  S.bandCareHours,
  S.bandTotalHours,
  S.dayTotalHours,
  S.nightTotalHours,
  S.totalHours,
];
export const HOURS = new Program([S.tenants, S.bandShares, S.bandHours, S.supportShares, S.nightHours, S.nightSupportShare], HOURS_WANTED);
/** Where each hours row is in a run of a program that computes them. */
function hoursAt(program: Program) {
  return {
    counts: program.offset(S.tenantsPerBand),
    bandSupport: program.offset(S.bandSupportHours),
    bandCare: program.offset(S.bandCareHours),
    bandTotal: program.offset(S.bandTotalHours),
    daySupport: program.offset(S.daySupportHours),
    dayCare: program.offset(S.dayCareHours),
    dayTotal: program.offset(S.dayTotalHours),
    nightSupport: program.offset(S.nightSupportHours),
    nightCare: program.offset(S.nightCareHours),
    nightTotal: program.offset(S.nightTotalHours),
    support: program.offset(S.supportHours),
    care: program.offset(S.careHoursTotal),
    total: program.offset(S.totalHours),
  };
}
const HOURS_AT = hoursAt(HOURS);
export const COST = new Program([...HOURS_ROWS, S.supportRate, S.careRate], [S.costWeek, S.costYear]);
export const STAFF = new Program(
  [...HOURS_ROWS, S.supportRate, S.careRate, S.managerSalary, S.niRate, S.coverRate, S.superannuationRate, S.training],
  [S.flatStaffCost, S.payBase],
);
// Under the published model's price base the total cost is the staff cost (no overheads or surplus).
export const UNIT = new Program([S.totalCost, S.totalHours], [S.unitCost]);
export const PERSON = new Program([S.totalCost, S.tenants], [S.costPerPersonWeek, S.costPerPersonYear]);

/** Checks the hours' inputs, in the order their errors are reported. */
function checkHoursInputs(inputs: CareHoursInputs): void {
  wholeNumber("tenants", inputs.tenants);
  checkTriple("bandShares", inputs.bandShares, share);
  sharesSummingToOne("bandShares", inputs.bandShares);
  checkTriple("bandHours", inputs.bandHours, nonNegative);
  checkTriple("supportShares", inputs.supportShares, share);
  nonNegative("nightHours", inputs.nightHours ?? 0);
  share("nightSupportShare", inputs.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE);
}

function hoursResult(v: readonly number[], o: ReturnType<typeof hoursAt>): CareHoursResult {
  const counts: Triple = [v[o.counts], v[o.counts + 1], v[o.counts + 2]];
  const band = (b: number): HoursSplit => ({ support: v[o.bandSupport + b], care: v[o.bandCare + b], total: v[o.bandTotal + b] });
  return {
    support: v[o.support],
    care: v[o.care],
    total: v[o.total],
    tenantsPerBand: counts,
    bands: [band(0), band(1), band(2)],
    daytime: { support: v[o.daySupport], care: v[o.dayCare], total: v[o.dayTotal] },
    night: { support: v[o.nightSupport], care: v[o.nightCare], total: v[o.nightTotal] },
  };
}

/** Seed 002's "ECH care/support staffing" table: hours per week by band, daytime, night and in total. */
export function careHours(inputs: CareHoursInputs): CareHoursResult {
  checkHoursInputs(inputs);
  const given = [
    [inputs.tenants],
    inputs.bandShares,
    inputs.bandHours,
    inputs.supportShares,
    [inputs.nightHours ?? 0],
    [inputs.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE],
  ];
  return hoursResult(HOURS.run(given).v as number[], HOURS_AT);
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

export interface CareCost {
  week: HoursSplit;
  year: HoursSplit;
}

/** Care cost per week and per year: hours × hourly cost, × 52. */
export function careCost(hours: HoursSplit, rates: HourlyRates): CareCost {
  checkHoursSplit("careHours", hours);
  const r = checkRates(rates);
  const e = COST.run([[hours.support], [hours.care], [hours.total], [r.support], [r.care]]);
  return {
    week: { support: e.number(S.supportCostWeek), care: e.number(S.careCostWeek), total: e.number(S.costWeek) },
    year: { support: e.number(S.supportCostYear), care: e.number(S.careCostYear), total: e.number(S.costYear) },
  };
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

/** Seed 002's "staff on-costs" table. */
export function staffCosts(hours: HoursSplit, rates: HourlyRates, managerSalary: number, onCosts: OnCosts = DEFAULT_ON_COSTS): StaffCosts {
  checkHoursSplit("careHours", hours);
  const r = checkRates(rates);
  const manager = nonNegative("managerSalary", managerSalary);
  const oc = checkOnCosts(onCosts);
  const e = STAFF.run([
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
  ]);
  return {
    careCostYear: e.number(S.costYear),
    manager,
    payBase: e.number(S.payBase),
    ni: e.number(S.ni),
    cover: e.number(S.cover),
    superannuation: e.number(S.superannuation),
    training: oc.training,
    total: e.number(S.flatStaffCost),
  };
}

/** Total unit cost per hour: total staff cost over the year's hours. */
export function unitCostPerHour(totalStaffCost: number, totalHoursPerWeek: number): number {
  nonNegative("totalStaffCost", totalStaffCost);
  const hours = nonNegative("careHours", totalHoursPerWeek);
  if (hours === 0) throw new InputError("careHours", "the total hours per week are 0, so there is no cost per hour.");
  return UNIT.run([[totalStaffCost], [hours]]).number(S.unitCost);
}

export interface CostPerPerson {
  week: number;
  year: number;
}

/** Average cost per person: divides by the scheme's tenants, not the rounded-up band total. */
export function costPerPerson(totalStaffCost: number, tenants: number): CostPerPerson {
  nonNegative("totalStaffCost", totalStaffCost);
  wholeNumber("tenants", tenants, { min: 1 });
  const e = PERSON.run([[totalStaffCost], [tenants]]);
  return { week: e.number(S.costPerPersonWeek), year: e.number(S.costPerPersonYear) };
}

export interface SchemeResult {
  hours: CareHoursResult;
  careCost: CareCost;
  /** At a current price base: pay as the care cost and pay base, employer NI, employer pension as superannuation, no cover. */
  staff: StaffCosts;
  /** Staff cost, plus a provider's overheads and surplus at a current price base. */
  totalCost: number;
  /** The headline unit cost: total cost ÷ (care and support hours a week × 52). */
  unitCostPerHour: number;
  perPerson: CostPerPerson;
  /** The price base's id: "2009" or a financial year. */
  priceBase: string;
  /** The statutory build-up, at a current price base only. */
  today: TodayResult | null;
  /** Pay rates below the National Living Wage (current price bases): shown beside the costs, which stand. */
  warnings: readonly PayWarning[];
}

/** The published model's whole scheme in one run: the hours, their cost and the staff cost. */
const SCHEME = new Program(
  [...HOURS.given, S.supportRate, S.careRate, S.managerSalary, S.niRate, S.coverRate, S.superannuationRate, S.training],
  [...HOURS_WANTED, S.costWeek, S.costYear, S.flatStaffCost, S.payBase, S.totalCost, S.unitCost, S.costPerPersonWeek, S.costPerPersonYear],
  undefined,
  new Map([[priceBaseInput, [PUBLISHED_PRICE_BASE]]]),
);
const SCHEME_HOURS_AT = hoursAt(SCHEME);
const SCHEME_AT = {
  supportWeek: SCHEME.offset(S.supportCostWeek),
  careWeek: SCHEME.offset(S.careCostWeek),
  week: SCHEME.offset(S.costWeek),
  supportYear: SCHEME.offset(S.supportCostYear),
  careYear: SCHEME.offset(S.careCostYear),
  year: SCHEME.offset(S.costYear),
  payBase: SCHEME.offset(S.payBase),
  ni: SCHEME.offset(S.ni),
  cover: SCHEME.offset(S.cover),
  superannuation: SCHEME.offset(S.superannuation),
  staff: SCHEME.offset(S.flatStaffCost),
  total: SCHEME.offset(S.totalCost),
  unit: SCHEME.offset(S.unitCost),
  personWeek: SCHEME.offset(S.costPerPersonWeek),
  personYear: SCHEME.offset(S.costPerPersonYear),
};

/** The revenue cost model for one scheme, at its price base (the published model's by default). */
export function computeScheme(inputs: SchemeInputs): SchemeResult {
  finite("tenants", inputs.tenants);
  const base = priceBase(inputs.priceBase ?? "2009");
  if (base.method !== "statutory") return publishedScheme(inputs, base.id);
  const hours = careHours(inputs);
  checkRates(inputs.hourlyRates);
  nonNegative("managerSalary", inputs.managerSalary);
  checkOnCosts(inputs.onCosts);
  checkPriced(inputs, base);
  wholeNumber("tenants", inputs.tenants, { min: 1 });
  if (hours.total === 0) throw new InputError("careHours", "the total hours per week are 0, so there is no cost per hour.");
  const t = pricedCost(inputs);
  return {
    hours,
    careCost: careCost(hours, inputs.hourlyRates),
    staff: {
      careCostYear: t.pay.careWorkers + t.pay.teamLeaders,
      manager: inputs.managerSalary,
      payBase: t.pay.total,
      ni: t.employerNI,
      cover: 0,
      superannuation: t.employerPension,
      training: t.pay.training,
      total: t.staffCost,
    },
    totalCost: t.totalCost,
    unitCostPerHour: t.unitCostPerContactHour,
    perPerson: { week: t.costPerPersonWeek, year: t.costPerPersonYear },
    priceBase: base.id,
    today: t,
    warnings: t.warnings,
  };
}

/** What careCost, staffCosts, unitCostPerHour and costPerPerson give, checked in their order. */
function publishedScheme(inputs: SchemeInputs, priceBaseId: string): SchemeResult {
  checkHoursInputs(inputs);
  const shares = inputs.bandShares;
  const bandHours = inputs.bandHours;
  const supportShares = inputs.supportShares;
  const r = checkRates(inputs.hourlyRates);
  const manager = nonNegative("managerSalary", inputs.managerSalary);
  const oc = checkOnCosts(inputs.onCosts ?? DEFAULT_ON_COSTS);
  // The given rows' cells in SCHEME's order.
  const v = SCHEME.runCells([
    inputs.tenants,
    shares[0],
    shares[1],
    shares[2],
    bandHours[0],
    bandHours[1],
    bandHours[2],
    supportShares[0],
    supportShares[1],
    supportShares[2],
    inputs.nightHours ?? 0,
    inputs.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE,
    r.support,
    r.care,
    manager,
    oc.ni,
    oc.cover,
    oc.superannuation,
    oc.training,
  ]) as number[];
  const o = SCHEME_AT;
  const hours = hoursResult(v, SCHEME_HOURS_AT);
  const total = v[o.staff];
  nonNegative("totalStaffCost", total);
  if (hours.total === 0) throw new InputError("careHours", "the total hours per week are 0, so there is no cost per hour.");
  wholeNumber("tenants", inputs.tenants, { min: 1 });
  return {
    hours,
    careCost: {
      week: { support: v[o.supportWeek], care: v[o.careWeek], total: v[o.week] },
      year: { support: v[o.supportYear], care: v[o.careYear], total: v[o.year] },
    },
    staff: {
      careCostYear: v[o.year],
      manager,
      payBase: v[o.payBase],
      ni: v[o.ni],
      cover: v[o.cover],
      superannuation: v[o.superannuation],
      training: oc.training,
      total,
    },
    totalCost: v[o.total],
    unitCostPerHour: v[o.unit],
    perPerson: { week: v[o.personWeek], year: v[o.personYear] },
    priceBase: priceBaseId,
    today: null,
    warnings: [],
  };
}
