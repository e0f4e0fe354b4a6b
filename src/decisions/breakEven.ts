/**
 * Break-even on a budget: the hourly price, the hours a week and the share of high-needs tenants at
 * which the council's cost a year meets it. The council's cost a year is (block hours × block price
 * + spot hours × spot price × share) × 52: linear in the price, and in the hours bought at the
 * option's prices, so every answer is closed form. The ECH.BREAKEVEN* functions evaluate the
 * Projection sheet's own rows.
 */
import { inputRow, Program, type Row, type Value } from "../calc";
import { OWN_FIGURE } from "../model/sources";
import { InputError } from "../model/errors";
import { MAX_AMOUNT, nonNegative, share, sharesSummingToOne, wholeNumber } from "../model/validate";
import * as PR from "../model/projection";
import * as S from "../model/scheme";

// The functions' arguments stand in for the option's rows (this module does not load the options,
// so the custom functions bundle stays small); the break-even rows are the Projection sheet's own.
const arg = (id: string) => inputRow(`breakEven.${id}`, id, 0, { rule: { kind: "number", min: 0 }, prompt: id, source: OWN_FIGURE });
const src = {
  key: "breakEven",
  blockHours: arg("blockHours"),
  spotHours: arg("spotHours"),
  councilShare: arg("councilShare"),
  councilAnnualCost: arg("councilAnnualCost"),
  // Not read by the break-even rows.
  councilNetCost: arg("councilNetCost"),
};
export const BREAK_EVEN_ROWS = PR.projectionRows(src);
const rows = BREAK_EVEN_ROWS;
const given: Row[] = [
  PR.budget,
  src.blockHours,
  src.spotHours,
  src.councilShare,
  src.councilAnnualCost,
  S.tenants,
  S.bandShares,
  S.bandHours,
];
/** The Projection sheet's break-even rows over the functions' arguments (ECH.BREAKEVEN*). */
export const BREAK_EVEN_PROGRAM = new Program(given, [rows.breakEvenPrice, rows.breakEvenHours, rows.breakEvenHighShare]);

function checkBudget(budget: number): void {
  nonNegative("budget", budget, "an amount in £ a year of 0 or more");
  if (budget > MAX_AMOUNT) throw new InputError("budget", `must be ${MAX_AMOUNT} or less (got ${budget}).`);
}

interface Run {
  budget: number;
  blockHours: number;
  spotHours: number;
  councilShare?: number;
  councilAnnualCost?: number;
  tenants?: number;
  bandShares?: readonly number[];
  bandHours?: readonly number[];
}
const run = (x: Run) =>
  BREAK_EVEN_PROGRAM.run([
    [x.budget],
    [x.blockHours],
    [x.spotHours],
    [x.councilShare ?? 1],
    [x.councilAnnualCost ?? 0],
    [x.tenants ?? 1],
    x.bandShares ?? [0, 0, 0],
    x.bandHours ?? [0, 0, 0],
  ] as (readonly Value[])[]);

/** £ an hour at which (blockHours + spotHours × councilShare) × price × 52 equals `budget` (£ a year). */
export function breakEvenPrice(budget: number, blockHours: number, spotHours: number, councilShare = 1): number {
  checkBudget(budget);
  nonNegative("blockHours", blockHours, "hours a week, 0 or more");
  nonNegative("spotHours", spotHours, "hours a week, 0 or more");
  share("councilShare", councilShare);
  const v = run({ budget, blockHours, spotHours, councilShare }).value(rows.breakEvenPrice);
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
export function breakEvenHours(budget: number, councilAnnualCost: number, blockHours: number, spotHours: number): number {
  checkBudget(budget);
  checkHours(councilAnnualCost, blockHours, spotHours);
  return answer(run({ budget, blockHours, spotHours, councilAnnualCost }).value(rows.breakEvenHours), "councilAnnualCost");
}

/**
 * The share of high-needs tenants `budget` carries at the option's prices, the Medium band taking up
 * the difference: each tenant moved from medium to high needs adds the difference in their daytime hours.
 */
export function breakEvenHighShare(
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
  const v = run({ budget, blockHours, spotHours, councilAnnualCost, tenants, bandShares, bandHours }).value(rows.breakEvenHighShare);
  const argument = v === PR.NO_COST ? "councilAnnualCost" : v === PR.SAME_HOURS ? "bandHours" : "budget";
  return answer(v, argument);
}
