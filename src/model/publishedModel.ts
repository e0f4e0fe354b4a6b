/**
 * The published revenue cost model (JIT, Extra Care Housing, 2009: the ECH revenue cost model) as
 * rows of the calculation graph: the scheme's inputs, the hours of each needs band, their pay and
 * the flat on-costs. Bands are cells 0, 1, 2 (Low, Medium, High) of three-cell rows. The pay at a
 * current price base is built up in currentBase.ts, and scheme.ts totals either.
 */
import { calcRow, FMT, fx, inputRow, range, type ParamRule, type Row } from "../calc";
import { EXAMPLE_FIGURE, publishedModel } from "./sources";
import { DEFAULT_SCHEME, WEEKS_PER_YEAR } from "./defaults";
import { HEADCOUNT_GUARD_DIGITS } from "../calc/excel";

const W = WEEKS_PER_YEAR;

const WHOLE_1: ParamRule = { kind: "whole", min: 1 };
/** A number of hours or pounds, 0 or more. */
export const AMOUNT: ParamRule = { kind: "number", min: 0 };
/** A share, 0 to 1. */
export const SHARE: ParamRule = { kind: "share" };
const d = DEFAULT_SCHEME;
/** The published model's tables the defaults come from. */
export const STAFFING = publishedModel("Care and support staffing");
export const ON_COSTS = publishedModel("Staff on-costs");
const BANDS = ["Low", "Medium", "High"];

// Inputs (pink cells on the Inputs sheet).
export const tenants = inputRow("tenants", "Tenants in the scheme", d.tenants, {
  key: "tenants",
  source: STAFFING,
  unit: "tenants",
  format: FMT.count,
  rule: WHOLE_1,
  name: "ECH_Tenants",
  prompt: "Number of tenants (units) in the scheme. The published model uses 35.",
});
export const bandShares = inputRow("bandShares", "Share of tenants in each needs band", [...d.bandShares], {
  key: "bandShares",
  source: STAFFING,
  cellLabels: BANDS,
  unit: "% of tenants",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_BandShares",
  prompt: "Share of tenants in the Low, Medium and High needs bands; the three must add up to 100%.",
});
export const bandHours = inputRow("bandHours", "Daytime care and support hours for each tenant", [...d.bandHours], {
  key: "bandHours",
  source: STAFFING,
  cellLabels: BANDS,
  unit: "hours a week",
  format: FMT.hours,
  rule: AMOUNT,
  name: "ECH_BandHours",
  prompt: "Daytime care and support hours a week for each tenant in the band (published model: 7, 18, 28).",
});
export const supportShares = inputRow("supportShares", "Share of those hours that is housing support", [...d.supportShares], {
  key: "supportShares",
  source: STAFFING,
  cellLabels: BANDS,
  unit: "% of hours",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_SupportShares",
  prompt: "Share of the band's hours that is housing support; the rest is care (published model: 80%, 60%, 40%).",
});
export const nightHours = inputRow("nightHours", "Night hours in the scheme's cost", d.nightHours, {
  key: "nightHours",
  source: STAFFING,
  unit: "hours a week",
  format: FMT.hours,
  rule: AMOUNT,
  name: "ECH_NightHours",
  prompt:
    "Night cover hours a week the Staffing sheet costs for the whole scheme (published model: 126). The brief's minimum cover on the Hours needed sheet (10 hours a night) sizes the estimates and blocks instead; option B's core has its own 56.",
});
export const nightSupportShare = inputRow("nightSupportShare", "Share of night hours that is housing support", d.nightSupportShare, {
  key: "nightSupportShare",
  source: STAFFING,
  unit: "% of hours",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_NightSupportShare",
  prompt: "Share of the night hours counted as housing support; the rest is care (published model: 50%).",
});
const RATE_EXAMPLE = `an example at the National Living Wage of April 2026, £${d.hourlyRates.support.toFixed(2)}: enter your own; the published model's is £10.00`;
export const supportRate = inputRow("supportRate", "Hourly pay of housing support", d.hourlyRates.support, {
  key: "hourlyRates.support",
  hourlyPay: true,
  source: EXAMPLE_FIGURE,
  unit: "£ an hour",
  format: FMT.money,
  rule: AMOUNT,
  prompt: `Hourly pay of a support worker, before on-costs (${RATE_EXAMPLE}).`,
});
export const careRate = inputRow("careRate", "Hourly pay of care", d.hourlyRates.care, {
  key: "hourlyRates.care",
  hourlyPay: true,
  source: EXAMPLE_FIGURE,
  unit: "£ an hour",
  format: FMT.money,
  rule: AMOUNT,
  prompt: `Hourly pay of a care worker, before on-costs (${RATE_EXAMPLE}).`,
});
export const managerSalary = inputRow("managerSalary", "Scheme manager's salary (35 hours a week)", d.managerSalary, {
  key: "managerSalary",
  source: EXAMPLE_FIGURE,
  unit: "£ a year",
  format: FMT.money0,
  rule: AMOUNT,
  name: "ECH_ManagerSalary",
  prompt: "Scheme manager's salary a year (an example: enter your own; the published model's is £26,000, at 2009 prices).",
});
export const niRate = inputRow("niRate", "Employer's National Insurance", d.onCosts.ni, {
  key: "onCosts.ni",
  source: ON_COSTS,
  unit: "% of pay",
  format: FMT.percent,
  rule: SHARE,
  prompt: "Employer's National Insurance as a share of pay: care cost a year + scheme manager (published model: 10%).",
});
export const coverRate = inputRow("coverRate", "Cover for leave and sickness", d.onCosts.cover, {
  key: "onCosts.cover",
  source: ON_COSTS,
  unit: "% of pay",
  format: FMT.percent,
  rule: SHARE,
  prompt: "Cover for leave and sickness as a share of pay (published model: 4%).",
});
export const superannuationRate = inputRow("superannuationRate", "Superannuation (employer's pension)", d.onCosts.superannuation, {
  key: "onCosts.superannuation",
  source: ON_COSTS,
  unit: "% of pay and cover",
  format: FMT.percent,
  rule: SHARE,
  prompt: "Employer's pension contributions as a share of pay plus cover (published model: 6%).",
});
export const training = inputRow("training", "Training", d.onCosts.training, {
  key: "onCosts.training",
  source: ON_COSTS,
  unit: "£ a year",
  format: FMT.money0,
  rule: AMOUNT,
  prompt: "Training, an amount a year; the published model does not say how its £35,209.46 was worked out.",
});

