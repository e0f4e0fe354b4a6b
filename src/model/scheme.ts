/**
 * The published revenue cost model (JIT, Extra Care Housing, 2009: the ECH revenue cost model) as
 * one calculation graph. The model functions evaluate these rows; the Inputs and Staffing sheets
 * print them as formulas. Bands are cells 0, 1, 2 (Low, Medium, High) of three-cell rows.
 */
import { calcRow, FMT, fx, inputRow, range, type Expr, type ParamRule, type Row } from "../calc";
import { EXAMPLE_FIGURE, OWN_FIGURE, SLEEP_IN_JUDGMENT, publishedModel, technicalBrief } from "./sources";
import { DEFAULT_PAY, DEFAULT_SCHEME, EMPLOYMENT_ALLOWANCE, NIGHT_COVER, WEEKS_PER_YEAR } from "./defaults";
import { HEADCOUNT_GUARD_DIGITS } from "../calc/excel";
import { CURRENT, PB } from "./priceRows";

const W = WEEKS_PER_YEAR;

const WHOLE_1: ParamRule = { kind: "whole", min: 1 };
const AMOUNT: ParamRule = { kind: "number", min: 0 };
const SHARE: ParamRule = { kind: "share" };
const d = DEFAULT_SCHEME;
/** The published model's tables the defaults come from. */
export const STAFFING = publishedModel("Care and support staffing");
export const ON_COSTS = publishedModel("Staff on-costs");
const BANDS = ["Low", "Medium", "High"];

// Inputs (pink cells on the Inputs sheet).
export const tenants = inputRow("tenants", "Tenants in the scheme", d.tenants, {
  source: STAFFING,
  unit: "tenants",
  format: FMT.count,
  rule: WHOLE_1,
  name: "ECH_Tenants",
  prompt: "Number of tenants (units) in the scheme. The published model uses 35.",
});
export const bandShares = inputRow("bandShares", "Share of tenants in each needs band", [...d.bandShares], {
  source: STAFFING,
  cellLabels: BANDS,
  unit: "% of tenants",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_BandShares",
  prompt: "Share of tenants in the Low, Medium and High needs bands; the three must add up to 100%.",
});
export const bandHours = inputRow("bandHours", "Daytime care and support hours for each tenant", [...d.bandHours], {
  source: STAFFING,
  cellLabels: BANDS,
  unit: "hours a week",
  format: FMT.hours,
  rule: AMOUNT,
  name: "ECH_BandHours",
  prompt: "Daytime care and support hours a week for each tenant in the band (published model: 7, 18, 28).",
});
export const supportShares = inputRow("supportShares", "Share of those hours that is housing support", [...d.supportShares], {
  source: STAFFING,
  cellLabels: BANDS,
  unit: "% of hours",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_SupportShares",
  prompt: "Share of the band's hours that is housing support; the rest is care (published model: 80%, 60%, 40%).",
});
export const nightHours = inputRow("nightHours", "Night hours", d.nightHours, {
  source: STAFFING,
  unit: "hours a week",
  format: FMT.hours,
  rule: AMOUNT,
  name: "ECH_NightHours",
  prompt: "Night cover hours a week for the whole scheme (published model: 126).",
});
export const nightSupportShare = inputRow("nightSupportShare", "Share of night hours that is housing support", d.nightSupportShare, {
  source: STAFFING,
  unit: "% of hours",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_NightSupportShare",
  prompt: "Share of the night hours counted as housing support; the rest is care (published model: 50%).",
});
const RATE_EXAMPLE = `an example at the National Living Wage of April 2026, £${d.hourlyRates.support.toFixed(2)}: enter your own; the published model's is £10.00`;
export const supportRate = inputRow("supportRate", "Hourly pay of housing support", d.hourlyRates.support, {
  source: EXAMPLE_FIGURE,
  unit: "£ an hour",
  format: FMT.money,
  rule: AMOUNT,
  prompt: `Hourly pay of a support worker, before on-costs (${RATE_EXAMPLE}).`,
});
export const careRate = inputRow("careRate", "Hourly pay of care", d.hourlyRates.care, {
  source: EXAMPLE_FIGURE,
  unit: "£ an hour",
  format: FMT.money,
  rule: AMOUNT,
  prompt: `Hourly pay of a care worker, before on-costs (${RATE_EXAMPLE}).`,
});
export const managerSalary = inputRow("managerSalary", "Scheme manager's salary (35 hours a week)", d.managerSalary, {
  source: EXAMPLE_FIGURE,
  unit: "£ a year",
  format: FMT.money0,
  rule: AMOUNT,
  name: "ECH_ManagerSalary",
  prompt: "Scheme manager's salary a year (an example: enter your own; the published model's is £26,000, at 2009 prices).",
});
export const niRate = inputRow("niRate", "Employer's National Insurance", d.onCosts.ni, {
  source: ON_COSTS,
  unit: "% of pay",
  format: FMT.percent,
  rule: SHARE,
  prompt: "Employer's National Insurance as a share of pay: care cost a year + scheme manager (published model: 10%).",
});
export const coverRate = inputRow("coverRate", "Cover for leave and sickness", d.onCosts.cover, {
  source: ON_COSTS,
  unit: "% of pay",
  format: FMT.percent,
  rule: SHARE,
  prompt: "Cover for leave and sickness as a share of pay (published model: 4%).",
});
export const superannuationRate = inputRow("superannuationRate", "Superannuation (employer's pension)", d.onCosts.superannuation, {
  source: ON_COSTS,
  unit: "% of pay and cover",
  format: FMT.percent,
  rule: SHARE,
  prompt: "Employer's pension contributions as a share of pay plus cover (published model: 6%).",
});
export const training = inputRow("training", "Training", d.onCosts.training, {
  source: ON_COSTS,
  unit: "£ a year",
  format: FMT.money0,
  rule: AMOUNT,
  prompt: "Training, an amount a year; the published model does not say how its £35,209.46 was worked out.",
});

