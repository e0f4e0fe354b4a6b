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
import * as Programs from "./programs.generated";

type ByBase<T> = Readonly<Record<string, T>>;

export const { tenantsPerBand, careHours, careCost, staffCosts, unitCostPerHour, costPerPerson } = revenueFunctions({
  tenants: Programs.tenantsPerBand,
  hours: Programs.careHours,
  cost: Programs.careCost,
  staff: Programs.staffCosts,
  unit: Programs.unitCost,
  person: Programs.costPerPerson,
});
/** One program for any number of lines: it loops over the ranges it is given. */
export const tenantBudget = tenantBudgetOver(() => Programs.tenantBudget);
export const capitalRevenue = capitalRevenueOver(Programs.capitalRevenue);
export const minimumBlockHours = minimumBlockOver(Programs.minimumBlock);
export const phasedHours = phasedHoursOver(Programs.phasing);
export const coreAndAddOnHours = coreAndAddOnOver(Programs.coreAndAddOn);
/** One program for every way of funding housing support: the way is its last given cell. */
export const councilNetCost = councilNetCostOver((funding) => (given) => Programs.netCost([...given, [funding]]));
export const { breakEvenPrice, breakEvenHours, breakEvenHighShare } = breakEvenOver(Programs.breakEven);

/** The rule and default of the input a "How much care?" argument stands for, by the row's id. */
export const INPUT_RULES = Programs.inputRules as ByBase<{ rule: ParamRule; value: number }>;

const base = (id: string) => findPriceBase(Programs.priceBases, id);

export const nationalLivingWage = (id: string): number => livingWageOf(base(id));

export const costLines = costLinesOver({
  base,
  lines: (id: string, pay: PayInputs) => ({
    run: Programs.costLines[`${id}|${pay.nightCover}`],
    enter: (Programs.costLinesEntered as ByBase<readonly string[]>)[id],
  }),
  payRules: Programs.payRules as readonly ParamRule[],
  toEnter: (id) => (Programs.costLinesToEnter as ByBase<readonly { key: string; what: string }[]>)[id],
  statutoryIds: Programs.priceBases.filter((b) => b.statutory).map((b) => b.id),
  givenPay: Programs.costLinesPay,
});

export const careChargeWeekly = careChargeOver({
  base,
  figures: Programs.tenantTable.figures,
  open: (id) => (Programs.tenantTable.open as ByBase<readonly boolean[]>)[id],
  published: (id, key) => (Programs.tenantTable.published as ByBase<Readonly<Record<string, number>>>)[id][key],
  run: (id) => Programs.careCharge[id],
});
