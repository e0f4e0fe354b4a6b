/* The published 2009 revenue cost model as functions: hours, their cost with on-costs, the unit
   cost, the cost per person, a tenant's budget, and the capital and revenue comparison. */
import { DEFAULT_NIGHT_SUPPORT_SHARE } from "../model/defaults";
import { capitalRevenue, careCost, careHours, costPerPerson, staffCosts, tenantBudget, tenantsPerBand, unitCostPerHour } from "./compiled";
import { type Filled, type Range, bands, choice, num, vector } from "./args";
import { hoursRow, onCosts as onCostsArg, rates, row, splitRow } from "./adapters";
import { excel } from "./excelError";

/**
 * Care and support hours per week for a scheme: housing support, care and total (spills 1×3).
 * Tenants per band are rounded up, as in the published model.
 * @customfunction CAREHOURS
 * @param tenants Number of tenants in the scheme (a whole number, e.g. 35).
 * @param bandShares Share of tenants in the Low, Medium and High needs bands: 3 cells adding up to 100%.
 * @param bandHours Daytime care and support hours per week per tenant in each band: 3 cells (e.g. 7, 18, 28).
 * @param supportShares Share of each band's hours that is housing support, the rest being care: 3 cells (e.g. 80%, 60%, 40%).
 * @param [nightHours] Night hours per week (e.g. 126); 0 if omitted.
 * @param [nightSupportShare] Share of night hours that is housing support; 50% if omitted.
 * @returns {number[][]} Housing-support hours, care hours and total hours per week.
 */
export function carehours(
  tenants: Filled | Range | null,
  bandShares: Array<Array<Filled | null>>,
  bandHours: Array<Array<Filled | null>>,
  supportShares: Array<Array<Filled | null>>,
  nightHours?: Filled | Range | null,
  nightSupportShare?: Filled | Range | null,
) {
  return excel(() =>
    splitRow(
      careHours({
        tenants: num("tenants", tenants),
        bandShares: bands("bandShares", bandShares),
        bandHours: bands("bandHours", bandHours),
        supportShares: bands("supportShares", supportShares),
        nightHours: num("nightHours", nightHours, 0),
        nightSupportShare: num("nightSupportShare", nightSupportShare, DEFAULT_NIGHT_SUPPORT_SHARE),
      }),
    ),
  );
}

/**
 * Tenants in the Low, Medium and High needs bands, each rounded up (spills 1×3; may add up to more than the tenants).
 * @customfunction TENANTSPERBAND
 * @param tenants Number of tenants in the scheme (a whole number).
 * @param bandShares Share of tenants in the Low, Medium and High needs bands: 3 cells adding up to 100%.
 * @returns {number[][]} Tenants in the Low, Medium and High bands.
 */
export function tenantsperband(tenants: Filled | Range | null, bandShares: Array<Array<Filled | null>>) {
  return excel(() => [tenantsPerBand(num("tenants", tenants), bands("bandShares", bandShares)).slice()]);
}

/**
 * Daytime hours per week for each needs band (spills 3×3: a row per band, columns housing support, care, total).
 * @customfunction BANDHOURS
 * @param tenants Number of tenants in the scheme (a whole number).
 * @param bandShares Share of tenants in the Low, Medium and High needs bands: 3 cells adding up to 100%.
 * @param bandHours Daytime care and support hours per week per tenant in each band: 3 cells.
 * @param supportShares Share of each band's hours that is housing support: 3 cells.
 * @returns {number[][]} For Low, Medium, High: housing-support, care and total hours per week.
 */
export function bandhours(
  tenants: Filled | Range | null,
  bandShares: Array<Array<Filled | null>>,
  bandHours: Array<Array<Filled | null>>,
  supportShares: Array<Array<Filled | null>>,
) {
  return excel(() =>
    careHours({
      tenants: num("tenants", tenants),
      bandShares: bands("bandShares", bandShares),
      bandHours: bands("bandHours", bandHours),
      supportShares: bands("supportShares", supportShares),
    }).bands.map((b) => [b.support, b.care, b.total]),
  );
}

/**
 * Care cost of the hours: housing support, care and total, per week or per year (spills 1×3).
 * @customfunction CARECOST
 * @param careHours The 1×3 row that ECH.CAREHOURS returns: support, care and total hours per week.
 * @param hourlyRates Hourly cost in £: one cell for both, or two cells (housing support, care).
 * @param [period] "week" (the default) or "year" (52 weeks).
 * @returns {number[][]} Cost of housing support, of care, and in total, in £.
 */
export function carecost(careHours: Array<Array<Filled | null>>, hourlyRates: Array<Array<Filled | null>>, period?: Filled | Range | null) {
  return excel(() => {
    const cost = careCost(hoursRow("careHours", careHours), rates(hourlyRates));
    return splitRow(choice("period", period, ["week", "year"] as const, "week") === "year" ? cost.year : cost.week);
  });
}

