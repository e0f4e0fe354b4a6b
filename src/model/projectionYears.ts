/**
 * The contract's years, whichever option is chosen: the projection's inputs (contract length,
 * uplifts, discount rate, occupancy while the scheme fills up, empty units' rent and service charge,
 * the council's budget) and the rows every option shares (uplift and discount factors, voids, hours
 * needed by year). projection.ts builds the chosen option's cost over them.
 *
 * Contract years are the ten cells of ten-cell rows (years beyond the contract are 0); the first
 * year's months are the twelve cells of twelve-cell rows.
 */
import { cellAt, blankOr, calcRow, constRow, fx, inputRow, range, valuesOf, type Row, type Value } from "../calc";
import { EXAMPLE_FIGURE, OWN_FIGURE, monthLabels } from "./sources";
import { BUDGET_ROWS } from "./budget";
import { MONTHS_PER_YEAR, WEEKS_PER_YEAR } from "./defaults";
import { InputError } from "./errors";
import { checkParam } from "./options";
import { PRICE_BASES, type Figure, type Source } from "./priceBase";
import * as Scheme from "./scheme";
import { CURRENT } from "./priceRows";

export const PROJECTION_YEARS = 10;
export const FILL_UP_MONTHS = 12;
export const DEFAULT_CONTRACT_YEARS = 5;

/** The Green Book rate as the price base table records it (the latest year that has one), with its source. */
function greenBook(): Figure {
  for (const p of [...PRICE_BASES].reverse()) {
    if (p.method === "statutory" && p.rules.discountRate) return p.rules.discountRate;
  }
  throw new Error("No price base records the Green Book discount rate");
}
export const DISCOUNT_RATE_FIGURE: Figure = greenBook();
export const DEFAULT_DISCOUNT_RATE = DISCOUNT_RATE_FIGURE.value;

/** A rise in the National Living Wage from one price base to the next, where the table knows both. */
export interface LivingWageRise {
  from: string;
  to: string;
  fromRate: number;
  toRate: number;
  /** toRate ÷ fromRate − 1: the pay uplift it implies for staff paid at the wage. */
  rise: number;
  source: Source;
}

export function livingWageRises(): LivingWageRise[] {
  const out: LivingWageRise[] = [];
  const statutory = PRICE_BASES.filter((p) => p.method === "statutory");
  for (let i = 1; i < statutory.length; i++) {
    const [a, b] = [statutory[i - 1], statutory[i]];
    if (a.method !== "statutory" || b.method !== "statutory") continue;
    const [x, y] = [a.rules.nationalLivingWage, b.rules.nationalLivingWage];
    if (x && y) out.push({ from: a.id, to: b.id, fromRate: x.value, toRate: y.value, rise: y.value / x.value - 1, source: y.source });
  }
  return out;
}

export interface ProjectionParams {
  /** Whole years, 1 to 10. */
  contractYears: number;
  /** Share a year, applied from the second contract year. */
  payUplift: number;
  nonPayUplift: number;
  discountRate: number;
  /** Share of units let in each of the first 12 months. */
  occupancy: readonly number[];
  /** £ a week for an empty unit; null: the Tenant budget sheet's rent (service charge). */
  voidRent: number | null;
  voidServiceCharge: number | null;
  /** £ a year; null: the council's cost a year on the option's sheet. */
  budget: number | null;
}

export const DEFAULT_PROJECTION: ProjectionParams = {
  contractYears: DEFAULT_CONTRACT_YEARS,
  payUplift: 0,
  nonPayUplift: 0,
  discountRate: DEFAULT_DISCOUNT_RATE,
  occupancy: Array<number>(FILL_UP_MONTHS).fill(1),
  voidRent: null,
  voidServiceCharge: null,
  budget: null,
};

const FMT = {
  money: "£#,##0.00;-£#,##0.00",
  money0: "£#,##0;-£#,##0",
  percent: "0%",
  percent1: "0.0%",
  factor: "0.0000",
  hours: "#,##0.0",
  count: "0",
} as const;
export { FMT as PROJECTION_FORMATS };

const d = DEFAULT_PROJECTION;

// ---- Inputs (pink cells on the Projection sheet) --------------------------------------------------