/** The published model's flat on-costs: inputs of its 2009 price base only (a current base has statutory pay rules). */
export const FLAT_ON_COSTS: readonly Row[] = [niRate, coverRate, superannuationRate, training];

/** The pink cells the care and support hours are worked out from. */
export const HOURS_INPUTS = [tenants, bandShares, bandHours, supportShares, nightHours, nightSupportShare] as const;

export const SCHEME_INPUTS = [
  ...HOURS_INPUTS,
  supportRate,
  careRate,
  managerSalary,
  niRate,
  coverRate,
  superannuationRate,
  training,
] as const;

// Care and support hours a week.
const B = { size: 3 } as const;
export const tenantsPerBand = calcRow(
  "tenantsPerBand",
  "Tenants in the band",
  fx`ROUNDUP(ROUND(${tenants}*${bandShares},${HEADCOUNT_GUARD_DIGITS}),0)`,
  {
    ...B,
    unit: "tenants",
    format: FMT.count,
    note: "tenants × share, rounded up to whole people",
  },
);
export const tenantsCounted = calcRow("tenantsCounted", "Tenants counted in the bands", fx`SUM(${range(tenantsPerBand)})`, {
  unit: "tenants",
  format: FMT.count,
  note: "rounding up can count more people than tenants",
});
export const supportHoursEach = calcRow("supportHoursEach", "Housing support hours for each tenant", fx`${bandHours}*${supportShares}`, {
  ...B,
  unit: "hours a week",
  format: FMT.hours,
  note: "hours × housing support share",
});
export const careHoursEach = calcRow("careHoursEach", "Care hours for each tenant", fx`${bandHours}*(1-${supportShares})`, {
  ...B,
  unit: "hours a week",
  format: FMT.hours,
  note: "hours × (1 − housing support share)",
});
export const bandSupportHours = calcRow(
  "bandSupportHours",
  "Daytime housing support hours",
  fx`${tenantsPerBand}*${bandHours}*${supportShares}`,
  {
    ...B,
    unit: "hours a week",
    format: FMT.hours,
    note: "tenants in the band × hours × share",
  },
);
export const bandCareHours = calcRow("bandCareHours", "Daytime care hours", fx`${tenantsPerBand}*${bandHours}*(1-${supportShares})`, {
  ...B,
  unit: "hours a week",
  format: FMT.hours,
  note: "tenants in the band × hours × (1 − share)",
});
export const bandTotalHours = calcRow("bandTotalHours", "Daytime hours", fx`${bandSupportHours}+${bandCareHours}`, {
  ...B,
  unit: "hours a week",
  format: FMT.hours,
  note: "housing support + care",
});
export const daySupportHours = calcRow("daySupportHours", "Daytime housing support hours, all bands", fx`SUM(${range(bandSupportHours)})`, {
  unit: "hours a week",
  format: FMT.hours,
});
export const dayCareHours = calcRow("dayCareHours", "Daytime care hours, all bands", fx`SUM(${range(bandCareHours)})`, {
  unit: "hours a week",
  format: FMT.hours,
});
export const dayTotalHours = calcRow("dayTotalHours", "Daytime hours, all bands", fx`${daySupportHours}+${dayCareHours}`, {
  unit: "hours a week",
  format: FMT.hours,
});
export const nightSupportHours = calcRow("nightSupportHours", "Night housing support hours", fx`${nightHours}*${nightSupportShare}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "night hours × housing support share",
});
export const nightCareHours = calcRow("nightCareHours", "Night care hours", fx`${nightHours}*(1-${nightSupportShare})`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "night hours × (1 − share)",
});
export const nightTotalHours = calcRow("nightTotalHours", "Night hours", fx`${nightSupportHours}+${nightCareHours}`, {
  unit: "hours a week",
  format: FMT.hours,
});
export const supportHours = calcRow("supportHours", "Housing support hours", fx`${daySupportHours}+${nightSupportHours}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "daytime + night",
  total: true,
});
export const careHoursTotal = calcRow("careHours", "Care hours", fx`${dayCareHours}+${nightCareHours}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "daytime + night",
  total: true,
});
export const totalHours = calcRow("totalHours", "Total care and support hours", fx`${supportHours}+${careHoursTotal}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "housing support + care",
  total: true,
});

