/**
 * Break-even on a budget (ECH.BREAKEVEN*, the pane) over the program of the Projection sheet's
 * break-even rows: the graph's (breakEven.ts) or the same written out as code. Reads no rows.
 */
import type { Value } from "../calc/values";
import { NO_COST, SAME_HOURS } from "../model/breakEvenMessages";
import { InputError } from "../model/errors";
import type { Run } from "../model/revenueRun";
import { MAX_AMOUNT, nonNegative, share, sharesSummingToOne, wholeNumber } from "../model/validate";

function checkBudget(budget: number): void {
  nonNegative("budget", budget, "an amount in £ a year of 0 or more");
  if (budget > MAX_AMOUNT) throw new InputError("budget", `must be ${MAX_AMOUNT} or less (got ${budget}).`);
}

interface Given {
  budget: number;
  blockHours: number;
  spotHours: number;
  councilShare?: number;
  councilAnnualCost?: number;
  tenants?: number;
  bandShares?: readonly number[];
  bandHours?: readonly number[];
}

/** The break-even price, hours and share of high-needs tenants, in that order. */
const cells = (run: Run, x: Given): Value[] =>
  run([
    [x.budget],
    [x.blockHours],
    [x.spotHours],
    [x.councilShare ?? 1],
    [x.councilAnnualCost ?? 0],
    [x.tenants ?? 1],
    x.bandShares ?? [0, 0, 0],
    x.bandHours ?? [0, 0, 0],
  ]);

/** £ an hour at which (blockHours + spotHours × councilShare) × price × 52 equals `budget` (£ a year). */
function breakEvenPrice(run: Run, budget: number, blockHours: number, spotHours: number, councilShare = 1): number {
  checkBudget(budget);
  nonNegative("blockHours", blockHours, "hours a week, 0 or more");
  nonNegative("spotHours", spotHours, "hours a week, 0 or more");
  share("councilShare", councilShare);
  const v = cells(run, { budget, blockHours, spotHours, councilShare })[0];
  if (typeof v !== "number") {
    throw new InputError(
      blockHours === 0 ? "blockHours" : "spotHours",
      "the council pays for no hours (block hours + spot hours × its share is 0), so no price meets the budget.",
    );
  }
  return v;
}

function checkHours(councilAnnualCost: number, blockHours: number, spotHours: number): void {
  nonNegative("councilAnnualCost", councilAnnualCost, "an amount in £ a year of 0 or more");
  if (councilAnnualCost > MAX_AMOUNT)
    throw new InputError("councilAnnualCost", `must be ${MAX_AMOUNT} or less (got ${councilAnnualCost}).`);
  nonNegative("blockHours", blockHours, "hours a week, 0 or more");
  nonNegative("spotHours", spotHours, "hours a week, 0 or more");
  if (councilAnnualCost > 0 && blockHours + spotHours === 0)
    throw new InputError(
      "blockHours",
      "and spotHours are both 0 while the council's cost a year is above £0; enter the hours that cost buys.",
    );
}

function answer(v: Value, argument: string): number {
  if (typeof v === "number") return v;
  throw new InputError(argument, String(v));
}

/**
 * Hours a week `budget` carries at the option's prices: the hours bought (block + outside the block)
 * cost `councilAnnualCost` a year, so each costs the same on average and the budget carries
 * hours bought × budget ÷ councilAnnualCost.
 */
function breakEvenHours(run: Run, budget: number, councilAnnualCost: number, blockHours: number, spotHours: number): number {
  checkBudget(budget);
  checkHours(councilAnnualCost, blockHours, spotHours);
  return answer(cells(run, { budget, blockHours, spotHours, councilAnnualCost })[1], "councilAnnualCost");
}

/**
 * The share of high-needs tenants `budget` carries at the option's prices, the Medium band taking up
 * the difference: each tenant moved from medium to high needs adds the difference in their daytime hours.
 */
function breakEvenHighShare(
  run: Run,
  budget: number,
  councilAnnualCost: number,
  blockHours: number,
  spotHours: number,
  tenants: number,
  bandShares: readonly number[],
  bandHours: readonly number[],
): number {
  checkBudget(budget);
  checkHours(councilAnnualCost, blockHours, spotHours);
  wholeNumber("tenants", tenants, { min: 1 });
  sharesSummingToOne("bandShares", bandShares);
  bandHours.forEach((x) => nonNegative("bandHours", x, "hours a week, 0 or more"));
  const v = cells(run, { budget, blockHours, spotHours, councilAnnualCost, tenants, bandShares, bandHours })[2];
  const argument = v === NO_COST ? "councilAnnualCost" : v === SAME_HOURS ? "bandHours" : "budget";
  return answer(v, argument);
}

/** The three break-even functions over the program, which returns the price, the hours and the share of high-needs tenants. */
export function breakEvenOver(run: Run) {
  return {
    breakEvenPrice: breakEvenPrice.bind(null, run),
    breakEvenHours: breakEvenHours.bind(null, run),
    breakEvenHighShare: breakEvenHighShare.bind(null, run),
  };
}
