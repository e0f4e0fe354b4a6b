/**
 * Pay at a current price base: the statutory pay rules (holiday, National Insurance, pension, the
 * National Living Wage) instead of the published model's flat on-costs, built up from the same
 * hours. Each row shows "" under the published model's price base, so nothing here changes its
 * figures.
 */
import { calcRow, FMT, fx, inputRow, type Expr, type Row } from "../calc";
import { EXAMPLE_FIGURE, OWN_FIGURE, SLEEP_IN_JUDGMENT, technicalBrief } from "./sources";
import { DEFAULT_PAY, EMPLOYMENT_ALLOWANCE, NIGHT_COVER, WEEKS_PER_YEAR } from "./defaults";
import { HEADCOUNT_GUARD_DIGITS } from "../calc/excel";
import { CURRENT, PRICE_FIGURES } from "./priceRows";
import {
  AMOUNT,
  SHARE,
  careRate,
  dayCareHours,
  daySupportHours,
  dayTotalHours,
  managerSalary,
  nightSupportShare,
  nightTotalHours,
  supportRate,
} from "./publishedModel";

const W = WEEKS_PER_YEAR;
const p = DEFAULT_PAY;
const EXAMPLE = "an example: enter your own";
/** A row worked out at a current price base only: "" under the published model's. */
export function atCurrentBase(id: string, label: string, e: Expr, o: Parameters<typeof calcRow>[3] = {}): Row {
  return calcRow(id, label, fx`IF(${CURRENT},${e},"")`, { unit: "£ a year", format: FMT.money0, ...o });
}

