/**
 * How many hours tenants need: the Staffing total by default, or one of the Technical Brief's
 * estimating methods ("How much care?" 3.1–3.2): the thirds principle, a schedule of
 * cover, minimum eligibility, or 10 hours a unit as a rule of thumb. Every method is a row, so a
 * reader sees them side by side and which one the options use.
 */
import { calcRow, fx, inputRow, range, text, type Row } from "../calc";
import { publishedModel, technicalBrief } from "./sources";
import {
  SEED_ELIGIBILITY_HOURS,
  SEED_HANDOVER_HOURS_PER_DAY,
  SEED_MINIMUM_BLOCK,
  SEED_NIGHT_HOURS_PER_WEEK,
  SEED_SCHEDULE,
  SEED_THIRDS,
} from "./howMuchCare";
import * as Scheme from "./scheme";

const H = { unit: "hours a week", format: "#,##0.0" } as const;
const AMOUNT = { kind: "number", min: 0 } as const;
/** The brief's worked examples for a 40-unit scheme, and its example of a minimum need. */
const WORKED = technicalBrief("How much care? 3.1.4");
const ELIGIBILITY = technicalBrief("How much care? 3.1.5");
const GROUPS = SEED_THIRDS.map((_, k) => `group ${k + 1}`);
const SESSIONS = SEED_SCHEDULE.map((x) => x.label);

export const METHODS = ["Staffing total", "Thirds principle", "Schedule of cover", "Minimum eligibility", "10 hours a unit"] as const;
export type HoursMethod = (typeof METHODS)[number];

export const method = inputRow("hours.method", "Estimate the options use", METHODS[0], {
  // The default is the Staffing sheet's total: the published model's hours.
  source: publishedModel("Care and support staffing"),
  rule: { kind: "list", list: METHODS },
  prompt: `How the options count the hours tenants need: ${METHODS.join(", ")}.`,
  name: "ECH_HoursMethod",
});

// Thirds principle: groups of tenants and the care hours each needs.
export const occupants = inputRow(
  "hours.occupants",
  "Tenants in the group",
  SEED_THIRDS.map((g) => g.occupants),
  {
    source: WORKED,
    cellLabels: GROUPS,
    unit: "tenants",
    format: "0",
    rule: { kind: "whole", min: 0 },
    prompt: "Tenants in this group (the brief's example for 40 units: 13, 13, 7, 5, 2).",
  },
);
export const hoursEach = inputRow(
  "hours.hoursEach",
  "Care hours each",
  SEED_THIRDS.map((g) => g.hoursEach),
  {
    source: WORKED,
    cellLabels: GROUPS,
    ...H,
    rule: AMOUNT,
    prompt: "Care hours a week each tenant of the group needs (the brief's example: 3, 7.5, 13, 15, 20).",
  },
);
export const groupHours = calcRow("hours.groupHours", "Hours of the group", fx`${occupants}*${hoursEach}`, {
  ...H,
  size: occupants.size,
  note: "tenants × hours each",
});
export const thirdsDay = calcRow("hours.thirdsDay", "Daytime care", fx`SUM(${range(groupHours)})`, {
  ...H,
  note: "all groups (the brief: 342.5)",
});
// The brief's minimum cover (How much care? 3.1.4): one pink cell each, which the estimates here and
// the block options B, C and D all read. The published model's 126 night hours (Inputs sheet) are
// the night cover it costs, a different figure; option B's core keeps its own 56 (8 hours a night).
export const daysPerWeek = inputRow("hours.daysPerWeek", "Days a week of cover", SEED_MINIMUM_BLOCK.daysPerWeek, {
  key: "minimumCover.daysPerWeek",
  source: WORKED,
  unit: "days",
  format: "#,##0.0",
  rule: { kind: "number", min: 0, max: 7 },
  prompt:
    "Days a week of cover: the schedule of cover, the night cover and handover here, the round-the-clock cover of spot-purchasing and the blocks of the other options (the brief: 7).",
});
export const nightPerNight = inputRow(
  "hours.nightPerNight",
  "Night cover a night (the brief's minimum cover)",
  SEED_MINIMUM_BLOCK.nightHoursPerNight,
  {
    key: "minimumCover.nightHoursPerNight",
    source: WORKED,
    unit: "hours a night",
    format: "#,##0.0",
    rule: { kind: "number", min: 0, max: 24 },
    prompt:
      "Hours of night cover a night in the estimates and the minimum block of options C and D (the brief: 10, one waking carer). Not the Inputs sheet's night hours, which the published model costs.",
  },
);
export const estimateNight = calcRow("hours.night", "Night cover a week", fx`${nightPerNight}*${daysPerWeek}`, {
  ...H,
  note: `a night × days a week (the brief: ${SEED_NIGHT_HOURS_PER_WEEK})`,
});
/** The night a week the functions take as one argument (ECH.THIRDSHOURS, …): never laid out on a sheet. */
export const nightWeekArgument = inputRow("hours.nightWeekArgument", "Night cover a week", SEED_NIGHT_HOURS_PER_WEEK, {
  source: WORKED,
  ...H,
  rule: AMOUNT,
  prompt: "Night cover hours a week added to the estimate (the brief: 70, one waking carer 10 hours a night).",
});
export const handover = inputRow("hours.handover", "Handover a day", SEED_HANDOVER_HOURS_PER_DAY, {
  key: "minimumCover.handoverHoursPerDay",
  source: WORKED,
  unit: "hours a day",
  format: "#,##0.0",
  rule: { kind: "number", min: 0, max: 24 },
  prompt: "Handover time a day, in the schedule of cover and the blocks of options B, C and D (the brief: 1).",
});
/** The team leader's hours are one pink cell, on the Inputs sheet: every estimate and block reads it. */
export const estimateTeamLeader = calcRow("hours.teamLeader", "Care team leader", fx`${Scheme.teamLeaderHours}`, {
  ...H,
  note: `the team leader's hours on the Inputs sheet (the brief: ${SEED_MINIMUM_BLOCK.teamLeaderHours})`,
});
export const thirdsWithNight = calcRow("hours.thirdsWithNight", "Daytime care and night cover", fx`${thirdsDay}+${estimateNight}`, {
  ...H,
  note: "daytime + night (the brief: 412.5)",
});
export const thirds = calcRow("hours.thirds", "Thirds principle", fx`${thirdsWithNight}+${estimateTeamLeader}`, {
  ...H,
  note: "daytime + night + team leader (the brief: 449.5)",
  total: true,
});