/**
 * Staff costs a year with on-costs (spills 1×7): care cost, scheme manager, NI, cover, superannuation, training, total staff cost.
 * @customfunction STAFFCOSTS
 * @param careHours The 1×3 row that ECH.CAREHOURS returns: support, care and total hours per week.
 * @param hourlyRates Hourly cost in £: one cell for both, or two cells (housing support, care).
 * @param managerSalary Scheme manager's salary in £ a year (e.g. 26000).
 * @param [onCosts] 4 cells: NI rate, cover rate, superannuation rate, training amount in £ (default 10%, 4%, 6%, 35209.46).
 * @returns {number[][]} Care cost pa, manager, NI, cover, superannuation, training and total staff cost, in £ a year.
 */
export function staffcosts(
  careHours: Array<Array<Filled | null>>,
  hourlyRates: Array<Array<Filled | null>>,
  managerSalary: Filled | Range | null,
  onCosts?: Array<Array<Filled | null>>,
) {
  return excel(() => {
    const s = staffCosts(hoursRow("careHours", careHours), rates(hourlyRates), num("managerSalary", managerSalary), onCostsArg(onCosts));
    return row(s.careCostYear, s.manager, s.ni, s.cover, s.superannuation, s.training, s.total);
  });
}

/**
 * Total unit cost per hour: total staff cost with on-costs divided by the hours delivered in a year.
 * @customfunction UNITCOST
 * @param careHours The 1×3 row that ECH.CAREHOURS returns: support, care and total hours per week.
 * @param hourlyRates Hourly cost in £: one cell for both, or two cells (housing support, care).
 * @param managerSalary Scheme manager's salary in £ a year (e.g. 26000).
 * @param [onCosts] 4 cells: NI rate, cover rate, superannuation rate, training amount in £ (default 10%, 4%, 6%, 35209.46).
 * @returns {number} £ per hour.
 */
export function unitcost(
  careHours: Array<Array<Filled | null>>,
  hourlyRates: Array<Array<Filled | null>>,
  managerSalary: Filled | Range | null,
  onCosts?: Array<Array<Filled | null>>,
) {
  return excel(() => {
    const hours = hoursRow("careHours", careHours);
    const s = staffCosts(hours, rates(hourlyRates), num("managerSalary", managerSalary), onCostsArg(onCosts));
    return unitCostPerHour(s.total, hours.total);
  });
}

/**
 * Average staff cost per person, per week and per year (spills 1×2). Divides by the scheme's tenants.
 * @customfunction COSTPERPERSON
 * @param totalStaffCost Total staff cost in £ a year (the last cell of ECH.STAFFCOSTS).
 * @param tenants Number of tenants in the scheme (a whole number, 1 or more).
 * @returns {number[][]} £ per person per week, £ per person per year.
 */
export function costperperson(totalStaffCost: Filled | Range | null, tenants: Filled | Range | null) {
  return excel(() => {
    const c = costPerPerson(num("totalStaffCost", totalStaffCost), num("tenants", tenants));
    return row(c.week, c.year);
  });
}

/**
 * A tenant's weekly budget (spills 1×4): weekly expenditure, weekly income, weekly surplus (income − expenditure), monthly expenditure (× 52 / 12).
 * @customfunction TENANTBUDGET
 * @param expenditure Weekly amounts the tenant spends, in £: cells in one row or column.
 * @param income Weekly amounts of income by source, in £: cells in one row or column.
 * @returns {number[][]} Weekly expenditure, weekly income, weekly surplus, monthly expenditure.
 */
export function tenantbudget(expenditure: Array<Array<Filled | null>>, income: Array<Array<Filled | null>>) {
  return excel(() => {
    const b = tenantBudget(vector("expenditure", expenditure), vector("income", income));
    return row(b.weeklyExpenditure, b.weeklyIncome, b.weeklySurplus, b.monthlyExpenditure);
  });
}

/**
 * Capital and revenue comparison for one setting (spills 1×3): gross build cost, gross running costs a year, running cost per place a year.
 * @customfunction CAPITALREVENUE
 * @param places Number of places or units (a whole number, 1 or more).
 * @param unitBuildCost Build cost per unit in £.
 * @param staffCosts Staff costs in £ a year.
 * @param operatingCosts Operating costs in £ a year.
 * @returns {number[][]} Gross build cost, gross running costs pa, running cost per place pa, in £.
 */
export function capitalrevenue(
  places: Filled | Range | null,
  unitBuildCost: Filled | Range | null,
  staffCosts: Filled | Range | null,
  operatingCosts: Filled | Range | null,
) {
  return excel(() => {
    const c = capitalRevenue(
      num("places", places),
      num("unitBuildCost", unitBuildCost),
      num("staffCosts", staffCosts),
      num("operatingCosts", operatingCosts),
    );
    return row(c.grossBuildCost, c.grossRunningCost, c.runningCostPerPlace);
  });
}