/** One cell for the team leader: the Hours needed estimates and the blocks of options C and D read it too. */
export const teamLeaderHours = inputRow("teamLeaderHours", "Care team leader hours", p.teamLeaderHours, {
  key: "pay.teamLeaderHours",
  source: technicalBrief("How much care? 3.1.4"),
  unit: "hours a week",
  format: FMT.hours,
  rule: AMOUNT,
  name: "ECH_TeamLeaderHours",
  prompt:
    "Care team leader or floating hours a week (the brief's minimum block: 37). The hours needed estimates and the blocks of options C and D add them; at a current price base they are paid at the team leader's rate.",
});
export const teamLeaderRate = inputRow("teamLeaderRate", "Hourly pay of the team leader", p.teamLeaderRate, {
  key: "pay.teamLeaderRate",
  hourlyPay: true,
  source: EXAMPLE_FIGURE,
  unit: "£ an hour",
  format: FMT.money,
  rule: AMOUNT,
  name: "ECH_TeamLeaderRate",
  prompt: `Hourly pay of the care team leader or senior (${EXAMPLE}; at or above the National Living Wage of April 2026). Used at a current price base.`,
});
export const nightCover = inputRow("nightCover", "Night cover", p.nightCover, {
  key: "pay.nightCover",
  source: SLEEP_IN_JUDGMENT,
  rule: { kind: "list", list: NIGHT_COVER },
  name: "ECH_NightCover",
  prompt:
    "Waking nights are paid by the hour at the night rate; sleep-in nights a flat amount a night: time asleep on call is not minimum wage time (Royal Mencap Society v Tomlinson-Blake [2021] UKSC 8, 19 March 2021). Used at a current price base.",
});
export const nightRate = inputRow("nightRate", "Hourly pay at night (waking nights)", p.nightRate, {
  key: "pay.nightRate",
  hourlyPay: true,
  source: EXAMPLE_FIGURE,
  unit: "£ an hour",
  format: FMT.money,
  rule: AMOUNT,
  name: "ECH_NightRate",
  prompt: `Hourly pay of waking night staff (${EXAMPLE}; at or above the National Living Wage of April 2026). Used at a current price base.`,
});
export const sleepInNights = inputRow("sleepInNights", "Sleep-in nights", p.sleepInNights, {
  key: "pay.sleepInNights",
  source: EXAMPLE_FIGURE,
  unit: "nights a week",
  format: FMT.hours,
  rule: AMOUNT,
  prompt: "Sleep-in nights a week, for sleep-in night cover (7: one person sleeping in every night).",
});
export const sleepInAmount = inputRow("sleepInAmount", "Sleep-in payment", p.sleepInAmount, {
  key: "pay.sleepInAmount",
  source: OWN_FIGURE,
  unit: "£ a night",
  format: FMT.money,
  rule: AMOUNT,
  prompt: "The flat amount paid for a sleep-in night. Needed only for sleep-in night cover; there is no example figure.",
});
export const contractedHours = inputRow("contractedHours", "Average contracted hours of a worker (an assumption)", p.contractedHours, {
  key: "pay.contractedHours",
  source: EXAMPLE_FIGURE,
  unit: "hours a week",
  format: FMT.hours,
  rule: { kind: "number", min: 0, positive: true, max: 168 },
  name: "ECH_ContractedHours",
  prompt: `The average paid hours a week of a care or support worker, used to count the workers (${EXAMPLE}). National Insurance and pension depend on each worker's pay, so fewer, fuller posts cost more than many part-time ones.`,
});
export const absenceRate = inputRow("absenceRate", "Absence cover (sickness and other absence)", p.absenceRate, {
  key: "pay.absenceRate",
  source: EXAMPLE_FIGURE,
  unit: "% of hours",
  format: FMT.percent,
  rule: SHARE,
  prompt: `Extra paid hours to cover sickness and other absence, as a share of the hours (${EXAMPLE}; the published model's cover is 4%). Holiday is added separately.`,
});
export const trainingHours = inputRow("trainingHours", "Training hours of a worker", p.trainingHours, {
  key: "pay.trainingHours",
  source: EXAMPLE_FIGURE,
  unit: "hours a year",
  format: FMT.hours,
  rule: AMOUNT,
  prompt: `Paid training hours of each care and support worker a year, paid at the care rate (${EXAMPLE}).`,
});
export const pensionSchemeRate = inputRow("pensionSchemeRate", "Employer pension, scheme rate on whole pay", p.pensionSchemeRate, {
  key: "pay.pensionSchemeRate",
  source: OWN_FIGURE,
  unit: "% of pay",
  format: FMT.percent,
  rule: { kind: "share", blank: true },
  blankMeans: "the automatic enrolment minimum on qualifying earnings",
  prompt: "An employer pension rate on the whole pay, for example a council's pension scheme for its own staff.",
});
export const overheadRate = inputRow("overheadRate", "Provider overheads", p.overheadRate, {
  key: "pay.overheadRate",
  source: EXAMPLE_FIGURE,
  unit: "% of staff cost",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_OverheadRate",
  prompt: `A provider's business costs (management, office, insurance, regulation and the like) as a share of the staff cost (${EXAMPLE}).`,
});
export const surplusRate = inputRow("surplusRate", "Provider surplus", p.surplusRate, {
  key: "pay.surplusRate",
  source: EXAMPLE_FIGURE,
  unit: "% of cost",
  format: FMT.percent,
  rule: SHARE,
  name: "ECH_SurplusRate",
  prompt: `A provider's surplus (profit) as a share of staff cost and overheads (${EXAMPLE}).`,
});

