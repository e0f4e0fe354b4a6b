import { DEFAULT_NIGHT_SUPPORT_SHARE, DEFAULT_ON_COSTS, DEFAULT_PAY, NIGHT_COVER } from "../model/defaults";
import { InputError } from "../model/errors";
import type { HourlyRates, HoursSplit, OnCosts, PayInputs } from "../model/types";
import { checkHoursSplit } from "../model/validate";
import { type CellArg, cells, optionalVector, vector } from "./args";

/** Conversions between the model's objects and the cells ECH functions read and spill. */

export function hoursRow(argument: string, value: CellArg): HoursSplit {
  const [support, care, total] = vector(argument, value, [3]);
  return checkHoursSplit(argument, { support, care, total });
}

export function rates(value: CellArg): HourlyRates {
  const r = vector("hourlyRates", value, [1, 2]);
  return { support: r[0], care: r[r.length - 1] };
}

export function onCosts(value: CellArg): OnCosts {
  const v = optionalVector("onCosts", value, [4]);
  if (!v) return DEFAULT_ON_COSTS;
  return { ni: v[0], cover: v[1], superannuation: v[2], training: v[3] };
}

export function row(...values: number[]): number[][] {
  return [values];
}

export function splitRow(h: HoursSplit): number[][] {
  return [[h.support, h.care, h.total]];
}

export function sameLength(argument: string, a: readonly number[], b: readonly number[]): void {
  if (a.length !== b.length) {
    throw new InputError(argument, `must have as many cells as the first range (${a.length}), got ${b.length}.`, "type");
  }
}

/** Night hours a week, and optionally the housing support share. */
export function nightArg(value: CellArg): { hours: number; share: number } {
  const v = vector("nightHours", value, [1, 2]);
  return { hours: v[0], share: v.length > 1 ? v[1] : DEFAULT_NIGHT_SUPPORT_SHARE };
}

/** Support and care pay, then optionally the team leader's and the waking night rate. */
export function payRates(value: CellArg): { support: number; care: number; teamLeader: number; night: number } {
  const v = vector("payRates", value, [2, 3, 4]);
  return { support: v[0], care: v[1], teamLeader: v[2] ?? DEFAULT_PAY.teamLeaderRate, night: v[3] ?? DEFAULT_PAY.nightRate };
}

type Assumptions = Pick<
  PayInputs,
  "teamLeaderHours" | "contractedHours" | "absenceRate" | "trainingHours" | "pensionSchemeRate" | "overheadRate" | "surplusRate"
>;

/** The 7 assumption cells; only the pension rate may be blank (the automatic enrolment minimum). */
export function assumptions(value: CellArg, d: PayInputs = DEFAULT_PAY): PayInputs {
  const c = cells("assumptions", value, [7], [4]);
  if (!c) return d;
  const a: Assumptions = {
    teamLeaderHours: c[0] as number,
    contractedHours: c[1] as number,
    absenceRate: c[2] as number,
    trainingHours: c[3] as number,
    pensionSchemeRate: c[4],
    overheadRate: c[5] as number,
    surplusRate: c[6] as number,
  };
  return { ...d, ...a };
}

/** Sleep-in cover: the payment a night and optionally the nights a week; omitted: waking nights. */
export function sleepIn(value: CellArg): Pick<PayInputs, "nightCover" | "sleepInAmount" | "sleepInNights"> | Record<string, never> {
  const v = optionalVector("sleepIn", value, [1, 2]);
  if (!v) return {};
  return { nightCover: NIGHT_COVER[1], sleepInAmount: v[0], sleepInNights: v.length > 1 ? v[1] : DEFAULT_PAY.sleepInNights };
}
