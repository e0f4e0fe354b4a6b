import { MAX_AMOUNT } from "../calc/limits";
import { InputError } from "./errors";
import type { ParamRule } from "../calc/expr";
import type { HoursSplit } from "./types";

export { MAX_AMOUNT };

/** Shares that sum to 100% within this tolerance are accepted (0.01 percentage points). */
export const SHARE_SUM_TOLERANCE = 0.0001;

export function finite(argument: string, value: number, what = "a number"): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InputError(argument, `must be ${what}.`);
  }
  if (Math.abs(value) > MAX_AMOUNT) {
    throw new InputError(argument, `${value} is too large; use a value below ${MAX_AMOUNT.toExponential(0)}.`);
  }
  return value;
}

export function nonNegative(argument: string, value: number, what = "a number of 0 or more"): number {
  finite(argument, value, what);
  if (value < 0) throw new InputError(argument, `must not be negative (got ${value}).`);
  return value;
}

export function positive(argument: string, value: number, what = "a number greater than 0"): number {
  finite(argument, value, what);
  if (value <= 0) throw new InputError(argument, `must be greater than 0 (got ${value}).`);
  return value;
}

export function wholeNumber(argument: string, value: number, { min = 0 } = {}): number {
  finite(argument, value, "a whole number");
  if (!Number.isInteger(value)) throw new InputError(argument, `must be a whole number (got ${value}).`);
  if (value < min) throw new InputError(argument, `must be ${min} or more (got ${value}).`);
  return value;
}

export function share(argument: string, value: number): number {
  finite(argument, value, "a percentage between 0% and 100%");
  if (value < 0 || value > 1) {
    throw new InputError(argument, `must be between 0% and 100% (got ${formatPercent(value)}).`);
  }
  return value;
}

export function sharesSummingToOne(argument: string, values: readonly number[]): void {
  values.forEach((v) => share(argument, v));
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    throw new InputError(argument, `the shares must add up to 100% (they add up to ${formatPercent(sum)}).`);
  }
}

export function formatPercent(value: number): string {
  return `${Number((value * 100).toPrecision(6))}%`;
}

export const CARE_HOURS_TOLERANCE = 1e-6;

/** Checks a support/care/total row such as ECH.CAREHOURS returns. */
export function checkHoursSplit(argument: string, hours: HoursSplit): HoursSplit {
  nonNegative(argument, hours.support);
  nonNegative(argument, hours.care);
  nonNegative(argument, hours.total);
  if (Math.abs(hours.support + hours.care - hours.total) > CARE_HOURS_TOLERANCE * Math.max(1, hours.total)) {
    throw new InputError(
      argument,
      "must be the row ECH.CAREHOURS returns (support, care, total hours per week); its total is not support + care.",
    );
  }
  return hours;
}

/** Throws InputError naming `argument` unless `value` keeps the rule. */
export function checkParam(argument: string, value: number | null, rule: ParamRule): number | null {
  if (value === null && rule.blank) return null;
  if (value === null) throw new InputError(argument, "must be a number, not blank.", "type");
  if (rule.kind === "share") return share(argument, value);
  if (rule.kind === "whole") wholeNumber(argument, value, { min: rule.min ?? 0 });
  else if (rule.positive) positive(argument, value);
  else nonNegative(argument, value);
  if (rule.min !== undefined && value < rule.min) throw new InputError(argument, `must be ${rule.min} or more (got ${value}).`);
  const max = rule.max ?? MAX_AMOUNT;
  if (value > max) throw new InputError(argument, `must be ${max} or less (got ${value}).`);
  return value;
}