/** The hours' rows in the order hoursResult (revenueRun.ts) reads their cells. */
export const HOURS_OUT: readonly Row[] = [
  tenantsPerBand,
  bandSupportHours,
  bandCareHours,
  bandTotalHours,
  daySupportHours,
  dayCareHours,
  dayTotalHours,
  nightSupportHours,
  nightCareHours,
  nightTotalHours,
  supportHours,
  careHoursTotal,
  totalHours,
];

// Cost of the hours.
export const supportCostWeek = calcRow("supportCostWeek", "Housing support cost", fx`${supportHours}*${supportRate}`, {
  unit: "£ a week",
  format: FMT.money,
  note: "hours × hourly cost",
});
export const careCostWeek = calcRow("careCostWeek", "Care cost", fx`${careHoursTotal}*${careRate}`, {
  unit: "£ a week",
  format: FMT.money,
  note: "hours × hourly cost",
});
export const costWeek = calcRow("costWeek", "Care and support cost", fx`${supportCostWeek}+${careCostWeek}`, {
  unit: "£ a week",
  format: FMT.money,
});
export const supportCostYear = calcRow("supportCostYear", "Housing support cost", fx`${supportCostWeek}*${W}`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "a week × 52",
});
export const careCostYear = calcRow("careCostYear", "Care cost", fx`${careCostWeek}*${W}`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "a week × 52",
});
export const costYear = calcRow("costYear", "Care and support cost", fx`${supportCostYear}+${careCostYear}`, {
  unit: "£ a year",
  format: FMT.money0,
  total: true,
});

// Staff on-costs (a year).
export const manager = calcRow("manager", "Scheme manager", fx`${managerSalary}`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "salary (Inputs)",
});
export const payBase = calcRow("payBase", "Pay: care and support cost + scheme manager", fx`${costYear}+${manager}`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "what National Insurance and cover are charged on",
});
export const nationalInsurance = calcRow("ni", "Employer's National Insurance", fx`${niRate}*${payBase}`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "rate × pay",
});
export const cover = calcRow("cover", "Cover for leave and sickness", fx`${coverRate}*${payBase}`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "rate × pay",
});
export const superannuation = calcRow(
  "superannuation",
  "Superannuation (employer's pension)",
  fx`${superannuationRate}*(${payBase}+${cover})`,
  {
    unit: "£ a year",
    format: FMT.money0,
    note: "rate × (pay + cover)",
  },
);
export const trainingCost = calcRow("trainingCost", "Training", fx`${training}`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "an amount (Inputs)",
});
export const flatStaffCost = calcRow(
  "flatStaffCost",
  "Staff cost, published model's method",
  fx`${manager}+${costYear}+${nationalInsurance}+${cover}+${superannuation}+${trainingCost}`,
  { unit: "£ a year", format: FMT.money0, note: "manager + care and support + National Insurance + cover + superannuation + training" },
);

/** The cost of the hours, as careCost (revenueRun.ts) reads it. */
export const COST_OUT: readonly Row[] = [supportCostWeek, careCostWeek, costWeek, supportCostYear, careCostYear, costYear];
/** The staff cost by the published model's method, as staffCosts (revenueRun.ts) reads it. */
export const STAFF_OUT: readonly Row[] = [costYear, payBase, nationalInsurance, cover, superannuation, flatStaffCost];
