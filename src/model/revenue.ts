import { DEFAULT_NIGHT_SUPPORT_SHARE, DEFAULT_ON_COSTS, WEEKS_PER_YEAR } from "./defaults";
import { InputError } from "./errors";
import { headCount } from "./excel";
import type { HourlyRates, HoursSplit, OnCosts, SchemeInputs, Triple } from "./types";
import { finite, nonNegative, share, sharesSummingToOne, wholeNumber } from "./validate";

export const CARE_HOURS_TOLERANCE = 1e-6;

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
  return [headCount(tenants, bandShares[0]), headCount(tenants, bandShares[1]), headCount(tenants, bandShares[2])];
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

function split(support: number, care: number): HoursSplit {
  return { support, care, total: support + care };
}

/** The "ECH care/support staffing" table of seed 002: hours per week by band, daytime, night and in total. */
export function careHours(inputs: CareHoursInputs): CareHoursResult {
  const counts = tenantsPerBand(inputs.tenants, inputs.bandShares);
  const hours = checkTriple("bandHours", inputs.bandHours, nonNegative);
  const hs = checkTriple("supportShares", inputs.supportShares, share);
  const nightHours = nonNegative("nightHours", inputs.nightHours ?? 0);
  const nightShare = share("nightSupportShare", inputs.nightSupportShare ?? DEFAULT_NIGHT_SUPPORT_SHARE);

  const band = (b: number) => split(counts[b] * hours[b] * hs[b], counts[b] * hours[b] * (1 - hs[b]));
  const bands = [band(0), band(1), band(2)] as const;
  const daytime = split(
    bands[0].support + bands[1].support + bands[2].support,
    bands[0].care + bands[1].care + bands[2].care,
  );
  const night = split(nightHours * nightShare, nightHours * (1 - nightShare));
  const support = daytime.support + night.support;
  const care = daytime.care + night.care;
  // Explicit fields, not a spread: this runs on every recalculation of ECH.CAREHOURS.
  return { support, care, total: support + care, tenantsPerBand: counts, bands, daytime, night };
}

/** Checks a support/care/total row such as ECH.CAREHOURS returns. */
export function checkHoursSplit(argument: string, hours: HoursSplit): HoursSplit {
  nonNegative(argument, hours.support);
  nonNegative(argument, hours.care);
  nonNegative(argument, hours.total);
  if (Math.abs(hours.support + hours.care - hours.total) > CARE_HOURS_TOLERANCE * Math.max(1, hours.total)) {
    throw new InputError(
      argument,
      "must be the row ECH.CAREHOURS returns (support, care, total hours per week); its total is not support + care.",
    );
  }
  return hours;
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
  const week = split(hours.support * r.support, hours.care * r.care);
  return { week, year: split(week.support * WEEKS_PER_YEAR, week.care * WEEKS_PER_YEAR) };
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
export function staffCosts(
  hours: HoursSplit,
  rates: HourlyRates,
  managerSalary: number,
  onCosts: OnCosts = DEFAULT_ON_COSTS,
): StaffCosts {
  const careCostYear = careCost(hours, rates).year.total;
  const manager = nonNegative("managerSalary", managerSalary);
  const oc = checkOnCosts(onCosts);
  const payBase = careCostYear + manager;
  const ni = oc.ni * payBase;
  const cover = oc.cover * payBase;
  const superannuation = oc.superannuation * (payBase + cover);
  const total = manager + careCostYear + ni + cover + superannuation + oc.training;
  return { careCostYear, manager, payBase, ni, cover, superannuation, training: oc.training, total };
}

/** Total unit cost per hour: total staff cost over the year's hours. */
export function unitCostPerHour(totalStaffCost: number, totalHoursPerWeek: number): number {
  nonNegative("totalStaffCost", totalStaffCost);
  const hours = nonNegative("careHours", totalHoursPerWeek);
  if (hours === 0) throw new InputError("careHours", "the total hours per week are 0, so there is no cost per hour.");
  return totalStaffCost / (hours * WEEKS_PER_YEAR);
}

export interface CostPerPerson {
  week: number;
  year: number;
}

/** Average cost per person: divides by the scheme's tenants, not the rounded-up band total. */
export function costPerPerson(totalStaffCost: number, tenants: number): CostPerPerson {
  nonNegative("totalStaffCost", totalStaffCost);
  wholeNumber("tenants", tenants, { min: 1 });
  const year = totalStaffCost / tenants;
  return { week: year / WEEKS_PER_YEAR, year };
}

export interface SchemeResult {
  hours: CareHoursResult;
  careCost: CareCost;
  staff: StaffCosts;
  unitCostPerHour: number;
  perPerson: CostPerPerson;
}

/** The whole seed 002 revenue cost model for one scheme. */
export function computeScheme(inputs: SchemeInputs): SchemeResult {
  finite("tenants", inputs.tenants);
  const hours = careHours(inputs);
  const staff = staffCosts(hours, inputs.hourlyRates, inputs.managerSalary, inputs.onCosts);
  return {
    hours,
    careCost: careCost(hours, inputs.hourlyRates),
    staff,
    unitCostPerHour: unitCostPerHour(staff.total, hours.total),
    perPerson: costPerPerson(staff.total, inputs.tenants),
  };
}
