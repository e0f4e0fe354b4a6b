import { Program } from "../calc/graph";
import { DEFAULT_SCHEME } from "./defaults";
import { publishedScheme as runPublishedScheme, publishedSchemeAt, publishedSchemeCells } from "./programs.generated";
import { InputError } from "./errors";
import * as Scheme from "./scheme";
import type { SchemeInputs } from "./types";
import { priceBase } from "./priceBase";
import { checkPriced, pricedCost, type PayWarning, type TodayResult } from "./today";
import { finite, nonNegative, wholeNumber } from "./validate";
import {
  checkHoursInputs,
  checkOnCosts,
  checkRates,
  hoursResult,
  revenueFunctions,
  type CareCost,
  type CareHoursResult,
  type CostPerPerson,
  type StaffCosts,
} from "./revenueRun";

// Each function runs the rows of the scheme graph it needs, compiled once.
const HOURS_ROWS = [Scheme.supportHours, Scheme.careHoursTotal, Scheme.totalHours] as const;
export const TENANTS = new Program([Scheme.tenants, Scheme.bandShares], [Scheme.tenantsPerBand]);
export const HOURS = new Program(Scheme.HOURS_INPUTS, Scheme.HOURS_OUT);
export const COST = new Program([...HOURS_ROWS, Scheme.supportRate, Scheme.careRate], Scheme.COST_OUT);
export const STAFF = new Program(
  [
    ...HOURS_ROWS,
    Scheme.supportRate,
    Scheme.careRate,
    Scheme.managerSalary,
    Scheme.niRate,
    Scheme.coverRate,
    Scheme.superannuationRate,
    Scheme.training,
  ],
  Scheme.STAFF_OUT,
);
// Under the published model's price base the total cost is the staff cost (no overheads or surplus).
export const UNIT = new Program([Scheme.totalCost, Scheme.totalHours], [Scheme.unitCost]);
export const PERSON = new Program([Scheme.totalCost, Scheme.tenants], [Scheme.costPerPersonWeek, Scheme.costPerPersonYear]);

export const { tenantsPerBand, careHours, careCost, staffCosts, unitCostPerHour, costPerPerson } = revenueFunctions({
  tenants: TENANTS.runner(),
  hours: HOURS.runner(),
  cost: COST.runner(),
  staff: STAFF.runner(),
  unit: UNIT.runner(),
  person: PERSON.runner(),
});
export {
  checkOnCosts,
  checkRates,
  type CareCost,
  type CareHoursInputs,
  type CareHoursResult,
  type CostPerPerson,
  type StaffCosts,
} from "./revenueRun";

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
  checkRates(inputs.hourlyRates);
  const manager = nonNegative("managerSalary", inputs.managerSalary);
  const oc = checkOnCosts(inputs.onCosts);
  // The rows written out as code (programs.ts), given the inputs' cells read by the rows' keys (a value
  // left out is the default scheme's, as at a current price base); they return the hours first.
  const v = runPublishedScheme(publishedSchemeCells(inputs, DEFAULT_SCHEME)) as number[];
  const at = publishedSchemeAt;
  const hours = hoursResult(v);
  const total = v[at.flatStaffCost];
  nonNegative("totalStaffCost", total);
  if (hours.total === 0) throw new InputError("careHours", "the total hours per week are 0, so there is no cost per hour.");
  wholeNumber("tenants", inputs.tenants, { min: 1 });
  return {
    hours,
    careCost: {
      week: { support: v[at.supportCostWeek], care: v[at.careCostWeek], total: v[at.costWeek] },
      year: { support: v[at.supportCostYear], care: v[at.careCostYear], total: v[at.costYear] },
    },
    staff: {
      careCostYear: v[at.costYear],
      manager,
      payBase: v[at.payBase],
      ni: v[at.ni],
      cover: v[at.cover],
      superannuation: v[at.superannuation],
      training: oc.training,
      total,
    },
    totalCost: v[at.totalCost],
    unitCostPerHour: v[at.unitCost],
    perPerson: { week: v[at.costPerPersonWeek], year: v[at.costPerPersonYear] },
    priceBase: priceBaseId,
    today: null,
    warnings: [],
  };
}