export const employmentAllowance = inputRow("employmentAllowance", "Employer claims the Employment Allowance", p.employmentAllowance, {
  key: "pay.employmentAllowance",
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
export const holidayUplift = atCurrentBase(
  "holidayUplift",
  "Paid hours for each hour worked, for holiday",
  fx`${W}/(${W}-${PRICE_FIGURES.holidayWeeks})`,
  {
    unit: "paid hours an hour",
    format: "0.0000",
    note: "52 ÷ (52 − weeks of paid holiday)",
  },
);
export const paidPerHour = atCurrentBase("paidPerHour", "Paid hours for each hour of cover", fx`${holidayUplift}*(1+${absenceRate})`, {
  unit: "paid hours an hour",
  format: "0.0000",
  note: "holiday × (1 + absence cover)",
});
export const dayPaidHours = atCurrentBase("dayPaidHours", "Daytime paid hours", fx`${dayTotalHours}*${paidPerHour}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "daytime hours × paid hours for each hour",
});
export const nightPaidHours = atCurrentBase(
  "nightPaidHours",
  "Night paid hours (waking nights)",
  fx`IF(${WAKING},${nightTotalHours}*${paidPerHour},0)`,
  {
    unit: "hours a week",
    format: FMT.hours,
    note: "night hours × paid hours for each hour; none for sleep-in nights",
  },
);
export const careWorkers = atCurrentBase(
  "careWorkers",
  "Care and support workers",
  fx`ROUNDUP(ROUND((${dayPaidHours}+${nightPaidHours})/${contractedHours},${HEADCOUNT_GUARD_DIGITS}),0)`,
  {
    unit: "workers",
    format: FMT.count,
    note: "paid hours ÷ average contracted hours, rounded up to whole people",
  },
);
export const trainingHoursWeek = atCurrentBase("trainingHoursWeek", "Training hours", fx`${careWorkers}*${trainingHours}/${W}`, {
  unit: "hours a week",
  format: FMT.hours,
  note: "workers × training hours a year ÷ 52",
});
export const teamLeaders = atCurrentBase(
  "teamLeaders",
  "Team leaders",
  fx`ROUNDUP(ROUND(${teamLeaderHours}/${contractedHours},${HEADCOUNT_GUARD_DIGITS}),0)`,
  {
    unit: "workers",
    format: FMT.count,
    note: "team leader hours ÷ average contracted hours, rounded up",
  },
);
export const paidHours = atCurrentBase(
  "paidHours",
  "Paid hours",
  fx`${dayPaidHours}+${nightPaidHours}+${trainingHoursWeek}+${teamLeaderHours}`,
  {
    unit: "hours a week",
    format: FMT.hours,
    note: "daytime + night + training + team leader",
    name: "ECH_PaidHours",
    total: true,
  },
);
export const workers = atCurrentBase("workers", "Workers employed", fx`${careWorkers}+${teamLeaders}+1`, {
  unit: "workers",
  format: FMT.count,
  note: "care and support workers + team leaders + the scheme manager",
  name: "ECH_Workers",
  total: true,
});

// Pay a year.
export const daySupportPay = atCurrentBase(
  "daySupportPay",
  "Pay: daytime housing support",
  fx`${daySupportHours}*${paidPerHour}*${supportRate}*${W}`,
  { note: "hours × paid hours for each hour × support rate × 52" },
);
export const dayCarePay = atCurrentBase("dayCarePay", "Pay: daytime care", fx`${dayCareHours}*${paidPerHour}*${careRate}*${W}`, {
  note: "hours × paid hours for each hour × care rate × 52",
});
export const nightPay = atCurrentBase(
  "nightPay",
  "Pay: night cover",
  fx`IF(${WAKING},${nightPaidHours}*${nightRate},${sleepInNights}*${sleepInAmount}*${holidayUplift})*${W}`,
  {
    note: "waking: paid hours × night rate × 52; sleep-in: nights × payment × holiday × 52",
  },
);
export const nightSupportPay = atCurrentBase("nightSupportPay", "Night cover: housing support", fx`${nightPay}*${nightSupportShare}`, {
  note: "night pay × housing support share",
});
export const nightCarePay = atCurrentBase("nightCarePay", "Night cover: care", fx`${nightPay}*(1-${nightSupportShare})`, {
  note: "night pay × (1 − housing support share)",
});
export const trainingPay = atCurrentBase("trainingPay", "Pay: training", fx`${trainingHoursWeek}*${careRate}*${W}`, {
  note: "training hours × care rate × 52",
});
export const careWorkerPay = atCurrentBase(
  "careWorkerPay",
  "Pay: care and support workers",
  fx`${daySupportPay}+${dayCarePay}+${nightPay}+${trainingPay}`,
  { note: "daytime + night + training" },
);
export const teamLeaderPay = atCurrentBase("teamLeaderPay", "Pay: team leaders", fx`${teamLeaderHours}*${teamLeaderRate}*${W}`, {
  note: "hours × rate × 52",
});
export const payNow = atCurrentBase("payNow", "Pay", fx`${careWorkerPay}+${teamLeaderPay}+${managerSalary}`, {
  note: "care and support workers + team leaders + scheme manager",
});

// Employer National Insurance and pension, per worker: each worker of a group earns the group's average.
function perWorker(group: string, label: string, pay: Row, count: Row | number) {
  const n = typeof count === "number" ? fx`${count}` : fx`${count}`;
  const average = atCurrentBase(`${group}.averagePay`, `Average pay: ${label}`, fx`IF(${n}=0,0,${pay}/${n})`, { note: "pay ÷ workers" });
  const ni = atCurrentBase(
    `${group}.ni`,
    `Employer National Insurance: ${label}`,
    fx`${PRICE_FIGURES.niRate}*${n}*MAX(0,${average}-${PRICE_FIGURES.secondaryThreshold})`,
    {
      note: "rate × workers × (average pay − secondary threshold), never below 0",
    },
  );
  const pension = atCurrentBase(
    `${group}.pension`,
    `Employer pension: ${label}`,
    fx`IF(ISBLANK(${pensionSchemeRate}),${PRICE_FIGURES.pensionMinimum}*${n}*(MIN(MAX(${average},${PRICE_FIGURES.pensionLower}),${PRICE_FIGURES.pensionUpper})-${PRICE_FIGURES.pensionLower}),${pensionSchemeRate}*${pay})`,
    { note: "minimum × workers × qualifying earnings (average pay between the limits, less the lower limit); or scheme rate × pay" },
  );
  return { average, ni, pension };
}
export const careWorkerCosts = perWorker("careWorkerGroup", "care and support workers", careWorkerPay, careWorkers);
export const teamLeaderCosts = perWorker("teamLeaderGroup", "team leaders", teamLeaderPay, teamLeaders);
export const managerCosts = perWorker("managerGroup", "scheme manager", managerSalary, 1);
export const employerNI = atCurrentBase(
  "employerNI",
  "Employer National Insurance",
  fx`${careWorkerCosts.ni}+${teamLeaderCosts.ni}+${managerCosts.ni}`,
  {
    note: "the three groups",
    name: "ECH_EmployerNI",
  },
);
export const employerPension = atCurrentBase(
  "employerPension",
  "Employer pension",
  fx`${careWorkerCosts.pension}+${teamLeaderCosts.pension}+${managerCosts.pension}`,
  {
    note: "the three groups",
    name: "ECH_EmployerPension",
  },
);
export const employmentAllowanceClaimed = atCurrentBase(
  "employmentAllowanceClaimed",
  "Less: Employment Allowance",
  fx`IF(AND(${employmentAllowance}=${EMPLOYMENT_ALLOWANCE[1]},ISNUMBER(${PRICE_FIGURES.employmentAllowance})),MIN(${PRICE_FIGURES.employmentAllowance},${employerNI}),0)`,
  { note: "if claimed: the allowance, at most the employer National Insurance; otherwise 0" },
);
export const employerNIAfterAllowance = atCurrentBase(
  "employerNIAfterAllowance",
  "Employer National Insurance after the allowance",
  fx`${employerNI}-${employmentAllowanceClaimed}`,
  { note: "National Insurance − Employment Allowance" },
);
export const staffCostNow = atCurrentBase(
  "staffCostNow",
  "Staff cost at the price base",
  fx`${payNow}+${employerNIAfterAllowance}+${employerPension}`,
  {
    note: "pay + National Insurance after the allowance + pension",
  },
);

// Headline results: the published model's method under its price base, the statutory build-up otherwise.
