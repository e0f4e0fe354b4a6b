import {
  DEFAULT_ON_COSTS,
  InputError,
  checkHoursSplit,
  type HourlyRates,
  type HoursSplit,
  type OnCosts,
} from "../model";
import { type CellArg, optionalVector, vector } from "./args";

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
