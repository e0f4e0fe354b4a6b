/**
 * Break-even on a budget: the hourly price, the hours a week and the share of high-needs tenants at
 * which the council's cost a year meets it. The council's cost a year is (block hours × block price
 * + spot hours × spot price × share) × 52: linear in the price, and in the hours bought at the
 * option's prices, so every answer is closed form. The ECH.BREAKEVEN* functions evaluate the
 * Projection sheet's own rows, written out as code (breakEvenRun.ts holds what surrounds them).
 */
import { inputRow, Program, type Row } from "../calc";
import { OWN_FIGURE } from "../model/sources";
import { breakEvenOver } from "./breakEvenRun";
import * as ProjectionModel from "../model/projection";
import * as Scheme from "../model/scheme";

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
const rows = ProjectionModel.projectionRows(src);
const given: Row[] = [
  ProjectionModel.budget,
  src.blockHours,
  src.spotHours,
  src.councilShare,
  src.councilAnnualCost,
  Scheme.tenants,
  Scheme.bandShares,
  Scheme.bandHours,
];
/** The Projection sheet's break-even rows over the functions' arguments (ECH.BREAKEVEN*). */
export const BREAK_EVEN_PROGRAM = new Program(given, [rows.breakEvenPrice, rows.breakEvenHours, rows.breakEvenHighShare]);

export const { breakEvenPrice, breakEvenHours, breakEvenHighShare } = breakEvenOver(BREAK_EVEN_PROGRAM.runner());