export const SCHEME_INPUTS = [
  tenants,
  bandShares,
  bandHours,
  supportShares,
  nightHours,
  nightSupportShare,
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
export const ni = calcRow("ni", "Employer's National Insurance", fx`${niRate}*${payBase}`, {
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
  fx`${manager}+${costYear}+${ni}+${cover}+${superannuation}+${trainingCost}`,
  { unit: "£ a year", format: FMT.money0, note: "manager + care and support + National Insurance + cover + superannuation + training" },
);

// ---- Pay at a current price base (issue 11): statutory pay rules instead of flat on-costs. ----
// Each row shows "" under the published model's price base, so nothing here changes its figures.
const p = DEFAULT_PAY;
const EXAMPLE = "an example: enter your own";
function now(id: string, label: string, e: Expr, o: Parameters<typeof calcRow>[3] = {}): Row {
  return calcRow(id, label, fx`IF(${CURRENT},${e},"")`, { unit: "£ a year", format: FMT.money0, ...o });
}

export const teamLeaderHours = inputRow("teamLeaderHours", "Team leader hours", p.teamLeaderHours, {
  source: technicalBrief("How much care? 3.2.2"),
  unit: "hours a week",
  format: FMT.hours,
  rule: AMOUNT,
  name: "ECH_TeamLeaderHours",
  prompt:
    "Care team leader hours a week, paid at their own rate (Technical Brief, How much care? 3.2.2; its minimum block has 37). Used at a current price base.",
});
export const teamLeaderRate = inputRow("teamLeaderRate", "Hourly pay of the team leader", p.teamLeaderRate, {
  source: EXAMPLE_FIGURE,
  unit: "£ an hour",
  format: FMT.money,
  rule: AMOUNT,
  name: "ECH_TeamLeaderRate",
  prompt: `Hourly pay of the care team leader or senior (${EXAMPLE}; at or above the National Living Wage of April 2026). Used at a current price base.`,
});
export const nightCover = inputRow("nightCover", "Night cover", p.nightCover, {
  source: SLEEP_IN_JUDGMENT,
  rule: { kind: "list", list: NIGHT_COVER },
  name: "ECH_NightCover",
  prompt:
    "Waking nights are paid by the hour at the night rate; sleep-in nights a flat amount a night: time asleep on call is not minimum wage time (Royal Mencap Society v Tomlinson-Blake [2021] UKSC 8, 19 March 2021). Used at a current price base.",
});
export const nightRate = inputRow("nightRate", "Hourly pay at night (waking nights)", p.nightRate, {
  source: EXAMPLE_FIGURE,
  unit: "£ an hour",
  format: FMT.money,
  rule: AMOUNT,
  name: "ECH_NightRate",
  prompt: `Hourly pay of waking night staff (${EXAMPLE}; at or above the National Living Wage of April 2026). Used at a current price base.`,
});
export const sleepInNights = inputRow("sleepInNights", "Sleep-in nights", p.sleepInNights, {
  source: EXAMPLE_FIGURE,
  unit: "nights a week",
  format: FMT.hours,
  rule: AMOUNT,
  prompt: "Sleep-in nights a week, for sleep-in night cover (7: one person sleeping in every night).",
});
export const sleepInAmount = inputRow("sleepInAmount", "Sleep-in payment", p.sleepInAmount, {
  source: OWN_FIGURE,
  unit: "£ a night",
  format: FMT.money,
  rule: AMOUNT,
  prompt: "The flat amount paid for a sleep-in night. Needed only for sleep-in night cover; there is no example figure.",
});
export const contractedHours = inputRow("contractedHours", "Average contracted hours of a worker (an assumption)", p.contractedHours, {
  source: EXAMPLE_FIGURE,
  unit: "hours a week",
  format: FMT.hours,
  rule: { kind: "number", min: 0, positive: true, max: 168 },
  name: "ECH_ContractedHours",
  prompt: `The average paid hours a week of a care or support worker, used to count the workers (${EXAMPLE}). National Insurance and pension depend on each worker's pay, so fewer, fuller posts cost more than many part-time ones.`,
});
export const absenceRate = inputRow("absenceRate", "Absence cover (sickness and other absence)", p.absenceRate, {
  source: EXAMPLE_FIGURE,
  unit: "% of hours",
  format: FMT.percent,
  rule: SHARE,
  prompt: `Extra paid hours to cover sickness and other absence, as a share of the hours (${EXAMPLE}; the published model's cover is 4%). Holiday is added separately.`,
});
export const trainingHours = inputRow("trainingHours", "Training hours of a worker", p.trainingHours, {
  source: EXAMPLE_FIGURE,
  unit: "hours a year",
  format: FMT.hours,
  rule: AMOUNT,
  prompt: `Paid training hours of each care and support worker a year, paid at the care rate (${EXAMPLE}).`,
});
export const pensionSchemeRate = inputRow("pensionSchemeRate", "Employer pension, scheme rate on whole pay", p.pensionSchemeRate, {
  source: OWN_FIGURE,
  unit: "% of pay",
  format: FMT.percent,
  rule: { kind: "share", blank: true },
  blankMeans: "the automatic enrolment minimum on qualifying earnings",
  prompt: "An employer pension rate on the whole pay, for example a council's pension scheme for its own staff.",
});
export const overheadRate = inputRow("overheadRate", "Provider overheads", p.overheadRate, {
  source: EXAMPLE_FIGURE,
  unit: "% of staff cost",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_OverheadRate",
  prompt: `A provider's business costs (management, office, insurance, regulation and the like) as a share of the staff cost (${EXAMPLE}).`,
});
export const surplusRate = inputRow("surplusRate", "Provider surplus", p.surplusRate, {
  source: EXAMPLE_FIGURE,
  unit: "% of cost",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_SurplusRate",
  prompt: `A provider's surplus (profit) as a share of staff cost and overheads (${EXAMPLE}).`,
});

export const employmentAllowance = inputRow("employmentAllowance", "Employer claims the Employment Allowance", p.employmentAllowance, {
  rule: { kind: "list", list: EMPLOYMENT_ALLOWANCE },
  name: "ECH_ClaimsEmploymentAllowance",
  source: OWN_FIGURE,
  prompt:
    "Yes only if the employer can claim it, such as an independent provider; councils and other public bodies cannot (HM Revenue and Customs, National Insurance Manual, NIM06530). It is one amount a year per employer: Yes assumes these staff are all its staff.",
});

export const PAY_INPUTS = [
  teamLeaderHours,
  teamLeaderRate,
  nightCover,
  nightRate,
  sleepInNights,
  sleepInAmount,
  contractedHours,
  absenceRate,
  trainingHours,
  pensionSchemeRate,
  overheadRate,
  surplusRate,
  employmentAllowance,
] as const;

const WAKING: Expr = fx`${nightCover}=${NIGHT_COVER[0]}`;

// Paid hours.
export const holidayUplift = now("holidayUplift", "Paid hours for each hour worked, for holiday", fx`${W}/(${W}-${PB.holidayWeeks})`, {
  unit: "paid hours an hour",
  format: "0.0000",
  note: "52 ÷ (52 − weeks of paid holiday)",
});
export const paidPerHour = now("paidPerHour", "Paid hours for each hour of cover", fx`${holidayUplift}*(1+${absenceRate})`, {
  unit: "paid hours an hour",
  format: "0.0000",
  note: "holiday × (1 + absence cover)",
});
export const dayPaidHours = now("dayPaidHours", "Daytime paid hours", fx`${dayTotalHours}*${paidPerHour}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "daytime hours × paid hours for each hour",
});
export const nightPaidHours = now(
  "nightPaidHours",
  "Night paid hours (waking nights)",
  fx`IF(${WAKING},${nightTotalHours}*${paidPerHour},0)`,
  {
    unit: "hours a week",
    format: FMT.hours,
    note: "night hours × paid hours for each hour; none for sleep-in nights",
  },
);
export const careWorkers = now(
  "careWorkers",
  "Care and support workers",
  fx`ROUNDUP(ROUND((${dayPaidHours}+${nightPaidHours})/${contractedHours},${HEADCOUNT_GUARD_DIGITS}),0)`,
  {
    unit: "workers",
    format: FMT.count,
    note: "paid hours ÷ average contracted hours, rounded up to whole people",
  },
);
export const trainingHoursWeek = now("trainingHoursWeek", "Training hours", fx`${careWorkers}*${trainingHours}/${W}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "workers × training hours a year ÷ 52",
});
export const teamLeaders = now(
  "teamLeaders",
  "Team leaders",
  fx`ROUNDUP(ROUND(${teamLeaderHours}/${contractedHours},${HEADCOUNT_GUARD_DIGITS}),0)`,
  {
    unit: "workers",
    format: FMT.count,
    note: "team leader hours ÷ average contracted hours, rounded up",
  },
);
export const paidHours = now("paidHours", "Paid hours", fx`${dayPaidHours}+${nightPaidHours}+${trainingHoursWeek}+${teamLeaderHours}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "daytime + night + training + team leader",
  name: "ECH_PaidHours",
  total: true,
});
export const workers = now("workers", "Workers employed", fx`${careWorkers}+${teamLeaders}+1`, {
  unit: "workers",
  format: FMT.count,
  note: "care and support workers + team leaders + the scheme manager",
  name: "ECH_Workers",
  total: true,
});

// Pay a year.
export const daySupportPay = now(
  "daySupportPay",
  "Pay: daytime housing support",
  fx`${daySupportHours}*${paidPerHour}*${supportRate}*${W}`,
  { note: "hours × paid hours for each hour × support rate × 52" },
);
export const dayCarePay = now("dayCarePay", "Pay: daytime care", fx`${dayCareHours}*${paidPerHour}*${careRate}*${W}`, {
  note: "hours × paid hours for each hour × care rate × 52",
});
export const nightPay = now(
  "nightPay",
  "Pay: night cover",
  fx`IF(${WAKING},${nightPaidHours}*${nightRate},${sleepInNights}*${sleepInAmount}*${holidayUplift})*${W}`,
  {
    note: "waking: paid hours × night rate × 52; sleep-in: nights × payment × holiday × 52",
  },
);
export const nightSupportPay = now("nightSupportPay", "Night cover: housing support", fx`${nightPay}*${nightSupportShare}`, {
  note: "night pay × housing support share",
});
export const nightCarePay = now("nightCarePay", "Night cover: care", fx`${nightPay}*(1-${nightSupportShare})`, {
  note: "night pay × (1 − housing support share)",
});
export const trainingPay = now("trainingPay", "Pay: training", fx`${trainingHoursWeek}*${careRate}*${W}`, {
  note: "training hours × care rate × 52",
});
export const careWorkerPay = now(
  "careWorkerPay",
  "Pay: care and support workers",
  fx`${daySupportPay}+${dayCarePay}+${nightPay}+${trainingPay}`,
  { note: "daytime + night + training" },
);
export const teamLeaderPay = now("teamLeaderPay", "Pay: team leaders", fx`${teamLeaderHours}*${teamLeaderRate}*${W}`, {
  note: "hours × rate × 52",
});
export const payNow = now("payNow", "Pay", fx`${careWorkerPay}+${teamLeaderPay}+${managerSalary}`, {
  note: "care and support workers + team leaders + scheme manager",
});

// Employer National Insurance and pension, per worker: each worker of a group earns the group's average.
function perWorker(group: string, label: string, pay: Row, count: Row | number) {
  const n = typeof count === "number" ? fx`${count}` : fx`${count}`;
  const average = now(`${group}.averagePay`, `Average pay: ${label}`, fx`IF(${n}=0,0,${pay}/${n})`, { note: "pay ÷ workers" });
  const ni = now(`${group}.ni`, `Employer National Insurance: ${label}`, fx`${PB.niRate}*${n}*MAX(0,${average}-${PB.secondaryThreshold})`, {
    note: "rate × workers × (average pay − secondary threshold), never below 0",
  });
  const pension = now(
    `${group}.pension`,
    `Employer pension: ${label}`,
    fx`IF(ISBLANK(${pensionSchemeRate}),${PB.pensionMinimum}*${n}*(MIN(MAX(${average},${PB.pensionLower}),${PB.pensionUpper})-${PB.pensionLower}),${pensionSchemeRate}*${pay})`,
    { note: "minimum × workers × qualifying earnings (average pay between the limits, less the lower limit); or scheme rate × pay" },
  );
  return { average, ni, pension };
}
export const careWorkerCosts = perWorker("careWorkerGroup", "care and support workers", careWorkerPay, careWorkers);
export const teamLeaderCosts = perWorker("teamLeaderGroup", "team leaders", teamLeaderPay, teamLeaders);
export const managerCosts = perWorker("managerGroup", "scheme manager", managerSalary, 1);
export const employerNI = now(
  "employerNI",
  "Employer National Insurance",
  fx`${careWorkerCosts.ni}+${teamLeaderCosts.ni}+${managerCosts.ni}`,
  {
    note: "the three groups",
    name: "ECH_EmployerNI",
  },
);
export const employerPension = now(
  "employerPension",
  "Employer pension",
  fx`${careWorkerCosts.pension}+${teamLeaderCosts.pension}+${managerCosts.pension}`,
  {
    note: "the three groups",
    name: "ECH_EmployerPension",
  },
);
export const employmentAllowanceClaimed = now(
  "employmentAllowanceClaimed",
  "Less: Employment Allowance",
  fx`IF(AND(${employmentAllowance}=${EMPLOYMENT_ALLOWANCE[1]},ISNUMBER(${PB.employmentAllowance})),MIN(${PB.employmentAllowance},${employerNI}),0)`,
  { note: "if claimed: the allowance, at most the employer National Insurance; otherwise 0" },
);
export const employerNIAfterAllowance = now(
  "employerNIAfterAllowance",
  "Employer National Insurance after the allowance",
  fx`${employerNI}-${employmentAllowanceClaimed}`,
  { note: "National Insurance − Employment Allowance" },
);
export const staffCostNow = now(
  "staffCostNow",
  "Staff cost at the price base",
  fx`${payNow}+${employerNIAfterAllowance}+${employerPension}`,
  {
    note: "pay + National Insurance after the allowance + pension",
  },
);

// Headline results: the published model's method under its price base, the statutory build-up otherwise.
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
export const unitCostPaid = now("unitCostPaid", "Unit cost per paid hour", fx`${totalCost}/(${paidHours}*${W})`, {
  unit: "£ an hour",
  format: FMT.money,
  note: "total ÷ (paid hours a week × 52)",
  name: "ECH_UnitCostPerPaidHour",
});
