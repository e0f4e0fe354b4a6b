import { Program } from "../calc/graph";
import { DEFAULT_NIGHT_SUPPORT_SHARE, DEFAULT_ON_COSTS } from "./defaults";
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
  return [check(argument, values[0]), check(argument, values[1]), check(argument, values[2])];
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
const TENANTS = new Program([S.tenants, S.bandShares], [S.tenantsPerBand]);
const HOURS = new Program(
  [S.tenants, S.bandShares, S.bandHours, S.supportShares, S.nightHours, S.nightSupportShare],
  [S.tenantsPerBand, S.bandSupportHours, S.bandCareHours, S.bandTotalHours, S.dayTotalHours, S.nightTotalHours, S.totalHours],
);
const HOURS_AT = {
  counts: HOURS.offset(S.tenantsPerBand),
  bandSupport: HOURS.offset(S.bandSupportHours),
  bandCare: HOURS.offset(S.bandCareHours),
  bandTotal: HOURS.offset(S.bandTotalHours),
  daySupport: HOURS.offset(S.daySupportHours),
  dayCare: HOURS.offset(S.dayCareHours),
  dayTotal: HOURS.offset(S.dayTotalHours),
  nightSupport: HOURS.offset(S.nightSupportHours),
  nightCare: HOURS.offset(S.nightCareHours),
  nightTotal: HOURS.offset(S.nightTotalHours),
  support: HOURS.offset(S.supportHours),
  care: HOURS.offset(S.careHoursTotal),
  total: HOURS.offset(S.totalHours),
};
const COST = new Program([...HOURS_ROWS, S.supportRate, S.careRate], [S.costWeek, S.costYear]);
const STAFF = new Program(
  [...HOURS_ROWS, S.supportRate, S.careRate, S.managerSalary, S.niRate, S.coverRate, S.superannuationRate, S.training],
  [S.flatStaffCost, S.payBase],
);
// Under the published model's price base the total cost is the staff cost (no overheads or surplus).
const UNIT = new Program([S.totalCost, S.totalHours], [S.unitCost]);
const PERSON = new Program([S.totalCost, S.tenants], [S.costPerPersonWeek, S.costPerPersonYear]);

/** Seed 002's "ECH care/support staffing" table: hours per week by band, daytime, night and in total. */
export function careHours(inputs: CareHoursInputs): CareHoursResult {
  wholeNumber("tenants", inputs.tenants);
  checkTriple("bandShares", inputs.bandShares, share);
  sharesSummingToOne("bandShares", inputs.bandShares);
  const hours = checkTriple("bandHours", inputs.bandHours, nonNegative);
  const hs = checkTriple("supportShares", inputs.supportShares, share);
  const night = nonNegative("nightHours", inputs.nightHours ?? 0);
  const nightShare = share("nightSupportShare", inputs.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE);
  const v = HOURS.run([[inputs.tenants], inputs.bandShares, hours, hs, [night], [nightShare]]).v as number[];
  const o = HOURS_AT;
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

/** The revenue cost model for one scheme, at its price base (the published model's by default). */
export function computeScheme(inputs: SchemeInputs): SchemeResult {
  finite("tenants", inputs.tenants);
  const base = priceBase(inputs.priceBase ?? "2009");
  const hours = careHours(inputs);
  if (base.method === "statutory") {
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
  const staff = staffCosts(hours, inputs.hourlyRates, inputs.managerSalary, inputs.onCosts);
  return {
    hours,
    careCost: careCost(hours, inputs.hourlyRates),
    staff,
    totalCost: staff.total,
    unitCostPerHour: unitCostPerHour(staff.total, hours.total),
    perPerson: costPerPerson(staff.total, inputs.tenants),
    priceBase: base.id,
    today: null,
    warnings: [],
  };
}
