/* The Technical Brief's "How much care?" functions: each runs the rows the workbooks print (the
   minimum block, the estimates of the Hours needed sheet, option B's core and add-on, option D's
   phasing) on its arguments, each argument checked by the rule of the row it stands for. */
import { InputError } from "../model/errors";
import { checkParam } from "../model/validate";
import { INPUT_RULES, coreAndAddOnHours, minimumBlockHours, phasedHours } from "./compiled";
import * as Programs from "./programs.generated";
import { type CellArg, type Filled, type Range, num, vector } from "./args";
import { row, sameLength } from "./adapters";
import { excel } from "./excelError";

/** The argument, a number that keeps the rule of the row it stands for (by the row's id); blank or omitted: the row's default. */
function ruled(argument: string, input: string, value: CellArg, optional = false): number {
  const { rule, value: fallback } = INPUT_RULES[input];
  return checkParam(argument, num(argument, value, optional ? fallback : undefined), rule) as number;
}

/** A range of cells, each keeping the rule of the row it stands for. */
function ruledCells(argument: string, input: string, value: CellArg): number[] {
  const cells = vector(argument, value);
  for (const x of cells) checkParam(argument, x, INPUT_RULES[input].rule);
  return cells;
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
  dayStaff: Filled | Range | null,
  dayHours: Filled | Range | null,
  nightHours: Filled | Range | null,
  handoverHours: Filled | Range | null,
  teamLeaderHours: Filled | Range | null,
  daysPerWeek?: Filled | Range | null,
) {
  return excel(() => {
    const m = minimumBlockHours({
      dayStaff: ruled("dayStaff", "minimumBlock.dayStaff", dayStaff),
      dayHoursPerDay: ruled("dayHours", "minimumBlock.dayHoursPerDay", dayHours),
      nightHoursPerNight: ruled("nightHours", "minimumBlock.nightHoursPerNight", nightHours),
      handoverHoursPerDay: ruled("handoverHours", "minimumBlock.handoverHoursPerDay", handoverHours),
      teamLeaderHours: ruled("teamLeaderHours", "minimumBlock.teamLeaderHours", teamLeaderHours),
      daysPerWeek: ruled("daysPerWeek", "minimumBlock.daysPerWeek", daysPerWeek, true),
    });
    return row(m.day, m.night, m.handover, m.teamLeader, m.total, m.initial);
  });
}

/**
 * Care hours needed estimated from tenants and their weekly care hours, the "thirds principle" (spills 1×3): day hours, with night cover, with team leader.
 * @customfunction THIRDSHOURS
 * @param tenants Number of tenants in each group: cells in one row or column (e.g. 13, 13, 7, 5, 2).
 * @param hoursEach Weekly care hours for each tenant of the group, same number of cells (e.g. 3, 7.5, 13, 15, 20).
 * @param [nightHours] Night hours per week to add; 70 if omitted.
 * @param [teamLeaderHours] Team leader hours per week to add; 37 if omitted.
 * @returns {number[][]} Day hours per week, plus night hours, plus team leader hours.
 */
export function thirdshours(
  tenants: Array<Array<Filled | null>>,
  hoursEach: Array<Array<Filled | null>>,
  nightHours?: Filled | Range | null,
  teamLeaderHours?: Filled | Range | null,
) {
  return excel(() => {
    const groups = ruledCells("tenants", "hours.occupants", tenants);
    const each = ruledCells("hoursEach", "hours.hoursEach", hoursEach);
    sameLength("hoursEach", groups, each);
    const night = ruled("nightHours", "hours.nightWeekArgument", nightHours, true);
    const leader = ruled("teamLeaderHours", "teamLeaderHours", teamLeaderHours, true);
    return [Programs.thirds([groups, each, [night], [leader]])];
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
  sessionHours: Array<Array<Filled | null>>,
  staffOnDuty: Array<Array<Filled | null>>,
  handoverHours?: Filled | Range | null,
  nightHours?: Filled | Range | null,
  teamLeaderHours?: Filled | Range | null,
  daysPerWeek?: Filled | Range | null,
) {
  return excel(() => {
    const sessions = ruledCells("sessionHours", "hours.sessionHours", sessionHours);
    const staff = ruledCells("staffOnDuty", "hours.staffOnDuty", staffOnDuty);
    sameLength("staffOnDuty", sessions, staff);
    if (sessions.reduce((a, b) => a + b, 0) > 24) throw new InputError("sessionHours", "the sessions add up to more than 24 hours a day.");
    const week = Programs.schedule([
      sessions,
      staff,
      [ruled("handoverHours", "hours.handover", handoverHours, true)],
      [ruled("nightHours", "hours.nightWeekArgument", nightHours, true)],
      [ruled("teamLeaderHours", "teamLeaderHours", teamLeaderHours, true)],
      [ruled("daysPerWeek", "hours.daysPerWeek", daysPerWeek, true)],
    ]);
    return [week];
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
export function coreaddon(
  nightHours: Filled | Range | null,
  dayHours: Filled | Range | null,
  handoverHours: Filled | Range | null,
  floatingHours: Filled | Range | null,
  hoursNeeded?: Filled | Range | null,
) {
  return excel(() => {
    const day = ruled("dayHours", "coreAndAddOn.dayHours", dayHours);
    const floating = ruled("floatingHours", "coreAndAddOn.floatingHours", floatingHours);
    if (floating > day) {
      throw new InputError("floatingHours", `cannot be more than the day hours (${day}); floating time is part of them.`);
    }
    const c = coreAndAddOnHours({
      nightHours: ruled("nightHours", "coreAndAddOn.nightHours", nightHours),
      dayHours: day,
      handoverHours: ruled("handoverHours", "coreAndAddOn.handoverHours", handoverHours),
      floatingHours: floating,
      hoursNeeded: ruled("hoursNeeded", "coreAndAddOn.hoursNeeded", hoursNeeded, true),
    });
    return row(c.core, floating, c.planned, c.addOn);
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
export function phasedblock(minimumBlock: Filled | Range | null, targetHours: Filled | Range | null, step?: Filled | Range | null) {
  return excel(() => {
    const minimum = ruled("minimumBlock", "phasing.minimum", minimumBlock);
    const target = ruled("targetHours", "phasing.target", targetHours);
    if (target < minimum) throw new InputError("targetHours", `must be at least the minimum block (${minimum} hours).`);
    return [phasedHours(minimum, target, ruled("step", "phasing.step", step, true))];
  });
}

/**
 * Block hours per week as minimum eligibility hours per tenant, plus night cover, plus the care team leader.
 * @customfunction ELIGIBILITYBLOCK
 * @param tenants Number of tenants (a whole number).
 * @param [minimumHoursEach] Minimum care hours per tenant per week; 4 if omitted.
 * @param [nightHours] Night hours per week; 70 if omitted.
 * @param [teamLeaderHours] Team leader hours per week; 37 if omitted.
 * @returns {number} Block hours per week.
 */
export function eligibilityblock(
  tenants: Filled | Range | null,
  minimumHoursEach?: Filled | Range | null,
  nightHours?: Filled | Range | null,
  teamLeaderHours?: Filled | Range | null,
) {
  return excel(() => {
    const [hours] = Programs.eligibility([
      [ruled("tenants", "tenants", tenants)],
      [ruled("minimumHoursEach", "hours.minimumEach", minimumHoursEach, true)],
      [ruled("nightHours", "hours.nightWeekArgument", nightHours, true)],
      [ruled("teamLeaderHours", "teamLeaderHours", teamLeaderHours, true)],
    ]);
    return hours;
  });
}
