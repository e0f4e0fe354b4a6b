/**
 * The scheme's cost (JIT, Extra Care Housing, 2009: the ECH revenue cost model, and its pay at a
 * current price base) as one calculation graph: the published model's rows, the current base's
 * build-up, and the totals that take the staff cost from the one the price base chooses. The model
 * functions evaluate these rows; the Inputs and Staffing sheets print them as formulas.
 */
import { calcRow, FMT, fx } from "../calc";
import { WEEKS_PER_YEAR } from "./defaults";
import { CURRENT } from "./priceRows";
import { atCurrentBase, overheadRate, paidHours, staffCostNow, surplusRate } from "./currentBase";
import { flatStaffCost, tenants, totalHours } from "./publishedModel";

export * from "./publishedModel";
export * from "./currentBase";

const W = WEEKS_PER_YEAR;

export const totalStaffCost = calcRow("totalStaffCost", "Total staff cost", fx`IF(${CURRENT},${staffCostNow},${flatStaffCost})`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "published model: manager + care and support + on-costs; current price base: pay + National Insurance + pension",
  name: "ECH_TotalStaffCost",
  total: true,
});
export const overheads = calcRow("overheads", "Provider overheads", fx`IF(${CURRENT},${overheadRate}*${totalStaffCost},0)`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "rate × staff cost (none in the published model)",
});
export const surplus = calcRow("surplus", "Provider surplus", fx`IF(${CURRENT},${surplusRate}*(${totalStaffCost}+${overheads}),0)`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "rate × (staff cost + overheads) (none in the published model)",
});
export const totalCost = calcRow("totalCost", "Total cost", fx`${totalStaffCost}+${overheads}+${surplus}`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "staff cost + overheads + surplus",
  name: "ECH_TotalCost",
  total: true,
});
export const costPerPersonWeek = calcRow("costPerPersonWeek", "Average cost per tenant", fx`${totalCost}/${tenants}/${W}`, {
  unit: "£ a week",
  format: FMT.money,
  note: "total ÷ tenants ÷ 52 (tenants, not the rounded-up band count)",
  name: "ECH_CostPerPersonWeek",
});
export const costPerPersonYear = calcRow("costPerPersonYear", "Average cost per tenant", fx`${totalCost}/${tenants}`, {
  unit: "£ a year",
  format: FMT.money0,
  note: "total ÷ tenants",
  name: "ECH_CostPerPersonYear",
});
export const unitCost = calcRow("unitCost", "Total unit cost per hour", fx`${totalCost}/(${totalHours}*${W})`, {
  unit: "£ an hour",
  format: FMT.money,
  note: "total ÷ (care and support hours a week × 52)",
  name: "ECH_UnitCostPerHour",
  total: true,
});
export const unitCostPaid = atCurrentBase("unitCostPaid", "Unit cost per paid hour", fx`${totalCost}/(${paidHours}*${W})`, {
  unit: "£ an hour",
  format: FMT.money,
  note: "total ÷ (paid hours a week × 52)",
  name: "ECH_UnitCostPerPaidHour",
});
