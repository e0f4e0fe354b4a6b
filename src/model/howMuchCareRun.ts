/**
 * The "How much care?" calculations the ECH functions and the option checks run (the minimum block,
 * the phasing, the core and add-on), over programs given to them: the graph's (minimumBlock.ts,
 * coreAndAddOn.ts) or the same written out as code. Reads no rows.
 */
import type { Run } from "./revenueRun";

export interface MinimumBlockInputs {
  dayStaff: number;
  dayHoursPerDay: number;
  nightHoursPerNight: number;
  handoverHoursPerDay: number;
  teamLeaderHours: number;
  daysPerWeek: number;
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

/** The minimum block's hours over its program (day, night, handover, total, initial), for inputs already checked. */
export function minimumBlockOver(run: Run) {
  return (p: MinimumBlockInputs): MinimumBlock => {
    const v = run([
      [p.dayStaff],
      [p.dayHoursPerDay],
      [p.nightHoursPerNight],
      [p.handoverHoursPerDay],
      [p.teamLeaderHours],
      [p.daysPerWeek],
    ]);
    const n = v as number[];
    return { day: n[0], night: n[1], handover: n[2], teamLeader: p.teamLeaderHours, total: n[3], initial: n[4] };
  };
}

/** The block's hours a week in months 1, 2 and 3 on, for a target already checked to be at least the minimum. */
export function phasedHoursOver(run: Run) {
  return (minimum: number, target: number, step: number): number[] => run([[minimum], [target], [step]]) as number[];
}

export type CoreInputs = { readonly [K in "nightHours" | "dayHours" | "handoverHours" | "floatingHours" | "hoursNeeded"]: number };

/** Core, planned care and add-on hours a week, for inputs already checked by their rules (floating time within the day hours). */
export function coreAndAddOnOver(run: Run) {
  return (p: CoreInputs): { core: number; planned: number; addOn: number } => {
    const v = run([[p.nightHours], [p.dayHours], [p.handoverHours], [p.floatingHours], [p.hoursNeeded]]) as number[];
    return { core: v[0], planned: v[1], addOn: v[2] };
  };
}