export const contractYears = inputRow("contractYears", "Contract length", d.contractYears, {
  key: "projection.contractYears",
  source: EXAMPLE_FIGURE,
  unit: "years",
  format: FMT.count,
  rule: { kind: "whole", min: 1, max: PROJECTION_YEARS },
  name: "ECH_ContractYears",
  prompt: "Years the contract runs, 1 to 10. The brief expects up to 3 years with annual review, and longer for integrated schemes.",
});
export const payUplift = inputRow("payUplift", "Pay uplift a year", d.payUplift, {
  key: "projection.payUplift",
  source: EXAMPLE_FIGURE,
  unit: "% a year",
  format: FMT.percent1,
  rule: { kind: "share" },
  name: "ECH_PayUplift",
  prompt: "Rise in pay each year, applied from the second contract year (0% keeps today's prices).",
});
export const nonPayUplift = inputRow("nonPayUplift", "Non-pay uplift a year", d.nonPayUplift, {
  key: "projection.nonPayUplift",
  source: EXAMPLE_FIGURE,
  unit: "% a year",
  format: FMT.percent1,
  rule: { kind: "share" },
  name: "ECH_NonPayUplift",
  prompt: "Rise in non-pay costs (training) each year, applied from the second contract year (0% keeps today's prices).",
});
export const discountRate = inputRow("discountRate", "Discount rate", d.discountRate, {
  key: "projection.discountRate",
  source: DISCOUNT_RATE_FIGURE.source,
  unit: "% a year",
  format: FMT.percent1,
  rule: { kind: "share" },
  name: "ECH_DiscountRate",
  prompt: "Rate for the present value: HM Treasury's Green Book social time preference rate is 3.5% a year (real) for the first 30 years.",
});
export const occupancy = inputRow("occupancy", "Units let", [...d.occupancy], {
  key: "projection.occupancy",
  source: EXAMPLE_FIGURE,
  cellLabels: monthLabels(FILL_UP_MONTHS),
  size: FILL_UP_MONTHS,
  unit: "% of units",
  format: FMT.percent,
  rule: { kind: "share" },
  name: "ECH_FillUpOccupancy",
  prompt: "Share of the units let in this month of the first year (100%: full from opening, as the published model assumes).",
});
export const voidRent = inputRow("voidRent", "Rent of an empty unit", d.voidRent, {
  key: "projection.voidRent",
  source: OWN_FIGURE,
  unit: "£ a week",
  format: FMT.money,
  rule: { kind: "number", min: 0, blank: true },
  blankMeans: "the rent on the Tenant budget sheet",
  prompt:
    "Rent the council pays the landlord for each empty unit under a voids indemnity; enter 0 if the council does not indemnify voids.",
});
export const voidServiceCharge = inputRow("voidServiceCharge", "Service charge of an empty unit", d.voidServiceCharge, {
  key: "projection.voidServiceCharge",
  source: OWN_FIGURE,
  unit: "£ a week",
  format: FMT.money,
  rule: { kind: "number", min: 0, blank: true },
  blankMeans: "the service charge on the Tenant budget sheet",
  prompt: "Service charge the council pays for each empty unit under a voids indemnity; enter 0 if the council does not indemnify voids.",
});
export const budget = inputRow("councilBudget", "Council's budget a year", d.budget, {
  key: "projection.budget",
  source: OWN_FIGURE,
  unit: "£ a year",
  format: FMT.money0,
  rule: { kind: "number", min: 0, blank: true },
  name: "ECH_CouncilBudget",
  blankMeans: "the council's cost a year on the option's sheet",
  prompt: "What the council can spend a year on the option's care and support hours.",
});

export const PROJECTION_INPUTS = [
  contractYears,
  payUplift,
  nonPayUplift,
  discountRate,
  occupancy,
  voidRent,
  voidServiceCharge,
  budget,
] as const;

/** The pink cells' values of these parameters (each row's key is "projection." and the parameter). */
export function projectionValues(p: ProjectionParams): Map<Row, readonly Value[]> {
  return valuesOf({ projection: p }, {}, PROJECTION_INPUTS);
}

/** Throws InputError naming the key (e.g. "occupancy") unless every value keeps its pink cell's rule. */
export function checkProjectionParams(p: ProjectionParams): ProjectionParams {
  for (const [row, values] of projectionValues(p)) {
    const key = row.input!.key!.replace(/^projection\./, "");
    if (values.length !== row.size) throw new InputError(key, `must have ${row.size} values.`, "type");
    for (const v of values) checkParam(key, v as number | null, row.input!.rule);
  }
  return p;
}

// ---- Rows that do not depend on the option -----------------------------------------------------

/** A row of one cell a contract year. */
export const BY_YEAR = { size: PROJECTION_YEARS } as const;
const M = { size: FILL_UP_MONTHS } as const;
export const year = constRow(
  "projection.year",
  "Contract year",
  Array.from({ length: PROJECTION_YEARS }, (_, t) => t + 1),
  { format: FMT.count },
);
export const month = constRow(
  "projection.month",
  "Month",
  Array.from({ length: FILL_UP_MONTHS }, (_, m) => m + 1),
  { format: FMT.count },
);
export const inContract = calcRow("projection.inContract", "In the contract", fx`IF(${year}<=${contractYears},"Yes","No")`, BY_YEAR);

/**
 * The share of the cost that rises with pay. At a current price base the pay lines are the staff
 * cost (pay, training hours included, employer National Insurance and pension) and the non-pay line
 * is the provider's overheads; the surplus, a share of both, splits as they do. Under the published
 * model every line is pay-related but training, its one non-pay amount (no overheads or surplus).
 */
