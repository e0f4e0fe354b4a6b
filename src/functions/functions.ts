/* The ECH custom functions. custom-functions-metadata-plugin reads the JSDoc below to write
   functions.json and appends a CustomFunctions.associate call for each function at build time.
   Every argument is `unknown` (Excel's any-value parameter): a cell may hold anything, and
   src/functions/args.ts checks it before the model sees it. */
import {
  capitalRevenue,
  careCost,
  careHours,
  coreAndAddOn,
  costPerPerson,
  eligibilityBlock,
  minimumBlock,
  phasedBlock,
  scheduleOfCover,
  staffCosts,
  tenantBudget,
  tenantsPerBand,
  thirdsEstimate,
  unitCostPerHour,
  SEED_ELIGIBILITY_HOURS,
  SEED_MINIMUM_BLOCK,
  SEED_NIGHT_HOURS_PER_WEEK,
  SEED_HANDOVER_HOURS_PER_DAY,
  SEED_PHASE_STEP,
  DEFAULT_NIGHT_SUPPORT_SHARE,
  DEFAULT_PAY,
  EMPLOYMENT_ALLOWANCE,
  SUPPORT_FUNDING,
  DEFAULT_SUPPORT_FUNDING,
  costLines,
  nationalLivingWage,
  careChargeWeekly,
  councilNetCost,
} from "../model";
import { bands, choice, num, optionalNum, text, vector } from "./args";
import {
  assumptions as assumptionsArg,
  hoursRow,
  nightArg,
  onCosts as onCostsArg,
  payRates as payRatesArg,
  rates,
  row,
  sameLength,
  sleepIn as sleepInArg,
  splitRow,
} from "./adapters";
import { excel } from "./excelError";
import { breakEvenHighShare, breakEvenHours, breakEvenPrice } from "../decisions/breakEven";

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
  tenants: unknown,
  bandShares: unknown[][],
  bandHours: unknown[][],
  supportShares: unknown[][],
  nightHours?: unknown,
  nightSupportShare?: unknown,
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
export function tenantsperband(tenants: unknown, bandShares: unknown[][]) {
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
export function bandhours(tenants: unknown, bandShares: unknown[][], bandHours: unknown[][], supportShares: unknown[][]) {
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
export function carecost(careHours: unknown[][], hourlyRates: unknown[][], period?: unknown) {
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
export function staffcosts(careHours: unknown[][], hourlyRates: unknown[][], managerSalary: unknown, onCosts?: unknown[][]) {
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
export function unitcost(careHours: unknown[][], hourlyRates: unknown[][], managerSalary: unknown, onCosts?: unknown[][]) {
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
export function costperperson(totalStaffCost: unknown, tenants: unknown) {
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
export function tenantbudget(expenditure: unknown[][], income: unknown[][]) {
  return excel(() => {
    const b = tenantBudget(vector("expenditure", expenditure), vector("income", income));
    return row(b.weeklyExpenditure, b.weeklyIncome, b.weeklySurplus, b.monthlyExpenditure);
  });
}

/**
 * Minimum block contract hours per week (spills 1×6): day cover, night cover, handover, team leader, total, and the initial phase without the team leader.
 * @customfunction MINBLOCK
 * @param dayStaff Staff on site during the day (e.g. 2).
 * @param dayHours Hours of day cover each day (e.g. 14).
 * @param nightHours Hours of night cover each night (e.g. 10).
 * @param handoverHours Handover hours each day (e.g. 1).
 * @param teamLeaderHours Care team leader or floating hours per week (e.g. 37).
 * @param [daysPerWeek] Days of cover a week; 7 if omitted.
 * @returns {number[][]} Day, night, handover, team leader, total hours per week, and the initial phased total.
 */
export function minblock(
  dayStaff: unknown,
  dayHours: unknown,
  nightHours: unknown,
  handoverHours: unknown,
  teamLeaderHours: unknown,
  daysPerWeek?: unknown,
) {
  return excel(() => {
    const m = minimumBlock({
      dayStaff: num("dayStaff", dayStaff),
      dayHoursPerDay: num("dayHours", dayHours),
      nightHoursPerNight: num("nightHours", nightHours),
      handoverHoursPerDay: num("handoverHours", handoverHours),
      teamLeaderHours: num("teamLeaderHours", teamLeaderHours),
      daysPerWeek: num("daysPerWeek", daysPerWeek, SEED_MINIMUM_BLOCK.daysPerWeek),
    });
    return row(m.day, m.night, m.handover, m.teamLeader, m.total, m.initial);
  });
}

/**
 * Care hours needed estimated from occupants and their weekly care hours, the "thirds principle" (spills 1×3): day hours, with night cover, with team leader.
 * @customfunction THIRDSHOURS
 * @param occupants Number of occupants in each group: cells in one row or column (e.g. 13, 13, 7, 5, 2).
 * @param hoursEach Weekly care hours for each occupant of the group, same number of cells (e.g. 3, 7.5, 13, 15, 20).
 * @param [nightHours] Night hours per week to add; 70 if omitted.
 * @param [teamLeaderHours] Team leader hours per week to add; 37 if omitted.
 * @returns {number[][]} Day hours per week, plus night hours, plus team leader hours.
 */
export function thirdshours(occupants: unknown[][], hoursEach: unknown[][], nightHours?: unknown, teamLeaderHours?: unknown) {
  return excel(() => {
    const o = vector("occupants", occupants);
    const h = vector("hoursEach", hoursEach);
    sameLength("hoursEach", o, h);
    const e = thirdsEstimate(
      o,
      h,
      num("nightHours", nightHours, SEED_NIGHT_HOURS_PER_WEEK),
      num("teamLeaderHours", teamLeaderHours, SEED_MINIMUM_BLOCK.teamLeaderHours),
    );
    return row(e.day, e.withNight, e.withTeamLeader);
  });
}

/**
 * Care hours from a likely schedule of cover (spills 1×4): hours per day, per week, with night cover, with team leader.
 * @customfunction SCHEDULEHOURS
 * @param sessionHours Length of each session of the day in hours: cells in one row or column (e.g. 2.5, 2, 2, 4, 4).
 * @param staffOnDuty Staff on duty in each session, same number of cells (e.g. 5, 2, 4, 2, 4).
 * @param [handoverHours] Handover hours each day; 1 if omitted.
 * @param [nightHours] Night hours per week to add; 70 if omitted.
 * @param [teamLeaderHours] Team leader hours per week to add; 37 if omitted.
 * @param [daysPerWeek] Days a week; 7 if omitted.
 * @returns {number[][]} Staff hours per day, per week, plus night hours, plus team leader hours.
 */
export function schedulehours(
  sessionHours: unknown[][],
  staffOnDuty: unknown[][],
  handoverHours?: unknown,
  nightHours?: unknown,
  teamLeaderHours?: unknown,
  daysPerWeek?: unknown,
) {
  return excel(() => {
    const s = vector("sessionHours", sessionHours);
    const d = vector("staffOnDuty", staffOnDuty);
    sameLength("staffOnDuty", s, d);
    const r = scheduleOfCover(
      s,
      d,
      num("handoverHours", handoverHours, SEED_HANDOVER_HOURS_PER_DAY),
      num("nightHours", nightHours, SEED_NIGHT_HOURS_PER_WEEK),
      num("teamLeaderHours", teamLeaderHours, SEED_MINIMUM_BLOCK.teamLeaderHours),
      num("daysPerWeek", daysPerWeek, SEED_MINIMUM_BLOCK.daysPerWeek),
    );
    return row(r.perDay, r.day, r.withNight, r.withTeamLeader);
  });
}

/**
 * Core-and-add-on split, option B (spills 1×4): core block hours, floating hours, planned care hours in the core, add-on hours to spot-purchase.
 * @customfunction COREADDON
 * @param nightHours Night hours per week in the core (e.g. 56).
 * @param dayHours Day hours per week in the core (e.g. 112).
 * @param handoverHours Handover hours per week in the core (e.g. 7).
 * @param floatingHours Of the day hours, management and floating time for emergencies (e.g. 40).
 * @param [hoursNeeded] Total hours per week the scheme needs; the add-on is what the core does not cover. 0 if omitted.
 * @returns {number[][]} Core hours, floating hours, planned care hours, add-on hours per week.
 */
export function coreaddon(nightHours: unknown, dayHours: unknown, handoverHours: unknown, floatingHours: unknown, hoursNeeded?: unknown) {
  return excel(() => {
    const c = coreAndAddOn(
      num("nightHours", nightHours),
      num("dayHours", dayHours),
      num("handoverHours", handoverHours),
      num("floatingHours", floatingHours),
      num("hoursNeeded", hoursNeeded, 0),
    );
    return row(c.core, c.floating, c.plannedCare, c.addOn);
  });
}

/**
 * Phasing a block contract in (spills 1×3): first month at the minimum block, the next month a step more, then the target.
 * @customfunction PHASEDBLOCK
 * @param minimumBlock Minimum block hours per week (e.g. 310).
 * @param targetHours Full block hours per week (e.g. 400).
 * @param [step] Hours added in the second month; 50 if omitted.
 * @returns {number[][]} Block hours per week in month 1, month 2, and from month 3.
 */
export function phasedblock(minimumBlock: unknown, targetHours: unknown, step?: unknown) {
  return excel(() => [
    phasedBlock(num("minimumBlock", minimumBlock), num("targetHours", targetHours), num("step", step, SEED_PHASE_STEP)).slice(),
  ]);
}

/**
 * Block hours per week as minimum eligibility hours per resident, plus night cover, plus the care team leader.
 * @customfunction ELIGIBILITYBLOCK
 * @param residents Number of residents (a whole number).
 * @param [minimumHoursEach] Minimum care hours per resident per week; 4 if omitted.
 * @param [nightHours] Night hours per week; 70 if omitted.
 * @param [teamLeaderHours] Team leader hours per week; 37 if omitted.
 * @returns {number} Block hours per week.
 */
export function eligibilityblock(residents: unknown, minimumHoursEach?: unknown, nightHours?: unknown, teamLeaderHours?: unknown) {
  return excel(() =>
    eligibilityBlock(
      num("residents", residents),
      num("minimumHoursEach", minimumHoursEach, SEED_ELIGIBILITY_HOURS),
      num("nightHours", nightHours, SEED_NIGHT_HOURS_PER_WEEK),
      num("teamLeaderHours", teamLeaderHours, SEED_MINIMUM_BLOCK.teamLeaderHours),
    ),
  );
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
export function capitalrevenue(places: unknown, unitBuildCost: unknown, staffCosts: unknown, operatingCosts: unknown) {
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

/**
 * The National Living Wage for workers aged 21 and over at a price base, £ an hour (GOV.UK, National Minimum Wage and National Living Wage rates).
 * @customfunction NATIONALLIVINGWAGE
 * @param priceBase The financial year: "2024-25", "2025-26" or "2026-27" (the published 2009 model has none).
 * @returns {number} £ an hour.
 */
export function nationallivingwage(priceBase: unknown) {
  return excel(() => nationalLivingWage(text("priceBase", priceBase)));
}

/**
 * A person's assessed contribution to their care a week in England under the Care Act 2014 charging rules (spills 1×2): tariff income from capital, and the weekly charge. Above the upper capital limit the charge is the full cost of the care; otherwise income + tariff income (£1 a week for each £250 or part above the lower limit) − Minimum Income Guarantee − disability-related expenditure, never below 0 and never above the cost of the care.
 * @customfunction CARECHARGE
 * @param priceBase The financial year whose charging figures apply: "2024-25", "2025-26" or "2026-27".
 * @param weeklyIncome Income the council counts, £ a week: State Pension, Pension Credit, Attendance Allowance and other income; leave out Housing Benefit and Council Tax Reduction, which are disregarded.
 * @param capital The person's capital after the financial assessment's disregards, £.
 * @param careCostPerWeek The cost of the person's care, £ a week: the unit cost per hour × their hours a week.
 * @param [disabilityExpenditure] Disability-related expenditure the council allows, £ a week; 0 if omitted.
 * @param [minimumIncomeGuarantee] The Minimum Income Guarantee, £ a week, for a year whose figure has not been checked against a publication (every year so far).
 * @param [lowerCapitalLimit] The lower capital limit, £, for a year whose limit has not been checked against a publication (2025-26, 2026-27).
 * @param [upperCapitalLimit] The upper capital limit, £, for a year whose limit has not been checked against a publication (2025-26, 2026-27).
 * @param [tariffIncome] Tariff income, £ a week for each £250 of capital, for a year whose figure has not been checked against a publication (2025-26, 2026-27).
 * @returns {number[][]} Tariff income £ a week, the weekly charge £ a week.
 */
export function carecharge(
  priceBase: unknown,
  weeklyIncome: unknown,
  capital: unknown,
  careCostPerWeek: unknown,
  disabilityExpenditure?: unknown,
  minimumIncomeGuarantee?: unknown,
  lowerCapitalLimit?: unknown,
  upperCapitalLimit?: unknown,
  tariffIncome?: unknown,
) {
  return excel(() => {
    // Only the arguments given: a figure the price base publishes must not be entered.
    const entered: Record<string, number> = {};
    const give = (key: string, argument: string, value: unknown) => {
      const v = optionalNum(argument, value);
      if (v !== undefined) entered[key] = v;
    };
    give("minimumIncomeGuaranteePensionAge", "minimumIncomeGuarantee", minimumIncomeGuarantee);
    give("lowerCapitalLimit", "lowerCapitalLimit", lowerCapitalLimit);
    give("upperCapitalLimit", "upperCapitalLimit", upperCapitalLimit);
    give("tariffIncomePer250", "tariffIncome", tariffIncome);
    const c = careChargeWeekly({
      priceBase: text("priceBase", priceBase),
      weeklyIncome: num("weeklyIncome", weeklyIncome),
      capital: num("capital", capital),
      careCostPerWeek: num("careCostPerWeek", careCostPerWeek),
      disabilityExpenditure: num("disabilityExpenditure", disabilityExpenditure, 0),
      entered,
    });
    return row(c.tariffIncome, c.charge);
  });
}

/**
 * Cost lines of a scheme at a current price base, with statutory pay rules (spills 1×12): paid hours a week, workers, pay, employer National Insurance (after the Employment Allowance if claimed), employer pension, staff cost, overheads, surplus, total cost a year, unit cost per contact hour, unit cost per paid hour, and the National Living Wage.
 * @customfunction COSTLINES
 * @param priceBase The financial year whose pay rules apply: "2024-25", "2025-26" or "2026-27".
 * @param careHours The 1×3 row that ECH.CAREHOURS returns: housing support, care and total hours per week, night hours included.
 * @param nightHours Night hours per week included in careHours (e.g. 126); a second cell may give the share that is housing support (50% if omitted).
 * @param payRates Hourly pay in £: housing support and care, then optionally the team leader and the waking night rate (examples £14.00 and £13.00 if omitted). Each must be at least the National Living Wage.
 * @param managerSalary Scheme manager's salary in £ a year (e.g. 26000).
 * @param [assumptions] 7 cells: team leader hours a week (37), average contracted hours of a worker (37.5), absence cover (4%), training hours of a worker a year (24), employer pension rate on whole pay (blank for the automatic enrolment minimum), overheads (20%), surplus (3%). The figures in brackets are examples, used if omitted.
 * @param [sleepIn] For sleep-in night cover instead of waking nights: the payment for a night in £, and optionally the nights a week (7 if omitted).
 * @param [secondaryThreshold] The National Insurance secondary threshold in £ a year, needed for a year whose threshold has not been checked against a publication (2026-27).
 * @param [employmentAllowance] "Yes" (or TRUE) if the employer claims the Employment Allowance, which then comes off the employer National Insurance (at most all of it): an independent provider may, councils and other public bodies cannot. "No" if omitted.
 * @returns {number[][]} Paid hours a week, workers, then £ a year: pay, employer National Insurance (after the Employment Allowance if claimed), employer pension, staff cost, overheads, surplus, total cost; then £ an hour: unit cost per contact hour, per paid hour, the National Living Wage.
 */
export function costlines(
  priceBase: unknown,
  careHours: unknown[][],
  nightHours: unknown[][],
  payRates: unknown[][],
  managerSalary: unknown,
  assumptions?: unknown[][],
  sleepIn?: unknown[][],
  secondaryThreshold?: unknown,
  employmentAllowance?: unknown,
) {
  return excel(() => {
    const night = nightArg(nightHours);
    const r = payRatesArg(payRates);
    return [
      costLines({
        priceBase: text("priceBase", priceBase),
        hours: hoursRow("careHours", careHours),
        nightHours: night.hours,
        nightSupportShare: night.share,
        rates: { support: r.support, care: r.care },
        managerSalary: num("managerSalary", managerSalary),
        pay: {
          ...assumptionsArg(assumptions, DEFAULT_PAY),
          teamLeaderRate: r.teamLeader,
          nightRate: r.night,
          ...sleepInArg(sleepIn),
          employmentAllowance: choice(
            "employmentAllowance",
            employmentAllowance === true ? "Yes" : employmentAllowance === false ? "No" : employmentAllowance,
            EMPLOYMENT_ALLOWANCE,
            "No",
          ),
        },
        secondaryThreshold: optionalNum("secondaryThreshold", secondaryThreshold),
      }),
    ];
  });
}

/**
 * The hourly price, block and spot alike, at which the council's cost a year meets a budget: budget ÷ ((block hours + spot hours × council's share) × 52).
 * @customfunction BREAKEVENPRICE
 * @param budget What the council can spend a year on the hours, in £ (0 or more).
 * @param blockHours Hours a week block-contracted (0 or more), e.g. an option sheet's ECH_BlockHours.
 * @param spotHours Hours a week spot-purchased (0 or more), e.g. an option sheet's ECH_SpotHours.
 * @param [councilShare] Share of the spot-purchased hours the council pays for, 0% to 100%; 100% if omitted.
 * @returns {number} £ an hour.
 */
export function breakevenprice(budget: unknown, blockHours: unknown, spotHours: unknown, councilShare?: unknown) {
  return excel(() =>
    breakEvenPrice(num("budget", budget), num("blockHours", blockHours), num("spotHours", spotHours), num("councilShare", councilShare, 1)),
  );
}

/**
 * The council's net cost a year of an option (spills 1×2): the tenants' contributions and the council's cost less them (and less the service charge when housing support is funded through it). Self-funders pay their share of the option's cost of care, by their care hours; the others their average contribution, never more than that share.
 * @customfunction NETCOST
 * @param councilAnnualCost The option's cost to the council a year, in £ (0 or more), e.g. an option sheet's ECH_CouncilAnnualCost.
 * @param tenants Number of tenants in the scheme (a whole number, e.g. 35).
 * @param bandShares Share of tenants in the Low, Medium and High needs bands: 3 cells adding up to 100%.
 * @param bandHours Daytime care and support hours per week per tenant in each band: 3 cells (e.g. 7, 18, 28).
 * @param supportShares Share of each band's hours that is housing support, the rest being care: 3 cells (e.g. 80%, 60%, 40%).
 * @param selfFunderShares Share of each band's tenants who pay for all their care: 3 cells from 0% to 100%.
 * @param averageContributions Average weekly contribution to their care of each band's other tenants, in £: 3 cells (0 or more).
 * @param [nightHours] Night cover hours a week for the whole scheme (0 or more; 0 if omitted), e.g. 126.
 * @param [nightSupportShare] Share of the night hours that is housing support (0% to 100%; 50% if omitted).
 * @param [supportFunding] How the housing-support share of the hours is funded, as the Inputs sheet's ECH_SupportFunding: "As care, from the care budget", "From care and housing support budgets" (if omitted), "As a grant" or "Through the service charge".
 * @returns {number[][]} Tenants' contributions and the council's net cost, in £ a year.
 */
export function netcost(
  councilAnnualCost: unknown,
  tenants: unknown,
  bandShares: unknown[][],
  bandHours: unknown[][],
  supportShares: unknown[][],
  selfFunderShares: unknown[][],
  averageContributions: unknown[][],
  nightHours?: unknown,
  nightSupportShare?: unknown,
  supportFunding?: unknown,
) {
  return excel(() => {
    const r = councilNetCost({
      councilAnnualCost: num("councilAnnualCost", councilAnnualCost),
      tenants: num("tenants", tenants),
      bandShares: bands("bandShares", bandShares),
      bandHours: bands("bandHours", bandHours),
      supportShares: bands("supportShares", supportShares),
      selfFunderShares: bands("selfFunderShares", selfFunderShares),
      averageContributions: bands("averageContributions", averageContributions),
      nightHours: optionalNum("nightHours", nightHours) ?? 0,
      nightSupportShare: optionalNum("nightSupportShare", nightSupportShare) ?? DEFAULT_NIGHT_SUPPORT_SHARE,
      supportFunding: choice("supportFunding", supportFunding, SUPPORT_FUNDING, DEFAULT_SUPPORT_FUNDING),
    });
    return [[r.contributions, r.netCost]];
  });
}

/**
 * Hours a week a budget carries at the option's prices: hours bought × budget ÷ the council's cost a year (block and other hours in today's mix).
 * @customfunction BREAKEVENHOURS
 * @param budget What the council can spend a year on the hours, in £ (0 or more).
 * @param councilAnnualCost The council's cost a year of the hours bought now, in £ (0 or more), e.g. an option sheet's ECH_CouncilAnnualCost.
 * @param blockHours Hours a week block-contracted now (0 or more), e.g. an option sheet's ECH_BlockHours.
 * @param spotHours Hours a week bought outside the block now (0 or more), e.g. an option sheet's ECH_SpotHours.
 * @returns {number} Hours a week.
 */
export function breakevenhours(budget: unknown, councilAnnualCost: unknown, blockHours: unknown, spotHours: unknown) {
  return excel(() =>
    breakEvenHours(
      num("budget", budget),
      num("councilAnnualCost", councilAnnualCost),
      num("blockHours", blockHours),
      num("spotHours", spotHours),
    ),
  );
}

/**
 * The share of high-needs tenants a budget carries at the option's prices, the Medium band taking up the difference; an error says why when no share from 0% to the Medium and High shares together meets it.
 * @customfunction BREAKEVENHIGHSHARE
 * @param budget What the council can spend a year on the hours, in £ (0 or more).
 * @param councilAnnualCost The council's cost a year of the hours bought now, in £ (0 or more), e.g. an option sheet's ECH_CouncilAnnualCost.
 * @param blockHours Hours a week block-contracted now (0 or more), e.g. an option sheet's ECH_BlockHours.
 * @param spotHours Hours a week bought outside the block now (0 or more), e.g. an option sheet's ECH_SpotHours.
 * @param tenants Number of tenants in the scheme (a whole number, e.g. 35).
 * @param bandShares Share of tenants in the Low, Medium and High needs bands now: 3 cells adding up to 100%.
 * @param bandHours Daytime care and support hours per week per tenant in each band: 3 cells (e.g. 7, 18, 28).
 * @returns {number} Share of tenants with high needs.
 */
export function breakevenhighshare(
  budget: unknown,
  councilAnnualCost: unknown,
  blockHours: unknown,
  spotHours: unknown,
  tenants: unknown,
  bandShares: unknown[][],
  bandHours: unknown[][],
) {
  return excel(() =>
    breakEvenHighShare(
      num("budget", budget),
      num("councilAnnualCost", councilAnnualCost),
      num("blockHours", blockHours),
      num("spotHours", spotHours),
      num("tenants", tenants),
      bands("bandShares", bandShares),
      bands("bandHours", bandHours),
    ),
  );
}
