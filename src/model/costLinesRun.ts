/**
 * The cost lines at a current price base (ECH.COSTLINES) and the checks of its pay inputs, over the
 * programs of each base: the graph's (today.ts) or the same written out as code. Reads no rows.
 */
import type { ParamRule } from "../calc/expr";
import { DEFAULT_PAY, NIGHT_COVER } from "./defaults";
import { InputError } from "./errors";
import type { Run } from "./revenueRun";
import type { HourlyRates, HoursSplit, PayInputs, SchemeInputs } from "./types";
import { checkHoursSplit, checkParam, nonNegative, share as shareOf } from "./validate";

export const PAY_KEYS: readonly (keyof PayInputs)[] = [
  "teamLeaderHours",
  "teamLeaderRate",
  "nightCover",
  "nightRate",
  "sleepInNights",
  "sleepInAmount",
  "contractedHours",
  "absenceRate",
  "trainingHours",
  "pensionSchemeRate",
  "overheadRate",
  "surplusRate",
  "employmentAllowance",
];

/** An entered figure: a number of 0 or more. */
const ENTERED: ParamRule = { kind: "number", min: 0 };

/** Throws InputError naming the argument unless the pay inputs and the chosen base's figures can be used. */
export function checkPricedWith(
  payRules: readonly ParamRule[],
  toEnter: readonly { key: string; what: string }[],
  inputs: Pick<SchemeInputs, "hourlyRates" | "pay" | "enteredFigures">,
  baseId: string,
): void {
  const pay = inputs.pay ?? DEFAULT_PAY;
  for (let i = 0; i < PAY_KEYS.length; i++) {
    const key = PAY_KEYS[i];
    const rule = payRules[i];
    if (rule.kind === "list") {
      const list: readonly unknown[] = rule.list ?? [];
      if (!list.includes(pay[key]))
        throw new InputError(key, `is "${String(pay[key])}"; use ${list.map((n) => `"${String(n)}"`).join(" or ")}.`, "type");
      continue;
    }
    const value = pay[key] as number | null;
    if (key === "sleepInAmount") {
      if (value === null) {
        if (pay.nightCover === NIGHT_COVER[1]) throw new InputError("sleepInAmount", "enter the amount paid for a sleep-in night.", "type");
        continue;
      }
      checkParam(key, value, ENTERED);
      continue;
    }
    checkParam(key, value, rule);
  }
  for (const f of toEnter) {
    const entered = (inputs.enteredFigures?.[baseId] as Readonly<Record<string, number | null>> | undefined)?.[f.key];
    if (entered === undefined || entered === null) {
      throw new InputError(f.key, `${f.what} for ${baseId} has not been checked against a publication; enter it.`);
    }
    checkParam(f.key, entered, ENTERED);
  }
}

export interface CostLinesInputs {
  priceBase: string;
  /** Housing support, care and total hours a week, night included (ECH.CAREHOURS). */
  hours: HoursSplit;
  nightHours: number;
  nightSupportShare: number;
  rates: HourlyRates;
  managerSalary: number;
  pay: PayInputs;
  /** For a base whose threshold is not verified. */
  secondaryThreshold?: number;
}

/**
 * The cost lines a year at a current price base, in the order ECH.COSTLINES spills them: paid
 * hours a week, workers, pay, employer NI, employer pension, staff cost, overheads, surplus,
 * total cost, unit cost per contact hour, per paid hour, and the National Living Wage.
 */
function costLinesWith(p: CostLinesPrograms, a: CostLinesInputs): number[] {
  const base = p.base(a.priceBase);
  if (!base.statutory) {
    throw new InputError(
      "priceBase",
      `the published model's price base has no statutory pay rules (use ECH.STAFFCOSTS and ECH.UNITCOST for it); choose one of ${p.statutoryIds.join(", ")}.`,
    );
  }
  const h = checkHoursSplit("careHours", a.hours);
  const night = nonNegative("nightHours", a.nightHours);
  const share = shareOf("nightSupportShare", a.nightSupportShare);
  const daySupport = h.support - night * share;
  const dayCare = h.care - night * (1 - share);
  if (daySupport < -1e-9 || dayCare < -1e-9) {
    throw new InputError(
      "nightHours",
      `${night} night hours a week are more than the housing support or care hours in careHours; give the night hours that careHours includes.`,
    );
  }
  nonNegative("hourlyRates", a.rates.support);
  nonNegative("hourlyRates", a.rates.care);
  nonNegative("managerSalary", a.managerSalary);
  if (a.secondaryThreshold !== undefined) nonNegative("secondaryThreshold", a.secondaryThreshold);
  const toEnter = p.toEnter(base.id);
  // A figure entered is only looked up where the base leaves one to enter (none at a verified base).
  const entered =
    a.secondaryThreshold === undefined || toEnter.length === 0 ? undefined : { [base.id]: { secondaryThreshold: a.secondaryThreshold } };
  checkPricedWith(p.payRules, toEnter, { hourlyRates: a.rates, pay: a.pay, enteredFigures: entered }, base.id);
  if (h.total === 0) throw new InputError("careHours", "the total hours per week are 0, so there is no cost per hour.");
  const lines = p.lines(base.id, a.pay);
  const given: (number | string | null)[][] = [
    [Math.max(0, daySupport)],
    [Math.max(0, dayCare)],
    [night * share],
    [night * (1 - share)],
    [share],
    [a.rates.support],
    [a.rates.care],
    [a.managerSalary],
  ];
  for (const key of p.givenPay) given.push([a.pay[key]]);
  for (const key of lines.enter) given.push([key === "secondaryThreshold" ? (a.secondaryThreshold ?? null) : null]);
  return lines.run(given) as number[];
}

/**
 * What the cost lines run over: the price base of an id (or an InputError naming priceBase), the
 * program of a base for the pay inputs chosen from a list (it returns the lines in order; `enter`:
 * the figures it is given after the pay inputs), the pay inputs' rules in PAY_KEYS' order, the
 * figures a base leaves to enter, the current bases and the pay inputs each program is given.
 */
export interface CostLinesPrograms {
  base: (id: string) => { id: string; statutory: boolean };
  lines: (baseId: string, pay: PayInputs) => { run: Run; enter: readonly string[] };
  payRules: readonly ParamRule[];
  toEnter: (baseId: string) => readonly { key: string; what: string }[];
  statutoryIds: readonly string[];
  givenPay: readonly (keyof PayInputs)[];
}

export function costLinesOver(p: CostLinesPrograms) {
  return (a: CostLinesInputs): number[] => costLinesWith(p, a);
}
