import { InputError } from "./errors";
import { nonNegative, wholeNumber } from "./validate";

/** Seed 000, How much care? 3.1: the worked examples for a 40-unit scheme. */
export const SEED_MINIMUM_BLOCK = {
  dayStaff: 2,
  dayHoursPerDay: 14,
  nightHoursPerNight: 10,
  handoverHoursPerDay: 1,
  teamLeaderHours: 37,
  daysPerWeek: 7,
} as const;

export const SEED_THIRDS = [
  { occupants: 13, hoursEach: 3 },
  { occupants: 13, hoursEach: 7.5 },
  { occupants: 7, hoursEach: 13 },
  { occupants: 5, hoursEach: 15 },
  { occupants: 2, hoursEach: 20 },
] as const;

export const SEED_SCHEDULE = [
  { label: "7.30 – 10 a.m.", hours: 2.5, staff: 5 },
  { label: "10 a.m. – 12 noon", hours: 2, staff: 2 },
  { label: "12 noon – 2 p.m.", hours: 2, staff: 4 },
  { label: "2 p.m. – 6 p.m.", hours: 4, staff: 2 },
  { label: "6 p.m. – 10 p.m.", hours: 4, staff: 4 },
] as const;

export const SEED_CORE = { nightHours: 56, dayHours: 112, handoverHours: 7, floatingHours: 40 } as const;
export const SEED_NIGHT_HOURS_PER_WEEK = 70;
export const SEED_HANDOVER_HOURS_PER_DAY = 1;
export const SEED_TARGET_HOURS = 400;
export const SEED_PHASE_STEP = 50;
export const SEED_ELIGIBILITY_HOURS = 4;

export interface MinimumBlockInputs {
  dayStaff: number;
  dayHoursPerDay: number;
  nightHoursPerNight: number;
  handoverHoursPerDay: number;
  teamLeaderHours: number;
  daysPerWeek?: number;
}

export interface MinimumBlock {
  day: number;
  night: number;
  handover: number;
  teamLeader: number;
  total: number;
  /** Phased in while the scheme fills: the team leader counts towards the two-person cover. */
  initial: number;
}

function days(value: number | undefined): number {
  const d = nonNegative("daysPerWeek", value ?? 7);
  if (d > 7) throw new InputError("daysPerWeek", `must be 7 or fewer (got ${d}).`);
  return d;
}

/** Minimum block contract: day cover + night cover + handover + care team leader. */
export function minimumBlock(inputs: MinimumBlockInputs): MinimumBlock {
  const d = days(inputs.daysPerWeek);
  const day = nonNegative("dayStaff", inputs.dayStaff) * nonNegative("dayHours", inputs.dayHoursPerDay) * d;
  const night = nonNegative("nightHours", inputs.nightHoursPerNight) * d;
  const handover = nonNegative("handoverHours", inputs.handoverHoursPerDay) * d;
  const teamLeader = nonNegative("teamLeaderHours", inputs.teamLeaderHours);
  const total = day + night + handover + teamLeader;
  return { day, night, handover, teamLeader, total, initial: total - teamLeader };
}

export interface Estimate {
  day: number;
  withNight: number;
  withTeamLeader: number;
}

/** "Thirds principle": occupants × weekly care hours each, plus night cover and team leader. */
export function thirdsEstimate(
  occupants: readonly number[],
  hoursEach: readonly number[],
  nightHours: number = SEED_NIGHT_HOURS_PER_WEEK,
  teamLeaderHours: number = SEED_MINIMUM_BLOCK.teamLeaderHours,
): Estimate {
  if (occupants.length === 0) throw new InputError("occupants", "needs at least one group of occupants.");
  if (occupants.length !== hoursEach.length) {
    throw new InputError("hoursEach", `must have one value per group of occupants (${occupants.length}), got ${hoursEach.length}.`);
  }
  const day = occupants.reduce((sum, n, i) => sum + wholeNumber("occupants", n) * nonNegative("hoursEach", hoursEach[i]), 0);
  const withNight = day + nonNegative("nightHours", nightHours);
  return { day, withNight, withTeamLeader: withNight + nonNegative("teamLeaderHours", teamLeaderHours) };
}

