/**
 * The model's functions over the programs written out as code (programs.generated.ts): the same
 * checks and results as the model's, without the rows, the parser or the labels in the bundle.
 */
import type { ParamRule } from "../calc/expr";
import { breakEvenOver } from "../decisions/breakEvenRun";
import { careChargeOver } from "../model/careChargeRun";
import { councilNetCostOver } from "../model/contributionsRun";
import { costLinesOver } from "../model/costLinesRun";
import { coreAndAddOnOver, minimumBlockOver, phasedHoursOver } from "../model/howMuchCareRun";
import { findPriceBase, livingWageOf } from "../model/priceBaseLookup";
import { capitalRevenueOver, revenueFunctions, tenantBudgetOver } from "../model/revenueRun";
import type { PayInputs } from "../model/types";
import * as P from "./programs.generated";

type ByBase<T> = Readonly<Record<string, T>>;

export const { tenantsPerBand, careHours, careCost, staffCosts, unitCostPerHour, costPerPerson } = revenueFunctions({
  tenants: P.tenantsPerBand,
  hours: P.careHours,
  cost: P.careCost,
  staff: P.staffCosts,
  unit: P.unitCost,
  person: P.costPerPerson,
});
/** One program for any number of lines: it loops over the ranges it is given. */
export const tenantBudget = tenantBudgetOver(() => P.tenantBudget);
export const capitalRevenue = capitalRevenueOver(P.capitalRevenue);
export const minimumBlockHours = minimumBlockOver(P.minimumBlock);
export const phasedHours = phasedHoursOver(P.phasing);
export const coreAndAddOnHours = coreAndAddOnOver(P.coreAndAddOn);
/** One program for every way of funding housing support: the way is its last given cell. */
export const councilNetCost = councilNetCostOver((funding) => (given) => P.netCost([...given, [funding]]));
export const { breakEvenPrice, breakEvenHours, breakEvenHighShare } = breakEvenOver(P.breakEven);

/** The rule and default of the input a "How much care?" argument stands for, by the row's id. */
export const INPUT_RULES = P.inputRules as ByBase<{ rule: ParamRule; value: number }>;

const base = (id: string) => findPriceBase(P.priceBases, id);

export const nationalLivingWage = (id: string): number => livingWageOf(base(id));

export const costLines = costLinesOver({
  base,
  lines: (id: string, pay: PayInputs) => ({
    run: P.costLines[`${id}|${pay.nightCover}`],
    enter: (P.costLinesEntered as ByBase<readonly string[]>)[id],
  }),
  payRules: P.payRules as readonly ParamRule[],
  toEnter: (id) => (P.costLinesToEnter as ByBase<readonly { key: string; what: string }[]>)[id],
  statutoryIds: P.priceBases.filter((b) => b.statutory).map((b) => b.id),
  givenPay: P.costLinesPay,
});

export const careChargeWeekly = careChargeOver({
  base,
  figures: P.tenantTable.figures,
  open: (id) => (P.tenantTable.open as ByBase<readonly boolean[]>)[id],
  published: (id, key) => (P.tenantTable.published as ByBase<Readonly<Record<string, number>>>)[id][key],
  run: (id) => P.careCharge[id],
});
