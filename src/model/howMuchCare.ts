/**
 * Seed 000, How much care? 3.1: the worked examples for a 40-unit scheme. The calculations are
 * graph rows: the minimum block in minimumBlock.ts, the estimates in hoursNeeded.ts, the core and
 * add-on and the phasing with the options (src/options).
 */
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
export const SEED_PHASE_STEP = 50;
export const SEED_ELIGIBILITY_HOURS = 4;
