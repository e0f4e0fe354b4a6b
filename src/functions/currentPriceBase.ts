/* Functions at a current price base: the statutory pay rules, the National Living Wage and the
   Care Act charging rules of the year chosen. */
import { DEFAULT_PAY, EMPLOYMENT_ALLOWANCE } from "../model/defaults";
import { careChargeWeekly, costLines, nationalLivingWage } from "./compiled";
import { type CellArg, type Filled, type Range, choice, num, optionalNum, text } from "./args";
import { assumptions as assumptionsArg, hoursRow, nightArg, payRates as payRatesArg, row, sleepIn as sleepInArg } from "./adapters";
import { excel } from "./excelError";

/**
 * The National Living Wage for workers aged 21 and over at a price base, £ an hour (GOV.UK, National Minimum Wage and National Living Wage rates).
 * @customfunction NATIONALLIVINGWAGE
 * @param priceBase The financial year: "2024-25", "2025-26" or "2026-27" (the published 2009 model has none).
 * @returns {number} £ an hour.
 */
export function nationallivingwage(priceBase: Filled | Range | null) {
  return excel(() => nationalLivingWage(text("priceBase", priceBase)));
}

/**
 * A person's assessed contribution to their care a week in England under the Care Act 2014 charging rules (spills 1×2): tariff income from capital, and the weekly charge. Above the upper capital limit the charge is the full cost of the care; otherwise income + tariff income (£1 a week for each £250 or part above the lower limit) − Minimum Income Guarantee − disability-related expenditure, never below 0 and never above the cost of the care.
 * @customfunction CARECHARGE
 * @param priceBase The financial year whose charging figures apply: "2024-25", "2025-26" or "2026-27".
 * @param weeklyIncome Income the council counts, £ a week: State Pension, occupational or private pension, Pension Credit (its severe disability addition included), Attendance Allowance and other income; leave out Housing Benefit and Council Tax Reduction, which are disregarded.
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
  priceBase: Filled | Range | null,
  weeklyIncome: Filled | Range | null,
  capital: Filled | Range | null,
  careCostPerWeek: Filled | Range | null,
  disabilityExpenditure?: Filled | Range | null,
  minimumIncomeGuarantee?: Filled | Range | null,
  lowerCapitalLimit?: Filled | Range | null,
  upperCapitalLimit?: Filled | Range | null,
  tariffIncome?: Filled | Range | null,
) {
  return excel(() => {
    // Only the arguments given: a figure the price base publishes must not be entered.
    const entered: Record<string, number> = {};
    const give = (key: string, argument: string, value: CellArg) => {
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
  priceBase: Filled | Range | null,
  careHours: Array<Array<Filled | null>>,
  nightHours: Array<Array<Filled | null>>,
  payRates: Array<Array<Filled | null>>,
  managerSalary: Filled | Range | null,
  assumptions?: Array<Array<Filled | null>>,
  sleepIn?: Array<Array<Filled | null>>,
  secondaryThreshold?: Filled | Range | null,
  employmentAllowance?: Filled | Range | null,
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