// Schedule of cover: staff on duty in each session of the day.
export const sessionHours = inputRow(
  "hours.sessionHours",
  "Hours in the session",
  SEED_SCHEDULE.map((x) => x.hours),
  {
    source: WORKED,
    cellLabels: SESSIONS,
    unit: "hours a day",
    format: "#,##0.0",
    rule: { kind: "number", min: 0, max: 24 },
    prompt: `Length of the session (the brief: ${SEED_SCHEDULE.map((x) => x.label).join("; ")}).`,
  },
);
export const staffOnDuty = inputRow(
  "hours.staffOnDuty",
  "Staff on duty",
  SEED_SCHEDULE.map((x) => x.staff),
  {
    source: WORKED,
    cellLabels: SESSIONS,
    unit: "staff",
    format: "0",
    rule: AMOUNT,
    prompt: "Care staff on duty during the session (the brief: 5, 2, 4, 2, 4).",
  },
);
export const sessionStaffHours = calcRow("hours.sessionStaffHours", "Staff hours in the session", fx`${sessionHours}*${staffOnDuty}`, {
  unit: "hours a day",
  format: "#,##0.0",
  size: sessionHours.size,
  note: "hours × staff",
});
export const scheduleDay = calcRow("hours.scheduleDay", "Staff hours a day", fx`SUM(${range(sessionStaffHours)})+${handover}`, {
  unit: "hours a day",
  format: "#,##0.0",
  note: "sessions + handover (the brief: 49.5)",
});
export const scheduleWeek = calcRow("hours.scheduleWeek", "Staff hours a week", fx`${scheduleDay}*${daysPerWeek}`, {
  ...H,
  note: "a day × days a week (the brief: 346.5)",
});
export const scheduleWithNight = calcRow("hours.scheduleWithNight", "Staff hours and night cover", fx`${scheduleWeek}+${estimateNight}`, {
  ...H,
  note: "a week + night (the brief: 416.5)",
});
export const schedule = calcRow("hours.schedule", "Schedule of cover", fx`${scheduleWithNight}+${estimateTeamLeader}`, {
  ...H,
  note: "a week + night + team leader (the brief: 453.5)",
  total: true,
});

// Minimum eligibility and the rule of thumb.
export const minimumEach = inputRow("hours.minimumEach", "Minimum care hours to be eligible", SEED_ELIGIBILITY_HOURS, {
  source: ELIGIBILITY,
  ...H,
  rule: AMOUNT,
  prompt: "Care hours a week a tenant must need to be eligible (the brief's example: 4).",
});
export const eligibility = calcRow(
  "hours.eligibility",
  "Minimum eligibility",
  fx`${Scheme.tenants}*${minimumEach}+${estimateNight}+${estimateTeamLeader}`,
  {
    ...H,
    note: "tenants × minimum hours + night + team leader: one provider's way of sizing a block (How much care? 3.1.5), not an estimate of need",
    total: true,
  },
);
export const ruleOfThumb = calcRow("hours.ruleOfThumb", "10 hours a unit", fx`10*${Scheme.tenants}`, {
  ...H,
  note: "a standard figure, 400 hours for 40 units (How much care? 3.1.2, which says the approach has largely been replaced)",
  total: true,
});
export const staffingTotal = calcRow("hours.staffing", "Staffing total", fx`${Scheme.totalHours}`, {
  ...H,
  note: "the Staffing sheet's hours (published revenue cost model)",
  total: true,
});

const choices: readonly [HoursMethod, Row][] = [
  ["Thirds principle", thirds],
  ["Schedule of cover", schedule],
  ["Minimum eligibility", eligibility],
  ["10 hours a unit", ruleOfThumb],
];
/** The hours the options start from. */
export const hoursNeeded = calcRow(
  "hours.needed",
  "Hours tenants need, as the options use them",
  choices.reduceRight((rest, [m, row]) => fx`IF(${method}=${text(m)},${row},${rest})`, fx`${staffingTotal}`),
  { ...H, note: "the estimate chosen above", total: true },
);
export const ESTIMATE_ROWS = [staffingTotal, thirds, schedule, eligibility, ruleOfThumb] as const;
