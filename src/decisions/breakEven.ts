/**
 * The break-even price: the hourly price, block and spot alike, at which the council's cost a year
 * meets a budget. The council's cost a year is (block hours × block price + spot hours × spot price
 * × share) × 52, linear in the price, so the answer is closed form. ECH.BREAKEVENPRICE evaluates the
 * Projection sheet's own row.
 */
import { inputRow, Program } from "../calc";
import { OWN_FIGURE } from "../model/sources";
import { InputError } from "../model/errors";
import { MAX_AMOUNT, nonNegative, share } from "../model/validate";
import * as PR from "../model/projection";

// The function's arguments stand in for the option's rows (this module does not load the options,
// so the custom functions bundle stays small); the break-even row is the Projection sheet's own.
const arg = (id: string) => inputRow(`breakEven.${id}`, id, 0, { rule: { kind: "number", min: 0 }, prompt: id, source: OWN_FIGURE });
const src = {
  key: "breakEven",
  blockHours: arg("blockHours"),
  spotHours: arg("spotHours"),
  councilShare: arg("councilShare"),
  councilAnnualCost: arg("councilAnnualCost"),
};
const rows = PR.projectionRows(src);
const program = new Program([PR.budget, src.blockHours, src.spotHours, src.councilShare, src.councilAnnualCost], [rows.breakEvenPrice]);

/** £ an hour at which (blockHours + spotHours × councilShare) × price × 52 equals `budget` (£ a year). */
export function breakEvenPrice(budget: number, blockHours: number, spotHours: number, councilShare = 1): number {
  nonNegative("budget", budget, "an amount in £ a year of 0 or more");
  if (budget > MAX_AMOUNT) throw new InputError("budget", `must be ${MAX_AMOUNT} or less (got ${budget}).`);
  nonNegative("blockHours", blockHours, "hours a week, 0 or more");
  nonNegative("spotHours", spotHours, "hours a week, 0 or more");
  share("councilShare", councilShare);
  const v = program.run([[budget], [blockHours], [spotHours], [councilShare], [null]]).value(rows.breakEvenPrice);
  if (typeof v !== "number") {
    throw new InputError(
      blockHours === 0 ? "blockHours" : "spotHours",
      "the council pays for no hours (block hours + spot hours × its share is 0), so no price meets the budget.",
    );
  }
  return v;
}