export interface Schedule extends Estimate {
  perDay: number;
}

/** Likely schedule of cover: Σ session hours × staff on duty, + handover, a day; × days a week. */
export function scheduleOfCover(
  sessionHours: readonly number[],
  staffOnDuty: readonly number[],
  handoverHoursPerDay = SEED_HANDOVER_HOURS_PER_DAY,
  nightHours: number = SEED_NIGHT_HOURS_PER_WEEK,
  teamLeaderHours: number = SEED_MINIMUM_BLOCK.teamLeaderHours,
  daysPerWeek = 7,
): Schedule {
  if (sessionHours.length === 0) throw new InputError("sessionHours", "needs at least one session.");
  if (sessionHours.length !== staffOnDuty.length) {
    throw new InputError("staffOnDuty", `must have one value per session (${sessionHours.length}), got ${staffOnDuty.length}.`);
  }
  const sessions = sessionHours.reduce((sum, h, i) => sum + nonNegative("sessionHours", h) * nonNegative("staffOnDuty", staffOnDuty[i]), 0);
  if (sessionHours.reduce((a, b) => a + b, 0) > 24) {
    throw new InputError("sessionHours", "the sessions add up to more than 24 hours a day.");
  }
  const perDay = sessions + nonNegative("handoverHours", handoverHoursPerDay);
  const day = perDay * days(daysPerWeek);
  const withNight = day + nonNegative("nightHours", nightHours);
  return { perDay, day, withNight, withTeamLeader: withNight + nonNegative("teamLeaderHours", teamLeaderHours) };
}

export interface CoreAndAddOn {
  core: number;
  floating: number;
  plannedCare: number;
  /** Hours needed beyond the core, spot-purchased from the on-site or an off-site provider. */
  addOn: number;
}

/** Option B: a core block of night + day + handover hours; part of the day is floating time. */
export function coreAndAddOn(
  nightHours: number,
  dayHours: number,
  handoverHours: number,
  floatingHours: number,
  hoursNeeded = 0,
): CoreAndAddOn {
  const day = nonNegative("dayHours", dayHours);
  const floating = nonNegative("floatingHours", floatingHours);
  if (floating > day) {
    throw new InputError("floatingHours", `cannot be more than the day hours (${day}); floating time is part of them.`);
  }
  const night = nonNegative("nightHours", nightHours);
  const core = night + day + nonNegative("handoverHours", handoverHours);
  // The hours needed are contact hours: floating time and handover do not meet them.
  const contact = night + day - floating;
  return { core, floating, plannedCare: day - floating, addOn: Math.max(0, nonNegative("hoursNeeded", hoursNeeded) - contact) };
}

/** Phasing a block in (seed 000, 3.3.2): the minimum block, + a step a month later, the target after that. */
export function phasedBlock(minimum: number, target: number, step = SEED_PHASE_STEP): readonly [number, number, number] {
  const min = nonNegative("minimumBlock", minimum);
  const full = nonNegative("targetHours", target);
  if (full < min) throw new InputError("targetHours", `must be at least the minimum block (${min} hours).`);
  return [min, Math.min(full, min + nonNegative("step", step)), full];
}

/** Another provider's block: minimum eligibility hours per resident + night cover + team leader. */
export function eligibilityBlock(
  residents: number,
  minimumHoursEach = SEED_ELIGIBILITY_HOURS,
  nightHours: number = SEED_NIGHT_HOURS_PER_WEEK,
  teamLeaderHours: number = SEED_MINIMUM_BLOCK.teamLeaderHours,
): number {
  return (
    wholeNumber("residents", residents) * nonNegative("minimumHoursEach", minimumHoursEach) +
    nonNegative("nightHours", nightHours) +
    nonNegative("teamLeaderHours", teamLeaderHours)
  );
}
