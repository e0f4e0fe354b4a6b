/**
 * Extra care against a care home: the cost of care and support per tenant a week by needs band,
 * beside a care home's weekly fee (Technical Brief, How much care? 1.4.4–1.4.5: above some level of
 * need, hourly-priced care in extra care costs more than a fixed care home fee).
 */
import { calcRow, fx, inputRow } from "../calc";
import { OWN_FIGURE } from "./sources";
import * as Scheme from "./scheme";

const money = "£#,##0.00;-£#,##0.00";

export const careHomeFee = inputRow("careHomeFee", "Care home weekly fee", null, {
  source: OWN_FIGURE,
  unit: "£ a week",
  format: money,
  rule: { kind: "number", min: 0, blank: true },
  prompt: "The weekly fee your council pays a care home for a resident (enter it: no default is given).",
  blankMeans: "nothing (no comparison)",
});
export const nightPerTenant = calcRow("nightPerTenant", "Night hours shared by each tenant", fx`${Scheme.nightHours}/${Scheme.tenants}`, {
  unit: "hours a week",
  format: "#,##0.0",
  note: "night hours ÷ tenants",
});
export const costPerResident = calcRow(
  "costPerResident",
  "Extra care: care and support for a tenant",
  fx`(${Scheme.bandHours}+${nightPerTenant})*${Scheme.unitCost}`,
  {
    size: 3,
    unit: "£ a week",
    format: money,
    note: "(daytime hours + shared night hours) × unit cost per hour",
  },
);
export const feeGap = calcRow(
  "feeGap",
  "Care home fee − extra care cost",
  fx`IF(ISBLANK(${careHomeFee}),"",${careHomeFee}-${costPerResident})`,
  {
    size: 3,
    unit: "£ a week",
    format: money,
    note: "negative: extra care costs more",
  },
);
export const breakEvenCareHours = calcRow(
  "breakEvenCareHours",
  "Daytime hours of care above which extra care costs more than the fee",
  fx`IF(ISBLANK(${careHomeFee}),"",MAX(0,${careHomeFee}/${Scheme.unitCost}-${nightPerTenant}))`,
  {
    unit: "hours a week",
    format: "#,##0.0",
    note: "fee ÷ unit cost per hour − shared night hours",
    total: true,
    name: "ECH_CareHomeBreakEvenHours",
  },
);
export const residentialStatus = calcRow(
  "residentialStatus",
  "Comparison",
  fx`IF(ISBLANK(${careHomeFee}),"Enter a care home weekly fee to compare.","Compared with the fee entered.")`,
);