export const payShare = calcRow(
  "projection.payShare",
  "Pay share of the cost",
  fx`IF(${CURRENT},IF(${Scheme.totalStaffCost}+${Scheme.overheads}>0,${Scheme.totalStaffCost}/(${Scheme.totalStaffCost}+${Scheme.overheads}),1),IF(${Scheme.totalStaffCost}>0,(${Scheme.totalStaffCost}-${Scheme.trainingCost})/${Scheme.totalStaffCost},1))`,
  {
    unit: "% of cost",
    format: FMT.percent1,
    note: "current price base: staff cost ÷ (staff cost + overheads), the surplus splitting as they do; published model: (staff cost − training) ÷ staff cost",
  },
);
export const nonPayShare = calcRow("projection.nonPayShare", "Non-pay share of the cost", fx`1-${payShare}`, {
  unit: "% of cost",
  format: FMT.percent1,
  note: "current price base: the provider's overheads; published model: training",
});
export const payFactor = calcRow("projection.payFactor", "Pay uplift factor", fx`(1+${payUplift})^(${year}-1)`, {
  ...BY_YEAR,
  format: FMT.factor,
  note: "(1 + pay uplift) ^ (year − 1)",
});
export const nonPayFactor = calcRow("projection.nonPayFactor", "Non-pay uplift factor", fx`(1+${nonPayUplift})^(${year}-1)`, {
  ...BY_YEAR,
  format: FMT.factor,
  note: "(1 + non-pay uplift) ^ (year − 1)",
});
export const upliftFactor = calcRow(
  "projection.upliftFactor",
  "Uplift factor",
  fx`${payShare}*${payFactor}+${nonPayShare}*${nonPayFactor}`,
  {
    ...BY_YEAR,
    format: FMT.factor,
    note: "pay share × pay factor + non-pay share × non-pay factor",
  },
);

export const averageOccupancy = calcRow(
  "projection.averageOccupancy",
  "Units let in the first year, on average",
  fx`SUM(${range(occupancy)})/${FILL_UP_MONTHS}`,
  {
    unit: "% of units",
    format: FMT.percent1,
    note: "the twelve months ÷ 12",
  },
);
export const occupancyByYear = calcRow(
  "projection.occupancyByYear",
  "Units let, on average",
  fx`IF(${year}>${contractYears},0,IF(${year}=1,${averageOccupancy},1))`,
  {
    ...BY_YEAR,
    format: FMT.percent,
    note: "the first year's months; full from the second year",
  },
);
export const voidRentUsed = calcRow(
  "projection.voidRentUsed",
  "Rent of an empty unit used",
  blankOr(voidRent, cellAt(BUDGET_ROWS.expenditure, 0)),
  {
    unit: "£ a week",
    format: FMT.money,
    note: "pink cell, or the Tenant budget sheet's rent",
  },
);
export const voidServiceUsed = calcRow(
  "projection.voidServiceUsed",
  "Service charge of an empty unit used",
  blankOr(voidServiceCharge, cellAt(BUDGET_ROWS.expenditure, 5)),
  {
    unit: "£ a week",
    format: FMT.money,
    note: "pink cell, or the Tenant budget sheet's service charge",
  },
);
export const emptyUnits = calcRow("projection.emptyUnits", "Empty units", fx`(1-${occupancy})*${Scheme.tenants}`, {
  ...M,
  format: FMT.hours,
});
export const voidsByMonth = calcRow(
  "projection.voidsByMonth",
  "Voids indemnity in the month",
  fx`${emptyUnits}*(${voidRentUsed}+${voidServiceUsed})*${WEEKS_PER_YEAR}/${MONTHS_PER_YEAR}`,
  { ...M, format: FMT.money, name: "ECH_VoidsByMonth" },
);
/** A cell of its own, so that a year's formula reads one cell rather than the twelve months. */
export const voidsFirstYear = calcRow("projection.voidsFirstYear", "Voids indemnity in the first year", fx`SUM(${range(voidsByMonth)})`, {
  unit: "£",
  format: FMT.money0,
  note: "the twelve months",
});
export const voidsByYear = calcRow(
  "projection.voidsByYear",
  "Voids indemnity (empty units' rent and service charge)",
  fx`IF(${year}=1,${voidsFirstYear},0)`,
  {
    ...BY_YEAR,
    format: FMT.money0,
    note: "the first year's months; none once the scheme is full",
  },
);
export const hoursNeededByYear = calcRow(
  "projection.hoursNeeded",
  "Hours tenants need",
  fx`IF(${year}>${contractYears},0,IF(${year}=1,${Scheme.dayTotalHours}*${averageOccupancy}+${Scheme.nightTotalHours},${Scheme.totalHours}))`,
  { ...BY_YEAR, format: FMT.hours, note: "hours a week (Staffing sheet); in the first year daytime hours × units let + night hours" },
);
export const discountFactor = calcRow("projection.discountFactor", "Discount factor", fx`1/(1+${discountRate})^(${year}-1)`, {
  ...BY_YEAR,
  format: FMT.factor,
  note: "1 ÷ (1 + rate) ^ (year − 1): year 1 is not discounted",
});
